import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args.ts";
import { defaultSeed } from "./generate.ts";

describe("parseCliArgs", () => {
  it("defaults to the pcn scale, its own folder and the fixed seed", () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      scale: "pcn",
      outDir: "data/demo/pcn",
      seed: defaultSeed,
    });
    expect(parseCliArgs(["--scale", "england"])).toMatchObject({ outDir: "data/demo/england" });
  });

  it("reads --name value and --name=value", () => {
    expect(parseCliArgs(["--scale=england", "--out", "/tmp/x", "--seed=42"])).toEqual({
      help: false,
      scale: "england",
      outDir: "/tmp/x",
      seed: 42,
    });
  });

  it("answers --help", () => {
    expect(parseCliArgs(["--out", "x", "--help"])).toEqual({ help: true });
  });

  it.each([
    [["--scale", "wales"], "--scale must be one of: pcn, england"],
    [["--seed", "-3"], "--seed must be 0 or more"],
    [["--seed", "1.5"], "--seed must be a whole number"],
    [["--seed", "abc"], "--seed must be a whole number"],
    [["--out"], "--out needs a value"],
    [["--out", "--seed", "1"], "--out needs a value"],
    [["--colour", "red"], "Unknown option --colour"],
    [["extra"], 'Unexpected argument "extra"'],
    [["--seed", "1", "--seed", "2"], "--seed given twice"],
  ])("rejects %j with a clear message", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
