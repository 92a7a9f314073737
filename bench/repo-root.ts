import path from "node:path";

/** The project folder: the bench runs the pipeline and the app build from here. */
export const repoRoot = path.resolve(import.meta.dirname, "..");
