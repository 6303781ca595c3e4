import { defineConfig } from "@playwright/test";

// Run by suite-tests' DashboardBrowserTest against the packaged suite it started (KINDLING_BASE_URL and
// the tokens come from there). Debian's Chromium: Playwright cannot download browsers here.
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "target/playwright",
  use: {
    baseURL: process.env.KINDLING_BASE_URL,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.KINDLING_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Reads first, then writes, then a service is stopped: each group sees the state the one before left.
  projects: [
    { name: "views", testMatch: /views\.spec\.ts/ },
    { name: "roles", testMatch: /roles\.spec\.ts/, dependencies: ["views"] },
    { name: "writes", testMatch: /writes\.spec\.ts/, dependencies: ["roles"] },
    { name: "outage", testMatch: /outage\.spec\.ts/, dependencies: ["writes"] },
  ],
});
