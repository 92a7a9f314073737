import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a file all at once: into a temporary file beside it, then renamed over the target, so a failure
 * (or a reader at the same moment) never sees half a file and an earlier good output is kept until then.
 */
export function writeFileAtomic(file: string, contents: string): void {
  const directory = path.dirname(path.resolve(file));
  mkdirSync(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, contents, "utf8");
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
