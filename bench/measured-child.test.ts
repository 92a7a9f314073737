import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GNU_TIME, runMeasured } from "./measured-child.ts";
import { repoRoot } from "./repo-root.ts";

const dir = mkdtempSync(path.join(tmpdir(), "bench-measured-child-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Touches every page of a 300 MB buffer, so the peak resident set is at least that; prints its arguments.
const script = path.join(dir, "allocate.ts");
writeFileSync(
  script,
  `const size: number = 300 * 1024 * 1024;
   const block = Buffer.alloc(size, 1);
   console.log(process.argv.slice(2).join(" "), block.length);`,
);

describe("a measured child process", () => {
  const expectPeakAndOutput = async (rssFrom: "getrusage" | "gnu-time") => {
    const run = await runMeasured(script, ["--flag", "value"], { cwd: repoRoot, timeoutMs: 30_000, rssFrom });
    expect(run.peakRssMb).toBeGreaterThan(300);
    expect(run.peakRssMb).toBeLessThan(1_000);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.output).toContain(`--flag value ${300 * 1024 * 1024}`);
  };

  it("reports its peak memory from getrusage inside the child, its wall time and its output", () =>
    expectPeakAndOutput("getrusage"));

  it.skipIf(!existsSync(GNU_TIME))("reports the same from GNU time where it is installed", () =>
    expectPeakAndOutput("gnu-time"),
  );

  it("fails with the child's output when it fails, and stops it at the time limit", async () => {
    const failing = path.join(dir, "fail.ts");
    writeFileSync(failing, `console.error("no such input"); process.exitCode = 3;`);
    await expect(runMeasured(failing, [], { cwd: repoRoot, timeoutMs: 30_000 })).rejects.toThrow(
      /exited with 3:\s+no such input/,
    );
    const slow = path.join(dir, "slow.ts");
    writeFileSync(slow, "setTimeout(() => undefined, 60_000);");
    await expect(runMeasured(slow, [], { cwd: repoRoot, timeoutMs: 1_500 })).rejects.toThrow(
      /stopped after 1.5 s/,
    );
  });
});
