// The one place that talks HTTP: same-origin cookies, JSON, the CSRF header and an Idempotency-Key
// on every change, and problem+json answers turned into ApiError. Every successful body is parsed
// with a shared schema. A change whose connection failed is sent again with its key, so the server
// applies it once however many times it arrives; sent again by the user before it succeeded, it
// carries that key too (unconfirmed-changes.ts).
import { problemSchema } from "@claimdesk/shared";
import { ApiError } from "./api-error.ts";
import { changeIdentity, forgetChange, keyForChange } from "./unconfirmed-changes.ts";

/** Anything with zod's parse: keeps this file free of a direct zod dependency. */
export interface Schema<T> {
  parse(data: unknown): T;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  schema?: Schema<T>;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let unauthenticatedListener: (() => void) | null = null;

/** The session's CSRF token; it is sent back on every POST/PUT/PATCH/DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401, so the app can send the user back to sign in. */
export function onUnauthenticated(listener: (() => void) | null): void {
  unauthenticatedListener = listener;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const response = await apiResponse(path, options);
  if (response.status === 204 || !options.schema) return undefined as T;

  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw badResponse(response.status, "The server sent an answer that is not JSON.");
  }
  try {
    return options.schema.parse(data);
  } catch {
    throw badResponse(response.status, "The server's answer did not have the expected shape.");
  }
}

export interface ResponseOptions extends Omit<RequestOptions<unknown>, "schema"> {
  /** What the caller will read; JSON unless it reads the body some other way (a file). */
  accept?: string;
}

/**
 * The request every call makes, up to a successful answer whose body the caller reads: cookies,
 * the CSRF header on changes, and any failure as an ApiError, a 401 also telling the app that the
 * session expired. apiRequest parses the body as JSON; fetchFile (fetch-file.ts) keeps it as a file.
 */
export async function apiResponse(path: string, options: ResponseOptions = {}): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: options.accept ?? "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const url = buildUrl(path, options.query);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  // One key per user action: a new one for each change, the same one for the same change sent again
  // before it succeeded. Sign-in and sign-out keep none (docs/API.md).
  const keyed = method !== "GET" && !path.startsWith("/api/auth/");
  const change = keyed ? changeIdentity(method, url, body) : null;
  if (change !== null) headers["Idempotency-Key"] = keyForChange(change);

  for (let attempt = 0; ; attempt++) {
    const mayRetry = keyed && attempt < CHANGE_RETRY_DELAYS_MS.length;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, credentials: "same-origin", body, signal: options.signal });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
      // The change may or may not have reached the server: with its key, sending it again is safe.
      if (mayRetry) {
        await pause(CHANGE_RETRY_DELAYS_MS[attempt]!, options.signal);
        continue;
      }
      throw new ApiError({ status: 0, code: "network", title: "Network error", detail: "Could not reach the server." });
    }
    if (response.ok) {
      if (change !== null) forgetChange(change);
      return response;
    }
    const error = await toApiError(response, path);
    // Only a digest collision could tie this key to another request: the next try gets a new one.
    if (change !== null && error.code === "idempotency_key_reused") forgetChange(change);
    // An earlier try of this very change is still running there: a retry will get its answer.
    if (mayRetry && error.code === "request_in_progress") {
      await pause(CHANGE_RETRY_DELAYS_MS[attempt]!, options.signal);
      continue;
    }
    throw error;
  }
}

/** How long to wait before each retry of a change that got no answer, or whose first try still runs. */
export const CHANGE_RETRY_DELAYS_MS = [1000, 3000];

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

function badResponse(status: number, detail: string): ApiError {
  return new ApiError({ status, code: "bad_response", title: "Unexpected answer", detail });
}

async function toApiError(response: Response, path: string): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic message.
  }
  const parsed = problemSchema.safeParse(body);
  // The session probe answers 401 when nobody is signed in; that is not an expiry.
  if (response.status === 401 && !path.startsWith("/api/auth/")) unauthenticatedListener?.();
  if (parsed.success) {
    const p = parsed.data;
    return new ApiError({
      status: p.status,
      code: p.code,
      title: p.title,
      detail: p.detail,
      fields: p.errors,
      current: p.current,
      changedBy: p.changedBy,
      changedAt: p.changedAt,
      requestId: p.requestId,
    });
  }
  return new ApiError({
    status: response.status,
    code: response.status === 401 ? "unauthenticated" : response.status >= 500 ? "internal" : "bad_request",
    title: response.statusText || "Request failed",
    detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
  });
}
