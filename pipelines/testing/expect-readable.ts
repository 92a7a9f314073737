import { expect } from "vitest";
import type { PipelineInputError } from "../pipeline-input-error.ts";

/**
 * The printed message carries every part a person needs to find and fix the problem: the file, the line
 * and column (a heading, or a character for JSON) where given, what was expected and the fix.
 */
export function expectReadable(
  error: PipelineInputError,
  where: { file: string; line?: number; column?: string },
) {
  expect(error.file.endsWith(where.file)).toBe(true);
  expect(error.message).toContain(where.file);
  if (where.line !== undefined) {
    expect(error.line).toBe(where.line);
    expect(error.message).toContain(`line ${where.line}`);
  }
  if (where.column !== undefined) {
    expect(error.column).toBe(where.column);
    expect(error.message).toContain(`column ${where.column}`);
  }
  expect(error.message).toContain(`expected ${error.expected}`);
  expect(error.message).toContain(`How to fix: ${error.fix}`);
  expect(error.fix.length).toBeGreaterThan(10);
  // The reader's own wording (DuckDB's options and line counting, JSON.parse's positions) never reaches the user.
  expect(error.message).not.toMatch(
    /strict_mode|null_padding|ignore_errors|Invalid Input Error|Conversion Error|DuckDB|SyntaxError|at position/,
  );
}
