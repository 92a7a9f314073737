import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { snapshotTree } from "../../tests/fixtures/pipeline/snapshot-tree.ts";
import { build } from "../build.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";

/** Files to replace (string or bytes), add, or remove (null) in a throw-away copy of the inputs. */
export type InputChanges = Record<string, string | Uint8Array | null>;
export type ThrowAwayInputs = { dir: string; remove: () => void };

export type BadInputHarness = {
  /** Holds the good build; every bad run must leave it, and current.json, byte for byte as they were. */
  outDir: string;
  /** A throw-away copy of the inputs with `changes`, removed after the test. */
  inputs(changes?: InputChanges): ThrowAwayInputs;
  /** The output folder is as it was snapshotted (after the good build, or at the last `acceptOutput`). */
  expectOutputUnchanged(): void;
  /** Takes the output folder as it is now as the one later runs must leave untouched. */
  acceptOutput(): void;
  /** Runs a build on the inputs with `changes`; it must fail with a PipelineInputError and change nothing. */
  failingBuild(changes: InputChanges): Promise<PipelineInputError>;
};

/**
 * Registers the file's hooks: one good build of `inputs()` before the tests into a temporary folder (removed
 * after them), and removal of each test's throw-away inputs after it.
 */
export function badInputHarness(
  prefix: string,
  inputs: (changes?: InputChanges) => ThrowAwayInputs,
): BadInputHarness {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  let before: Record<string, string>;
  beforeAll(async () => {
    const good = inputs();
    try {
      await build({ inputs: [good.dir], outDir });
    } finally {
      good.remove();
    }
    before = snapshotTree(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const remove of cleanups.splice(0)) remove();
  });

  const harness: BadInputHarness = {
    outDir,
    inputs(changes = {}) {
      const changed = inputs(changes);
      cleanups.push(changed.remove);
      return changed;
    },
    expectOutputUnchanged() {
      expect(snapshotTree(outDir)).toEqual(before);
    },
    acceptOutput() {
      before = snapshotTree(outDir);
    },
    async failingBuild(changes) {
      const changed = harness.inputs(changes);
      const error = await build({ inputs: [changed.dir], outDir }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(PipelineInputError);
      harness.expectOutputUnchanged();
      return error as PipelineInputError;
    },
  };
  return harness;
}
