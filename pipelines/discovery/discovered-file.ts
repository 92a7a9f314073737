import type { Importer, RecognisedInput } from "../importers/importer.ts";
import type { LayoutMatch } from "./match-layout.ts";

/** What discovery made of one file: taken for an importer's layout, or ignored and why. */
export type RecognisedFile = {
  status: "recognised";
  importer: Importer;
  input: RecognisedInput;
  byMapping: boolean;
};
export type IgnoredFile = {
  status: "ignored";
  path: string;
  reason: string;
  /** The layout this header came nearest to, kept so a missing input can point at a likely culprit. */
  closest?: { importer: Importer; header: readonly string[]; match: LayoutMatch };
};
export type DiscoveredFile = RecognisedFile | IgnoredFile;
