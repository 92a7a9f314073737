import { describe, expect, it } from "vitest";
import { outputTables } from "../../pipelines/output/output-tables";
import { BUILD_TABLES } from "./tables";

describe("the tables the app reads", () => {
  it("are exactly the tables the pipeline writes", () => {
    expect([...BUILD_TABLES].sort()).toEqual(outputTables.map((table) => table.name).sort());
  });
});
