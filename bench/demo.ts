import { generateDemo as generate } from "../pipelines/demo/generate.ts";
import type { DemoScale } from "../pipelines/demo/scale.ts";

/**
 * The bench's entry to the demo generator: writes the seeded demo inputs at a scale into `outDir` (default
 * seed, so every bench run measures the pipeline on the same bytes).
 */
export async function generateDemo(scale: DemoScale, outDir: string): Promise<void> {
  await generate({ scale, outDir });
}
