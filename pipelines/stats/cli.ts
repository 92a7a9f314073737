/** Entry point of `npm run stats`; see cli/help.ts or README.md for usage. */
import { runStatsCli } from "./cli/run.ts";

process.exitCode = runStatsCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
