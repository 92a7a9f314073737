import { PipelineInputError } from "../../pipeline-input-error.ts";
import { formatCsv } from "../csv.ts";
import { parseStatsArgs, type StatsOptions, StatsUsageError } from "./args.ts";
import { HELP } from "./help.ts";
import { InputTable } from "./input-table.ts";
import { runDsr } from "./method-dsr.ts";
import { runFunnel } from "./method-funnel.ts";
import { runIsr } from "./method-isr.ts";
import { runMean } from "./method-mean.ts";
import { runProportionOrRate } from "./method-proportion.ts";
import { runSii } from "./method-sii.ts";
import type { OutputTable } from "./output-table.ts";
import { writeFileAtomic } from "./write-atomic.ts";

/** `npm run stats`: parse, read, compute, write; every failure is one line on stderr and exit code 1. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const RUNNERS: Record<StatsOptions["method"], (table: InputTable, options: StatsOptions) => OutputTable> = {
  proportion: (table, options) => runProportionOrRate(table, options, "proportion"),
  rate: (table, options) => runProportionOrRate(table, options, "rate"),
  dsr: runDsr,
  isr: runIsr,
  mean: runMean,
  sii: runSii,
  funnel: runFunnel,
};

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");

export function runStatsCli(argv: readonly string[], io: CliIo): number {
  let input: string | undefined;
  try {
    const options = parseStatsArgs(argv);
    if (options === "help") {
      io.stdout(HELP);
      return 0;
    }
    input = options.input;
    const table = InputTable.read(options.input);
    const output = RUNNERS[options.method](table, options);
    writeFileAtomic(options.output, formatCsv(output.header, output.rows));
    const rows = output.rows.length === 1 ? "1 row" : `${output.rows.length} rows`;
    io.stdout(`stats ${options.method}: wrote ${rows} to ${options.output}\n`);
    return 0;
  } catch (error) {
    io.stderr(`stats: ${oneLine(describe(error, input))}\n`);
    return 1;
  }
}

function describe(error: unknown, input: string | undefined): string {
  if (error instanceof PipelineInputError || error instanceof StatsUsageError) return error.message;
  // The methods' own guards: input the checks above let through but the statistic cannot use.
  if (error instanceof RangeError && input !== undefined)
    return `${input}: ${error.message}. Check the file against --help.`;
  return `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`;
}
