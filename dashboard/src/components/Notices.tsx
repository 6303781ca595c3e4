import type { ComponentChildren } from "preact";
import type { Loaded } from "../load";
import { plainWords } from "../problems";

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" class="loading">
      Loading {what}…
    </p>
  );
}

export function ProblemNotice({ error, doing }: { error: unknown; doing?: string }) {
  const plain = plainWords(error);
  return (
    <div class="notice problem" role="alert">
      <strong>{doing ? `${doing}: ` : ""}{plain.summary}</strong>
      {plain.details.length > 0 && (
        <ul>
          {plain.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {plain.requestId && <small>Request id for support: {plain.requestId}</small>}
    </div>
  );
}

/** A part of a read model whose service did not answer: said plainly, the rest still shown. */
export function Unavailable({ what, service }: { what: string; service: string }) {
  return (
    <div class="notice unavailable" role="status" data-unavailable={service}>
      <strong>{what} is unavailable right now</strong>: {service} did not answer. The rest of the page is
      current; reload to try again.
    </div>
  );
}

/** Renders a load: a status line while loading, the problem in plain words, or the content. */
export function Show<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (value: T) => ComponentChildren;
}) {
  if (loaded.state === "loading") {
    return <Loading what={what} />;
  }
  if (loaded.state === "failed") {
    return <ProblemNotice error={loaded.error} doing={`Loading ${what}`} />;
  }
  return <>{children(loaded.value)}</>;
}

export function MoreButton({ more, loading, onMore, what }: { more: boolean; loading: boolean; onMore: () => void; what: string }) {
  if (!more) {
    return null;
  }
  return (
    <button type="button" class="more" onClick={onMore} disabled={loading}>
      {loading ? "Loading…" : `Show more ${what}`}
    </button>
  );
}
