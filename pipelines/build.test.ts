import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TINY_INPUTS, tinyInputs } from "../tests/fixtures/pipeline/tiny-inputs.ts";
import { build } from "./build.ts";
import { buildManifestSchema } from "./output/build-manifest.ts";
import { readCurrentBuild } from "./output/current-build-pointer.ts";
import { outputTables } from "./output/output-tables.ts";
import { CURRENT_LINK } from "./output/publish-build.ts";
import { buildOnce } from "./testing/build-once.ts";

const once = buildOnce({
  prefix: "pipeline-build-",
  inputs: [TINY_INPUTS],
  now: () => new Date("2024-05-01T09:30:00Z"),
});
const { read } = once;

const value = (rows: Record<string, unknown>[], area: string) =>
  rows.find((row) => row.area_code === area)?.value as number;

describe("build on the tiny inputs (hand-checked in tests/fixtures/pipeline/tiny/README.txt)", () => {
  it("reports each input, what it was taken for, rows and periods, and what was ignored", () => {
    expect(once.result.inputs.map(({ file, ...rest }) => ({ file: file.split("/").pop(), ...rest }))).toEqual(
      [
        {
          file: "gp-registrations.csv",
          status: "imported",
          kind: "gp-registrations-by-lsoa",
          title: expect.any(String),
          rows: 10,
          periods: ["2024-04-01"],
          byMapping: false,
        },
        {
          file: "iod-2019-file-7.csv",
          status: "imported",
          kind: "iod-2019-lsoa-scores",
          title: expect.any(String),
          rows: 6,
          periods: ["2019"],
          byMapping: false,
        },
        {
          file: "practices.csv",
          status: "imported",
          kind: "practice-network-map",
          title: expect.any(String),
          rows: 4,
          periods: [],
          byMapping: false,
        },
        { file: "README.txt", status: "ignored", reason: "header matches no known layout" },
      ],
    );
    expect(once.result.warnings).toContain(
      "1 practices in the registrations are not in the practice map (out of area); they count only towards the England value",
    );
  });

  it("scores practices as OHID does: Σ patients × LSOA score / Σ patients in scored LSOAs", async () => {
    const imd = await read("indicator_values", "indicator_id = 'imd_score'");
    expect(value(imd, "A00001")).toBeCloseTo(17.5, 10);
    expect(value(imd, "A00002")).toBeCloseTo(25, 10);
    expect(value(imd, "A00003")).toBeCloseTo(40, 10);
    expect(value(imd, "A00004")).toBeCloseTo(50, 10);
    expect(value(imd, "U00001")).toBeCloseTo(17000 / 800, 10);
    expect(value(imd, "U00002")).toBeCloseTo(25000 / 600, 10);
    expect(value(imd, "QAA")).toBeCloseTo(30, 10);
    expect(value(imd, "E92000001")).toBeCloseTo(42100 / 1410, 10);
    // The denominator is the patients the score rests on: coverage = denominator / list size.
    expect(imd.find((row) => row.area_code === "A00004")).toMatchObject({
      denominator: 100,
      period: "2019",
      count: null,
      lower95: null,
    });
  });

  it("turns File 7 rates into percentages for income and employment", async () => {
    const income = await read("indicator_values", "indicator_id = 'income_score'");
    expect(value(income, "A00001")).toBeCloseTo((100 * 5 + 300 * 10) / 400, 10);
  });

  it("gives deciles within the build, 1 = most deprived", async () => {
    const deciles = await read("indicator_values", "indicator_id = 'imd_decile'");
    expect(Object.fromEntries(deciles.map((row) => [row.area_code, row.value]))).toEqual({
      A00004: 1,
      A00003: 3,
      A00002: 6,
      A00001: 8,
    });
    const imd = await read("indicator_values", "indicator_id = 'imd_score' AND area_type = 'practice'");
    expect(imd.find((row) => row.area_code === "A00004")?.decile).toBe(1);
  });

  it("writes the area hierarchy with list sizes (MALE + FEMALE added, unknown LSOAs counted)", async () => {
    const areas = await read("areas");
    expect(areas.map((area) => [area.area_code, area.area_type, area.parent_code, area.list_size])).toEqual([
      ["E92000001", "england", null, 1520],
      ["QAA", "icb", "E92000001", 1510],
      ["U00001", "pcn", "QAA", 800],
      ["U00002", "pcn", "QAA", 710],
      ["A00001", "practice", "U00001", 400],
      ["A00002", "practice", "U00001", 400],
      ["A00003", "practice", "U00002", 510],
      ["A00004", "practice", "U00002", 200],
    ]);
  });

  it("writes practice → LSOA weights as shares of the whole list", async () => {
    const weights = await read("practice_lsoa", "practice_code = 'A00003'");
    expect(weights).toEqual([
      { practice_code: "A00003", lsoa_code: "E01000004", patients: 500, weight: 500 / 510 },
    ]);
    expect(await read("practice_lsoa", "practice_code = 'Z99999'")).toEqual([]);
  });

  it("keeps the LSOA inputs used, so any practice figure can be re-derived", async () => {
    const lsoa = await read("lsoa_values", "measure_id = 'imd_score'");
    expect(lsoa.map((row) => row.lsoa_code)).toEqual([
      "E01000001",
      "E01000002",
      "E01000003",
      "E01000004",
      "E01000005",
    ]);
  });

  it("records methods and sources in the indicators table", async () => {
    const indicators = await read("indicators");
    expect(indicators.map((row) => row.indicator_id)).toEqual([
      "employment_score",
      "idaopi",
      "imd_decile",
      "imd_score",
      "income_score",
    ]);
    const imd = indicators.find((row) => row.indicator_id === "imd_score");
    expect(imd?.method).toContain("93553");
    expect(imd?.source).toContain("extract 2024-04-01");
  });

  it("writes Parquet whose schema is the one in output-tables.ts and the manifest", async () => {
    const manifest = buildManifestSchema.parse(
      JSON.parse(readFileSync(join(once.result.directory, "manifest.json"), "utf8")),
    );
    const db = await once.connect();
    try {
      for (const table of outputTables) {
        const path = join(once.result.directory, `${table.name}.parquet`);
        const described = (
          await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)
        ).getRowObjectsJS();
        const schema = described.map((column) => ({ name: column.column_name, type: column.column_type }));
        expect(schema).toEqual(table.columns);
        expect(manifest.outputs.find((output) => output.table === table.name)?.schema).toEqual(schema);
      }
    } finally {
      db.closeSync();
    }
    expect(manifest).toMatchObject({
      pipeline_version: "0.1.0",
      build_version: once.result.version,
      created_at: "2024-05-01T09:30:00.000Z",
      // Ten registration rows are a region at most: its "England" is its own total.
      coverage: { national_registrations: false, national_ages: false },
    });
    expect(manifest.inputs.map((input) => [input.kind, input.rows, input.sha256.length])).toEqual([
      ["gp-registrations-by-lsoa", 10, 64],
      ["iod-2019-lsoa-scores", 6, 64],
      ["practice-network-map", 4, 64],
    ]);
  });

  it("names the version by UTC time and output hash, and points current.json at it", async () => {
    expect(once.result.version).toMatch(/^20240501T093000-[0-9a-f]{8}$/);
    const current = await readCurrentBuild(once.outDir);
    expect(current).toEqual({
      version: once.result.version,
      path: once.result.version,
      created_at: "2024-05-01T09:30:00.000Z",
      directory: once.result.directory,
    });
    expect(readdirSync(once.outDir).filter((name) => name.startsWith(".tmp"))).toEqual([]);
  });
});

