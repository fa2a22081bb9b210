// Where an audit event leads, and whom or what it concerns, from its stored fields only.
import type { AuditEvent } from "@claimdesk/shared";

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The claim to open for an event. A claim merged away no longer exists, so its event points at
 * the claim it was merged into; a link to the deleted one opened an article with nothing selected.
 */
export function claimToOpen(event: AuditEvent): string | null {
  const mergedInto = field(event.after, "mergedInto");
  if (event.action === "claim.merge_away" && typeof mergedInto === "string") return mergedInto;
  return event.claimId;
}

/** The link to the event's article, with its claim selected when there is one. */
export function eventHref(event: AuditEvent): string | null {
  if (!event.articleId) return null;
  const claimId = claimToOpen(event);
  return `/articles/${encodeURIComponent(event.articleId)}${claimId ? `?claim=${encodeURIComponent(claimId)}` : ""}`;
}

/**
 * The account an account event is about ("Ada made Rita an editor"): without it a role change
 * showed what changed but not whose. Prefers the current name, then the one recorded in the event.
 */
export function accountConcerned(event: AuditEvent, nameOf: (id: string) => string | undefined): string | null {
  if (event.entityType !== "user") return null;
  const recorded = field(event.after, "name") ?? field(event.before, "name");
  return nameOf(event.entityId) ?? (typeof recorded === "string" ? recorded : event.entityId);
}
