import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfig } from "@remix-run/route-config";

// Tests, server-only and client-only modules sit beside routes but are never routes themselves.
export default flatRoutes({
  ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/*.server.{ts,tsx}", "**/*.client.{ts,tsx}", "**/+*/**"],
}) satisfies RouteConfig;
