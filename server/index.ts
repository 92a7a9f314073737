/**
 * The production server (`npm run serve`, `npm start`): serves `build/` as remix-serve did, plus build-time
 * compressed assets and kept pages (see app.ts). HOST and PORT choose where it listens; the app itself reads
 * DATA_BUILD_DIR (app/utils/env.server.ts).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { installGlobals, type ServerBuild } from "@remix-run/node";
import { createApp } from "./app";
import { readAppServerEnv } from "./env";
import { closeOnSignals } from "./shutdown";

process.env.NODE_ENV ??= "production";
const projectDir = path.resolve(import.meta.dirname, "..");
const env = readAppServerEnv();
const build = (await import(
  pathToFileURL(path.join(projectDir, "build/server/index.js")).href
)) as ServerBuild;
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const app = createApp(build, projectDir, process.env.NODE_ENV);
const onListening = () => console.log(`[server] http://${env.HOST ?? "localhost"}:${env.PORT}`);
const server = env.HOST ? app.listen(env.PORT, env.HOST, onListening) : app.listen(env.PORT, onListening);
closeOnSignals(server);
