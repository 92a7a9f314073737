import { readFile } from "node:fs/promises";
import { z } from "zod";

/** The project's version from package.json, recorded in every manifest. */
export async function pipelineVersion(): Promise<string> {
  const text = await readFile(new URL("../package.json", import.meta.url), "utf8");
  return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
}
