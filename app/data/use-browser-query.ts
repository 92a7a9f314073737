import { useCallback, useRef, useState } from "react";
import type { QueryDefinition } from "./query";

export type BrowserQueryStatus<Params> =
  | { state: "server" }
  | { state: "loading" }
  | { state: "done"; milliseconds: number; params: Params }
  | { state: "error"; message: string };

/**
 * Rows first rendered by the server, then re-queried in the browser by DuckDB-WASM with no server round trip.
 * The engine is imported on first use, so pages that never re-query never download it. Only the latest
 * request's answer is applied, so quick successive changes cannot show an older result.
 */
export function useBrowserQuery<Params, Row>(
  dataBaseUrl: string,
  query: QueryDefinition<Params, Row>,
  initialRows: Row[],
) {
  const [rows, setRows] = useState(initialRows);
  const [status, setStatus] = useState<BrowserQueryStatus<Params>>({ state: "server" });
  const latest = useRef(0);

  const run = useCallback(
    async (params: Params) => {
      const ticket = ++latest.current;
      setStatus({ state: "loading" });
      const started = performance.now();
      try {
        const { browserQuery } = await import("./engine.client");
        const result = await browserQuery(dataBaseUrl, query, params);
        if (ticket !== latest.current) return;
        setRows(result);
        setStatus({ state: "done", milliseconds: performance.now() - started, params });
      } catch (error) {
        if (ticket !== latest.current) return;
        setStatus({ state: "error", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [dataBaseUrl, query],
  );

  return { rows, status, run };
}
