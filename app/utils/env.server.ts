import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Folder holding the pipeline's builds and its current-build pointer. */
  DATA_BUILD_DIR: z.string().min(1).default("data/build"),
});

export type ServerEnv = z.infer<typeof envSchema> & { dataBuildDir: string };

let cached: ServerEnv | undefined;

/** Validated server configuration; a bad variable stops start-up with its name, not a later mystery. */
export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment variables: ${problems}`);
  }
  cached = { ...parsed.data, dataBuildDir: path.resolve(parsed.data.DATA_BUILD_DIR) };
  return cached;
}
