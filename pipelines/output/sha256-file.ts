import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/**
 * Chunk read at a time: a megabyte rather than the stream default of 64 kB, so hashing the 270 MB of an
 * England build's inputs makes a sixteenth of the reads and promise turns (about 50 ms of CPU less).
 */
const CHUNK_BYTES = 1 << 20;

/** Hex SHA-256 of a file, streamed so the England-scale inputs are never held in memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>)
    hash.update(chunk);
  return hash.digest("hex");
}
