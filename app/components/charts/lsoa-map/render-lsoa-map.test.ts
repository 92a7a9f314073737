import { describe, expect, it } from "vitest";
import { coreAreas, indexBoundaries, renderLsoaMap } from "./render-lsoa-map";
import { cellCentre, lsoaCode, lsoaGrid, squareLsoa } from "./testing/map-fixtures";

// A 10 × 10 grid of LSOAs; the practice's patients live in the 3 × 3 block at the south-west corner, plus
// two patients in the far north-east corner (a student registered at home, say).
const boundaries = indexBoundaries(lsoaGrid(10, 10));
const block = [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => lsoaCode(column, row)));
const catchment = [
  ...block.map((code, index) => ({ lsoa_code: code, patients: 1000 - index * 50 })),
  { lsoa_code: lsoaCode(9, 9), patients: 2 },
  { lsoa_code: "E01999999", patients: 7 },
];

describe("the fewest areas holding most of the patients", () => {
  it("takes areas with most patients first until the share is reached", () => {
    const rows = [{ patients: 10 }, { patients: 60 }, { patients: 30 }];
    expect(coreAreas(rows, 0.5)).toEqual([{ patients: 60 }]);
    expect(coreAreas(rows, 0.9)).toEqual([{ patients: 60 }, { patients: 30 }]);
    expect(coreAreas(rows, 1)).toHaveLength(3);
    expect(coreAreas([], 0.95)).toEqual([]);
  });
});

describe("drawing a practice's catchment on the server", () => {
  const map = renderLsoaMap({
    boundaries,
    catchment,
    practice: cellCentre(1, 1),
    points: [
      { id: "inside", ...cellCentre(2, 2) },
      { id: "far-away", ...cellCentre(9, 9) },
    ],
  });

  it("frames the block where the patients live, not the far corner", () => {
    const drawn = map.areas.filter((area) => area.catchment).map((area) => area.code);
    expect(drawn.sort()).toEqual([...block].sort());
    expect(map.outsideFrame).toEqual({ areas: 1, patients: 2 });
  });

  it("counts patients in LSOAs the boundary file lacks, rather than dropping them silently", () => {
    expect(map.noBoundary).toEqual({ areas: 1, patients: 7 });
  });

  it("draws the neighbouring LSOAs in the frame for orientation, under the catchment", () => {
    const neighbours = map.areas.filter((area) => !area.catchment);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours.some((area) => area.code === lsoaCode(3, 1))).toBe(true);
    const firstCatchment = map.areas.findIndex((area) => area.catchment);
    expect(map.areas.slice(firstCatchment).every((area) => area.catchment)).toBe(true);
  });

  it("places the practice and the assets inside the map, and leaves out points beyond it", () => {
    expect(map.points.map((point) => point.id)).toEqual(["inside"]);
    expect(map.practice).not.toBeNull();
    const { x = -1, y = -1 } = map.practice ?? {};
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(map.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(map.height);
  });

  it("keeps north up: the northern row of the block is drawn above the southern", () => {
    const centre = (code: string) => map.areas.find((area) => area.code === code)?.centre?.y ?? Number.NaN;
    expect(centre(lsoaCode(0, 2))).toBeLessThan(centre(lsoaCode(0, 0)));
  });

  it("draws the same map whichever way the boundary file winds its rings", () => {
    const clockwise = indexBoundaries(
      Array.from({ length: 100 }, (_, index) =>
        squareLsoa(index % 10, Math.floor(index / 10), { clockwise: true }),
      ),
    );
    const again = renderLsoaMap({ boundaries: clockwise, catchment, practice: cellCentre(1, 1), points: [] });
    expect(again.areas.map((area) => area.code)).toEqual(map.areas.map((area) => area.code));
    expect(again.height).toBe(map.height);
  });

  it("still frames a catchment of one LSOA by its outline", () => {
    const one = renderLsoaMap({
      boundaries,
      catchment: [{ lsoa_code: lsoaCode(5, 5), patients: 40 }],
      practice: null,
      points: [],
    });
    expect(one.height).toBeGreaterThan(0);
    expect(one.areas.find((area) => area.catchment)?.code).toBe(lsoaCode(5, 5));
  });

  it("draws nothing, and says so through its counts, when no boundary is known", () => {
    const none = renderLsoaMap({ boundaries: new Map(), catchment, practice: null, points: [] });
    expect(none.areas).toEqual([]);
    expect(none.height).toBe(0);
    expect(none.noBoundary.areas).toBe(catchment.length);
  });
});
