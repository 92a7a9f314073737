import { basename, extname } from "node:path";
import type { Importer } from "../importers/importer.ts";
import { readXlsx, WorkbookFormatError } from "../importers/workbook/read-xlsx.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { DiscoveredFile } from "./discovered-file.ts";
import { INPUT_MAPPING_FILE } from "./input-mapping.ts";
import { matchLayout } from "./match-layout.ts";

/** Names that promise text: a workbook under one of them was renamed, not exported. */
const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv", ".tab"]);

/**
 * A file whose bytes are an Excel workbook. Under a text name (`.csv`) it is an error: renaming does not
 * convert, and the person meant to give a CSV. Otherwise each sheet's first non-blank row is matched
 * against the importers that read workbooks (e.g. the ePCN's "PCN Core Partner Details"), so sheets are
 * recognised by their headers whatever the edition names them.
 */
export async function classifyWorkbook(
  path: string,
  type: "zip" | "ole2",
  importers: readonly Importer[],
  fileId: number,
  mappedKind: string | undefined,
): Promise<DiscoveredFile> {
  if (TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new PipelineInputError({
      file: path,
      expected: `CSV text, as the name ${basename(path)} says`,
      found: `this is an Excel workbook (${type === "zip" ? ".xlsx" : ".xls"}) renamed to ${extname(path)}, not a CSV file`,
      fix: "open it in Excel and use File › Save As › 'CSV UTF-8 (Comma delimited)', or give it its real name (.xlsx) if it is a workbook the pipeline reads, such as the ePCN workbook",
    });
  }
  if (type === "ole2") {
    return {
      status: "ignored",
      path,
      reason: "an Excel 97–2003 workbook (.xls); save it as .xlsx or as CSV UTF-8",
    };
  }
  const candidates = importers.filter(
    (importer) => importer.format === "xlsx" && (mappedKind === undefined || importer.kind === mappedKind),
  );
  let workbook: Awaited<ReturnType<typeof readXlsx>>;
  try {
    workbook = await readXlsx(path);
  } catch (error) {
    if (!(error instanceof WorkbookFormatError)) throw error;
    throw new PipelineInputError({
      file: path,
      expected: "an Excel workbook (.xlsx) or a CSV file",
      found: `a ZIP file that is ${error.message}`,
      fix: "download the workbook again; it may be cut short",
    });
  }
  for (const sheet of workbook.sheetNames) {
    const header = workbook.readSheet(sheet, 20).find((row) => row.cells.some((cell) => cell.trim() !== ""));
    if (header === undefined) continue;
    for (const importer of candidates) {
      const match = matchLayout(header.cells, importer.columns);
      if (match.missing.length > 0) continue;
      return {
        status: "recognised",
        importer,
        input: { fileId, path, header: header.cells, columns: match.columns, sheet },
        byMapping: mappedKind !== undefined,
      };
    }
  }
  const reason = `an Excel workbook whose sheets (${workbook.sheetNames.join(", ")}) match no known layout`;
  if (mappedKind !== undefined) {
    throw new PipelineInputError({
      file: path,
      expected: `a workbook in the "${mappedKind}" layout, as ${INPUT_MAPPING_FILE} says`,
      found: reason,
      fix: "export the sheet as CSV (UTF-8), or correct its entry in the mapping",
    });
  }
  return { status: "ignored", path, reason };
}
