/** The stages of a build, in order; the CLI draws its progress bar from this list. */
export const BUILD_STAGES = [
  "discover",
  "import",
  "attribute",
  "indicators",
  "assets",
  "write",
  "publish",
] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** How a build reports progress; the CLI draws it, tests and benchmarks pass `silentProgress`. */
export type BuildProgress = {
  started(stage: BuildStage, detail: string): void;
  finished(stage: BuildStage, summary: string, milliseconds: number): void;
};

export const silentProgress: BuildProgress = { started() {}, finished() {} };
