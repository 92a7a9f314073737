import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoBuild } from "../../tests/setup/demo-data";
import { openNodeEngine } from "./engine.server";
import { requirePracticeSummary } from "./practice-directory.server";
import { normaliseRow, type SqlEngine } from "./query";

/** What a practice page asked for itself before the directory was read once per build: the oracle. */
const summaryOfOnePractice = `
  SELECT p.area_code AS practice_code, p.area_name AS practice_name, p.list_size::DOUBLE AS list_size,
         p.pcn_code, pcn.area_name AS pcn_name, p.icb_code, icb.area_name AS icb_name,
         (SELECT area_code FROM areas WHERE area_type = 'england' LIMIT 1) AS england_code
  FROM areas p
  LEFT JOIN areas pcn ON pcn.area_code = p.pcn_code AND pcn.area_type = 'pcn'
  LEFT JOIN areas icb ON icb.area_code = p.icb_code AND icb.area_type = 'icb'
  WHERE p.area_type = 'practice' AND p.area_code = $1`;

describe("the practice directory on the demo build", () => {
  let root: string;
  let engine: SqlEngine & { close(): void };
  beforeAll(async () => {
    const build = await makeDemoBuild();
    root = build.root;
    // The server's own engine reads the build the pointer in DATA_BUILD_DIR names, as in production.
    process.env.DATA_BUILD_DIR = path.join(root, "build");
    engine = await openNodeEngine(build.buildDir);
  });
  afterAll(() => {
    engine?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("gives every practice the summary its own query gave", async () => {
    const practices = await engine.all({
      text: "SELECT area_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
      values: [],
    });
    expect(practices.length).toBeGreaterThan(0);
    for (const { area_code } of practices) {
      const [expected] = (await engine.all({ text: summaryOfOnePractice, values: [String(area_code)] })).map(
        normaliseRow,
      );
      expect(await requirePracticeSummary(String(area_code))).toEqual(expected);
    }
  });

  it("answers a code the build does not hold with a 404 response", async () => {
    const thrown = await requirePracticeSummary("ZZ9999").catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});