describe("several registrations extracts", () => {
  it("uses the latest and says so", async () => {
    const inputs = tinyInputs({
      "gp-registrations-jan.csv":
        "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA_CODE,SEX,NUMBER_OF_PATIENTS\nGP_PRAC_PAT_LIST,01JAN2024,A00001,RIVERSIDE SURGERY,E01000005,ALL,9999\n",
    });
    const dir = mkdtempSync(join(tmpdir(), "pipeline-extracts-"));
    try {
      const built = await build({ inputs: [inputs.dir], outDir: dir });
      expect(built.warnings).toContain(
        "registrations hold 2 extracts (2024-01-01, 2024-04-01); the latest, 2024-04-01, is used",
      );
      expect(built.inputs.find((input) => input.file.endsWith("jan.csv"))).toMatchObject({
        periods: ["2024-01-01"],
      });
      expect(built.tables.find((table) => table.table === "practice_lsoa")?.rows).toBe(
        once.result.tables.find((table) => table.table === "practice_lsoa")?.rows,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      inputs.remove();
    }
  });
});

describe("successive builds", () => {
  it("give the same content hash for the same inputs, and keep only the last 3", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipeline-builds-"));
    try {
      const versions: string[] = [];
      for (const minute of [1, 2, 3, 4]) {
        const built = await build({
          inputs: [TINY_INPUTS],
          outDir: dir,
          now: () => new Date(`2024-05-01T10:0${minute}:00Z`),
        });
        versions.push(built.version);
      }
      expect(new Set(versions.map((version) => version.split("-")[1])).size).toBe(1);
      expect(readdirSync(dir).sort()).toEqual([...versions.slice(1), "current", "current.json"].sort());
      expect((await readCurrentBuild(dir))?.version).toBe(versions[3]);
      expect(readlinkSync(join(dir, CURRENT_LINK))).toBe(versions[3]);
      expect(existsSync(join(dir, CURRENT_LINK, "manifest.json"))).toBe(true);
      expect(existsSync(join(dir, versions[0] ?? ""))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
