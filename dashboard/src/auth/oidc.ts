/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE (oidc-client-ts), against
 * the provider the gateway names in /dashboard-config.json. Its state lives in session storage.
 */
import type { UserManager } from "oidc-client-ts";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface DashboardSettings {
  oidc?: OidcSettings;
}

export async function loadSettings(): Promise<DashboardSettings> {
  try {
    const response = await fetch("/dashboard-config.json", { headers: { Accept: "application/json" } });
    return response.ok ? ((await response.json()) as DashboardSettings) : {};
  } catch {
    return {};
  }
}

export function isOidcCallback(): boolean {
  const query = new URLSearchParams(location.search);
  return query.has("code") && query.has("state");
}

async function manager(settings: OidcSettings): Promise<UserManager> {
  // Loaded only when a provider is configured, so development sign-in ships none of it.
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: location.origin + location.pathname,
    post_logout_redirect_uri: location.origin + location.pathname,
    response_type: "code",
    scope: settings.scope,
    userStore: store,
    stateStore: store,
  });
}

export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  await (await manager(settings)).signinRedirect();
}

export async function completeOidcSignIn(settings: OidcSettings): Promise<string | undefined> {
  const user = await (await manager(settings)).signinRedirectCallback();
  return user.access_token;
}

export async function oidcSignOut(settings: OidcSettings): Promise<void> {
  await (await manager(settings)).removeUser();
}
