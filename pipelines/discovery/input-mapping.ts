import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PipelineInputError } from "../pipeline-input-error.ts";

/** The optional file in an input folder that says what a file is when its header cannot. */
export const INPUT_MAPPING_FILE = "pipeline-inputs.json";

const mappingEntrySchema = z.union([
  z.literal("ignore"),
  z.string().min(1),
  z
    .object({
      kind: z.string().min(1),
      /** Canonical column name → the heading this file uses for it. */
      columns: z.record(z.string().min(1)).optional(),
    })
    .strict(),
]);

export const inputMappingSchema = z.object({ files: z.record(mappingEntrySchema) }).strict();

export type InputMapping = z.infer<typeof inputMappingSchema>;
/** `kind` "ignore" means skip the file; otherwise an importer's kind, with optional heading overrides. */
export type InputMappingEntry = { kind: string; columns: Record<string, string> };

const EXAMPLE = `{"files": {"my-registrations.csv": "gp-registrations-by-lsoa", "notes.csv": "ignore"}}`;

/** Reads `pipeline-inputs.json` from a folder, or null when there is none. */
export async function readInputMapping(folder: string): Promise<Map<string, InputMappingEntry> | null> {
  const path = join(folder, INPUT_MAPPING_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PipelineInputError({
      file: path,
      expected: `JSON such as ${EXAMPLE}`,
      found: `text that is not JSON (${(error as Error).message})`,
      fix: "correct the JSON, or delete the file to let the pipeline recognise files by their headers",
    });
  }
  const parsed = inputMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PipelineInputError({
      file: path,
      column: issue?.path.join(".") || undefined,
      expected: `an object like ${EXAMPLE}; a file's entry may also be {"kind": "...", "columns": {"patients": "Heading in the file"}}`,
      found: issue?.message ?? "something else",
      fix: "correct the entry named above",
    });
  }
  const entries = new Map<string, InputMappingEntry>();
  for (const [file, entry] of Object.entries(parsed.data.files)) {
    if (typeof entry === "string") entries.set(file, { kind: entry, columns: {} });
    else entries.set(file, { kind: entry.kind, columns: entry.columns ?? {} });
  }
  return entries;
}
