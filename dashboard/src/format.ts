import type { Schemas } from "./api";

type AnyMoney = Schemas["Money"];

/**
 * An amount as people read it, from the API's decimal string without going through a float:
 * "8000000.00" USD → "USD 8,000,000.00".
 */
export function money(value: AnyMoney | undefined | null, bare = false): string {
  if (!value?.amount) {
    return "–";
  }
  const negative = value.amount.startsWith("-");
  const [whole = "0", fraction] = value.amount.replace(/^[-+]/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const figure = `${negative ? "−" : ""}${grouped}${fraction === undefined ? "" : "." + fraction}`;
  return bare ? figure : `${value.currency ?? ""} ${figure}`.trim();
}

export function count(value: number | undefined | null): string {
  return value === undefined || value === null ? "–" : value.toLocaleString("en");
}

/** An enum name in words: STARTUPS_RECRUITED → "Startups recruited". */
export function words(value: string | undefined | null): string {
  if (!value) {
    return "–";
  }
  const lower = value.toLowerCase().replace(/_/g, " ");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function date(value: string | undefined | null): string {
  return value ? value.substring(0, 10) : "–";
}

/** The share of b that a is, in percent, from decimal strings (for bars only: figures stay strings). */
export function share(part: string | undefined, whole: string | undefined): number {
  const a = Number(part ?? 0);
  const b = Number(whole ?? 0);
  return b > 0 ? Math.min(100, (a / b) * 100) : 0;
}
