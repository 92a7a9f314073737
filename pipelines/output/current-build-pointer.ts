import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";

/** `data/build/current.json`: the one file a reader opens to find the build to serve. */
export const CURRENT_POINTER_FILE = "current.json";

export const currentBuildPointerSchema = z.object({
  version: z.string(),
  /** The build directory, relative to the folder holding current.json (so the folder can be moved). */
  path: z.string(),
  created_at: z.string().datetime(),
});

export type CurrentBuildPointer = z.infer<typeof currentBuildPointerSchema>;

/** The current build's pointer and absolute directory, or null when nothing has been built yet. */
export async function readCurrentBuild(
  buildRoot: string,
): Promise<(CurrentBuildPointer & { directory: string }) | null> {
  let text: string;
  try {
    text = await readFile(join(buildRoot, CURRENT_POINTER_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const pointer = currentBuildPointerSchema.parse(JSON.parse(text));
  return { ...pointer, directory: resolve(buildRoot, pointer.path) };
}
