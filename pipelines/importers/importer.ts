import type { DuckDBConnection } from "@duckdb/node-api";
import type { Shape } from "../geo/shape.ts";
import type { ValueRule } from "./value-rules.ts";

/**
 * One column of an official layout. Files are recognised by their header, never their name: a column is
 * found when a heading equals `label`, `name` or one of `aliases` after normalising case, spaces and
 * punctuation (so `Number of Patients` and `NUMBER_OF_PATIENTS` are the same heading).
 */
export type ColumnSpec = {
  /** Canonical snake_case name used in staging SQL and in the mapping file's `columns`. */
  name: string;
  /** The heading in the official layout, shown in messages. */
  label: string;
  aliases: readonly string[];
  /** `anyOf` groups columns of which at least one must be present (a PCN code or a PCN name). */
  presence: "required" | "optional" | { anyOf: string };
  rule: ValueRule<unknown>;
};

/** A file taken for one importer's layout, with where each canonical column sits in its header. */
export type RecognisedInput = {
  /** Unique within a build; staging tables record it (`source_file`) rather than the path, to stay small. */
  fileId: number;
  /** The path as the user gave it (folder + name), used in messages and the report. */
  path: string;
  header: readonly string[];
  /** Canonical column name → 0-based position in the header. */
  columns: ReadonlyMap<string, number>;
  /** For a workbook: the sheet whose header row this is. */
  sheet?: string;
};

export type ImportResult = {
  rows: number;
  periods: readonly string[];
  /** What the report should say about this file beyond rows and periods: rows left out and why, ids assumed. */
  notes?: readonly string[];
  /**
   * LSOA boundaries: each LSOA's shape, by code, as the load parsed it. Only JavaScript ever reads the
   * geometry (placing points, simplifying the map), so it stays in memory for the asset stage instead of
   * going into DuckDB as JSON text and being read back and parsed again (about 0.4 s of this thread's time
   * at England scale).
   */
  shapes?: ReadonlyMap<string, Shape>;
};

/**
 * One official layout. Adding a source means adding one file that exports an Importer and listing it in
 * `registry.ts`; discovery, staging, validation and the report need no change.
 */
export type Importer = {
  kind: string;
  title: string;
  /** What the layout is read from: CSV text (the default), or a sheet of an .xlsx workbook. */
  format?: "csv" | "xlsx";
  columns: readonly ColumnSpec[];
  /** Creates the canonical staging table(s) every file of this kind is loaded into. */
  createTables(db: DuckDBConnection): Promise<void>;
  /** Loads and validates one file; throws PipelineInputError at the first offending row. */
  load(db: DuckDBConnection, input: RecognisedInput): Promise<ImportResult>;
  /** Checks that need every file of this kind (a key repeated across two files). */
  checkAcrossFiles?(db: DuckDBConnection, inputs: readonly RecognisedInput[]): Promise<void>;
  /**
   * For layouts recognised by their content rather than a CSV header (GeoJSON, Open Referral JSON): true
   * when the start of a JSON file is in this layout. Such importers have no `columns`, are never matched
   * against CSV headers, and get an input with an empty header.
   */
  recogniseContent?(start: FileStart): boolean;
};

/** The start of a JSON file (the first megabyte or so), for `recogniseContent`. */
export type FileStart = {
  path: string;
  /** UTF-8 text, byte order mark removed; may end mid-value unless `complete`. */
  text: string;
  complete: boolean;
};
