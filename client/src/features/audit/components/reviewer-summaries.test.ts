import { describe, expect, it } from "vitest";
import type { AuditEvent } from "@claimdesk/shared";
import { summariseReviewers } from "./reviewer-summaries.ts";

const rita = { id: "00000000-0000-4000-8000-000000000001", name: "Rita", email: "r@example.org" };
const claimA = "00000000-0000-4000-8000-00000000000a";
const claimB = "00000000-0000-4000-8000-00000000000b";

function event(seq: number, at: string, action: string, claimId: string, before: unknown, after: unknown): AuditEvent {
  return {
    seq: String(seq),
    occurredAt: at,
    actor: rita,
    action,
    entityType: "claim",
    entityId: claimId,
    articleId: null,
    claimId,
    before,
    after,
    requestId: null,
    hash: "h",
  };
}

describe("summariseReviewers", () => {
  it("counts claims reviewed, verdict changes and the median time to verdict", () => {
    const events = [
      event(
        1,
        "2026-01-01T10:30:00Z",
        "claim.verdict",
        claimA,
        { verdict: null, createdAt: "2026-01-01T10:00:00Z" },
        { verdict: "false" },
      ),
      event(2, "2026-01-01T11:00:00Z", "claim.verdict", claimA, { verdict: "false" }, { verdict: "misleading" }),
      event(
        3,
        "2026-01-01T12:00:00Z",
        "claim.verdict",
        claimB,
        { verdict: null, createdAt: "2026-01-01T10:00:00Z" },
        { verdict: "true" },
      ),
      event(4, "2026-01-01T12:05:00Z", "claim.assign", claimB, { assignee: null }, { assignee: rita }),
    ];
    const [s] = summariseReviewers(events);
    expect(s).toMatchObject({ name: "Rita", claimsReviewed: 2, verdictChanges: 1, events: 4 });
    // 30 minutes and 2 hours: the median is 75 minutes.
    expect(s!.medianTimeToVerdictMs).toBe(75 * 60_000);
  });
});

describe("time to verdict without a stated creation time", () => {
  it("counts from the article's import", () => {
    const article = "00000000-0000-4000-8000-0000000000ff";
    const events: AuditEvent[] = [
      {
        ...event(1, "2026-01-01T09:00:00Z", "article.import", article, null, { title: "t" }),
        entityType: "article",
        entityId: article,
        claimId: null,
        articleId: article,
      },
      {
        ...event(2, "2026-01-01T09:45:00Z", "claim.verdict", claimA, { verdict: null }, { verdict: "true" }),
        articleId: article,
      },
    ];
    expect(summariseReviewers(events)[0]!.medianTimeToVerdictMs).toBe(45 * 60_000);
  });
});
