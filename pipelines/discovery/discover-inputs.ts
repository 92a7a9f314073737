import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Importer } from "../importers/importer.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { classifyWorkbook } from "./classify-workbook.ts";
import type { DiscoveredFile, RecognisedFile } from "./discovered-file.ts";
import { INPUT_MAPPING_FILE, type InputMappingEntry, readInputMapping } from "./input-mapping.ts";
import { type LayoutMatch, matchLayout } from "./match-layout.ts";
import { missingColumnError } from "./missing-column-error.ts";
import { readCsvHeader } from "./read-csv-header.ts";
import { recogniseContent } from "./recognise-content.ts";
import { sniffFileType } from "./sniff-file-type.ts";

export type { DiscoveredFile, IgnoredFile, RecognisedFile } from "./discovered-file.ts";

/**
 * A file whose header has at least this many required columns and misses exactly one is taken to be a
 * damaged copy of that layout (a misspelt heading) and fails the build, rather than being quietly ignored.
 * Layouts with fewer requirements are too easy to half-match by accident.
 */
const NEAR_MISS_MIN_REQUIREMENTS = 3;

/**
 * Looks at every file in the given folders (and any files given directly) and decides, from its header and
 * never its name, which importer's layout it is in. A folder's `pipeline-inputs.json` overrides that.
 */
export async function discoverInputs(
  inputPaths: readonly string[],
  importers: readonly Importer[],
): Promise<DiscoveredFile[]> {
  const discovered: DiscoveredFile[] = [];
  const seen = new Set<string>();
  for (const inputPath of inputPaths) {
    const info = await stat(inputPath).catch(() => null);
    if (info === null) {
      throw new PipelineInputError({
        file: inputPath,
        expected: "an input folder or file that exists",
        found: "nothing at that path",
        fix: "check the --input path (it is resolved from the current folder)",
      });
    }
    const files = info.isDirectory() ? await listFolder(inputPath, discovered) : [inputPath];
    const mapping = info.isDirectory() ? await readInputMapping(inputPath) : null;
    if (mapping !== null) checkMappingNamesFiles(inputPath, mapping, files);
    for (const path of files) {
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      discovered.push(await classifyFile(path, mapping?.get(basename(path)), importers, discovered.length));
    }
  }
  return discovered;
}

async function listFolder(folder: string, discovered: DiscoveredFile[]): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name === INPUT_MAPPING_FILE) {
      discovered.push({
        status: "ignored",
        path,
        reason: "the input mapping for this folder (read, not imported)",
      });
    } else if (entry.isDirectory()) {
      discovered.push({ status: "ignored", path, reason: "a folder (sub-folders are not searched)" });
    } else files.push(path);
  }
  return files;
}

function checkMappingNamesFiles(
  folder: string,
  mapping: Map<string, InputMappingEntry>,
  files: string[],
): void {
  const names = new Set(files.map((file) => basename(file)));
  for (const name of mapping.keys()) {
    if (!names.has(name)) {
      throw new PipelineInputError({
        file: join(folder, INPUT_MAPPING_FILE),
        column: `files.${name}`,
        expected: `a file named "${name}" in ${folder}, as the mapping names it`,
        found: `no such file (files here: ${[...names].join(", ") || "none"})`,
        fix: "correct the file name in the mapping, or remove its entry",
      });
    }
  }
}

async function classifyFile(
  path: string,
  mapped: InputMappingEntry | undefined,
  importers: readonly Importer[],
  fileId: number,
): Promise<DiscoveredFile> {
  if (mapped?.kind === "ignore")
    return { status: "ignored", path, reason: `${INPUT_MAPPING_FILE} says ignore` };
  const emptyFix = `download the file again, remove it from the folder, or list it as "ignore" in ${INPUT_MAPPING_FILE}`;
  if ((await stat(path)).size === 0) {
    throw new PipelineInputError({
      file: path,
      expected: "a CSV file with a header line and data rows",
      found: "an empty file (0 bytes)",
      fix: emptyFix,
    });
  }
  const type = await sniffFileType(path);
  if (type !== "other") return classifyWorkbook(path, type, importers, fileId, mapped?.kind);
  const header = await readCsvHeader(path);
  const blankHeader = () =>
    new PipelineInputError({
      file: path,
      line: 1,
      expected: "a header line naming the columns",
      found: "only blank lines",
      fix: emptyFix,
    });
  if (mapped !== undefined) {
    if (header.status === "empty") throw blankHeader();
    return classifyMapped(path, header, mapped, importers, fileId);
  }
  // JSON is looked for first: a pretty-printed file may well begin with a blank line.
  const content = await recogniseContent(path, importers);
  if (content.status === "recognised") {
    const input = { fileId, path, header: [], columns: new Map<string, number>() };
    return { status: "recognised", importer: content.importer, input, byMapping: false };
  }
  if (content.status === "unknown-json") {
    const layouts = importers
      .filter((importer) => importer.recogniseContent !== undefined)
      .map((importer) => importer.title);
    return { status: "ignored", path, reason: `JSON that matches no known layout (${layouts.join("; ")})` };
  }
  if (header.status === "empty") throw blankHeader();
  if (header.status === "not-text") return { status: "ignored", path, reason: header.reason };

  const matches = importers.filter(readsCsv).map((importer) => ({
    importer,
    match: matchLayout(header.fields, importer.columns),
  }));
  const full = matches
    .filter(({ match }) => match.missing.length === 0)
    .sort((a, b) => b.match.columns.size - a.match.columns.size)[0];
  if (full !== undefined) {
    const input = { fileId, path, header: header.fields, columns: full.match.columns };
    return { status: "recognised", importer: full.importer, input, byMapping: false };
  }
  rejectOtherDelimiters(path, header.fields, importers.filter(readsCsv));
  const closest = matches
    .filter(({ match }) => match.missing.length < match.requirements)
    .sort((a, b) => met(b.match) - met(a.match) || b.match.columns.size - a.match.columns.size)[0];
  const nearMiss = closest?.match.requirements ?? 0;
  if (closest !== undefined && nearMiss >= NEAR_MISS_MIN_REQUIREMENTS && closest.match.missing.length === 1) {
    throw missingColumnError(path, header.fields, closest.importer, closest.match.missing[0] ?? []);
  }
  return {
    status: "ignored",
    path,
    reason: ignoredReason(header.fields, closest),
    ...(closest === undefined
      ? {}
      : { closest: { importer: closest.importer, header: header.fields, match: closest.match } }),
  };
}

