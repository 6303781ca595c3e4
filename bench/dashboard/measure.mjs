// Time to a rendered scoreboard and JavaScript shipped, read from the browser's own performance
// entries (Navigation and Resource Timing, and the mark the dashboard sets when the scoreboard's
// figures are drawn). Starts nothing: point it at a running suite with the demo data.
//
//   node bench/dashboard/measure.mjs http://localhost:8080 "$(./kindling token --role manager)" [runs]
//
// Uses dashboard/node_modules (@playwright/test) and Debian's Chromium at /usr/bin/chromium.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(fileURLToPath(new URL("../../dashboard/package.json", import.meta.url)));
const { chromium } = require("@playwright/test");

const [base, token, runsArg] = process.argv.slice(2);
if (!base || !token) {
  console.error("usage: node bench/dashboard/measure.mjs GATEWAY_URL TOKEN [RUNS]");
  process.exit(2);
}
const runs = Number(runsArg ?? 10);
const program = "00000000-0000-7000-8000-000000000201";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function visit(page, again = false) {
  if (again) {
    await page.reload();
  } else {
    await page.goto(`${base}/#/programs/${program}`);
  }
  await page.waitForFunction(() => performance.getEntriesByName("kindling:scoreboard-rendered").length > 0, null, { timeout: 30000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const scripts = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".js"));
    const api = performance.getEntriesByType("resource").filter((r) => r.name.includes("/api/"));
    return {
      rendered: performance.getEntriesByName("kindling:scoreboard-rendered")[0].startTime,
      domContentLoaded: nav.domContentLoadedEventEnd,
      jsTransferred: scripts.reduce((n, r) => n + r.transferSize, 0),
      jsEncoded: scripts.reduce((n, r) => n + r.encodedBodySize, 0),
      jsDecoded: scripts.reduce((n, r) => n + r.decodedBodySize, 0),
      scripts: scripts.map((r) => r.name.replace(/^.*\//, "")),
      apiCalls: api.map((r) => `${r.name.replace(/^.*\/api\/v1/, "")} ${Math.round(r.duration)} ms`),
    };
  });
}

const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  // A new context has an empty cache; its session storage gets the token before the page runs.
  const context = await browser.newContext();
  await context.addInitScript((t) => sessionStorage.setItem("kindling.token", t), token);
  const page = await context.newPage();
  cold.push(await visit(page));
  warm.push(await visit(page, true)); // the same tab reloaded: hashed assets from the cache
  await context.close();
}
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (label, xs) =>
  `${label}: median ${median(xs).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)} (${xs.length} runs)`;
console.log(summary("scoreboard rendered, cold cache", cold.map((r) => r.rendered)));
console.log(summary("scoreboard rendered, warm cache", warm.map((r) => r.rendered)));
console.log(summary("DOMContentLoaded, cold cache", cold.map((r) => r.domContentLoaded)));
const first = cold[0];
console.log(`JavaScript on the scoreboard: ${first.scripts.join(", ")}`);
console.log(`  ${first.jsEncoded} bytes as sent (gzip), ${first.jsDecoded} bytes unpacked, ${first.jsTransferred} bytes with headers`);
console.log(`  warm: ${warm[0].jsTransferred} bytes transferred (served from cache)`);
console.log(`API calls of the first cold run: ${first.apiCalls.join("; ")}`);
