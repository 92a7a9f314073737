/**
 * Speed of drawing an ICB-sized catchment map on the server: 1,500 LSOAs through the page's own code
 * (`renderLsoaMap`: the frame, d3-geo's fit, the choice of areas in view, d3-geo path strings, 300 asset
 * points projected), best of five runs after one warm-up. The boundaries are indexed first, as the server
 * does once per build (`indexBoundaries`: every position projected to the British grid); that one-off cost
 * is not in the figure, since no page waits for it after the first.
 *
 * The boundaries are generated, not read from a demo build: the demo's LSOAs are four-cornered cells
 * (5 positions each), which would flatter the figure. These are a 50 × 30 grid of LSOAs over an ICB-sized
 * area (about 60 × 50 km at 53.7°N) whose shared edges wander like real ones, 33 positions per ring, as many
 * as the real Pennine Lancashire boundaries keep after the pipeline's 20 m simplification (31 on average).
 * Every LSOA holds some of the patients and the frame takes them all, so all 1,500 are drawn.
 */
import { indexBoundaries, renderLsoaMap } from "../app/components/charts/lsoa-map/render-lsoa-map.ts";
import { timeBest } from "./timing.ts";

const COLUMNS = 50;
const ROWS = 30;
/** Positions along each cell edge, so a ring has 4 × 8 = 32 (the first repeated to close it). */
const STEPS = 8;
const WEST = -2.9;
const SOUTH = 53.45;
const CELL_LON = 0.9 / COLUMNS;
const CELL_LAT = 0.45 / ROWS;

/** A fixed wobble for each lattice position, so neighbouring LSOAs share exactly the same edge. */
function jitter(i: number, j: number): [number, number] {
  const h = Math.sin(i * 12.9898 + j * 78.233) * 43_758.5453;
  const u = h - Math.floor(h);
  const v = (h * 1.618) % 1;
  return [(u - 0.5) * 0.6, (Math.abs(v) - 0.5) * 0.6];
}

function lattice(i: number, j: number): number[] {
  const border = i === 0 || j === 0 || i === COLUMNS * STEPS || j === ROWS * STEPS;
  const [dx, dy] = border ? [0, 0] : jitter(i, j);
  return [WEST + ((i + dx) / STEPS) * CELL_LON, SOUTH + ((j + dy) / STEPS) * CELL_LAT];
}

export function benchBoundaries() {
  const features = [];
  for (let row = 0; row < ROWS; row++)
    for (let column = 0; column < COLUMNS; column++) {
      const i0 = column * STEPS;
      const j0 = row * STEPS;
      const ring: number[][] = [];
      // Anticlockwise (RFC 7946), as GeoJSON asks: indexing turns it for d3, as it does a real file.
      for (let k = 0; k < STEPS; k++) ring.push(lattice(i0 + k, j0));
      for (let k = 0; k < STEPS; k++) ring.push(lattice(i0 + STEPS, j0 + k));
      for (let k = 0; k < STEPS; k++) ring.push(lattice(i0 + STEPS - k, j0 + STEPS));
      for (let k = 0; k < STEPS; k++) ring.push(lattice(i0, j0 + STEPS - k));
      ring.push(ring[0] as number[]);
      const code = `E01${String(900_001 + row * COLUMNS + column).padStart(6, "0")}`;
      features.push({
        code,
        name: `Bench ${code}`,
        geometry: { type: "Polygon" as const, coordinates: [ring] },
      });
    }
  return features;
}

export async function benchMap(): Promise<{ icb_map_render_ms: number }> {
  const features = benchBoundaries();
  const boundaries = indexBoundaries(features);
  const catchment = features.map((feature, index) => {
    const dx = (index % COLUMNS) - COLUMNS / 2;
    const dy = Math.floor(index / COLUMNS) - ROWS / 2;
    return { lsoa_code: feature.code, patients: 1 + Math.round(900 * Math.exp(-(dx * dx + dy * dy) / 200)) };
  });
  const points = Array.from({ length: 300 }, (_, index) => ({
    id: `asset-${index}`,
    lon: WEST + 0.9 * ((index * 0.618_034) % 1),
    lat: SOUTH + 0.45 * ((index * 0.414_214) % 1),
  }));
  const render = () =>
    renderLsoaMap({ boundaries, catchment, practice: { lon: -2.45, lat: 53.67 }, points, coverage: 1 });
  const drawn = render().areas.length;
  if (drawn !== features.length) throw new Error(`The bench map drew ${drawn} of ${features.length} LSOAs`);
  const seconds = await timeBest(5, async () => render());
  return { icb_map_render_ms: seconds * 1000 };
}
