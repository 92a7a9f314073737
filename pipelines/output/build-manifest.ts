import { z } from "zod";

const columnSchema = z.object({ name: z.string(), type: z.string() });

/**
 * `manifest.json` in every build directory: what went in (with hashes, so a figure can be traced to the
 * exact download), what came out (with schemas), and how. Keys are snake_case like the table columns.
 */
export const buildManifestSchema = z.object({
  pipeline_version: z.string(),
  build_version: z.string(),
  created_at: z.string().datetime(),
  inputs: z.array(
    z.object({
      file: z.string(),
      kind: z.string(),
      title: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      rows: z.number().int().nonnegative(),
      periods: z.array(z.string()),
      notes: z.array(z.string()).optional(),
    }),
  ),
  ignored: z.array(z.object({ file: z.string(), reason: z.string() })),
  outputs: z.array(
    z.object({
      file: z.string(),
      table: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      rows: z.number().int().nonnegative(),
      schema: z.array(columnSchema),
    }),
  ),
  methods: z.array(z.object({ topic: z.string(), text: z.string() })),
  warnings: z.array(z.string()),
  /**
   * Whether the England figures are England's (attribution/national-coverage.ts): a regional extract's
   * "England" is its own total. Absent from builds made before it was recorded.
   */
  coverage: z.object({ national_registrations: z.boolean(), national_ages: z.boolean() }).optional(),
});

export type BuildManifest = z.infer<typeof buildManifestSchema>;
