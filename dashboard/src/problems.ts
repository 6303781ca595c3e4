import { ApiProblem } from "./api";

export interface PlainProblem {
  /** One sentence a program manager understands. */
  summary: string;
  /** What the API said, when it said more (its detail and the invalid fields). */
  details: string[];
  requestId: string | undefined;
}

/** An API problem (RFC 9457) or any other failure, in plain words. */
export function plainWords(error: unknown): PlainProblem {
  if (!(error instanceof ApiProblem)) {
    return { summary: "Something went wrong in this page. Reload it to try again.", details: [String(error)], requestId: undefined };
  }
  const p = error.problem;
  const details = [
    ...(p.detail ? [p.detail] : []),
    ...(p.errors ?? []).map((e) => `${e.field ?? "input"}: ${e.message ?? "not valid"}`),
  ];
  const wait = error.retryAfter ? ` Try again in ${error.retryAfter} seconds.` : " Try again in a moment.";
  return { summary: summary(error, wait), details, requestId: p.requestId ?? undefined };
}

function summary(error: ApiProblem, wait: string): string {
  switch (error.status) {
    case 0:
      return "Kindling could not be reached. Check the connection and try again.";
    case 400:
      return "Some of what was sent is not valid, so nothing was changed.";
    case 401:
      return "Your sign-in has expired or is not valid. Sign in again.";
    case 403:
      return "Your role does not allow this.";
    case 404:
      return "This does not exist, or it is not visible to you.";
    case 409:
      return error.slug === "cohort-full"
        ? "The cohort is full: no seat is left for another startup."
        : "This cannot be done in its current state, so nothing was changed.";
    case 412:
      return "Someone changed this since you opened it. Reload to see the latest, then try again.";
    case 422:
      return "Kindling could not accept this because something it refers to does not allow it.";
    case 429:
      return "Too many requests in a short time." + wait;
    case 503:
      return "A service Kindling needs did not answer, so nothing was changed." + wait;
    default:
      return error.status >= 500
        ? "Kindling had a problem answering." + wait
        : `The request was refused (${error.problem.title ?? error.status}).`;
  }
}
