/**
 * A problem in an input file that the person running the pipeline can fix. It says where (file, 1-based
 * physical line counting the header as line 1, column as headed in the file), what was expected, what was
 * found, and how to fix it. The CLI prints `message` alone: no stack trace, no raw DuckDB text.
 */
export type PipelineInputProblem = {
  file: string;
  /** 1-based physical line, header = 1; absent when the problem is the file or folder as a whole. */
  line?: number | undefined;
  /** The column as it is headed in the file (or the expected heading when it is missing). */
  column?: string | undefined;
  expected: string;
  found?: string | undefined;
  fix: string;
};

export class PipelineInputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly expected: string;
  readonly found: string | undefined;
  readonly fix: string;

  constructor(problem: PipelineInputProblem) {
    super(formatProblem(problem));
    this.name = "PipelineInputError";
    this.file = problem.file;
    this.line = problem.line;
    this.column = problem.column;
    this.expected = problem.expected;
    this.found = problem.found;
    this.fix = problem.fix;
  }
}

function formatProblem(problem: PipelineInputProblem): string {
  const where = [
    problem.file,
    problem.line === undefined ? null : `line ${problem.line}`,
    problem.column === undefined ? null : `column ${problem.column}`,
  ]
    .filter((part) => part !== null)
    .join(", ");
  const found = problem.found === undefined ? "" : `; found ${problem.found}`;
  return `${where}: expected ${problem.expected}${found}.\nHow to fix: ${problem.fix}`;
}
