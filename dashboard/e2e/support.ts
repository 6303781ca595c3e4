import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Locator, type Page, expect, request } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** What DashboardBrowserTest hands over: the suite's address, real tokens, the services' processes. */
export const suite = {
  baseUrl: need("KINDLING_BASE_URL"),
  tokens: {
    manager: need("KINDLING_TOKEN_MANAGER"),
    viewer: need("KINDLING_TOKEN_VIEWER"),
    partnerSg: need("KINDLING_TOKEN_PARTNER_SG"),
  },
  screenshots: process.env.KINDLING_SCREENSHOT_DIR ?? "target/screenshots",
};

/** Demo data ids (the services' demo.sql). */
export const demo = {
  sparkApac: "00000000-0000-7000-8000-000000000201",
  sg: "00000000-0000-7000-8000-000000000101",
  hk: "00000000-0000-7000-8000-000000000102",
  sgCohort2026: "00000000-0000-7000-8000-000000000402",
  hkCohort2026: "00000000-0000-7000-8000-000000000404",
  startup01: "00000000-0000-7000-8000-000000000501",
  sparkBudget: "00000000-0000-7000-8000-000000000701",
  sgCall: "00000000-0000-7000-8000-00000000e001",
  sgWebhook: "00000000-0000-7000-8000-00000000a901",
};

function need(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run these tests through suite-tests' DashboardBrowserTest`);
  }
  return value;
}

/** Signs in as a development link does: the token in the fragment. */
export async function signIn(page: Page, token: string, path = "/#/"): Promise<void> {
  await page.goto(`/#token=${token}`);
  await expect(page.locator("header .who")).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);
  await page.goto(path);
}

/** The API itself, over plain HTTP with the same token: what the page must show. */
export async function apiAs(token: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: suite.baseUrl, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}

export async function read<T = any>(api: APIRequestContext, path: string): Promise<T> {
  const response = await api.get(path);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** The exact figure a cell carries in its <data value=…>. */
export async function figure(cell: Locator): Promise<string> {
  return (await cell.locator("data").first().getAttribute("value")) ?? "";
}

/** No serious or critical accessibility violation (axe-core, WCAG 2.x A and AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(suite.screenshots, { recursive: true });
  await page.screenshot({ path: join(suite.screenshots, `${name}.png`), fullPage: true });
}

/** The per-hub and total counts, the targets and the money of a scoreboard as the API gave it. */
export async function expectScoreboard(page: Page, board: any): Promise<void> {
  for (const hub of [...board.startups.hubs, { hubCode: "total", counts: board.startups.total }]) {
    const row = page.locator(`tr[data-hub="${hub.hubCode}"]`);
    for (const key of ["recruited", "active", "graduated", "scaleups"]) {
      await expect(row.locator(`[data-figure="${key}"] data`), `${hub.hubCode} ${key}`).toHaveAttribute(
        "value",
        String(hub.counts[key]),
      );
    }
  }
  for (const target of board.progress.targets) {
    await expect(page.locator(`tr[data-metric="${target.metric}"] data`).first()).toHaveAttribute("value", String(target.actual ?? ""));
  }
  for (const line of board.funding.byCurrency) {
    const row = page.locator(`tr[data-currency="${line.currency}"]`);
    for (const key of ["total", "committed", "disbursed", "available"]) {
      expect(await figure(row.locator(`[data-figure="${key}"]`))).toBe(line[key].amount);
    }
  }
}

