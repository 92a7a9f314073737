import { describe, expect, it } from "vitest";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { scratchFiles } from "../testing/scratch-files.ts";
import { jsonValueAt, locateForMessage, locateJsonPath, readJsonInput } from "./json-text.ts";

const file = scratchFiles("json-text-");

describe("readJsonInput", () => {
  it("says on which line and character the JSON breaks", async () => {
    const path = file("comma.json", '{\n  "a": 1,\n  "b": 2,\n}\n');
    const error = (await readJsonInput(path).catch((caught: unknown) => caught)) as PipelineInputError;
    expect(error).toBeInstanceOf(PipelineInputError);
    expect(error).toMatchObject({ line: 4, column: "1" });
    expect(error.found).toBe('"}" where JSON does not allow it');
  });

  it("calls a file that ends mid-value cut short", async () => {
    const error = (await readJsonInput(file("cut.json", '{"features": [{"type": "Fea')).catch(
      (caught: unknown) => caught,
    )) as PipelineInputError;
    expect(error.found).toContain("cut short");
    expect(error.fix).toContain("download");
  });

  it("rejects text that is not UTF-8, and reads a byte order mark as nothing", async () => {
    const latin1 = Buffer.concat([Buffer.from('{"name": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    await expect(readJsonInput(file("latin1.json", latin1))).rejects.toThrow(/not UTF-8/);
    expect((await readJsonInput(file("bom.json", '\uFEFF{"a": [1]}'))).value).toEqual({ a: [1] });
  });
});

describe("locateJsonPath", () => {
  const text =
    '{\n "type": "FeatureCollection",\n "features": [\n  {"properties": {"code": "E01"}},\n  {"properties": {"code": "E02", "name": "B"}}\n ]\n}';

  it("finds a value by keys and indices, without parsing the whole text", () => {
    expect(locateForMessage(text, ["features", 1, "properties", "name"])).toEqual({ line: 5, column: "42" });
    expect(jsonValueAt(text, ["features", 0, "properties"])).toEqual({ code: "E01" });
    expect(locateJsonPath(text, ["features", 2])).toBe(-1);
    expect(locateJsonPath(text, ["nothing"])).toBe(-1);
  });

  it("gives up quietly on text that stops part-way, as a file's first megabyte may", () => {
    expect(jsonValueAt(text.slice(0, 80), ["features", 1, "properties"])).toBeUndefined();
    expect(jsonValueAt(text.slice(0, 80), ["features", 0, "properties"])).toEqual({ code: "E01" });
  });
});
