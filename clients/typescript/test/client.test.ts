// The wrapper's own behaviour, against a recording fetch (the generated part is proven against the
// real suite by the dashboard's browser tests).
import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiProblem, answer, createKindlingClient, data, idempotencyKey, pages } from "../src/index.js";

const PROGRAM = "00000000-0000-7000-8000-000000000201";

function recording(respond: (request: Request) => Response) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return respond(request);
  };
  return { seen, fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status < 400 ? "application/json" : "application/problem+json", ...headers },
  });

test("sends the provider's current token to the base URL and reads ETag and Location", async () => {
  let token = "first";
  const { seen, fetch } = recording(() =>
    json(200, { programId: PROGRAM }, { ETag: '"7"', Location: "/api/v1/programs/x" }),
  );
  const api = createKindlingClient({ baseUrl: "https://gw.example", token: () => token, fetch });

  const first = await answer(api.GET("/api/v1/programs/{id}/scoreboard", { params: { path: { id: PROGRAM } } }));
  token = "second";
  await data(api.GET("/api/v1/programs/{id}/scoreboard", { params: { path: { id: PROGRAM } } }));

  assert.equal(first.data.programId, PROGRAM);
  assert.equal(first.etag, '"7"');
  assert.equal(first.location, "/api/v1/programs/x");
  assert.equal(seen[0]?.url, `https://gw.example/api/v1/programs/${PROGRAM}/scoreboard`);
  assert.deepEqual(
    seen.map((r) => r.headers.get("Authorization")),
    ["Bearer first", "Bearer second"],
  );
});

test("sends no Authorization header when the provider has no token", async () => {
  const { seen, fetch } = recording(() => json(200, { items: [] }));
  const api = createKindlingClient({ token: () => undefined, fetch, baseUrl: "http://x" });
  await data(api.GET("/api/v1/hubs"));
  assert.equal(seen[0]?.headers.has("Authorization"), false);
});

test("turns a problem answer into an ApiProblem with its body, slug and Retry-After", async () => {
  const problem = {
    type: "https://kindling.dev/problems/cohort-full",
    title: "Conflict",
    status: 409,
    detail: "The cohort has no seat left",
  };
  const { fetch } = recording(() => json(409, problem, { "Retry-After": "3" }));
  const api = createKindlingClient({ fetch, baseUrl: "http://x" });

  const failure = await answer(
    api.POST("/api/v1/enrollments/{id}/accept", { params: { path: { id: PROGRAM } }, body: {} }),
  ).then(
    () => assert.fail("a 409 must throw"),
    (e: unknown) => e,
  );

  assert.ok(failure instanceof ApiProblem);
  assert.equal(failure.status, 409);
  assert.equal(failure.slug, "cohort-full");
  assert.equal(failure.message, problem.detail);
  assert.equal(failure.retryAfter, 3);
  assert.deepEqual(failure.problem, problem);
});

test("an answer without a problem body and a network failure still become ApiProblems", async () => {
  const bare = createKindlingClient({ fetch: async () => new Response("", { status: 502 }), baseUrl: "http://x" });
  const down = createKindlingClient({
    fetch: async () => {
      throw new TypeError("connection refused");
    },
    baseUrl: "http://x",
  });

  const a = await data(bare.GET("/api/v1/hubs")).catch((e: unknown) => e);
  const b = await data(down.GET("/api/v1/hubs")).catch((e: unknown) => e);

  assert.ok(a instanceof ApiProblem && a.status === 502);
  assert.ok(b instanceof ApiProblem && b.status === 0 && b.cause instanceof TypeError);
});

test("pages follows nextCursor until it is absent", async () => {
  const asked: (string | undefined)[] = [];
  const got: number[][] = [];
  for await (const items of pages(async (cursor) => {
    asked.push(cursor);
    return cursor === undefined ? { items: [1, 2], nextCursor: "c1" } : { items: [3] };
  })) {
    got.push(items);
  }
  assert.deepEqual(asked, [undefined, "c1"]);
  assert.deepEqual(got, [[1, 2], [3]]);
});

test("idempotency keys are fresh UUIDs", () => {
  const a = idempotencyKey();
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, idempotencyKey());
});
