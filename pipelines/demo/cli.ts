import { parseCliArgs, usage } from "./cli-args.ts";
import { generateDemo } from "./generate.ts";

/** `npm run demo:data -- --scale pcn|england --out <dir> [--seed N]`: see cli-args.ts for the options. */
async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    console.error(`demo:data: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  try {
    const report = await generateDemo({ scale: args.scale, outDir: args.outDir, seed: args.seed });
    console.log(
      `Demo data (${report.scale}, seed ${report.seed}) written to ${report.outDir} in ${(report.milliseconds / 1000).toFixed(1)} s`,
    );
    for (const file of report.files) {
      console.log(
        `  ${file.file.padEnd(40)} ${String(file.rows).padStart(9)} rows ${(file.bytes / 1e6).toFixed(2).padStart(8)} MB`,
      );
    }
    return 0;
  } catch (error) {
    console.error(`demo:data: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
