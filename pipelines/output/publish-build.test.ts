import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publishBuild, STAGING_PREFIX } from "./publish-build.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A finished build waiting in a staging folder, as build.ts leaves it. */
function staged(name: string): string {
  const dir = join(root, `${STAGING_PREFIX}${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "manifest.json"), `{"name":"${name}"}`);
  return dir;
}

describe("publishBuild", () => {
  it("renames the staging folder into place and points current.json at it", async () => {
    root = mkdtempSync(join(tmpdir(), "publish-"));
    const published = await publishBuild(
      root,
      staged("a"),
      "20240501T093000-0123abcd",
      new Date("2024-05-01T09:30:00Z"),
    );
    expect(published.version).toBe("20240501T093000-0123abcd");
    expect(JSON.parse(readFileSync(join(root, "current.json"), "utf8"))).toEqual({
      version: "20240501T093000-0123abcd",
      path: "20240501T093000-0123abcd",
      created_at: "2024-05-01T09:30:00.000Z",
    });
    expect(existsSync(join(root, `${STAGING_PREFIX}a`))).toBe(false);
  });

  it("gives a second build of the same data in the same second its own folder", async () => {
    root = mkdtempSync(join(tmpdir(), "publish-"));
    const when = new Date("2024-05-01T09:30:00Z");
    await publishBuild(root, staged("a"), "20240501T093000-0123abcd", when);
    const second = await publishBuild(root, staged("b"), "20240501T093000-0123abcd", when);
    expect(second.version).toBe("20240501T093000-0123abcd-2");
    expect(readFileSync(join(root, "20240501T093000-0123abcd", "manifest.json"), "utf8")).toContain('"a"');
  });

  it("clears staging folders abandoned by crashed runs, but not fresh ones or other folders", async () => {
    root = mkdtempSync(join(tmpdir(), "publish-"));
    const abandoned = staged("crashed");
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, longAgo, longAgo);
    const running = staged("running");
    mkdirSync(join(root, "notes"));
    await publishBuild(root, staged("new"), "20240501T093000-0123abcd", new Date());
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(join(root, "notes"))).toBe(true);
  });
});
