import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDemo } from "./generate.ts";
import { demoOutputs } from "./outputs.ts";

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((file) => [
        file,
        createHash("sha256")
          .update(readFileSync(join(dir, file)))
          .digest("hex"),
      ]),
  );
}

describe("generateDemo", () => {
  it("writes the same bytes on every run with the same seed, and other bytes with another seed", async () => {
    const root = mkdtempSync(join(tmpdir(), "demo-repro-"));
    await generateDemo({ scale: "pcn", outDir: join(root, "a") });
    await generateDemo({ scale: "pcn", outDir: join(root, "b") });
    await generateDemo({ scale: "pcn", outDir: join(root, "c"), seed: 7 });
    const a = hashes(join(root, "a"));
    expect(Object.keys(a)).toEqual(demoOutputs.map((output) => output.file).sort());
    expect(hashes(join(root, "b"))).toEqual(a);
    const c = hashes(join(root, "c"));
    expect(Object.keys(a).filter((file) => c[file] === a[file])).toEqual([]);
  });

  it("pins the bytes of the pcn world, so an unintended change to any file fails here", async () => {
    // After a deliberate change to the generator, refresh with `npx vitest run pipelines/demo -u`.
    const outDir = join(mkdtempSync(join(tmpdir(), "demo-pinned-")), "pcn");
    await generateDemo({ scale: "pcn", outDir });
    const listing = Object.entries(hashes(outDir))
      .map(([file, hash]) => `${file} ${hash}\n`)
      .join("");
    expect(createHash("sha256").update(listing).digest("hex")).toMatchInlineSnapshot(
      `"1971fd5d94dc718f7c983b6efd7df54f22814696d980690dc071f3efbdd35b59"`,
    );
  });

  it("replaces a previous output only when the run succeeds", async () => {
    const root = mkdtempSync(join(tmpdir(), "demo-swap-"));
    const outDir = join(root, "pcn");
    mkdirSync(outDir);
    writeFileSync(join(outDir, "previous.txt"), "last good build");
    const failing = [
      ...demoOutputs.slice(0, 2),
      {
        file: "broken.csv",
        write: () => {
          throw new Error("disk full");
        },
      },
    ];
    await expect(generateDemo({ scale: "pcn", outDir, outputs: failing })).rejects.toThrow("disk full");
    expect(readdirSync(outDir)).toEqual(["previous.txt"]);
    expect(readdirSync(root)).toEqual(["pcn"]);

    const report = await generateDemo({ scale: "pcn", outDir });
    expect(existsSync(join(outDir, "previous.txt"))).toBe(false);
    expect(report.files.map((file) => file.file)).toEqual(demoOutputs.map((output) => output.file));
    expect(readdirSync(root)).toEqual(["pcn"]);
  });
});
