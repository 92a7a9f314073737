import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sha256File } from "./sha256-file.ts";

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
});
