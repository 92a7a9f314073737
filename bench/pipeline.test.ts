import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TINY_INPUTS } from "../tests/fixtures/pipeline/tiny-inputs.ts";
import { bareDuckdbScan, runPipeline } from "./pipeline.ts";

const outDir = mkdtempSync(join(tmpdir(), "bench-pipeline-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("pipeline benchmarks", () => {
  it("run the pipeline and the bare DuckDB scan it is compared with", async () => {
    await runPipeline(TINY_INPUTS, outDir);
    expect(existsSync(join(outDir, "current.json"))).toBe(true);
    const loaded = await bareDuckdbScan(TINY_INPUTS, "load");
    expect(loaded).toBeGreaterThan(0);
    expect(await bareDuckdbScan(TINY_INPUTS, "count")).toBe(loaded);
  });
});
