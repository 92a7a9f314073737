import type { ColumnSpec, Importer } from "../importers/importer.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { INPUT_MAPPING_FILE } from "./input-mapping.ts";

const quote = (text: string) => `"${text}"`;

/** What one missing column (or any column of a group) may be headed, for messages. */
export function describeColumnNames(group: readonly ColumnSpec[]): string {
  return group
    .map((spec) => {
      const others = [...new Set([spec.name, ...spec.aliases])].filter((alias) => alias !== spec.label);
      return `${quote(spec.label)}${others.length > 0 ? ` (also accepted: ${others.map(quote).join(", ")})` : ""}`;
    })
    .join(" or ");
}

/**
 * The error for a file taken for a layout (by its header or by the mapping file) that lacks one of the
 * layout's columns: it lists the headings found and the headings accepted, so a misspelling is obvious.
 */
export function missingColumnError(
  path: string,
  header: readonly string[],
  importer: Importer,
  group: readonly ColumnSpec[],
): PipelineInputError {
  const first = group[0];
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return new PipelineInputError({
    file: path,
    line: 1,
    column: first?.label,
    expected: `a column headed ${describeColumnNames(group)}, as in the ${importer.title} layout`,
    found: `the columns ${header.map(quote).join(", ")}`,
    fix: `rename the column in the header to ${quote(first?.label ?? "")}, or say which column it is in ${INPUT_MAPPING_FILE} beside the file: {"files": {${quote(fileName)}: {"kind": ${quote(importer.kind)}, "columns": {${quote(first?.name ?? "")}: "<heading in your file>"}}}}`,
  });
}
