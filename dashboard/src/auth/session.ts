import { type Claims, expired, readClaims } from "./claims";
import { type DashboardSettings, completeOidcSignIn, isOidcCallback, startOidcSignIn, oidcSignOut } from "./oidc";

/**
 * The signed-in person's token, kept in memory and in this tab's session storage only (never in
 * local storage or a cookie), so it ends with the tab.
 */
const KEY = "kindling.token";
let current: { token: string; claims: Claims } | null = null;

export interface Session {
  token: string;
  claims: Claims;
}

export function token(): string | undefined {
  return current?.token;
}

export function session(): Session | null {
  return current;
}

/**
 * Signs in from what the page was opened with: a development link's `#token=…` fragment, or an
 * OpenID Connect provider's redirect back (`?code=…&state=…`), or a token kept earlier in this tab.
 * Either way the token leaves the address bar at once.
 */
export async function startSession(settings: DashboardSettings, fromFragment: string | null): Promise<Session | null> {
  if (fromFragment) {
    keep(fromFragment);
  } else if (settings.oidc && isOidcCallback()) {
    const accessToken = await completeOidcSignIn(settings.oidc);
    history.replaceState(null, "", location.pathname + "#/");
    if (accessToken) {
      keep(accessToken);
    }
  } else {
    const stored = sessionStorage.getItem(KEY);
    if (stored) {
      keep(stored);
    }
  }
  return current;
}

/** Keeps a token if it reads as one and has not expired; answers whether it was kept. */
export function keep(value: string): boolean {
  const trimmed = value.trim();
  const claims = readClaims(trimmed);
  if (!claims || expired(claims)) {
    forget();
    return false;
  }
  current = { token: trimmed, claims };
  sessionStorage.setItem(KEY, trimmed);
  return true;
}

export function forget(): void {
  current = null;
  sessionStorage.removeItem(KEY);
}

export async function signIn(settings: DashboardSettings): Promise<void> {
  if (settings.oidc) {
    await startOidcSignIn(settings.oidc);
  }
}

export async function signOut(settings: DashboardSettings): Promise<void> {
  forget();
  if (settings.oidc) {
    await oidcSignOut(settings.oidc);
  }
  location.hash = "#/";
  location.reload();
}

/** A development link's token (`#token=…`), taken out of the address bar. */
export function takeFragmentToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match?.[1]) {
    return null;
  }
  history.replaceState(null, "", location.pathname + location.search + "#/");
  return decodeURIComponent(match[1]);
}
