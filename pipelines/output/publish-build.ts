import { mkdir, readdir, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BUILD_VERSION_PATTERN } from "./build-version.ts";
import { CURRENT_POINTER_FILE, type CurrentBuildPointer } from "./current-build-pointer.ts";

/** Builds kept on disk, the current one included: enough to roll back by editing current.json. */
export const BUILDS_KEPT = 3;

/** Where a build is written before it is swapped in; a folder older than an hour is a crashed run's. */
export const STAGING_PREFIX = ".tmp-build-";
const STALE_STAGING_MS = 60 * 60 * 1000;

export type PublishedBuild = { version: string; directory: string; pointerFile: string; removed: string[] };

/**
 * Swaps a finished build into place. The build was written into `stagingDirectory` (inside `buildRoot`,
 * so the renames stay on one filesystem and are atomic):
 * 1. rename the staging directory to `<buildRoot>/<version>`;
 * 2. write current.json beside a temporary name and rename it over the old pointer, so a reader sees the
 *    old build or the new one, never a half-written pointer;
 * 3. point the `current` symbolic link at it the same way (for people and scripts: `data/build/current/`
 *    is always the newest good build), where the filesystem allows links;
 * 4. only then delete builds beyond the newest BUILDS_KEPT (and staging folders left by crashed runs).
 * Until step 2 nothing a reader can see has changed, so a failure before it leaves the previous build and
 * pointer exactly as they were.
 */
export async function publishBuild(
  buildRoot: string,
  stagingDirectory: string,
  version: string,
  createdAt: Date,
): Promise<PublishedBuild> {
  const finalVersion = await renameIntoPlace(buildRoot, stagingDirectory, version);
  const pointer: CurrentBuildPointer = {
    version: finalVersion,
    path: finalVersion,
    created_at: createdAt.toISOString(),
  };
  const pointerFile = join(buildRoot, CURRENT_POINTER_FILE);
  const temporaryPointer = `${pointerFile}.${process.pid}.tmp`;
  await writeFile(temporaryPointer, `${JSON.stringify(pointer, null, 2)}\n`);
  await rename(temporaryPointer, pointerFile);
  await pointLink(join(buildRoot, CURRENT_LINK), finalVersion);
  const removed = await removeOldBuilds(buildRoot, finalVersion);
  return { version: finalVersion, directory: join(buildRoot, finalVersion), pointerFile, removed };
}

/** `<buildRoot>/current`, a relative link to the newest build's folder beside current.json. */
export const CURRENT_LINK = "current";

/**
 * Repoints the link by making a new one under a temporary name and renaming it over the old, so it never
 * dangles or goes missing. current.json stays what the app reads: where links cannot be made (Windows
 * without the privilege, some network drives) the link is skipped and nothing else changes.
 */
async function pointLink(link: string, target: string): Promise<void> {
  const temporaryLink = `${link}.${process.pid}.tmp`;
  try {
    await rm(temporaryLink, { force: true });
    await symlink(target, temporaryLink, "dir");
    await rename(temporaryLink, link);
  } catch {
    await rm(temporaryLink, { force: true }).catch(() => undefined);
  }
}

/** Two builds of the same data in the same second would share a name; the second gets a -2 suffix. */
async function renameIntoPlace(
  buildRoot: string,
  stagingDirectory: string,
  version: string,
): Promise<string> {
  await mkdir(buildRoot, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? version : `${version}-${attempt}`;
    try {
      await rename(stagingDirectory, join(buildRoot, candidate));
      return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== "ENOTEMPTY" && code !== "EEXIST") || attempt > 100) throw error;
    }
  }
}

async function removeOldBuilds(buildRoot: string, current: string): Promise<string[]> {
  const entries = await readdir(buildRoot, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue;
    const path = join(buildRoot, entry.name);
    const modified = (await stat(path)).mtimeMs;
    if (Date.now() - modified > STALE_STAGING_MS) await rm(path, { recursive: true, force: true });
  }
  const versions = entries
    .filter((entry) => entry.isDirectory() && BUILD_VERSION_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse();
  const removed = versions.slice(BUILDS_KEPT).filter((version) => version !== current);
  for (const version of removed) await rm(join(buildRoot, version), { recursive: true, force: true });
  return removed;
}
