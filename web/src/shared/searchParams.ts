import { useCallback } from "react";
import { useSearchParams } from "react-router";

export type QueryPatch = Record<string, string | number | undefined | null>;

/**
 * The page's query string (filters, paging: a reload or a shared link shows the same view) and a
 * setter that patches it: empty values are removed, the history entry is replaced rather than
 * added, and the page does not scroll. The update renders at once (flushSync, not a transition),
 * so the screen's new requests leave in the same task as the input that asked for them.
 */
export function useQueryState(): [URLSearchParams, (patch: QueryPatch) => void] {
  const [params, setParams] = useSearchParams();
  const patch = useCallback(
    (changes: QueryPatch) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === null || v === "") next.delete(k);
        else next.set(k, String(v));
      }
      if (next.toString() !== params.toString()) {
        setParams(next, { replace: true, preventScrollReset: true, flushSync: true });
      }
    },
    [params, setParams],
  );
  return [params, patch];
}
