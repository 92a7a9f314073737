import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sha256File, sha256Files } from "./sha256-file.ts";

const directory = mkdtempSync(join(tmpdir(), "sha256-file-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("sha256File", () => {
  it("hashes a file read in several chunks exactly as its whole contents, and an empty file", async () => {
    // Two and a half megabytes of varied bytes: three chunks, the last one partial.
    const bytes = Buffer.from(Array.from({ length: 2.5 * 2 ** 20 }, (_, index) => (index * 7919) % 251));
    const path = join(directory, "large.bin");
    writeFileSync(path, bytes);
    expect(await sha256File(path)).toBe(createHash("sha256").update(bytes).digest("hex"));
    const empty = join(directory, "empty.bin");
    writeFileSync(empty, "");
    expect(await sha256File(empty)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("hashes several files in order through one shared buffer, a short file after a long one included", async () => {
    const long = join(directory, "long.bin");
    const short = join(directory, "short.txt");
    const longBytes = Buffer.alloc(1.5 * 2 ** 20, 0x5a);
    writeFileSync(long, longBytes);
    writeFileSync(short, "abc");
    // A short file read after a long one must not pick up the long one's bytes left in the buffer.
    expect(await sha256Files([long, short, long])).toEqual([
      createHash("sha256").update(longBytes).digest("hex"),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      createHash("sha256").update(longBytes).digest("hex"),
    ]);
  });
});
