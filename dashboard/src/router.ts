import { useEffect, useState } from "preact/hooks";

/** The views, addressed by the URL fragment (#/programs/ID), so the gateway serves one page. */
export type Route =
  | { view: "portfolio" }
  | { view: "program"; id: string }
  | { view: "hubs" }
  | { view: "hub"; id: string }
  | { view: "cohorts" }
  | { view: "cohort"; id: string }
  | { view: "startups" }
  | { view: "startup"; id: string }
  | { view: "budgets" }
  | { view: "budget"; id: string }
  | { view: "calls" }
  | { view: "call"; id: string }
  | { view: "webhooks" }
  | { view: "webhook"; id: string }
  | { view: "unknown" };

const COLLECTIONS = {
  programs: "program",
  hubs: "hub",
  cohorts: "cohort",
  startups: "startup",
  budgets: "budget",
  calls: "call",
  webhooks: "webhook",
} as const;

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("?")[0]!.split("/").filter(Boolean);
  const [collection, id, ...rest] = parts;
  if (collection === undefined) {
    return { view: "portfolio" };
  }
  if (rest.length > 0 || !(collection in COLLECTIONS)) {
    return { view: "unknown" };
  }
  const one = COLLECTIONS[collection as keyof typeof COLLECTIONS];
  if (id !== undefined) {
    return { view: one, id: decodeURIComponent(id) };
  }
  return collection === "programs"
    ? { view: "portfolio" }
    : { view: collection as "hubs" | "cohorts" | "startups" | "budgets" | "calls" | "webhooks" };
}

export const href = {
  portfolio: () => "#/",
  program: (id: string) => `#/programs/${id}`,
  hubs: () => "#/hubs",
  hub: (id: string) => `#/hubs/${id}`,
  cohorts: () => "#/cohorts",
  cohort: (id: string) => `#/cohorts/${id}`,
  startups: () => "#/startups",
  startup: (id: string) => `#/startups/${id}`,
  budgets: () => "#/budgets",
  budget: (id: string) => `#/budgets/${id}`,
  calls: () => "#/calls",
  call: (id: string) => `#/calls/${id}`,
  webhooks: () => "#/webhooks",
  webhook: (id: string) => `#/webhooks/${id}`,
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parse(location.hash));
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return route;
}
