import { z } from "zod";

const serverEnvSchema = z.object({
  /** The interface to listen on; every interface when unset (as remix-serve did). */
  HOST: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
});
export type AppServerEnv = z.infer<typeof serverEnvSchema>;

/** HOST and PORT, checked once at start-up so a bad value stops the server with its name. */
export function readAppServerEnv(env: Record<string, string | undefined> = process.env): AppServerEnv {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables: ${problems.join("; ")}`);
  }
  return parsed.data;
}
