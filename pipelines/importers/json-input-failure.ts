import { PipelineInputError } from "../pipeline-input-error.ts";
import { formatJsonPath, type JsonPath, locateForMessage } from "./json-text.ts";

/** What was wrong at a place in a JSON input, in the words of PipelineInputError. */
export type JsonProblem = { expected: string; found: string; fix: string };
export type FailAt = (path: JsonPath, problem: JsonProblem) => never;

/**
 * For a JSON input (`text` as read from `file`): throws a PipelineInputError at the line and character of
 * `path`, naming the path in the expectation, since a line of minified JSON can hold a whole file.
 */
export function jsonInputFailure(file: string, text: string): FailAt {
  return (path, problem) => {
    const where = locateForMessage(text, path);
    throw new PipelineInputError({
      file,
      line: where.line,
      column: where.column,
      expected: `${problem.expected} (at ${formatJsonPath(path) || "the top"})`,
      found: problem.found,
      fix: problem.fix,
    });
  };
}
