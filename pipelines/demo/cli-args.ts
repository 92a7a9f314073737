import { z } from "zod";
import { defaultSeed } from "./generate.ts";
import { demoScales } from "./scale.ts";

export const usage = `Usage: npm run demo:data -- [--scale pcn|england] [--out <dir>] [--seed <n>]

Writes a fictional ICB's raw input files, in the official layouts the pipeline reads, to <dir>.
The same command always writes the same bytes.

  --scale  pcn (default): one ICB, 3-5 PCNs, about 40 practices, 288 LSOAs
           england: 42 ICBs, about 1,260 PCNs and 6,300 practices, 33,784 LSOAs
  --out    output directory (default data/demo/<scale>); replaced only when the run succeeds
  --seed   whole number from 0 to 4294967295 (default ${defaultSeed})
  --help   show this text`;

const argsSchema = z
  .object({
    scale: z
      .enum(demoScales, { errorMap: () => ({ message: `--scale must be one of: ${demoScales.join(", ")}` }) })
      .default("pcn"),
    out: z.string().min(1, "--out needs a directory").optional(),
    seed: z.coerce
      .number({ invalid_type_error: "--seed must be a whole number" })
      .int("--seed must be a whole number")
      .min(0, "--seed must be 0 or more")
      .max(0xffffffff, "--seed must be at most 4294967295")
      .default(defaultSeed),
  })
  .strict();

export type CliArgs =
  | { help: true }
  | { help: false; scale: (typeof demoScales)[number]; outDir: string; seed: number };

/** Parses `--name value` and `--name=value` pairs; throws an Error with a message fit for the terminal. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return { help: true };
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unexpected argument "${arg}"`);
    const name = match[1];
    if (!["scale", "out", "seed"].includes(name)) throw new Error(`Unknown option --${name}`);
    if (name in raw) throw new Error(`--${name} given twice`);
    const value = match[2] ?? argv[i + 1];
    if (value === undefined || (match[2] === undefined && value.startsWith("--")))
      throw new Error(`--${name} needs a value`);
    if (match[2] === undefined) i += 1;
    raw[name] = value;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  const { scale, out, seed } = parsed.data;
  return { help: false, scale, seed, outDir: out ?? `data/demo/${scale}` };
}
