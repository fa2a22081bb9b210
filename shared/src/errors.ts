// The API's error contract (RFC 9457 problem+json), shared so the client can parse errors back
// into the same codes the server raised.
import { z } from "zod";

export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 422,
  /** The Idempotency-Key was already used, within its 24 hours, for a different request (decision 270). */
  idempotency_key_reused: 422,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  /** The same Idempotency-Key is being used by a request still running (decision 270). */
  request_in_progress: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const errorCodes = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(errorCodes),
  detail: z.string(),
  requestId: z.string().optional(),
  errors: z.array(fieldIssueSchema).optional(),
  /** For version conflicts: the record as it stands now, so the client can show both versions. */
  current: z.unknown().optional(),
  /**
   * For version conflicts: who made the version in `current` and when, from its audit event. null
   * when that is not known; absent from servers that predate these fields.
   */
  changedBy: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  changedAt: z.string().describe("ISO 8601 date and time").nullable().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
