import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runStatsCli } from "./cli/run.ts";
import { parseCsv } from "./csv.ts";
import { directlyStandardisedRate } from "./dsr.ts";
import { ESP2013, ESP2013_AGE_BANDS } from "./esp2013.ts";
import { expectClose } from "./testing/expect-close.ts";
import { COUNTS, POPULATION, REFERENCE_COUNT, REFERENCE_POPULATION } from "./testing/phe-multiarea.ts";
import { wilsonLimits } from "./wilson.ts";

const directory = mkdtempSync(path.join(tmpdir(), "stats-cli-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileNumber = 0;
function inputFile(text: string): string {
  const file = path.join(directory, `input-${++fileNumber}.csv`);
  writeFileSync(file, text);
  return file;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

function run(method: string, input: string, ...options: string[]): Run {
  const output = path.join(directory, `output-${++fileNumber}.csv`);
  let stdout = "";
  let stderr = "";
  const code = runStatsCli([method, "--input", input, "--output", output, ...options], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr, output };
}

/** Output rows as objects keyed by header. */
function outputRows(result: Run): Record<string, string>[] {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const table = parseCsv(readFileSync(result.output, "utf8"));
  return table.rows.map(({ fields }) =>
    Object.fromEntries(table.header.map((column, i) => [column, fields[i] ?? ""])),
  );
}

const esp2013Csv = (areas: readonly (keyof typeof COUNTS)[]) =>
  [
    "area,age_band,count,population",
    ...areas.flatMap((area) =>
      ESP2013_AGE_BANDS.map((band, i) => `${area},${band},${COUNTS[area][i]},${POPULATION[i]}`),
    ),
  ].join("\n");

describe("stats CLI: results", () => {
  it("proportion: keeps every input column and adds value, limits and note", () => {
    const input = inputFile(
      '\uFEFFpractice,count,denominator\r\nP1,1146,7944\r\n"P2, ""Oak""",0,50\r\nP3,,100\r\n',
    );
    const rows = outputRows(run("proportion", input, "--multiplier", "100"));
    expect(Object.keys(rows[0] as object)).toEqual([
      "practice",
      "count",
      "denominator",
      "value",
      "lower95",
      "upper95",
      "lower998",
      "upper998",
      "note",
    ]);
    const limits = wilsonLimits(1146, 7944, 0.95, 100);
    expect(Number(rows[0]?.lower95)).toBe(limits.lower);
    expect(Number(rows[0]?.upper95)).toBe(limits.upper);
    expect(rows[1]).toMatchObject({ practice: 'P2, "Oak"', value: "0", lower95: "0", note: "" });
    expect(rows[2]).toMatchObject({
      value: "",
      lower95: "",
      upper998: "",
      note: "no count: nothing to calculate",
    });
  });

  it("rate with --group-by and --conf: sums each group and names columns by level", () => {
    const input = inputFile("pcn,practice,count,denominator\nA,P1,4,1000\nA,P2,5,2000\nB,P3,30,1000\n");
    const rows = outputRows(run("rate", input, "--group-by", "pcn", "--conf", "0.9,99.8"));
    expect(Object.keys(rows[0] as object)).toEqual([
      "pcn",
      "count",
      "denominator",
      "value",
      "lower90",
      "upper90",
      "lower998",
      "upper998",
      "note",
    ]);
    expect(rows.map((row) => [row.pcn, row.count, row.denominator, row.value])).toEqual([
      ["A", "9", "3000", "300"],
      ["B", "30", "1000", "3000"],
    ]);
  });

  it("dsr: ESP2013 by age_band label, one row per group, suppressed below 10 events with a note", () => {
    const rows = outputRows(
      run("dsr", inputFile(esp2013Csv(["big", "small", "tiny"])), "--group-by", "area"),
    );
    // PHEindicatormethods testdata_DSR_ISR.xlsx, sheet testresults_DSR.
    expectClose(Number(rows[0]?.value), 10430.247991469423, 1e-12);
    expectClose(Number(rows[1]?.upper998), 1530.0328948244762, 1e-12);
    expect(rows[2]).toMatchObject({ area: "tiny", count: "9", population: "8970", value: "", lower95: "" });
    expect(rows[2]?.note).toMatch(/fewer than 10/);
  });

  it("dsr: a standard_population column replaces ESP2013", () => {
    const lines = [
      "count,population,standard_population",
      ...COUNTS.big.map((count, i) => `${count},${POPULATION[i]},${Object.values(ESP2013)[i]}`),
    ];
    const rows = outputRows(run("dsr", inputFile(lines.join("\n"))));
    const expected = directlyStandardisedRate(
      COUNTS.big.map((count, i) => ({
        count,
        population: POPULATION[i] as number,
        standardPopulation: Object.values(ESP2013)[i] as number,
      })),
    );
    expect(Number(rows[0]?.value)).toBe(expected.value);
  });

  it("isr: ratio × 100 and, with --rate, the rate", () => {
    const lines = [
      "area,count,population,reference_count,reference_population",
      ...COUNTS.small.map(
        (count, i) => `small,${count},${POPULATION[i]},${REFERENCE_COUNT[i]},${REFERENCE_POPULATION[i]}`,
      ),
    ];
    const input = inputFile(lines.join("\n"));
    const ratio = outputRows(run("isr", input, "--group-by", "area", "--multiplier", "100"));
    expect(ratio[0]).toMatchObject({ area: "small", observed: "91" });
    // PHEindicatormethods testdata_DSR_ISR.xlsx, sheet testresults_ISR.
    expectClose(Number(ratio[0]?.value), 10.886683770400502, 1e-12);
    expectClose(Number(ratio[0]?.lower95), 8.765040101829404, 1e-12);
    const rate = outputRows(run("isr", input, "--group-by", "area", "--rate"));
    expectClose(Number(rate[0]?.reference_rate), 9349.88309221102, 1e-12);
    expectClose(Number(rate[0]?.upper998), 1392.9381508991678, 1e-12);
  });

  it("mean: count, sd and t limits per group; a single value gets a note", () => {
    const input = inputFile("group,value\na,1\na,2\na,3\nb,5\n");
    const rows = outputRows(run("mean", input, "--group-by", "group"));
    expect(rows[0]).toMatchObject({ group: "a", count: "3", sd: "1", value: "2" });
    expectClose(Number(rows[0]?.upper95), 2 + 4.302652729749462 / Math.sqrt(3), 1e-12);
    expect(rows[1]).toMatchObject({
      group: "b",
      count: "1",
      sd: "",
      value: "5",
      lower95: "",
      note: "one value only: a confidence interval needs at least 2",
    });
  });

  it("sii: SII and RII with simulated limits, repeatable with the seed", () => {
    const lines = [
      "quantile,population,value,se",
      ...[1, 2, 3, 4, 5].map((q) => `${q},${1000 + q},${50 + 2 * q},0.5`),
    ];
    const input = inputFile(lines.join("\n"));
    const first = outputRows(run("sii", input, "--repetitions", "2000"));
    expect(Object.keys(first[0] as object)).toEqual([
      "sii",
      "sii_lower95",
      "sii_upper95",
      "sii_lower998",
      "sii_upper998",
      "rii",
      "rii_lower95",
      "rii_upper95",
      "rii_lower998",
      "rii_upper998",
      "note",
    ]);
    expectClose(Number(first[0]?.sii), 10, 1e-3);
    expect(outputRows(run("sii", input, "--repetitions", "2000"))).toEqual(first);
    expect(outputRows(run("sii", input, "--repetitions", "2000", "--seed", "3"))).not.toEqual(first);
  });

  it("funnel: each row's significance, and the plotting lines with --lines", () => {
    const input = inputFile("area,count,denominator\nA,50,1000\nB,100,1000\nC,150,1000\nD,100,1000\n");
    const rows = outputRows(run("funnel", input, "--statistic", "proportion", "--multiplier", "100"));
    expect(rows.map((row) => row.funnel_significance)).toEqual([
      "Low (0.001)",
      "Not significant",
      "High (0.001)",
      "Not significant",
    ]);
    expect(rows[0]?.funnel_average).toBe("10");
    const lines = outputRows(run("funnel", input, "--statistic", "proportion", "--lines"));
    expect(lines).toHaveLength(100);
    expect(Object.keys(lines[0] as object)).toEqual([
      "at",
      "baseline",
      "lower95_x",
      "lower95",
      "upper95_x",
      "upper95",
      "lower998_x",
      "lower998",
      "upper998_x",
      "upper998",
    ]);
  });

  it("prints the help", () => {
    let stdout = "";
    expect(runStatsCli(["--help"], { stdout: (text) => (stdout += text), stderr: () => undefined })).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run stats -- <method>/);
  });
});

describe("stats CLI: bad input gives one line naming file, line, column, expectation and fix", () => {
  const failure = (method: string, text: string, ...options: string[]) => {
    const input = inputFile(text);
    const result = run(method, input, ...options);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(result.output)).toBe(false);
    return result.stderr.replace(input, "IN");
  };

  it("a missing column", () => {
    expect(failure("proportion", "count,denom\n1,2\n")).toBe(
      'stats: IN, line 1, column denominator: expected a column headed "denominator" (the proportion\'s numerator and denominator); found the columns "count", "denom". How to fix: add or rename a column to "denominator"; run with --help for the columns each method reads\n',
    );
  });

  it("text in a number", () => {
    expect(failure("rate", "count,denominator\n1,2\n1,2\nseven,10\n")).toBe(
      'stats: IN, line 4, column count: expected a count (a number of 0 or more); found "seven". How to fix: write plain numbers, without thousands separators or text\n',
    );
  });

  it("a negative count", () => {
    expect(failure("proportion", "count,denominator\n-1,10\n")).toBe(
      "stats: IN, line 2, column count: expected a count (a number of 0 or more); found -1. How to fix: correct the value, or remove the row\n",
    );
  });

  it("a count above its denominator for a proportion", () => {
    expect(failure("proportion", "count,denominator\n11,10\n")).toBe(
      "stats: IN, line 2, column count: expected a count no larger than its denominator (10) for a proportion; found 11. How to fix: check the count and denominator are not swapped, or use the rate method for events that can exceed the population\n",
    );
  });

  it("a zero denominator", () => {
    expect(failure("rate", "count,denominator\n1,0\n")).toBe(
      "stats: IN, line 2, column denominator: expected a denominator (a number above 0); found 0. How to fix: correct the value, or remove the row\n",
    );
  });

  it("a row with the wrong number of fields, counting lines inside quoted fields", () => {
    expect(failure("rate", 'name,count,denominator\n"two\nlines",1,2\nx,1,2,3\n')).toBe(
      "stats: IN, line 4: expected 3 fields as in the header; found 4. How to fix: quote any field that contains a comma, and give every row the header's columns\n",
    );
  });

  it("an age band outside ESP2013, and a group missing bands", () => {
    expect(failure("dsr", "age_band,count,population\n0-4,1,10\n85+,1,10\n")).toMatch(
      /^stats: IN, line 3, column age_band: expected an ESP2013 age band \(0-4, 5-9, .*, 90\+\); found "85\+"/,
    );
    expect(failure("dsr", "age_band,count,population\n0-4,1,10\n")).toMatch(
      /^stats: IN, line 2, column age_band: expected all 19 ESP2013 age bands in the group starting here; found none for 5-9, /,
    );
  });

  it("an unknown method, a missing file, and options that do not fit", () => {
    expect(failure("median", "a\n1\n")).toBe(
      'stats: unknown method "median"; expected one of proportion, rate, dsr, isr, mean, sii, funnel. Run with --help for usage.\n',
    );
    const missing = run("proportion", path.join(directory, "absent.csv"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `stats: ${path.join(directory, "absent.csv")}: expected a readable CSV file; found no such file. How to fix: check the --input path\n`,
    );
    expect(failure("proportion", "count,denominator\n1,2\n", "--conf", "0.95,2000")).toBe(
      'stats: --conf takes levels such as 0.95,0.998 (or 95,99.8); "2000" is not one.\n',
    );
    expect(failure("proportion", "count,denominator\n1,2\n", "--lines")).toBe(
      "stats: --lines does not apply to proportion; it is read by funnel.\n",
    );
    expect(failure("funnel", "count,denominator\n1,2\n")).toBe(
      "stats: funnel needs --statistic proportion, ratio or rate.\n",
    );
    expect(failure("rate", "count,denominator\n1,2\n", "--bogus")).toMatch(
      /^stats: Unknown option '--bogus'.*Run with --help/,
    );
  });

  it("input the statistic itself cannot use", () => {
    expect(failure("funnel", "count,denominator\n0,100\n0,200\n", "--statistic", "rate", "--lines")).toBe(
      "stats: IN: a rate funnel needs at least one event to centre on. Check the file against --help.\n",
    );
  });

  it("never replaces a good output with a failed run, and leaves no temporary file", () => {
    const good = run("proportion", inputFile("count,denominator\n1,2\n"));
    const before = readFileSync(good.output, "utf8");
    const bad = inputFile("count,denominator\n1,0\n");
    expect(
      runStatsCli(["proportion", "--input", bad, "--output", good.output], {
        stdout: () => undefined,
        stderr: () => undefined,
      }),
    ).toBe(1);
    expect(readFileSync(good.output, "utf8")).toBe(before);
    expect(readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("stats CLI as a process", () => {
  const repository = fileURLToPath(new URL("../../", import.meta.url));
  const tsx = path.join(repository, "node_modules", ".bin", "tsx");

  it("exits 1 with the message alone on stderr, no stack trace", () => {
    const input = inputFile("count,denominator\n1,x\n");
    let caught: { status: number; stderr: string; stdout: string } | undefined;
    try {
      execFileSync(
        tsx,
        ["pipelines/stats/cli.ts", "rate", "--input", input, "--output", path.join(directory, "p.csv")],
        {
          cwd: repository,
          encoding: "utf8",
          stdio: "pipe",
        },
      );
    } catch (error) {
      caught = error as { status: number; stderr: string; stdout: string };
    }
    expect(caught?.status).toBe(1);
    expect(caught?.stderr).toBe(
      `stats: ${input}, line 2, column denominator: expected a denominator (a number above 0); found "x". How to fix: write plain numbers, without thousands separators or text\n`,
    );
  });

  it("exits 0 and writes the file", () => {
    const input = inputFile("count,denominator\n5,10\n");
    const output = path.join(directory, "ok.csv");
    const stdout = execFileSync(
      tsx,
      ["pipelines/stats/cli.ts", "proportion", "--input", input, "--output", output],
      {
        cwd: repository,
        encoding: "utf8",
      },
    );
    expect(stdout).toBe(`stats proportion: wrote 1 row to ${output}\n`);
    expect(readFileSync(output, "utf8")).toMatch(
      /^count,denominator,value,lower95,upper95,lower998,upper998,note\r\n5,10,0.5,/,
    );
  });
});
