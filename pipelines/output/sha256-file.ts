import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

/**
 * Chunk read at a time: a megabyte rather than the stream default of 64 kB, so hashing the 270 MB of an
 * England build's inputs makes a sixteenth of the reads and promise turns (about 50 ms of CPU less).
 */
const CHUNK_BYTES = 1 << 20;

/**
 * Hex SHA-256 of a file, read a chunk at a time so the England-scale inputs are never held in memory.
 * Every chunk goes through one buffer: a new buffer per chunk (as a read stream gives) is memory outside
 * V8's heap that V8 answers with full garbage collections, dozens of them over an England build's inputs.
 */
export async function sha256File(path: string, buffer = Buffer.allocUnsafe(CHUNK_BYTES)): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path, "r");
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest("hex");
}

/**
 * The files' hashes in order, hashed one after another (through one buffer) rather than all at once:
 * hashing runs on the main thread, and with every file under way each DuckDB statement that ended waited
 * behind a chunk of every file before the build could go on with it.
 */
export async function sha256Files(paths: readonly string[]): Promise<string[]> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const hashes: string[] = [];
  for (const path of paths) hashes.push(await sha256File(path, buffer));
  return hashes;
}
