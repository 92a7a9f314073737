import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Express } from "express";
import { bundleFiles } from "./bundle-files";
import { type FindKeptPage, keptPages } from "./kept-pages";

const ONE_YEAR = 365 * 24 * 3600;
const ONE_HOUR = 3600;

/**
 * The production app: the browser bundle (with its build-time compressed twins), then pages the app has
 * kept, then Remix. `projectDir` holds `build/`; the bundle's own paths are relative to it.
 */
export function createApp(build: ServerBuild, projectDir: string, mode: string): Express {
  const clientDir = path.resolve(projectDir, build.assetsBuildDirectory);
  const app = express();
  app.disable("x-powered-by");
  // Compresses what is not compressed already: Remix's data responses, error pages, files without twins.
  app.use(compression());
  // Vite names every file in assets/ by its content hash, so a browser may keep it for good.
  app.use(
    `${build.publicPath}assets`,
    bundleFiles(path.join(clientDir, "assets"), { maxAgeSeconds: ONE_YEAR, immutable: true }),
  );
  // Anything else in the bundle (public/, copied by Vite) keeps its name across builds.
  app.use(build.publicPath, bundleFiles(clientDir, { maxAgeSeconds: ONE_HOUR, immutable: false }));
  app.use(keptPages(findKeptPageOf(build)));
  app.all("*", createRequestHandler({ build, mode }));
  return app;
}

/** The kept-page lookup that app/entry.server.tsx exports beside Remix's own entry functions. */
function findKeptPageOf(build: ServerBuild): FindKeptPage {
  const find: unknown = (build.entry.module as unknown as Record<string, unknown>).findRenderedPage;
  if (typeof find !== "function") {
    throw new Error("The app bundle's entry.server exports no findRenderedPage: rebuild it (npm run build).");
  }
  return find as FindKeptPage;
}
