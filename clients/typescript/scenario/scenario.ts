// A program office's scenario through the generated TypeScript client against the real suite (run by
// suite-tests' TypeScriptClientScenarioTest, which starts the suite and passes its gateway and tokens):
// hub → program → cohort → startup → enrollment to ACTIVE → budget → allocation → disbursement →
// scoreboard, reading ETags and Locations from the typed answers. Strict types stand for the contract:
// a field the document calls required is used without `!`, so an under-declared answer fails to compile,
// and one the server leaves out fails here.
import assert from "node:assert/strict";
import { ApiProblem, answer, createKindlingClient, data, idempotencyKey, type Answer } from "../src/index.js";

const base = process.env.KINDLING_URL ?? "http://localhost:8080";
const admin = createKindlingClient({ baseUrl: base, token: () => process.env.KINDLING_ADMIN_TOKEN });
const manager = createKindlingClient({ baseUrl: base, token: () => process.env.KINDLING_MANAGER_TOKEN });
const key = () => ({ "Idempotency-Key": idempotencyKey() });

/** The Location names the gateway and the created resource; the ETag is a version. */
function located<T extends { id: string }>(created: Answer<T>, collection: string): T {
  assert.equal(created.status, 201);
  assert.equal(created.location, `${base}${collection}/${created.data.id}`);
  assert.match(created.etag ?? "", /^"[0-9]+"$/);
  return created.data;
}

function committed(board: { funding: { byCurrency?: { currency: string; committed: { amount: string } }[] } }, currency: string) {
  const line = (board.funding.byCurrency ?? []).find((l) => l.currency === currency);
  return line ? Number(line.committed.amount) : 0;
}

async function main() {
  const code = "T" + Math.floor(Math.random() * 0xffff).toString(16).toUpperCase();

  const hubCreated = await answer(
    admin.POST("/api/v1/hubs", {
      params: { header: key() },
      body: { code, name: `TS hub ${code}`, kind: "STARTUP_HUB", country: "SG", city: "Singapore", region: "ASIA_PACIFIC" },
    }),
  );
  const hub = located(hubCreated, "/api/v1/hubs");
  assert.equal(hub.status, "PLANNED");
  const active = await data(
    admin.POST("/api/v1/hubs/{id}/activate", {
      params: { path: { id: hub.id }, header: { ...key(), "If-Match": hubCreated.etag! } },
      body: { openedOn: "2026-01-05" },
    }),
  );
  assert.equal(active.status, "ACTIVE");

  const program = located(
    await answer(
      admin.POST("/api/v1/programs", {
        params: { header: key() },
        body: { code, name: `TS program ${code}`, kind: "ACCELERATOR", region: "ASIA_PACIFIC", startsOn: "2026-01-01", endsOn: "2027-12-31" },
      }),
    ),
    "/api/v1/programs",
  );
  await data(admin.POST("/api/v1/programs/{id}/hubs", { params: { path: { id: program.id }, header: key() }, body: { hubId: hub.id } }));

  const scoreboard = () =>
    data(manager.GET("/api/v1/programs/{id}/scoreboard", { params: { path: { id: program.id } } }));
  const before = await scoreboard();
  const recruitedBefore = before.startups.total?.recruited ?? 0;
  const committedBefore = committed(before, "USD");

  const cohort = located(
    await answer(
      manager.POST("/api/v1/cohorts", {
        params: { header: key() },
        body: { programId: program.id, hubId: hub.id, name: `TS cohort ${code}`, startsOn: "2026-12-01", endsOn: "2027-05-31", capacity: 5 },
      }),
    ),
    "/api/v1/cohorts",
  );
  const startup = located(
    await answer(
      manager.POST("/api/v1/startups", {
        params: { header: key() },
        body: { name: `TS Robotics ${code} (illustrative)`, country: "SG", sector: "ROBOTICS" },
      }),
    ),
    "/api/v1/startups",
  );

  let step = await answer(
    manager.POST("/api/v1/enrollments", { params: { header: key() }, body: { startupId: startup.id, cohortId: cohort.id } }),
  );
  const enrollment = located(step, "/api/v1/enrollments");
  const stale = step.etag!;
  const move = (to: "screen" | "accept" | "activate", etag: string) =>
    answer(
      manager.POST(`/api/v1/enrollments/{id}/${to}`, {
        params: { path: { id: enrollment.id }, header: { ...key(), "If-Match": etag } },
        body: { reason: `TS scenario: ${to}` },
      }),
    );
  step = await move("screen", step.etag!);
  step = await move("accept", step.etag!);
  await assert.rejects(move("activate", stale), (e: unknown) => e instanceof ApiProblem && e.status === 412);
  step = await move("activate", step.etag!);
  assert.equal(step.data.status, "ACTIVE");
  assert.deepEqual(step.data.allowedTransitions.slice().sort(), ["GRADUATED", "WITHDRAWN"]);

  const budget = located(
    await answer(
      admin.POST("/api/v1/budgets", {
        params: { header: key() },
        body: { programId: program.id, name: `TS budget ${code}`, source: "Huawei", kind: "CASH", startsOn: "2026-01-01", total: { amount: "500000.00", currency: "USD" } },
      }),
    ),
    "/api/v1/budgets",
  );
  const allocation = located(
    await answer(
      manager.POST("/api/v1/allocations", {
        params: { header: key() },
        body: { budgetId: budget.id, recipient: { type: "STARTUP", id: startup.id }, amount: { amount: "40000.00", currency: "USD" } },
      }),
    ),
    "/api/v1/allocations",
  );
  // the operation answers 201 (an allocation) or 202 (a request awaiting approval): narrow to the first
  assert.ok("remaining" in allocation, "allocated at once (no approval policy on a new budget)");
  assert.equal(allocation.recipient.hubCode, code);
  const paid = await answer(
    manager.POST("/api/v1/disbursements", {
      params: { header: key() },
      body: { allocationId: allocation.id, amount: { amount: "15000.00", currency: "USD" }, paidOn: "2026-12-15", externalReference: `TS-${code}` },
    }),
  );
  located(paid, "/api/v1/disbursements");
  const after = await data(manager.GET("/api/v1/allocations/{id}", { params: { path: { id: allocation.id } } }));
  assert.equal(after.disbursed.amount, "15000.00");
  assert.equal(after.remaining.amount, "25000.00");

  const board = await scoreboard();
  assert.equal(board.startups.total?.recruited, recruitedBefore + 1);
  assert.equal(committed(board, "USD"), committedBefore + 40000);
  console.log(`TypeScript scenario passed: hub ${code}, recruited ${recruitedBefore} -> ${board.startups.total?.recruited}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof ApiProblem ? `${e.message} ${JSON.stringify(e.problem)}` : e);
  process.exit(1);
});
