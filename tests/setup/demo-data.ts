import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateDemo } from "../../bench/demo";
import { runPipeline } from "../../bench/pipeline";
import { readCurrentBuild } from "../../pipelines/output/current-build-pointer";

/**
 * A fresh PCN-scale demo build in a temp folder, made by the real generator and pipeline, for tests that
 * need the data a user sees after the README's first command.
 */
export async function makeDemoBuild(): Promise<{ root: string; buildDir: string; version: string }> {
  const root = mkdtempSync(path.join(tmpdir(), "pcn-demo-build-"));
  await generateDemo("pcn", path.join(root, "raw"));
  await runPipeline(path.join(root, "raw"), path.join(root, "build"));
  const current = await readCurrentBuild(path.join(root, "build"));
  if (!current) throw new Error("The pipeline finished without a current build");
  return { root, buildDir: current.directory, version: current.version };
}
