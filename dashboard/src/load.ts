import { useCallback, useEffect, useState } from "preact/hooks";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "ok"; value: T }
  | { state: "failed"; error: unknown };

/** Runs an async read when the keys change; `reload` runs it again (e.g. after a write). */
export function useLoad<T>(read: () => Promise<T>, keys: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    read().then(
      (value) => live && setLoaded({ state: "ok", value }),
      (error: unknown) => live && setLoaded({ state: "failed", error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...keys, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [loaded, reload];
}

/** A keyset-paged list: the first page, then "Show more" follows nextCursor. */
export function usePages<T>(
  readPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | null }>,
  keys: unknown[],
): { items: T[]; more: boolean; loading: boolean; error: unknown; showMore: () => void } {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const fetchPage = useCallback(
    (from: string | undefined, replace: boolean) => {
      setLoading(true);
      readPage(from).then(
        (page) => {
          setItems((before) => (replace ? page.items : [...before, ...page.items]));
          setCursor(page.nextCursor ?? undefined);
          setError(undefined);
          setLoading(false);
        },
        (e: unknown) => {
          setError(e);
          setLoading(false);
        },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    keys,
  );
  useEffect(() => fetchPage(undefined, true), [fetchPage]);
  return {
    items,
    more: cursor !== undefined,
    loading,
    error,
    showMore: () => fetchPage(cursor, false),
  };
}
