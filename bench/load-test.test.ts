import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port.ts";
import { loadTest, timedGet } from "./load-test.ts";

let server: Server;
let baseURL: string;
const seen: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    seen.push(request.url ?? "");
    response.statusCode = request.url === "/missing" ? 404 : 200;
    setTimeout(() => response.end("x".repeat(10_000)), 5);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the load test", () => {
  it("times every request of every client, spread over the paths", async () => {
    seen.length = 0;
    const result = await loadTest({
      baseURL,
      paths: ["/a", "/b", "/c"],
      clients: 4,
      requestsPerClient: 5,
      timeLimitMs: 10_000,
    });
    expect(result.latenciesMs).toHaveLength(20);
    expect(result.skipped).toBe(0);
    expect(Math.min(...result.latenciesMs)).toBeGreaterThanOrEqual(4);
    expect(new Set(seen)).toEqual(new Set(["/a", "/b", "/c"]));
  });

  it("stops sending at the time limit, and refuses an error page", async () => {
    const result = await loadTest({
      baseURL,
      paths: ["/a"],
      clients: 2,
      requestsPerClient: 1_000,
      timeLimitMs: 100,
    });
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.latenciesMs.length + result.skipped).toBe(2_000);
    await expect(timedGet(`${baseURL}/missing`)).rejects.toThrow(/answered 404/);
  });
});
