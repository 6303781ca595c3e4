// A manager moves an enrollment on from the cohort board; the scoreboard follows; a refused move is
// explained in plain words. A partner redelivers a webhook delivery from its log.
import { expect, test } from "@playwright/test";
import { apiAs, demo, expectScoreboard, read, signIn, suite } from "./support";

test("a manager accepts an enrollment from the cohort board and the scoreboard counts it", async ({ page }) => {
  const api = await apiAs(suite.tokens.manager);
  const before = await read(api, `/api/v1/programs/${demo.sparkApac}/scoreboard`);
  const enrollments = await read(api, `/api/v1/enrollments?cohortId=${demo.sgCohort2026}&status=APPLIED&limit=1`);
  const enrollment = enrollments.items[0];
  expect(enrollment, "an APPLIED enrollment in the SG 2026 cohort").toBeTruthy();

  await signIn(page, suite.tokens.manager, `/#/cohorts/${demo.sgCohort2026}`);
  const card = page.locator(`[data-enrollment="${enrollment.id}"]`);
  await card.getByRole("button", { name: "Screen" }).click();
  await card.getByRole("button", { name: "Confirm: screen" }).click();
  await expect(page.locator(`[data-column="SCREENING"] [data-enrollment="${enrollment.id}"]`)).toBeVisible();
  await card.getByRole("button", { name: "Accept" }).click();
  await card.getByLabel("Reason to accept (optional)").fill("Strong team, clear traction");
  await card.getByRole("button", { name: "Confirm: accept" }).click();
  await expect(page.locator(`[data-column="ACCEPTED"] [data-enrollment="${enrollment.id}"]`)).toBeVisible();
  await expect(page.getByRole("status")).toContainText("moved to Accepted");

  const moved = await read(api, `/api/v1/enrollments/${enrollment.id}`);
  expect(moved.status).toBe("ACCEPTED");
  const history = await read(api, `/api/v1/enrollments/${enrollment.id}/history`);
  expect(history.items.at(-1).reason).toBe("Strong team, clear traction");

  const after = await read(api, `/api/v1/programs/${demo.sparkApac}/scoreboard`);
  const sg = (board: any) => board.startups.hubs.find((h: any) => h.hubCode === "SG").counts.recruited;
  expect(sg(after)).toBe(sg(before) + 1);
  expect(after.startups.total.recruited).toBe(before.startups.total.recruited + 1);
  await page.goto(`/#/programs/${demo.sparkApac}`);
  await expectScoreboard(page, after);
});

test("a move the API refuses is shown in plain words and changes nothing", async ({ page }) => {
  const api = await apiAs(suite.tokens.manager);
  const enrollments = await read(api, `/api/v1/enrollments?cohortId=${demo.hkCohort2026}&status=APPLIED&limit=1`);
  const enrollment = enrollments.items[0];
  await signIn(page, suite.tokens.manager, `/#/cohorts/${demo.hkCohort2026}`);
  const card = page.locator(`[data-enrollment="${enrollment.id}"]`);
  await expect(card.getByRole("button", { name: "Screen" })).toBeVisible();

  // Someone else screens it first, so the page's Screen is now stale.
  const elsewhere = await api.post(`/api/v1/enrollments/${enrollment.id}/screen`, { data: { reason: "elsewhere" } });
  expect(elsewhere.status()).toBe(200);
  await card.getByRole("button", { name: "Screen" }).click();
  await card.getByRole("button", { name: "Confirm: screen" }).click();

  const alert = card.getByRole("alert");
  await expect(alert).toContainText("This cannot be done in its current state, so nothing was changed.");
  const problem = await (await api.post(`/api/v1/enrollments/${enrollment.id}/screen`, { data: {} })).json();
  await expect(alert).toContainText(problem.detail);
  const history = await read(api, `/api/v1/enrollments/${enrollment.id}/history`);
  expect(history.items.filter((t: any) => t.to === "SCREENING")).toHaveLength(1);
});

test("a manager moves the best ranked applications on from the call page", async ({ page }) => {
  const api = await apiAs(suite.tokens.manager);
  const before = await read(api, `/api/v1/calls/${demo.sgCall}/ranking`);
  const top = before.applications.slice(0, 2).map((a: any) => a.applicationId);
  await signIn(page, suite.tokens.manager, `/#/calls/${demo.sgCall}`);
  await page.getByLabel("How many of the best ranked").fill("2");
  await page.getByLabel("move to").selectOption("SCREENING");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/calls/${demo.sgCall}/decisions`)),
    page.getByRole("button", { name: "Apply the decisions" }).click(),
  ]);
  expect(response.status()).toBe(200);
  const decided = await response.json();
  expect(decided.results.map((r: any) => r.applicationId)).toEqual(top);
  await expect(page.locator("[data-decided]")).toHaveText(
    `${decided.changed} moved, ${decided.unchanged} already there, ${decided.failed} refused.`,
  );
  const after = await read(api, `/api/v1/calls/${demo.sgCall}/ranking`);
  for (const id of top) {
    const now = after.applications.find((a: any) => a.applicationId === id);
    expect(["SCREENING", "ACCEPTED", "ACTIVE", "GRADUATED"]).toContain(now.enrollmentStatus);
    const shown = now.enrollmentStatus.charAt(0) + now.enrollmentStatus.slice(1).toLowerCase();
    await expect(page.locator(`tr[data-application="${id}"] [data-figure="enrollment"]`)).toHaveText(shown);
  }
});

test("a partner redelivers a failed webhook delivery from its log", async ({ page }) => {
  const api = await apiAs(suite.tokens.partnerSg);
  const failed = await read(api, `/api/v1/webhooks/${demo.sgWebhook}/deliveries?status=FAILED&limit=1`);
  const delivery = failed.items[0];
  expect(delivery, "a FAILED delivery of the demo webhook").toBeTruthy();

  await signIn(page, suite.tokens.partnerSg, `/#/webhooks/${demo.sgWebhook}`);
  const line = page.locator(`tr[data-delivery="${delivery.id}"]`);
  await line.getByRole("button", { name: /^Redeliver/ }).click();
  await expect(line).toHaveAttribute("data-status", "PENDING");
  const after = await read(api, `/api/v1/webhook-deliveries/${delivery.id}`);
  expect(after.status).toBe("PENDING");
  expect(after.attempts).toBe(delivery.attempts);
});
