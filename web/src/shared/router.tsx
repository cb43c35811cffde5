/**
 * A small history-API router: the app has a handful of routes, so a dependency is not worth it.
 * `useLocation()` re-renders on navigation; `navigate()` pushes (or replaces) a URL; `<Link>` is
 * an anchor that navigates without reloading; `matchPath()` matches `/cases/:id`-style patterns.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

type Listener = () => void;
const listeners = new Set<Listener>();

function notify(): void {
  for (const l of listeners) l();
}

if (typeof window !== "undefined") window.addEventListener("popstate", notify);

function subscribe(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  pathname: string;
  search: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const q = href.indexOf("?");
  const pathname = q < 0 ? href : href.slice(0, q);
  const search = q < 0 ? "" : href.slice(q);
  return { pathname, search, query: new URLSearchParams(search) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  notify();
}

/** Replaces the query string without a new history entry (filters, paging). */
export function setQuery(params: Record<string, string | number | undefined | null>): void {
  const sp = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") sp.delete(k);
    else sp.set(k, String(v));
  }
  const s = sp.toString();
  const to = window.location.pathname + (s ? `?${s}` : "");
  if (to !== snapshot()) {
    window.history.replaceState(null, "", to);
    notify();
  }
}

/** `/cases/:id` against `/cases/42` → `{ id: "42" }`; no match → undefined. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const p = pattern.split("/").filter(Boolean);
  const s = pathname.split("/").filter(Boolean);
  if (p.length !== s.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i] as string;
    const b = s[i] as string;
    if (a.startsWith(":")) params[a.slice(1)] = decodeURIComponent(b);
    else if (a !== b) return undefined;
  }
  return params;
}

export function Link({
  to,
  onClick,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== "_self") return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
