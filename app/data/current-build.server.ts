import { type Stats, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { getServerEnv } from "~/utils/env.server";
import { type BuildManifest, buildManifestSchema } from "../../pipelines/output/build-manifest";
import {
  CURRENT_POINTER_FILE,
  currentBuildPointerSchema,
} from "../../pipelines/output/current-build-pointer";

export interface CurrentBuild {
  version: string;
  dir: string;
  manifest: BuildManifest;
}

let cache: { key: string; build: CurrentBuild } | undefined;

/**
 * The build the pipeline last swapped in, read from its pointer file (the pipeline's own schemas, so the two
 * sides cannot drift). The pointer's mtime is the cache key: a new build is picked up on the next request
 * without a restart, and an unchanged one costs one stat().
 *
 * The stat is synchronous on purpose: it is asked for by every loader and query, and an asynchronous stat
 * queues on libuv's four-thread pool behind the DuckDB queries running there (each holds a thread for
 * milliseconds), so under load a page already cached waited longer for this stat than for anything else.
 * A stat of one small local file takes microseconds.
 */
export async function getCurrentBuild(): Promise<CurrentBuild | null> {
  const { dataBuildDir } = getServerEnv();
  const pointerPath = path.join(dataBuildDir, CURRENT_POINTER_FILE);
  const pointerStat = statOrNull(pointerPath);
  if (!pointerStat) return null;
  const key = `${pointerStat.mtimeMs}:${pointerStat.size}`;
  if (cache?.key === key) return cache.build;
  const pointer = currentBuildPointerSchema.parse(JSON.parse(await readFile(pointerPath, "utf8")));
  const dir = path.resolve(dataBuildDir, pointer.path);
  const manifest = buildManifestSchema.parse(
    JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")),
  );
  const build = { version: pointer.version, dir, manifest };
  cache = { key, build };
  return build;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** The current build, or a 503 response that the error boundary turns into "no data has been built yet". */
export async function requireCurrentBuild(): Promise<CurrentBuild> {
  const build = await getCurrentBuild();
  if (!build) throw new Response("No data build", { status: 503 });
  return build;
}
