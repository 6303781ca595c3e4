// Each view shows the demo figures the API answers (read here over plain HTTP with the same token),
// passes axe-core, and leaves a screenshot.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { apiAs, demo, expectAccessible, expectScoreboard, figure, read, screenshot, signIn, suite } from "./support";

test.beforeEach(async ({ page }) => {
  await signIn(page, suite.tokens.manager);
});

async function manager() {
  return apiAs(suite.tokens.manager);
}

test("portfolio: every program's progress to its targets and money per currency", async ({ page }) => {
  const portfolio = await read(await manager(), "/api/v1/portfolio?limit=50");
  await page.goto("/#/");
  expect(portfolio.items.length).toBeGreaterThan(0);
  for (const program of portfolio.items) {
    const row = page.locator(`tr[data-program="${program.code}"]`);
    await expect(row).toContainText(program.name);
    expect(await figure(row.locator('[data-figure="recruited"]'))).toBe(String(program.startups.total.recruited));
    for (const target of program.progress.targets) {
      expect(await figure(row.locator(`[data-metric="${target.metric}"]`))).toBe(String(target.actual ?? ""));
    }
    await expect(row.locator("[data-currency]")).toHaveCount(program.funding.byCurrency.length);
    for (const line of program.funding.byCurrency) {
      const money = row.locator(`[data-currency="${line.currency}"]`);
      expect(await figure(money.locator('[data-figure="committed"]'))).toBe(line.committed.amount);
      expect(await figure(money.locator('[data-figure="disbursed"]'))).toBe(line.disbursed.amount);
      expect(await figure(money.locator('[data-figure="total"]'))).toBe(line.total.amount);
    }
  }
  await expectAccessible(page);
  await screenshot(page, "portfolio");
});

