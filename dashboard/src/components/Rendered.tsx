import { useEffect } from "preact/hooks";

/**
 * Marks in the browser's performance timeline that a view has drawn its figures
 * (`kindling:<name>-rendered`), for bench/dashboard's time-to-scoreboard measurement.
 */
export function Rendered({ name }: { name: string }) {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark(`kindling:${name}-rendered`));
  }, [name]);
  return null;
}
