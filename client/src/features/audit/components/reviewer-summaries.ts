// Per-reviewer figures computed from the audit events that are loaded (the feed is paged, so the
// figures cover the period shown, and say so on screen).
import type { AuditEvent } from "@claimdesk/shared";

export interface ReviewerSummary {
  actorId: string;
  name: string;
  claimsReviewed: number;
  verdictChanges: number;
  /** Median time from a claim's creation to this reviewer's verdict on it; null if unknown. */
  medianTimeToVerdictMs: number | null;
  events: number;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** A verdict event is any claim event whose verdict differs before and after. */
function verdictOf(e: AuditEvent): { before: unknown; after: unknown } | null {
  if (e.entityType !== "claim") return null;
  const before = field(e.before, "verdict");
  const after = field(e.after, "verdict");
  if (after === undefined && !/verdict/i.test(e.action)) return null;
  if (before === after) return null;
  return { before: before ?? null, after: after ?? null };
}

export function summariseReviewers(events: readonly AuditEvent[]): ReviewerSummary[] {
  // When each claim came to exist: its creation time if an event states it, else when its
  // article was imported (extracted claims are born then), else its earliest loaded event.
  const stated = new Map<string, number>();
  const earliest = new Map<string, number>();
  const articleOf = new Map<string, string>();
  const imported = new Map<string, number>();
  const keepMin = (m: Map<string, number>, k: string, t: number) => {
    if (!Number.isNaN(t) && t < (m.get(k) ?? Infinity)) m.set(k, t);
  };
  for (const e of events) {
    const at = Date.parse(e.occurredAt);
    if (e.entityType === "article" && /import|create/.test(e.action)) keepMin(imported, e.entityId, at);
    const id = e.claimId ?? (e.entityType === "claim" ? e.entityId : null);
    if (!id) continue;
    if (e.articleId) articleOf.set(id, e.articleId);
    const createdField = field(e.before, "createdAt") ?? field(e.after, "createdAt");
    if (typeof createdField === "string" && e.entityType === "claim") keepMin(stated, id, Date.parse(createdField));
    keepMin(earliest, id, at);
  }
  const createdAt = (claimId: string): number | undefined => {
    const article = articleOf.get(claimId);
    return stated.get(claimId) ?? (article ? imported.get(article) : undefined) ?? earliest.get(claimId);
  };

  const byActor = new Map<
    string,
    { name: string; reviewed: Set<string>; changes: number; times: number[]; events: number }
  >();
  for (const e of events) {
    if (!e.actor) continue;
    const s = byActor.get(e.actor.id) ?? {
      name: e.actor.name,
      reviewed: new Set<string>(),
      changes: 0,
      times: [],
      events: 0,
    };
    byActor.set(e.actor.id, s);
    s.events++;
    const v = verdictOf(e);
    const claimId = e.claimId ?? e.entityId;
    if (!v) continue;
    if (v.after !== null) {
      if (!s.reviewed.has(claimId)) {
        const created = createdAt(claimId);
        const at = Date.parse(e.occurredAt);
        if (created !== undefined && !Number.isNaN(at) && at >= created) s.times.push(at - created);
      }
      s.reviewed.add(claimId);
    }
    if (v.before !== null) s.changes++;
  }

  return [...byActor.entries()]
    .map(([actorId, s]) => ({
      actorId,
      name: s.name,
      claimsReviewed: s.reviewed.size,
      verdictChanges: s.changes,
      medianTimeToVerdictMs: median(s.times),
      events: s.events,
    }))
    .sort((a, b) => b.claimsReviewed - a.claimsReviewed || b.events - a.events);
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
