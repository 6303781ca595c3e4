import { createKindlingClient } from "@kindling/client";
import { token } from "./auth/session";

/** The one way the dashboard talks to Kindling: the generated client, same origin, bearer token. */
export const api = createKindlingClient({ token });

export { ApiProblem, answer, data, idempotencyKey } from "@kindling/client";
export type { Schemas } from "@kindling/client";
