/** A SQL string literal: paths and values are quoted this way, never spliced in raw. */
export function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
