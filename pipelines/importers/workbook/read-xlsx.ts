import { readZip, ZipFormatError } from "./read-zip.ts";

/** One worksheet row: its row number as Excel shows it (1-based) and its cells as text, "" when blank. */
export type WorksheetRow = { line: number; cells: string[] };
export type Workbook = {
  sheetNames: readonly string[];
  /** The sheet's rows; with `limit`, only the first rows (enough to find a header without parsing all). */
  readSheet(name: string, limit?: number): WorksheetRow[];
};

export class WorkbookFormatError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its five named entities and numeric character references decoded. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];

/** The text of an <si> or <is>: every <t> run, leaving out phonetic guides (<rPh>). */
const richText = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)]
    .map((match) => decodeXml(match[1] ?? ""))
    .join("");

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of /^[A-Z]+/.exec(reference)?.[0] ?? "") index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

/**
 * Reads an Office Open XML workbook (.xlsx) with no dependency: the sheet list from xl/workbook.xml and its
 * relationships, shared strings, and each sheet's cells as text (numbers as written in the file, booleans
 * as 1/0). Styles are not read, so a date shows as its serial number; the ePCN workbook writes dates as
 * yyyymmdd numbers, which is what its importer expects.
 */
export async function readXlsx(path: string): Promise<Workbook> {
  let entries: Awaited<ReturnType<typeof readZip>>;
  try {
    entries = await readZip(path);
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof RangeError) {
      throw new WorkbookFormatError(`not a readable workbook (${error.message})`);
    }
    throw error;
  }
  const text = (name: string) => entries.get(name)?.().toString("utf8");
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw new WorkbookFormatError("a ZIP archive without xl/workbook.xml");
  const relationships = new Map(
    [...(text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*)\/?>/g)].map((match) => [
      attribute(match[1] ?? "", "Id"),
      attribute(match[1] ?? "", "Target"),
    ]),
  );
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((match) => {
    const attributes = match[1] ?? "";
    const target = relationships.get(attribute(attributes, "r:id")) ?? "";
    return {
      name: decodeXml(attribute(attributes, "name") ?? ""),
      entry: target.startsWith("/") ? target.slice(1) : `xl/${target}`,
    };
  });
  let sharedStrings: string[] | undefined;
  const shared = () => {
    sharedStrings ??= [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
      (match) => richText(match[1] ?? ""),
    );
    return sharedStrings;
  };
  return {
    sheetNames: sheets.map((sheet) => sheet.name),
    readSheet(name, limit = Number.POSITIVE_INFINITY) {
      const sheet = sheets.find((candidate) => candidate.name === name);
      const xml = sheet === undefined ? undefined : text(sheet.entry);
      if (xml === undefined) throw new WorkbookFormatError(`sheet "${name}" is missing from the workbook`);
      return parseSheet(xml, shared, limit);
    },
  };
}

function parseSheet(xml: string, shared: () => string[], limit: number): WorksheetRow[] {
  const rows: WorksheetRow[] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    if (rows.length >= limit) break;
    const line = Number(attribute(row[1] ?? "", "r") ?? rows.length + 1);
    const cells: string[] = [];
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? "";
      const body = cell[2] ?? "";
      const reference = attribute(attributes, "r");
      const index = reference === undefined ? cells.length : columnIndex(reference);
      const type = attribute(attributes, "t");
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let content: string;
      if (type === "s") content = shared()[Number(value)] ?? "";
      else if (type === "inlineStr") content = richText(body);
      else content = value === undefined ? "" : decodeXml(value);
      while (cells.length < index) cells.push("");
      cells[index] = content;
    }
    rows.push({ line, cells });
  }
  return rows;
}
