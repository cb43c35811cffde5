import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

/** Chunks that change rarely and are shared by every screen: cached apart from the app code. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes("node_modules")) return undefined;
  if (/node_modules\/(echarts|zrender)\//.test(id)) return "echarts";
  // React, the router and the query cache, with what they need: the app's plumbing, on every screen.
  const plumbing =
    /node_modules\/(react|react-dom|scheduler|react-router|@remix-run\/[\w-]+|@tanstack\/[\w-]+)\//;
  if (plumbing.test(id)) return "react";
  return undefined;
}

/**
 * Writes `.gz` and `.br` beside every text asset over 1 KB, so a static server that serves
 * pre-compressed files (@fastify/static `preCompressed: true`) sends ~30% of the bytes without
 * compressing on each request.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "shenguan-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.(js|css|html|svg|json)$/.test(name) && statSync(path).size > 1024) {
            const data = readFileSync(path);
            writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            );
          }
        }
      };
      walk(outDir);
    },
  };
}

export default defineConfig({
  root: here,
  base: "/",
  plugins: [react(), precompress()],
  build: {
    outDir: resolve(here, "dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
