import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type DemoOutput, demoOutputs } from "./outputs.ts";
import type { DemoScale } from "./scale.ts";
import { buildWorld } from "./world.ts";
import type { WrittenFile } from "./writers/csv.ts";

/** The seed used when none is given: any fixed number; this one names the registration extract month. */
export const defaultSeed = 20220401;

export interface GenerateOptions {
  readonly scale: DemoScale;
  readonly outDir: string;
  readonly seed?: number;
  /** The files to write; all of them unless a caller (a test) narrows the list. */
  readonly outputs?: readonly DemoOutput[];
}

export interface GenerateReport {
  readonly outDir: string;
  readonly scale: DemoScale;
  readonly seed: number;
  readonly files: readonly WrittenFile[];
  readonly milliseconds: number;
}

/**
 * Builds the world and writes every demo file into a fresh sibling directory, then swaps it in for
 * `outDir`. A run that fails part-way removes its own directory and leaves the previous output as it was.
 */
export async function generateDemo(options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const seed = options.seed ?? defaultSeed;
  const outDir = resolve(options.outDir);
  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}.partial-${process.pid}`);
  const retired = join(parent, `.${basename(outDir)}.previous-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    const world = buildWorld(options.scale, seed);
    const files = (options.outputs ?? demoOutputs).map((output) =>
      output.write(world, join(staging, output.file), output.file),
    );
    if (existsSync(outDir)) await rename(outDir, retired);
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
    return { outDir, scale: options.scale, seed, files, milliseconds: performance.now() - started };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // If the swap itself failed half-way, put the previous output back where it was.
    if (existsSync(retired) && !existsSync(outDir)) await rename(retired, outDir);
    throw error;
  }
}
