/**
 * The Kindling API client for TypeScript: types generated from openapi/kindling.yaml by
 * openapi-typescript, requests made by openapi-fetch, and this thin layer for what every caller
 * needs: the gateway's address, a bearer token, the ETag and Location of an answer, and problem
 * bodies (RFC 9457) turned into errors.
 *
 *   const api = createKindlingClient({ baseUrl: "https://kindling.example", token: () => myToken });
 *   const { data, etag } = await answer(api.GET("/api/v1/budgets/{id}", { params: { path: { id } } }));
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./generated/kindling.js";

export type { components, operations, paths };

/** Every schema of the document by name, e.g. {@code Schemas["Scoreboard"]}. */
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type KindlingClient = Client<paths, "application/json">;

/** Where the token comes from: asked before every request, so a refreshed token is used at once. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface KindlingOptions {
  /** The gateway's address, e.g. https://kindling.example; "" (the default) for the page's own origin. */
  baseUrl?: string;
  /** The bearer token for each request; none is sent when it gives nothing. */
  token?: TokenProvider;
  /** Another fetch, e.g. for tests or a server-side runtime. */
  fetch?: (request: Request) => Promise<Response>;
}

export function createKindlingClient(options: KindlingOptions = {}): KindlingClient {
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl ?? "",
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const token = options.token;
  if (token) {
    client.use(bearer(token));
  }
  return client;
}

function bearer(token: TokenProvider): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) {
        request.headers.set("Authorization", `Bearer ${value}`);
      }
      return request;
    },
  };
}

/** A successful answer with the headers the API relies on. */
export interface Answer<T> {
  data: T;
  /** The version to send back as If-Match. */
  etag: string | undefined;
  /** Where a created resource lives (201 answers). */
  location: string | undefined;
  /** True when the answer is a replay of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
  status: number;
  response: Response;
}

/** What openapi-fetch resolves to: data on success, the typed error body otherwise. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data type of a successful call. */
export type DataOf<R extends FetchResult> = Exclude<R["data"], undefined>;

/**
 * Waits for a call and gives its data with ETag and Location, or throws an {@link ApiProblem}
 * (the problem body when the API sent one; a stand-in when it sent none or the network failed).
 */
export async function answer<R extends FetchResult>(call: Promise<R>): Promise<Answer<DataOf<R>>> {
  let result: R;
  try {
    result = await call;
  } catch (cause) {
    throw ApiProblem.network(cause);
  }
  const { response } = result;
  if (result.error !== undefined || !response.ok) {
    throw ApiProblem.from(response, result.error);
  }
  return {
    data: result.data as DataOf<R>,
    etag: response.headers.get("ETag") ?? undefined,
    location: response.headers.get("Location") ?? undefined,
    replayed: response.headers.get("Idempotent-Replayed") === "true",
    status: response.status,
    response,
  };
}

/** Only the data of a successful call; see {@link answer}. */
export async function data<R extends FetchResult>(call: Promise<R>): Promise<DataOf<R>> {
  return (await answer(call)).data;
}

/** An answer other than 2xx, carrying the API's problem body. */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";

  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds to wait before trying again (429 and 503 answers), when the API said. */
    readonly retryAfter: number | undefined = undefined,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** The short name of the problem type, e.g. "cohort-full" for https://kindling.dev/problems/cohort-full. */
  get slug(): string | undefined {
    const type = this.problem.type;
    return type ? type.substring(type.lastIndexOf("/") + 1) : undefined;
  }

  static from(response: Response, body: unknown): ApiProblem {
    const retry = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
    return new ApiProblem(
      response.status,
      isProblem(body)
        ? body
        : { type: "about:blank", status: response.status, title: response.statusText || `HTTP ${response.status}` },
      Number.isNaN(retry) ? undefined : retry,
    );
  }

  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem(0, {
      type: "about:blank",
      status: 0,
      title: "No answer",
      detail: "The Kindling API could not be reached",
    });
    problem.cause = cause;
    return problem;
  }
}

export function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && "type" in body && "title" in body && "status" in body;
}

/** A fresh Idempotency-Key for one write (send the same key again to retry that write safely). */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Every page of a keyset-paged list, following nextCursor until it is absent. */
export async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | null }>,
): AsyncGenerator<T[], void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
