import type { Schemas } from "../api";
import { count, money } from "../format";

type AnyMoney = Schemas["Money"];

/**
 * An amount, with the API's exact decimal string in value= (what tests and scripts read); `bare`
 * leaves out the currency where the row or table already names it.
 */
export function Money({ value, bare }: { value: AnyMoney | undefined | null; bare?: boolean }) {
  return <data value={value?.amount ?? ""}>{money(value, bare)}</data>;
}

export function Count({ value }: { value: number | undefined | null }) {
  return <data value={value ?? ""}>{count(value)}</data>;
}

/** Progress to a target as a native meter with its figures in words beside it. */
export function Progress({ actual, target, percent, label }: { actual: number | null | undefined; target: number | undefined; percent: number | null | undefined; label: string }) {
  if (actual === null || actual === undefined || percent === null || percent === undefined) {
    return (
      <data value="" class="muted">
        not measured
      </data>
    );
  }
  return (
    <span class="meter">
      <meter min={0} max={100} value={Math.min(100, percent)} aria-label={label} />
      <span>
        <Count value={actual} /> of <Count value={target} /> (<data value={percent}>{percent}%</data>)
      </span>
    </span>
  );
}
