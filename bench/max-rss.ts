/**
 * `node --import tsx bench/max-rss.ts <script> [args…]`: runs a TypeScript entry point as if it were started
 * directly, and on exit writes the process's peak resident set size (kB, from getrusage) to the file named by
 * BENCH_MAX_RSS_FILE. Used by measured-child.ts when GNU time is not installed.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error("usage: bench/max-rss.ts <script> [args…]");
const reportFile = process.env.BENCH_MAX_RSS_FILE;
process.on("exit", () => {
  if (reportFile) writeFileSync(reportFile, String(process.resourceUsage().maxRSS));
});
const entry = path.resolve(script);
process.argv = [process.argv[0] as string, entry, ...args];
await import(pathToFileURL(entry).href);
