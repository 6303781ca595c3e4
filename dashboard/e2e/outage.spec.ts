// A service stopped mid-test: the views say which part is unavailable and still show the rest.
import { expect, test } from "@playwright/test";
import { apiAs, demo, read, screenshot, signIn, suite } from "./support";

const startupService = { pid: Number(process.env.KINDLING_PID_STARTUP) };

test("with startup-service stopped, its parts show as unavailable and the rest stays", async ({ page }) => {
  const api = await apiAs(suite.tokens.manager);
  const before = await read(api, `/api/v1/programs/${demo.sparkApac}/scoreboard`);
  expect(before.startups.status).toBe("AVAILABLE");

  process.kill(startupService.pid, "SIGTERM");
  await expect
    .poll(async () => (await read(api, `/api/v1/programs/${demo.sparkApac}/scoreboard`)).startups.status, { timeout: 30_000 })
    .toBe("UNAVAILABLE");

  await signIn(page, suite.tokens.manager, `/#/programs/${demo.sparkApac}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(before.program.name);
  await expect(page.locator('section[aria-labelledby="hubs-h"] [data-unavailable="startup-service"]')).toContainText(
    "Startups per hub is unavailable right now",
  );
  await expect(page.locator('section[aria-labelledby="funnel-h"] [data-unavailable="startup-service"]')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="targets-h"] [data-unavailable="startup-service"]')).toBeVisible();
  for (const line of before.funding.byCurrency) {
    await expect(page.locator(`tr[data-currency="${line.currency}"] [data-figure="total"] data`)).toHaveAttribute(
      "value",
      line.total.amount,
    );
  }
  await screenshot(page, "scoreboard-unavailable");

  await page.goto("/#/");
  await expect(page.locator('tr[data-program="SPARK-APAC"] [data-unavailable="startup-service"]')).toBeVisible();
  await expect(page.locator('tr[data-program="SPARK-APAC"] [data-currency="USD"]')).toBeVisible();
});
