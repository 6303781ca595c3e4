// What each role sees: a viewer has no write buttons; a partner sees only its own hubs' data.
import { expect, test } from "@playwright/test";
import { apiAs, demo, expectAccessible, read, signIn, suite } from "./support";

test("a viewer sees the cohort board without a single write button", async ({ page }) => {
  const enrollments = await read(await apiAs(suite.tokens.viewer), `/api/v1/enrollments?cohortId=${demo.sgCohort2026}&limit=200`);
  await signIn(page, suite.tokens.viewer, `/#/cohorts/${demo.sgCohort2026}`);
  await expect(page.locator("[data-enrollment]")).toHaveCount(enrollments.items.length);
  expect(enrollments.items.some((e: any) => e.allowedTransitions.length > 0), "moves exist that a manager would see").toBe(true);
  await expect(page.locator("main button")).toHaveCount(0);
  await expect(page.locator('[data-role="viewer"]')).toBeVisible();
  await expectAccessible(page);
});

test("a partner sees only its hubs: no other hub's cohort, startups or figures", async ({ page }) => {
  const partner = await apiAs(suite.tokens.partnerSg);
  const manager = await apiAs(suite.tokens.manager);
  await signIn(page, suite.tokens.partnerSg, "/#/hubs");
  await expect(page.locator("tr[data-hub]")).toHaveCount(1);
  await expect(page.locator('tr[data-hub="SG"]')).toBeVisible();

  // Another hub's cohort: the API refuses to show it, and so does the page.
  expect((await partner.get(`/api/v1/cohorts/${demo.hkCohort2026}`)).status()).toBe(404);
  await page.goto(`/#/cohorts/${demo.hkCohort2026}`);
  await expect(page.getByRole("alert")).toContainText("does not exist, or it is not visible to you");
  await expect(page.locator("[data-enrollment]")).toHaveCount(0);

  // Another hub's overview: the gateway answers 404 as the services do (no figures that read as real).
  expect((await partner.get(`/api/v1/hubs/${demo.hk}/overview`)).status()).toBe(404);
  await read(manager, `/api/v1/hubs/${demo.hk}/overview`);
  await page.goto(`/#/hubs/${demo.hk}`);
  await expect(page.locator("[data-cohort]")).toHaveCount(0);

  // Its own hub's board: it may move its enrollments.
  await page.goto(`/#/cohorts/${demo.sgCohort2026}`);
  await expect(page.locator("[data-enrollment] button").first()).toBeVisible();
});
