/** What the dashboard reads from a token to shape the screen (the API checks every call itself). */
export interface Claims {
  subject: string;
  roles: string[];
  /** Hub codes a partner is limited to. */
  hubs: string[];
  /** Seconds since the epoch. */
  expiresAt: number | undefined;
}

export type Role = "admin" | "manager" | "partner" | "reviewer" | "viewer";

export function readClaims(token: string): Claims | null {
  const payload = token.split(".")[1];
  if (!payload) {
    return null;
  }
  try {
    const text = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof json !== "object" || json === null) {
      return null;
    }
    const c = json as Record<string, unknown>;
    return {
      subject: firstString(c.preferred_username, c.upn, c.sub) ?? "signed in",
      roles: strings(c.groups),
      hubs: strings(c.hubs),
      expiresAt: typeof c.exp === "number" ? c.exp : undefined,
    };
  } catch {
    return null;
  }
}

export function expired(claims: Claims, nowSeconds = Date.now() / 1000): boolean {
  return claims.expiresAt !== undefined && claims.expiresAt <= nowSeconds;
}

/** Managers and admins move enrollments anywhere; partners at their own hubs. */
export function canMoveEnrollments(claims: Claims, hubCode: string | undefined): boolean {
  if (claims.roles.includes("admin") || claims.roles.includes("manager")) {
    return true;
  }
  return claims.roles.includes("partner") && hubCode !== undefined && claims.hubs.includes(hubCode);
}

export function isPartnerOnly(claims: Claims): boolean {
  return claims.roles.includes("partner") && !claims.roles.some((r) => r === "admin" || r === "manager" || r === "viewer");
}

/** The role shown in the header: the strongest one the token carries. */
export function mainRole(claims: Claims): string {
  const order: Role[] = ["admin", "manager", "partner", "reviewer", "viewer"];
  return order.find((r) => claims.roles.includes(r)) ?? "no role";
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === "string" && v.length > 0);
}
