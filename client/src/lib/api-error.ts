import type { ErrorCode, FieldIssue } from "@claimdesk/shared";

/** Codes the API can return plus the two failures that happen before an answer is understood. */
export type ApiErrorCode = ErrorCode | "network" | "bad_response";

/** One failed API call, carrying what the UI needs to explain it next to the control that caused it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly detail: string;
  readonly fields: FieldIssue[];
  /** For 409 version_conflict: the record as it stands on the server now. */
  readonly current: unknown;
  /**
   * For 409 version_conflict: who made the version in `current` and when. null when the server
   * does not know; undefined when it did not say (an older server).
   */
  readonly changedBy: { id: string; name: string } | null | undefined;
  readonly changedAt: string | null | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail: string;
    fields?: FieldIssue[];
    current?: unknown;
    changedBy?: { id: string; name: string } | null | undefined;
    changedAt?: string | null | undefined;
    requestId?: string | undefined;
  }) {
    super(init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.changedBy = init.changedBy;
    this.changedAt = init.changedAt;
    this.requestId = init.requestId;
  }

  /** Field messages keyed by the first path segment ("url", "title"...), for showing beside inputs. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.fields) {
      const key = issue.path.replace(/^body\./, "").split(/[.[]/)[0] ?? issue.path;
      out[key] ??= issue.message;
    }
    return out;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export function isVersionConflict(e: unknown): e is ApiError {
  return isApiError(e) && e.code === "version_conflict";
}

/** Anything with zod's safeParse, so this file needs no zod import. */
interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** On a 409 version_conflict, the record as the server has it now (parsed), else null. */
export function conflictingRecord<T>(e: unknown, schema: SafeParser<T>): T | null {
  if (!isVersionConflict(e)) return null;
  const parsed = schema.safeParse(e.current);
  return parsed.success ? parsed.data : null;
}

/** A sentence a person can act on, whatever went wrong. */
export function describeError(e: unknown): string {
  if (isApiError(e)) {
    if (e.code === "network") return "Could not reach the server. Check your connection and try again.";
    if (e.code === "forbidden") return `You are not allowed to do this. ${e.detail}`.trim();
    return e.detail || e.message;
  }
  if (e instanceof Error) return e.message;
  return "Something went wrong.";
}
