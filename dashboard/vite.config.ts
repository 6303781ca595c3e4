import { defineConfig } from "vite";

// The build lands in target/classes/META-INF/resources, so the kindling-dashboard jar carries it and
// the gateway serves it at /. `npm run dev` serves it with hot reload, the API from KINDLING_GATEWAY.
const gateway = process.env.KINDLING_GATEWAY ?? "http://localhost:8080";

export default defineConfig({
  build: {
    outDir: "target/classes/META-INF/resources",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": gateway, "/dashboard-config.json": gateway },
  },
});
