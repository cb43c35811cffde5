/**
 * The JSON API client (docs/api.md): same-origin fetch with the session cookie, the CSRF header on
 * every write, and JSON errors thrown as ApiError (status, code, Chinese message). The calls
 * themselves live in each feature's api.ts; reads go through TanStack Query (queryClient.ts).
 */
import type { ApiErrorBody } from "./types";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, extra: Partial<ApiErrorBody["error"]> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = extra.field;
    this.value = extra.value;
    this.details = extra.details;
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: "请求参数有误",
  401: "登录已失效，请重新登录",
  403: "无权执行此操作",
  404: "请求的内容不存在",
  413: "上传的文件过大",
  429: "尝试次数过多，请稍后再试",
  500: "服务器内部错误",
  502: "服务器暂时无法访问",
  503: "服务器暂时无法访问",
};

type QueryValue = string | number | boolean | undefined | null | string[];
export type Query = Record<string, QueryValue>;

/** `?a=1&b=2`, skipping empty values; arrays become comma lists, booleans 1. */
export function queryString(query: Query | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (Array.isArray(v)) {
      if (v.length > 0) params.set(k, v.join(","));
    } else params.set(k, v === true ? "1" : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function readCookie(name: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  for (const part of document.cookie.split(";")) {
    const [k, ...rest] = part.trim().split("=");
    if (k === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

let unauthorizedHandler: (() => void) | undefined;

/** Called when a request (other than login or me) answers 401: the session has ended. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: ApiErrorBody | undefined;
  try {
    body = (await res.json()) as ApiErrorBody;
  } catch {
    body = undefined;
  }
  const e = body?.error;
  const fallback = STATUS_MESSAGES[res.status] ?? `请求失败（${res.status}）`;
  const code = e?.code ?? (res.status === 401 ? "unauthenticated" : `http-${res.status}`);
  return new ApiError(res.status, code, e?.message || fallback, e ?? {});
}

export interface RequestOptions {
  query?: Query;
  json?: unknown;
  form?: FormData;
  /** Don't treat a 401 as the end of the session (login, me). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.json);
  } else if (opts.form) body = opts.form;
  if (method !== "GET" && method !== "HEAD") {
    const csrf = readCookie("sg_csrf");
    if (csrf) headers["x-csrf-token"] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}${queryString(opts.query)}`, {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "network", "无法连接服务器，请检查网络");
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !opts.quiet401) unauthorizedHandler?.();
    throw error;
  }
  return res;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads a GET export (.xlsx) through fetch, so errors surface as ApiError rather than a broken
 * file. Not a query: nothing is read into the page, a file is saved.
 */
export async function download(path: string, query: Query, fallbackName: string): Promise<string> {
  const res = await send("GET", path, { query });
  const blob = await res.blob();
  const name = fileNameOf(res, fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** A Chinese message for any error a call may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