/**
 * JSON layouts are recognised by content (recognise-content.ts), workbooks by their sheets
 * (classify-workbook.ts); only the others are CSV headers.
 */
const readsCsv = (importer: Importer) =>
  importer.recogniseContent === undefined && importer.format !== "xlsx";

const met = (match: LayoutMatch) => match.requirements - match.missing.length;

/**
 * A header that is one field holding semicolons or tabs, and that would be a known layout if split at
 * them, is that layout saved with another delimiter (Excel in many European locales writes ';'): an error
 * naming the layout, rather than a file quietly ignored.
 */
function rejectOtherDelimiters(
  path: string,
  header: readonly string[],
  importers: readonly Importer[],
): void {
  const only = header.length === 1 ? (header[0] ?? "") : "";
  for (const [delimiter, name] of [
    [";", "semicolons"],
    ["\t", "tabs"],
  ] as const) {
    const fields = only.split(delimiter).map((field) => field.replace(/^"|"$/g, ""));
    if (fields.length < 2) continue;
    const layout = importers.find((importer) => matchLayout(fields, importer.columns).missing.length === 0);
    if (layout === undefined) continue;
    throw new PipelineInputError({
      file: path,
      line: 1,
      expected: `values separated by commas (split at the ${name}, the header is the ${layout.title} layout)`,
      found: `values separated by ${name}`,
      fix: "save the file as 'CSV UTF-8 (Comma delimited)', or replace the delimiter with commas",
    });
  }
}

function classifyMapped(
  path: string,
  header: Awaited<ReturnType<typeof readCsvHeader>>,
  mapped: { kind: string; columns: Record<string, string> },
  importers: readonly Importer[],
  fileId: number,
): RecognisedFile {
  const mappingFile = join(dirname(path), INPUT_MAPPING_FILE);
  const importer = importers.find((candidate) => candidate.kind === mapped.kind);
  if (importer === undefined) {
    throw new PipelineInputError({
      file: mappingFile,
      column: `files.${basename(path)}`,
      expected: `one of the kinds ${importers.map((candidate) => `"${candidate.kind}"`).join(", ")} or "ignore"`,
      found: `"${mapped.kind}"`,
      fix: "use one of the kinds listed",
    });
  }
  if (importer.recogniseContent !== undefined) {
    if (Object.keys(mapped.columns).length > 0) {
      throw new PipelineInputError({
        file: mappingFile,
        column: `files.${basename(path)}.columns`,
        expected: `no "columns" for ${importer.kind}, which is recognised by its content rather than a CSV header`,
        found: "a columns entry",
        fix: `give just the kind: {"files": {"${basename(path)}": "${importer.kind}"}}`,
      });
    }
    return {
      status: "recognised",
      importer,
      input: { fileId, path, header: [], columns: new Map() },
      byMapping: true,
    };
  }
  const unknownColumn = Object.keys(mapped.columns).find(
    (name) => !importer.columns.some((spec) => spec.name === name),
  );
  if (unknownColumn !== undefined) {
    throw new PipelineInputError({
      file: mappingFile,
      column: `files.${basename(path)}.columns.${unknownColumn}`,
      expected: `a column of ${importer.kind}: ${importer.columns.map((spec) => spec.name).join(", ")}`,
      found: `"${unknownColumn}"`,
      fix: "use the canonical column names listed",
    });
  }
  if (header.status !== "header") {
    throw new PipelineInputError({
      file: path,
      expected: `a CSV file in the ${importer.title} layout, as ${INPUT_MAPPING_FILE} says`,
      found: header.status === "not-text" ? header.reason : "no header",
      fix: "export the file as CSV (UTF-8), or correct its entry in the mapping",
    });
  }
  const match = matchLayout(header.fields, importer.columns, mapped.columns);
  const firstMissing = match.missing[0];
  if (firstMissing !== undefined) throw missingColumnError(path, header.fields, importer, firstMissing);
  return {
    status: "recognised",
    importer,
    input: { fileId, path, header: header.fields, columns: match.columns },
    byMapping: true,
  };
}

function ignoredReason(
  header: readonly string[],
  closest: { importer: Importer; match: LayoutMatch } | undefined,
): string {
  const first = header[0] ?? "";
  if (header.length === 1 && /[;\t|]/.test(first)) {
    return "header has no commas (semicolon- or tab-separated?); save it as comma-separated CSV";
  }
  if (closest === undefined) return "header matches no known layout";
  const lacking = closest.match.missing.map((group) => group.map((spec) => `"${spec.label}"`).join(" or "));
  return `header matches no known layout (nearest: ${closest.importer.title}, which also needs ${lacking.join(", ")})`;
}