test("program scoreboard: per hub, targets, the pipeline funnel and budget utilisation", async ({ page }) => {
  const api = await manager();
  const board = await read(api, `/api/v1/programs/${demo.sparkApac}/scoreboard`);
  const stats = await read(api, `/api/v1/startup-stats?programId=${demo.sparkApac}`);
  await page.goto(`/#/programs/${demo.sparkApac}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(board.program.name);
  await expectScoreboard(page, board);
  const totals: Record<string, number> = {};
  for (const group of stats.groups) {
    for (const [status, n] of Object.entries(group.counts as Record<string, number>)) {
      totals[status] = (totals[status] ?? 0) + n;
    }
  }
  for (const [status, n] of Object.entries(totals)) {
    expect(await figure(page.locator(`tr[data-status="${status}"]`)), status).toBe(String(n));
  }
  const reached: Record<string, number> = {};
  for (const group of stats.groups) {
    for (const [stage, n] of Object.entries(group.funnel as Record<string, number>)) {
      reached[stage] = (reached[stage] ?? 0) + n;
    }
  }
  expect(Object.keys(reached).sort()).toEqual(["accepted", "active", "applied", "graduated", "screened"]);
  for (const [stage, n] of Object.entries(reached)) {
    expect(await figure(page.locator(`tr[data-stage="${stage}"]`)), stage).toBe(String(n));
  }
  await expect(page.locator("canvas")).toHaveCount(4);
  await expectAccessible(page);
  await screenshot(page, "scoreboard");
});

test("hub overview: programs run there with their startups, funding and cohorts", async ({ page }) => {
  const api = await manager();
  const overview = await read(api, `/api/v1/hubs/${demo.sg}/overview`);
  const cohorts = await read(api, `/api/v1/cohorts?hubId=${demo.sg}&limit=50`);
  await page.goto(`/#/hubs/${demo.sg}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(overview.hub.details.name);
  const counts = new Map<string, any>(overview.startups.programs.map((p: any) => [p.programId, p.counts]));
  for (const program of overview.programs.items) {
    const row = page.locator(`tr[data-program="${program.code}"]`);
    await expect(row).toContainText(program.name);
    expect(await figure(row.locator('[data-figure="recruited"]'))).toBe(String(counts.get(program.id)?.recruited ?? 0));
  }
  expect(await figure(page.locator('tr[data-program="total"] [data-figure="recruited"]'))).toBe(
    String(overview.startups.total.recruited),
  );
  await expect(page.locator("[data-cohort]")).toHaveCount(cohorts.items.length);
  for (const cohort of cohorts.items) {
    await expect(page.locator(`[data-cohort="${cohort.id}"]`)).toContainText(cohort.name);
  }
  await expectAccessible(page);
  await screenshot(page, "hub");
});

test("cohort board: enrollments by status, with the moves each allows", async ({ page }) => {
  const api = await manager();
  const cohort = await read(api, `/api/v1/cohorts/${demo.sgCohort2026}`);
  const enrollments = await read(api, `/api/v1/enrollments?cohortId=${demo.sgCohort2026}&limit=200`);
  await page.goto(`/#/cohorts/${demo.sgCohort2026}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cohort.name);
  await expect(page.locator('[data-figure="seats"]')).toHaveText(`${cohort.seatsTaken} of ${cohort.capacity}`);
  for (const status of ["APPLIED", "SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED", "REJECTED", "WITHDRAWN"]) {
    const here = enrollments.items.filter((e: any) => e.status === status);
    await expect(page.locator(`[data-column="${status}"] [data-enrollment]`), status).toHaveCount(here.length);
  }
  const applied = enrollments.items.find((e: any) => e.status === "APPLIED");
  expect(applied, "the demo cohort has an APPLIED enrollment").toBeTruthy();
  const card = page.locator(`[data-enrollment="${applied.id}"]`);
  const verbs = { SCREENING: "Screen", REJECTED: "Reject", WITHDRAWN: "Withdraw" } as Record<string, string>;
  await expect(card.getByRole("button")).toHaveText(applied.allowedTransitions.map((s: string) => verbs[s]));
  await expectAccessible(page);
  await screenshot(page, "cohort-board");
});

test("startup page: KPI history, and why it is or is not a scale-up candidate", async ({ page }) => {
  const api = await manager();
  const startup = await read(api, `/api/v1/startups/${demo.startup01}`);
  const kpis = await read(api, `/api/v1/startups/${demo.startup01}/kpis?limit=200`);
  const assessment = await read(api, `/api/v1/startups/${demo.startup01}/scaleup-assessment`);
  await page.goto(`/#/startups/${demo.startup01}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(startup.name);
  expect(kpis.items.length).toBeGreaterThan(1);
  for (const k of kpis.items) {
    const row = page.locator(`tr[data-as-of="${k.asOf}"]`);
    expect(await figure(row.locator('[data-figure="headcount"]'))).toBe(String(k.headcount));
    expect(await figure(row.locator('[data-figure="revenue"]'))).toBe(k.revenue?.amount ?? "");
  }
  await expect(page.locator('section[aria-labelledby="kpi-h"] canvas')).toHaveCount(1);
  await expect(page.locator("[data-assessment]")).toHaveAttribute("data-assessment", assessment.meets ? "meets" : "does-not-meet");
  await expect(page.locator("ul.reasons li")).toHaveText(assessment.reasons);
  await expectAccessible(page);
  await screenshot(page, "startup");
});

test("budget page: totals and lines, allocations, journal", async ({ page }) => {
  const api = await manager();
  const budget = await read(api, `/api/v1/budgets/${demo.sparkBudget}`);
  const allocations = await read(api, `/api/v1/allocations?budgetId=${demo.sparkBudget}&limit=20`);
  const journal = await read(api, `/api/v1/budgets/${demo.sparkBudget}/journal?limit=20`);
  await page.goto(`/#/budgets/${demo.sparkBudget}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(budget.name);
  const whole = page.locator('tr[data-line="all"]');
  for (const key of ["total", "committed", "disbursed", "available"]) {
    expect(await figure(whole.locator(`[data-figure="${key}"]`))).toBe(budget[key].amount);
  }
  for (const line of budget.lines ?? []) {
    expect(await figure(page.locator(`tr[data-line="${line.year}"] [data-figure="committed"]`))).toBe(line.committed.amount);
  }
  await expect(page.locator("tr[data-allocation]")).toHaveCount(allocations.items.length);
  for (const a of allocations.items) {
    expect(await figure(page.locator(`tr[data-allocation="${a.id}"] [data-figure="amount"]`))).toBe(a.amount.amount);
  }
  await expect(page.locator("tr[data-entry]")).toHaveCount(journal.items.length);
  for (const e of journal.items) {
    expect(await figure(page.locator(`tr[data-entry="${e.id}"] [data-figure="amount"]`))).toBe(e.amount.amount);
  }
  await expectAccessible(page);
  await screenshot(page, "budget");
});

test("lists page with nextCursor: startups, then the next page on request", async ({ page }) => {
  const api = await manager();
  const first = await read(api, "/api/v1/startups?limit=25");
  expect(first.nextCursor, "the demo data has more than one page of startups").toBeTruthy();
  const second = await read(api, `/api/v1/startups?limit=25&cursor=${encodeURIComponent(first.nextCursor)}`);
  await page.goto("/#/startups");
  await expect(page.locator("tr[data-startup]")).toHaveCount(first.items.length);
  await page.getByRole("button", { name: "Show more startups" }).click();
  const ids = [...first.items, ...second.items].map((s: any) => s.id);
  await expect(page.locator("tr[data-startup]")).toHaveCount(ids.length);
  expect(await page.locator("tr[data-startup]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-startup")))).toEqual(ids);
  await expect(page.getByRole("button", { name: "Show more startups" })).toHaveCount(second.nextCursor ? 1 : 0);
  await expectAccessible(page);
  await screenshot(page, "startups");
});

for (const [path, collection, rowKey] of [
  ["/#/hubs", "hubs", "data-hub"],
  ["/#/cohorts", "cohorts", "data-cohort"],
  ["/#/budgets", "budgets", "data-budget"],
] as const) {
  test(`${collection} list shows the API's first page`, async ({ page }) => {
    const list = await read(await manager(), `/api/v1/${collection}?limit=50`);
    await page.goto(path);
    await expect(page.locator(`tr[${rowKey}]`)).toHaveCount(list.items.length);
    await expectAccessible(page);
  });
}

test("call: its rubric and the ranking the API answers, best first, and the CSV", async ({ page }) => {
  const api = await manager();
  const call = await read(api, `/api/v1/calls/${demo.sgCall}`);
  const ranking = await read(api, `/api/v1/calls/${demo.sgCall}/ranking`);
  await page.goto("/#/calls");
  await page.locator(`tr[data-call="${demo.sgCall}"] a`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(call.title);
  await expect(page.locator("tr[data-criterion]")).toHaveCount(call.rubric.length);
  await expect(page.locator("tr[data-application]")).toHaveCount(ranking.applications.length);
  for (const entry of ranking.applications) {
    const row = page.locator(`tr[data-application="${entry.applicationId}"]`);
    expect(await figure(row.locator('[data-figure="rank"]'))).toBe(entry.rank === null ? "" : String(entry.rank));
    expect(await figure(row.locator('[data-figure="normalised"]'))).toBe(
      entry.normalisedScore === null ? "" : String(entry.normalisedScore),
    );
    await expect(row).toHaveAttribute("data-disagreement", entry.disagreement ? "yes" : "no");
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const csv = readFileSync(await download.path(), "utf8").trim().split("\r\n");
  expect(csv).toHaveLength(ranking.applications.length + 1);
  expect(csv[1]!.split(",")[1]).toBe(ranking.applications[0].applicationId);
  await expectAccessible(page);
  await screenshot(page, "call");
});

test("webhooks: each endpoint's health, and its delivery log as the API has it", async ({ page }) => {
  const api = await manager();
  const hook = await read(api, `/api/v1/webhooks/${demo.sgWebhook}`);
  const log = await read(api, `/api/v1/webhooks/${demo.sgWebhook}/deliveries?limit=50`);
  await page.goto("/#/webhooks");
  const row = page.locator(`tr[data-webhook="${demo.sgWebhook}"]`);
  await expect(row.locator("[data-status]")).toHaveAttribute("data-status", hook.status);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hook.description);
  await expect(page.locator("dd[data-reason]")).toHaveText(hook.disabledReason);
  await expect(page.locator("tr[data-delivery]")).toHaveCount(log.items.length);
  for (const delivery of log.items) {
    const line = page.locator(`tr[data-delivery="${delivery.id}"]`);
    await expect(line).toHaveAttribute("data-status", delivery.status);
    expect(await figure(line)).toBe(String(delivery.attempts));
  }
  // a manager reads the log but may not redeliver (admins and the partner may)
  await expect(page.getByRole("button", { name: /^Redeliver/ })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "webhook");
});
