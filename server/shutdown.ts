import type { Server } from "node:http";

const GRACE_MS = 5_000;

/**
 * On SIGTERM or SIGINT: stop taking connections, let requests in flight finish (idle keep-alive sockets are
 * closed at once, busy ones after a grace period), then exit. Exiting is explicit, so nothing else the app
 * holds open (the in-memory DuckDB, timers of an old build's engine) can keep a stopped server running.
 */
export function closeOnSignals(server: Server): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        process.exit(0);
      }, GRACE_MS).unref();
    });
  }
}
