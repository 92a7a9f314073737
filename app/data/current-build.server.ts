import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getServerEnv } from "~/utils/env.server";

const pointerSchema = z.object({ version: z.string().regex(/^[A-Za-z0-9._-]+$/), path: z.string().min(1) });

const manifestSchema = z
  .object({
    build_version: z.string().optional(),
    created_at: z.string(),
    outputs: z.array(z.object({ file: z.string(), sha256: z.string(), rows: z.number() }).passthrough()),
  })
  .passthrough();
export type BuildManifest = z.infer<typeof manifestSchema>;

export interface CurrentBuild {
  version: string;
  dir: string;
  manifest: BuildManifest;
}

let cache: { key: string; build: CurrentBuild } | undefined;

/**
 * The build the pipeline last swapped in, read from its pointer file. The pointer's mtime is the cache key, so
 * a new build is picked up on the next request without a restart, and an unchanged one costs one stat().
 */
export async function getCurrentBuild(): Promise<CurrentBuild | null> {
  const { dataBuildDir } = getServerEnv();
  const pointerPath = path.join(dataBuildDir, "current.json");
  const pointerStat = await stat(pointerPath).catch(() => null);
  if (!pointerStat) return null;
  const key = `${pointerStat.mtimeMs}:${pointerStat.size}`;
  if (cache?.key === key) return cache.build;
  const pointer = pointerSchema.parse(JSON.parse(await readFile(pointerPath, "utf8")));
  const dir = path.resolve(dataBuildDir, pointer.path);
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")));
  const build = { version: pointer.version, dir, manifest };
  cache = { key, build };
  return build;
}

export class NoBuildError extends Error {
  constructor() {
    super("No data build found. Run `npm run pipeline` (or `npm start`, which builds the demo data first).");
    this.name = "NoBuildError";
  }
}

export async function requireCurrentBuild(): Promise<CurrentBuild> {
  const build = await getCurrentBuild();
  if (!build) throw new NoBuildError();
  return build;
}
