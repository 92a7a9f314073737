import { open } from "node:fs/promises";
import type { FileStart, Importer } from "../importers/importer.ts";

/**
 * Most JSON layouts show what they are in their first few hundred bytes; an ONS boundary file that writes
 * each feature's geometry before its properties may need more, so a file not recognised from its first
 * megabyte is looked at again up to 16 MB.
 */
const FIRST_LOOK_BYTES = 1 << 20;
const SECOND_LOOK_BYTES = 1 << 24;
/**
 * Enough of a file to see its first character past a byte order mark and white space: whether it is JSON
 * at all. Most inputs are CSV, and decoding a megabyte of each to text cost discovery more than the rest
 * of its work.
 */
const PEEK_BYTES = 4096;

export type ContentRecognition =
  | { status: "not-json" }
  | { status: "recognised"; importer: Importer }
  | { status: "unknown-json" };

/**
 * Recognises a JSON file (GeoJSON, Open Referral) by its content, asking each importer that reads JSON.
 * Files that do not start with `{` or `[` are left to the CSV header match.
 */
export async function recogniseContent(
  path: string,
  importers: readonly Importer[],
): Promise<ContentRecognition> {
  const readers = importers.filter((importer) => importer.recogniseContent !== undefined);
  const peek = (await readStart(path, PEEK_BYTES)).text.trimStart();
  // Only a peek that is all white space leaves the question open.
  if (peek !== "" && !/^[{[]/.test(peek)) return { status: "not-json" };
  let start = await readStart(path, FIRST_LOOK_BYTES);
  if (!/^[{[]/.test(start.text.trimStart())) return { status: "not-json" };
  for (;;) {
    const importer = readers.find((candidate) => candidate.recogniseContent?.(start));
    if (importer !== undefined) return { status: "recognised", importer };
    if (start.complete || start.text.length >= SECOND_LOOK_BYTES) return { status: "unknown-json" };
    start = await readStart(path, SECOND_LOOK_BYTES);
  }
}

async function readStart(path: string, bytes: number): Promise<FileStart> {
  const handle = await open(path, "r");
  try {
    // Not zero-filled: only the bytes read are ever looked at.
    const buffer = Buffer.allocUnsafe(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    const size = (await handle.stat()).size;
    // A multi-byte character cut at the end decodes to U+FFFD, which no recogniser looks at.
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    return { path, text, complete: bytesRead >= size };
  } finally {
    await handle.close();
  }
}
