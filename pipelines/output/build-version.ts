import { createHash } from "node:crypto";

/** `20250401T093000-1a2b3c4d`: sortable by time, and names the data. */
export const BUILD_VERSION_PATTERN = /^\d{8}T\d{6}-[0-9a-f]{8}(-\d+)?$/;

/**
 * A build's version: the UTC time it was made, then the first 8 hex digits of a SHA-256 over its output
 * files' names and hashes. The time makes versions sort in build order (so "keep the last 3" is a sort);
 * the hash tells at a glance whether two builds hold the same data. Manifest text (times, paths) is not
 * hashed, so rebuilding the same inputs gives the same hash.
 */
export function buildVersion(createdAt: Date, outputs: readonly { file: string; sha256: string }[]): string {
  const stamp = createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");
  const hash = createHash("sha256");
  for (const output of [...outputs].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(`${output.file}\0${output.sha256}\n`);
  }
  return `${stamp}-${hash.digest("hex").slice(0, 8)}`;
}
