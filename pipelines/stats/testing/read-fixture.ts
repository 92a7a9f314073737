import { readFileSync } from "node:fs";
import { parseCsv } from "../csv.ts";

/** A CSV from ../fixtures as objects keyed by header. */
export function readFixture(name: string): Record<string, string>[] {
  const table = parseCsv(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
  return table.rows.map(({ fields }) =>
    Object.fromEntries(table.header.map((column, i) => [column, fields[i] ?? ""])),
  );
}

/** A fixture field as a number, or undefined when empty. */
export function numberOrUndefined(field: string | undefined): number | undefined {
  return field === undefined || field === "" ? undefined : Number(field);
}
