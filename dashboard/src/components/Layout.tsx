import type { ComponentChildren } from "preact";
import { type Claims, mainRole } from "../auth/claims";
import type { DashboardSettings } from "../auth/oidc";
import { signOut } from "../auth/session";
import { type Route, href } from "../router";

const SECTIONS = [
  { label: "Portfolio", link: href.portfolio(), views: ["portfolio", "program"] },
  { label: "Hubs", link: href.hubs(), views: ["hubs", "hub"] },
  { label: "Cohorts", link: href.cohorts(), views: ["cohorts", "cohort"] },
  { label: "Startups", link: href.startups(), views: ["startups", "startup"] },
  { label: "Budgets", link: href.budgets(), views: ["budgets", "budget"] },
  { label: "Calls", link: href.calls(), views: ["calls", "call"] },
  { label: "Webhooks", link: href.webhooks(), views: ["webhooks", "webhook"] },
];

export function Layout({
  route,
  claims,
  settings,
  children,
}: {
  route: Route;
  claims: Claims;
  settings: DashboardSettings;
  children: ComponentChildren;
}) {
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => skipToMain(e)}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href.portfolio()}>
          Kindling
        </a>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.label}>
                <a href={s.link} aria-current={s.views.includes(route.view) ? "page" : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            {claims.subject} · <span data-role={mainRole(claims)}>{mainRole(claims)}</span>
            {claims.hubs.length > 0 && <> · hubs {claims.hubs.join(", ")}</>}
          </span>
          <button type="button" onClick={() => void signOut(settings)}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** The fragment drives the router, so the skip link moves focus itself. */
function skipToMain(e: Event) {
  e.preventDefault();
  document.getElementById("main")?.focus();
}
