import type { ColumnSpec, Importer } from "../importers/importer.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { DiscoveredFile } from "./discover-inputs.ts";
import { INPUT_MAPPING_FILE } from "./input-mapping.ts";
import { missingColumnError } from "./missing-column-error.ts";

/**
 * No file was taken for a layout the build needs. If some ignored file came nearest to that layout it is
 * probably the one meant, so the error names it and its missing column; otherwise it names the folders and
 * the headings that would have been recognised.
 */
export function missingInputError(
  importer: Importer,
  discovered: readonly DiscoveredFile[],
  inputs: readonly string[],
): PipelineInputError {
  const candidate = discovered
    .flatMap((file) =>
      file.status === "ignored" && file.closest?.importer === importer
        ? [{ file, closest: file.closest }]
        : [],
    )
    .sort((a, b) => a.closest.match.missing.length - b.closest.match.missing.length)[0];
  const firstMissing = candidate?.closest.match.missing[0];
  if (candidate !== undefined && firstMissing !== undefined) {
    return missingColumnError(candidate.file.path, candidate.closest.header, importer, firstMissing);
  }
  const groups = new Map<string, ColumnSpec[]>();
  for (const spec of importer.columns) {
    if (spec.presence === "optional") continue;
    const key = spec.presence === "required" ? spec.name : spec.presence.anyOf;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  const required = [...groups.values()]
    .map((group) => group.map((spec) => `"${spec.label}"`).join(" or "))
    .join(", ");
  const files = discovered.map((file) => (file.status === "recognised" ? file.input.path : file.path));
  return new PipelineInputError({
    file: inputs.join(", "),
    expected: `a file in the ${importer.title} layout, with columns ${required}`,
    found:
      files.length === 0
        ? "no files at all"
        : `only ${files.map((file) => file.split(/[\\/]/).pop()).join(", ")}`,
    fix: `add that file to an input folder (any file name), or say which file it is in ${INPUT_MAPPING_FILE}: {"files": {"<file>": "${importer.kind}"}}`,
  });
}
