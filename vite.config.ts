import { vitePlugin as remix } from "@remix-run/dev";
import { NodePackageImporter } from "sass";
import { defineConfig } from "vite";
import { precompressAssets } from "./server/precompress-assets-plugin";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    remix({
      // Every Remix v3 future flag is on, so the move to React Router 7+ is a rename, not a rewrite.
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
        v3_routeConfig: true,
      },
    }),
    precompressAssets(),
  ],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  css: {
    preprocessorOptions: {
      // NHS.UK frontend is loaded with sass's own `pkg:` importer: Vite's importer would rewrite the url()
      // inside its image-url function before sass evaluates it, leaving broken icon URLs.
      scss: { api: "modern-compiler", quietDeps: true, importers: [new NodePackageImporter()] },
    },
  },
  // DuckDB-WASM ships its own worker and wasm files; they are imported with ?url and must not be pre-bundled.
  optimizeDeps: { exclude: ["@duckdb/duckdb-wasm"] },
  build: { assetsInlineLimit: 0 },
});
