/**
 * `npm run pipeline -- --input <dir> --out <dir>`: runs pipelines/cli.ts compiled into one JavaScript
 * file, as a command-line tool is shipped. Starting through tsx cost about 0.3 s on every run (each of the
 * pipeline's modules resolved and loaded through its hooks); the compiled file starts in a tenth of that.
 *
 * The compiled file is CommonJS, loaded with `require`: its packages (DuckDB's bindings above all, which are
 * CommonJS) then load through `require` too. Imported from an ES module instead, each package file is
 * first scanned for its export names, which doubled the start-up (0.23 s against 0.13 s to `--help`).
 *
 * Plain JavaScript, so that node runs it without tsx. The compiled file is kept in node_modules/.cache with
 * the SHA-256 of every source file it was compiled from; a change to any of them compiles afresh on the
 * next run (about 0.3 s, once), so a stale copy is never run. Packages are not compiled in: they load from
 * node_modules as before. Compiling uses the esbuild the project pins.
 *
 * `import.meta.url` inside a source file is replaced by that file's own URL when compiling, so paths the
 * pipeline works out from its modules' locations (package.json, the SII worker) stay the same.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = path.join(root, "pipelines", "cli.ts");
/** Where compiled files are kept; tests point PCN_PIPELINE_CACHE at a folder of their own. */
const cacheDir = process.env.PCN_PIPELINE_CACHE ?? path.join(root, "node_modules", ".cache", "pcn-pipeline");
/** Which compiled file is current, and the SHA-256 of each source file it was compiled from. */
const manifestFile = path.join(cacheDir, "cli.json");

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/**
 * The compiled file, when every source it was compiled from is unchanged. That covers new imports too:
 * a module can only be added by changing one that is already in.
 */
async function currentCompiled() {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8").catch(() => "null"));
  // Compiled in another checkout (sharing node_modules), its module URLs would point there.
  if (manifest === null || manifest.root !== root || typeof manifest.inputs !== "object") return null;
  const same = await Promise.all(
    Object.entries(manifest.inputs).map(async ([file, hash]) =>
      readFile(path.join(root, file)).then(
        (bytes) => sha256(bytes) === hash,
        () => false,
      ),
    ),
  );
  const compiled = path.join(cacheDir, String(manifest.compiled));
  return same.every(Boolean) && (await stat(compiled).catch(() => null)) ? compiled : null;
}

/** Replaces `import.meta.url` in the project's own TypeScript by the file's URL. */
const ownUrls = {
  name: "own-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      return {
        contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
};

async function compile() {
  const { build } = await import("esbuild");
  await mkdir(cacheDir, { recursive: true });
  // Written beside and renamed into place, so a run stopped half-way never leaves half a file to be run.
  const partial = path.join(cacheDir, `cli.${process.pid}.partial`);
  const result = await build({
    entryPoints: [entry],
    outfile: partial,
    absWorkingDir: root,
    metafile: true,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    plugins: [ownUrls],
    logLevel: "warning",
  });
  const inputs = Object.fromEntries(
    await Promise.all(
      Object.keys(result.metafile.inputs).map(async (file) => [
        file,
        sha256(await readFile(path.join(root, file))),
      ]),
    ),
  );
  const name = `cli-${sha256(JSON.stringify({ root, inputs })).slice(0, 16)}.cjs`;
  await rename(partial, path.join(cacheDir, name));
  await writeFile(`${manifestFile}.${process.pid}`, JSON.stringify({ compiled: name, root, inputs }));
  await rename(`${manifestFile}.${process.pid}`, manifestFile);
  // Earlier compiled files are never run again.
  for (const file of await readdir(cacheDir))
    if (/^cli-[0-9a-f]+\.[cm]js$/.test(file) && file !== name)
      await rm(path.join(cacheDir, file), { force: true });
  return path.join(cacheDir, name);
}

createRequire(import.meta.url)((await currentCompiled()) ?? (await compile()));
