/**
 * `npm test`: every check the project has, in order of speed, with one closing line that sums them all
 * (`N passed, N failed, N skipped`), which CI reads. Typecheck and lint count as one check each.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const root = path.resolve(import.meta.dirname, "..");
const reportDir = path.join(root, ".tmp/test-reports");
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
  numFailedTestSuites: z.number(),
});

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit" }).status ?? 1;
}

function check(suite: string, command: string, args: string[]): Tally {
  const ok = run(command, args) === 0;
  return { suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function vitest(suite: string, configArgs: string[]): Tally {
  const outputFile = path.join(reportDir, `${suite}.json`);
  const status = run("npx", [
    "vitest",
    "run",
    ...configArgs,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${outputFile}`,
  ]);
  try {
    const report = vitestReport.parse(JSON.parse(readFileSync(outputFile, "utf8")));
    // A suite that fails to load (syntax error, failed set-up) has no tests to count: count it as a failure.
    const failed =
      report.numFailedTests +
      (status !== 0 && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0);
    return {
      suite,
      passed: report.numPassedTests,
      failed,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return { suite, passed: 0, failed: 1, skipped: 0 };
  }
}

const tallies: Tally[] = [
  check("typecheck", "npx", ["tsc", "-p", "."]),
  check("lint", "npx", ["biome", "check", "."]),
  vitest("unit", []),
  vitest("e2e", ["--config", "vitest.e2e.config.ts"]),
];

console.log("\nSummary");
for (const t of tallies)
  console.log(`  ${t.suite.padEnd(10)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const sum = (key: "passed" | "failed" | "skipped") => tallies.reduce((total, t) => total + t[key], 0);
console.log(`${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`);
process.exit(sum("failed") > 0 ? 1 : 0);
