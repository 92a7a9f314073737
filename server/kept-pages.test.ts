import express from "express";
import { describe, expect, it } from "vitest";
import { type KeptPageReply, keptPages } from "./kept-pages";
import { listenOnLoopback, rawRequest } from "./testing/raw-get";

function reply(html: string): KeptPageReply {
  return {
    headers: { "Content-Type": "text/html; charset=utf-8", "X-Kept": "yes" },
    body: Buffer.from(html),
  };
}

/** An app whose "Remix" renders a page slowly and keeps it, counting its renders. */
function appWithKeeping() {
  const kept = new Map<string, KeptPageReply>();
  const renders: string[] = [];
  const app = express();
  app.use(keptPages(async (url) => kept.get(url) ?? null));
  app.get("*", async (req, res) => {
    renders.push(req.originalUrl);
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (req.originalUrl.startsWith("/broken")) {
      res.status(500).send("error page");
      return;
    }
    kept.set(req.originalUrl, reply(`kept ${req.originalUrl}`));
    res.send(`rendered ${req.originalUrl}`);
  });
  return { app, renders };
}

describe("kept pages in front of Remix", () => {
  it("answers a kept page itself and passes anything else on", async () => {
    const { app, renders } = appWithKeeping();
    const served = await listenOnLoopback(app);
    try {
      const first = await rawRequest(served.baseURL, "/practices/A1");
      const second = await rawRequest(served.baseURL, "/practices/A1");
      expect(first.body.toString()).toBe("rendered /practices/A1");
      expect(second.body.toString()).toBe("kept /practices/A1");
      expect(second.headers["x-kept"]).toBe("yes");
      expect(renders).toEqual(["/practices/A1"]);
    } finally {
      await served.close();
    }
  });

  it("lets requests for a page being rendered wait for that render instead of starting their own", async () => {
    const { app, renders } = appWithKeeping();
    const served = await listenOnLoopback(app);
    try {
      const bodies = await Promise.all(
        Array.from({ length: 5 }, () => rawRequest(served.baseURL, "/practices/B2")),
      );
      expect(renders).toEqual(["/practices/B2"]);
      expect(bodies.map((res) => res.body.toString()).sort()).toEqual([
        "kept /practices/B2",
        "kept /practices/B2",
        "kept /practices/B2",
        "kept /practices/B2",
        "rendered /practices/B2",
      ]);
    } finally {
      await served.close();
    }
  });

  it("sends waiters on to Remix when the page they waited for was not kept", async () => {
    const { app, renders } = appWithKeeping();
    const served = await listenOnLoopback(app);
    try {
      const answers = await Promise.all([
        rawRequest(served.baseURL, "/broken"),
        rawRequest(served.baseURL, "/broken"),
      ]);
      expect(answers.map((res) => res.status)).toEqual([500, 500]);
      expect(renders).toEqual(["/broken", "/broken"]);
    } finally {
      await served.close();
    }
  });

  it("does not hold up a second download of a file while the first is still streaming", async () => {
    const app = express();
    app.use(keptPages(async () => null));
    const started: number[] = [];
    app.get("/data/v1/table.parquet", async (_req, res) => {
      started.push(performance.now());
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      res.write("first part ");
      await new Promise((resolve) => setTimeout(resolve, 300));
      res.end("last part");
    });
    const served = await listenOnLoopback(app);
    try {
      const first = rawRequest(served.baseURL, "/data/v1/table.parquet");
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = rawRequest(served.baseURL, "/data/v1/table.parquet");
      await Promise.all([first, second]);
      expect(started).toHaveLength(2);
      // The second began while the first was still streaming, not after it.
      expect((started[1] ?? 0) - (started[0] ?? 0)).toBeLessThan(250);
    } finally {
      await served.close();
    }
  });

  it("never answers other methods from the keeping", async () => {
    const app = express();
    app.use(keptPages(async () => reply("kept")));
    app.post("*", (_req, res) => {
      res.send("posted");
    });
    const served = await listenOnLoopback(app);
    try {
      const res = await rawRequest(served.baseURL, "/practices/A1", {}, "POST");
      expect(res.body.toString()).toBe("posted");
    } finally {
      await served.close();
    }
  });
});
