import { parseArgs } from "node:util";
import { z } from "zod";

export const CLI_USAGE = `Usage: npm run pipeline -- [--input <folder or file>]... [--out <folder>]

Builds the dashboard's dataset from official downloads.

  -i, --input <path>  a folder (every file in it is looked at) or a single file; repeat to combine
                      several (default: data/demo/pcn)
  -o, --out <path>    the build root (default: data/build). Each build goes to <out>/<version>/ and
                      <out>/current.json is repointed to it; the last 3 builds are kept.
  -h, --help          show this help

Files are recognised by their header, not their name. A folder may hold pipeline-inputs.json to say what
a file is when its header cannot:
  {"files": {"regs.csv": "gp-registrations-by-lsoa", "notes.csv": "ignore",
             "scores.csv": {"kind": "iod-2019-lsoa-scores", "columns": {"imd_score": "IMD"}}}}

Exit status: 0 when the build was published, 1 when it failed (the previous build is left as it was).`;

const cliArgsSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1),
  out: z.string().min(1),
});

export type CliArgs = z.infer<typeof cliArgsSchema>;

export type ParsedCli = { help: true } | ({ help: false } & CliArgs);

/** Reads the command line; throws a plain Error with a readable message on unknown options. */
export function parseCliArgs(argv: readonly string[]): ParsedCli {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      input: { type: "string", short: "i", multiple: true },
      out: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) return { help: true };
  if (positionals.length > 0)
    throw new Error(`Unexpected argument "${positionals[0]}": give inputs with --input`);
  return {
    help: false,
    ...cliArgsSchema.parse({ inputs: values.input ?? ["data/demo/pcn"], out: values.out ?? "data/build" }),
  };
}
