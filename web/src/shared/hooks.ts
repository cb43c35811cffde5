import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";
import { ApiError, errorMessage } from "./api/client";

export interface AsyncState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  /** The status of the last failure (403, 404 …), 0 for a network failure. */
  status: number | null;
  reload: () => void;
}

/**
 * Runs `fn` when `deps` change, aborting the previous run; keeps the last data while reloading so
 * tables don't flash empty.
 */
export function useAsync<T>(fn: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  // biome-ignore lint/correctness/useExhaustiveDependencies: callers pass their own dependency list
  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    fnRef
      .current(ctrl.signal)
      .then((d) => {
        if (ctrl.signal.aborted) return;
        setData(d);
        setError(null);
        setStatus(null);
      })
      .catch((err) => {
        if (ctrl.signal.aborted || (err as Error).name === "AbortError") return;
        setError(errorMessage(err));
        setStatus(err instanceof ApiError ? err.status : null);
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, loading, error, status, reload };
}
