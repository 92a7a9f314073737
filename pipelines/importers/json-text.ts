import { readFile, stat } from "node:fs/promises";
import { PipelineInputError } from "../pipeline-input-error.ts";

/**
 * JSON inputs are parsed whole, and a JavaScript string holds at most about 500 million characters; ONS's
 * full-resolution England boundaries come near that, its generalised ones are a few tens of MB.
 */
const MAX_JSON_BYTES = 400_000_000;

/** A step into a JSON document: an object key or an array index. */
export type JsonPath = readonly (string | number)[];

/** `features[12].properties` */
export function formatJsonPath(path: JsonPath): string {
  return path
    .map((step, index) => (typeof step === "number" ? `[${step}]` : `${index === 0 ? "" : "."}${step}`))
    .join("");
}

/**
 * Reads a JSON input (GeoJSON, Open Referral) whole and parses it. Problems a person can fix become a
 * PipelineInputError with the line and character where the parser stopped: text that is not UTF-8, a
 * stray comma, a file cut short by a failed download.
 */
export async function readJsonInput(path: string): Promise<{ text: string; value: unknown }> {
  const size = (await stat(path)).size;
  if (size > MAX_JSON_BYTES) {
    throw new PipelineInputError({
      file: path,
      expected: `a JSON file under ${MAX_JSON_BYTES / 1_000_000} MB`,
      found: `${Math.round(size / 1_000_000)} MB`,
      fix: "for boundaries, download ONS's generalised (BGC) or super-generalised (BSC) GeoJSON, or the LSOAs of your area only; split other files",
    });
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new PipelineInputError({
      file: path,
      expected: "JSON text in UTF-8",
      found: "bytes that are not UTF-8 (saved in another encoding?)",
      fix: "save or export the file again as UTF-8",
    });
  }
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const offset = syntaxErrorOffset(message, text);
    const { line, column } = jsonPosition(text, offset);
    const cutShort = offset >= text.trimEnd().length;
    throw new PipelineInputError({
      file: path,
      line,
      column: String(column),
      expected: "well-formed JSON",
      found: cutShort
        ? "the end of the file in the middle of the data (the file looks cut short)"
        : `${describeCharacter(text, offset)} where JSON does not allow it`,
      fix: cutShort
        ? "download or export the file again; it is incomplete"
        : "correct the JSON at that point (often a missing or extra comma, bracket or quote), or export the file again",
    });
  }
}

/** Where V8 says it stopped: "at position 123", "(line 3 column 5)", or the end for "Unexpected end". */
function syntaxErrorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) offset = text.indexOf("\n", offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

function describeCharacter(text: string, offset: number): string {
  const character = text[offset];
  if (character === undefined) return "the end of the file";
  if (character === "\n" || character === "\r") return "a line break";
  return `"${character}"`;
}

/** 1-based line and character of an offset in the text. */
export function jsonPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf("\n");
    index !== -1 && index < offset;
    index = text.indexOf("\n", index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The offset at which the value at `path` starts, or -1 when the path is not in the text (or the text ends
 * first, as a file's first megabyte may). A small scanner rather than the parser, because JSON.parse keeps
 * no positions; it runs only to point at an error, or over the start of a file during discovery.
 */
export function locateJsonPath(text: string, path: JsonPath): number {
  let position = skipSpace(text, 0);
  for (const step of path) {
    const open = text[position];
    if (typeof step === "number") {
      if (open !== "[") return -1;
      position = skipSpace(text, position + 1);
      for (let index = 0; index < step; index++) {
        position = skipValue(text, position);
        if (position < 0) return -1;
        position = skipSpace(text, position);
        if (text[position] !== ",") return -1;
        position = skipSpace(text, position + 1);
      }
      if (text[position] === "]" || position >= text.length) return -1;
    } else {
      if (open !== "{") return -1;
      position = skipSpace(text, position + 1);
      let found = false;
      while (!found) {
        if (text[position] !== '"') return -1;
        const keyEnd = skipValue(text, position);
        if (keyEnd < 0) return -1;
        const key = JSON.parse(text.slice(position, keyEnd)) as string;
        position = skipSpace(text, keyEnd);
        if (text[position] !== ":") return -1;
        position = skipSpace(text, position + 1);
        if (key === step) found = true;
        else {
          position = skipValue(text, position);
          if (position < 0) return -1;
          position = skipSpace(text, position);
          if (text[position] !== ",") return -1;
          position = skipSpace(text, position + 1);
        }
      }
    }
  }
  return position < text.length ? position : -1;
}

/** The value at `path`, parsed, or undefined when the text does not hold all of it. */
export function jsonValueAt(text: string, path: JsonPath): unknown {
  const start = locateJsonPath(text, path);
  if (start < 0) return undefined;
  const end = skipValue(text, start);
  if (end < 0) return undefined;
  try {
    return JSON.parse(text.slice(start, end));
  } catch {
    return undefined;
  }
}

/**
 * The line and character of the value at `path`, for messages. When the path ends in a key the object
 * lacks (a service with no `name`), the nearest enclosing value that exists is pointed at instead.
 */
export function locateForMessage(text: string, path: JsonPath): { line: number; column: string } {
  let offset = -1;
  for (let length = path.length; length >= 0 && offset < 0; length--)
    offset = locateJsonPath(text, path.slice(0, length));
  const { line, column } = jsonPosition(text, Math.max(0, offset));
  return { line, column: String(column) };
}

function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    position++;
  }
  return position;
}

/** The offset just past the value starting at `from`, or -1 when the text ends inside it. */
function skipValue(text: string, from: number): number {
  const first = text[from];
  if (first === '"') {
    for (let position = from + 1; position < text.length; position++) {
      const character = text[position];
      if (character === "\\") position++;
      else if (character === '"') return position + 1;
    }
    return -1;
  }
  if (first === "{" || first === "[") {
    let depth = 0;
    for (let position = from; position < text.length; position++) {
      const character = text[position];
      if (character === '"') {
        position = skipValue(text, position) - 1;
        if (position < 0) return -1;
      } else if (character === "{" || character === "[") depth++;
      else if (character === "}" || character === "]") {
        depth--;
        if (depth === 0) return position + 1;
      }
    }
    return -1;
  }
  let position = from;
  while (position < text.length && !/[\s,\]}]/.test(text[position] as string)) position++;
  return position < text.length ? position : -1;
}
