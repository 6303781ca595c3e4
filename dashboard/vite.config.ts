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
    // The page and the API look like one origin to the browser, as behind the gateway; the gateway's
    // CORS allow-list never sees the dev server's origin.
    proxy: Object.fromEntries(
      ["/api", "/dashboard-config.json"].map((path) => [
        path,
        { target: gateway, configure: (proxy) => proxy.on("proxyReq", (request) => request.removeHeader("origin")) },
      ]),
    ),
  },
});
