// One error type for everything the API refuses on purpose. The code picks the HTTP status
// (shared/src/errors.ts); the message tells the user what was wrong and how to fix it.
import { ERROR_STATUS, type ErrorCode, type FieldIssue } from "@claimdesk/shared";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[] | undefined;
  readonly current: unknown;
  /** For not_found: what was looked for, so the answer can say where a merged claim went. */
  readonly missing: { what: string; id: string } | undefined;
  /** For version_conflict: the record in `current`, so the answer can say who made that version and when. */
  readonly conflicting: ConflictingRecord | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: {
      fields?: FieldIssue[];
      current?: unknown;
      missing?: { what: string; id: string };
      conflicting?: ConflictingRecord;
    } = {},
  ) {
    super(message);
    this.code = code;
    this.fields = extra.fields;
    this.current = extra.current;
    this.missing = extra.missing;
    this.conflicting = extra.conflicting;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string, id: string) =>
  new AppError("not_found", `No ${what} with id ${id}. It may have been deleted, or the link is wrong.`, {
    missing: { what, id },
  });

/** A versioned record, named as its audit events name it (entity_type, entity_id). */
export interface ConflictingRecord {
  entityType: "claim" | "source" | "note" | "article" | "user";
  id: string;
  version: number;
}

export const versionConflict = (what: ConflictingRecord["entityType"], current: { id: string; version: number }) =>
  new AppError(
    "version_conflict",
    `This ${what} was changed by someone else since you loaded it. Review the current version (in "current") ` +
      `and send your change again with its version.`,
    { current, conflicting: { entityType: what, id: current.id, version: current.version } },
  );
