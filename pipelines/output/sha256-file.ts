import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** Hex SHA-256 of a file, streamed so the England-scale inputs are never held in memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest("hex");
}
