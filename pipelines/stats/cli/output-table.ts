/**
 * What a CLI method produces: a header and rows of cells. Numbers are written in JavaScript's shortest
 * round-trip form, undefined as an empty cell; a NaN or infinity reaching here is a bug and throws.
 */
export interface OutputTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function cell(value: number | undefined): string {
  if (value === undefined) return "";
  if (!Number.isFinite(value)) throw new Error(`internal error: ${value} reached the output`);
  return String(value);
}
