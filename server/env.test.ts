import { describe, expect, it } from "vitest";
import { readAppServerEnv } from "./env";

describe("readAppServerEnv", () => {
  it("listens on every interface at port 3000 unless told otherwise", () => {
    expect(readAppServerEnv({})).toEqual({ HOST: undefined, PORT: 3000 });
    expect(readAppServerEnv({ HOST: "127.0.0.1", PORT: "8080" })).toEqual({ HOST: "127.0.0.1", PORT: 8080 });
  });

  it("stops on a bad port, naming it", () => {
    expect(() => readAppServerEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readAppServerEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});
