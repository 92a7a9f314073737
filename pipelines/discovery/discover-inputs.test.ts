import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tinyInputs } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { importers } from "../importers/registry.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { discoverInputs } from "./discover-inputs.ts";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const folder = (changes: Record<string, string | null> = {}) => {
  const inputs = tinyInputs(changes);
  cleanup = inputs.remove;
  return inputs.dir;
};
const summary = async (dir: string) =>
  (await discoverInputs([dir], importers)).map((file) =>
    file.status === "recognised"
      ? { file: file.input.path.split("/").pop(), kind: file.importer.kind }
      : { file: file.path.split("/").pop(), ignored: file.reason },
  );

describe("discoverInputs", () => {
  it("recognises each file by its header, whatever its name", async () => {
    const dir = folder({ "gp-registrations.csv": null, "practices.csv": null });
    writeFileSync(
      join(dir, "zz-downloaded (3).csv"),
      "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA_CODE,SEX,NUMBER_OF_PATIENTS\n",
    );
    writeFileSync(join(dir, "data.txt"), "PCode,Practice Name,PCN,CCG\nP81003,X,Y PCN,Z\n");
    expect(await summary(dir)).toEqual([
      { file: "data.txt", kind: "practice-network-map" },
      { file: "iod-2019-file-7.csv", kind: "iod-2019-lsoa-scores" },
      { file: "README.txt", ignored: "header matches no known layout" },
      { file: "zz-downloaded (3).csv", kind: "gp-registrations-by-lsoa" },
    ]);
  });

  it("recognises a JSON file by its content after a byte order mark, a blank line or much white space", async () => {
    const dir = folder();
    const square = [
      [0, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ];
    const feature = {
      type: "Feature",
      properties: { LSOA21CD: "E01000001", LSOA21NM: "City of London 001A" },
      geometry: { type: "Polygon", coordinates: [square] },
    };
    const geojson = JSON.stringify({ type: "FeatureCollection", features: [feature] });
    // More white space than the first peek at a file takes in, so the fuller look has to decide.
    writeFileSync(join(dir, "boundaries.json"), `\uFEFF${" ".repeat(5000)}${geojson}`);
    writeFileSync(join(dir, "indented.json"), `\n  ${geojson.replace("E01000001", "E01000002")}`);
    writeFileSync(join(dir, "near-json.txt"), `${" ".repeat(10)}x{"type": "FeatureCollection"}`);
    const found = await summary(dir);
    expect(found).toContainEqual({ file: "boundaries.json", kind: "lsoa-boundaries" });
    expect(found).toContainEqual({ file: "indented.json", kind: "lsoa-boundaries" });
    expect(found).toContainEqual({ file: "near-json.txt", ignored: "header matches no known layout" });
  });

  it("says why a file was ignored, naming the nearest layout and sub-folders", async () => {
    const dir = folder();
    writeFileSync(join(dir, "single-age.csv"), "EXTRACT_DATE,ORG_CODE,NUMBER_OF_PATIENTS\n");
    writeFileSync(join(dir, "semicolons.csv"), "Meeting;Date\n");
    mkdirSync(join(dir, "old"));
    const ignored = (await summary(dir)).filter((file) => "ignored" in file);
    expect(ignored).toEqual([
      { file: "old", ignored: "a folder (sub-folders are not searched)" },
      { file: "README.txt", ignored: "header matches no known layout" },
      { file: "semicolons.csv", ignored: expect.stringContaining("semicolon") },
      {
        file: "single-age.csv",
        ignored:
          'header matches no known layout (nearest: NHS Digital patients registered at a GP practice by sex and single year of age, which also needs "SEX", "AGE")',
      },
    ]);
  });

  it("follows pipeline-inputs.json: a kind with renamed columns, and ignore", async () => {
    const dir = folder({
      "gp-registrations.csv": "Practice,LSOA,Pats\nA00001,E01000001,5\n",
      "practices.csv": null,
      "pipeline-inputs.json": JSON.stringify({
        files: {
          "gp-registrations.csv": {
            kind: "gp-registrations-by-lsoa",
            columns: { practice_code: "Practice", lsoa_code: "LSOA", patients: "Pats" },
          },
          "iod-2019-file-7.csv": "ignore",
        },
      }),
    });
    const found = await discoverInputs([dir], importers);
    const registrations = found.find((file) => file.status === "recognised");
    expect(registrations?.status === "recognised" && registrations.byMapping).toBe(true);
    expect(await summary(dir)).toContainEqual({
      file: "iod-2019-file-7.csv",
      ignored: "pipeline-inputs.json says ignore",
    });
  });

  it("fails on a header one column short of a layout, listing what it found and what it expected", async () => {
    const dir = folder({
      "gp-registrations.csv":
        "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA,SEX,NUMBER_OF_PATIENTS\n",
    });
    const error = await discoverInputs([dir], importers).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PipelineInputError);
    expect(error).toMatchObject({ line: 1, column: "LSOA_CODE" });
    expect((error as Error).message).toContain('"LSOA_CODE" (also accepted: "lsoa_code", "LSOA Code"');
    expect((error as Error).message).toContain('found the columns "PUBLICATION", "EXTRACT_DATE"');
  });

  it("rejects a mapping that names an unknown kind or a file that is not there", async () => {
    const unknownKind = folder({
      "pipeline-inputs.json": JSON.stringify({ files: { "practices.csv": "practices" } }),
    });
    await expect(discoverInputs([unknownKind], importers)).rejects.toThrow(
      /one of the kinds "gp-registrations-by-lsoa"/,
    );
    cleanup?.();
    const missingFile = folder({
      "pipeline-inputs.json": JSON.stringify({ files: { "nope.csv": "ignore" } }),
    });
    await expect(discoverInputs([missingFile], importers)).rejects.toThrow(/a file named "nope.csv"/);
  });

  it("takes single files as well as folders, and never the same file twice", async () => {
    const dir = folder();
    const found = await discoverInputs([dir, join(dir, "practices.csv")], importers);
    expect(found.filter((file) => file.status === "recognised")).toHaveLength(3);
  });
});
