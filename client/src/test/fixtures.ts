// Records that satisfy the shared schemas, for component tests and nothing else.
import type { Article, Claim, ClaimWithThread, SessionInfo, Source, User } from "@claimdesk/shared";

const NOW = "2026-03-28T10:00:00.000Z";
let counter = 0;
export function uuid(n = ++counter): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

export const reviewer: User = {
  id: uuid(9001),
  email: "rita@example.org",
  name: "Rita Reviewer",
  role: "reviewer",
  disabled: false,
  version: 1,
  createdAt: NOW,
};
export const editor: User = {
  id: uuid(9002),
  email: "ed@example.org",
  name: "Ed Editor",
  role: "editor",
  disabled: false,
  version: 1,
  createdAt: NOW,
};

export function session(user: User = reviewer): SessionInfo {
  return { user, csrfToken: "csrf-test-token", expiresAt: "2099-01-01T00:00:00.000Z" };
}

export const ARTICLE_ID = uuid(7001);
export const BODY =
  "The ministry said deportations rose by 40% in 2024. Critics called the figures misleading. " +
  "Officials expect the number to double by 2026.";

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: ARTICLE_ID,
    title: "Deportations rise",
    outlet: "The Daily",
    author: null,
    url: null,
    publishedOn: "2025-03-28",
    status: "in_review",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    progress: {
      claims: 3,
      reviewed: 0,
      approved: 0,
      dismissed: 0,
      verdicts: { true: 0, false: 0, misleading: 0, unverified: 0, unreviewed: 3 },
    },
    assignees: [],
    body: BODY,
    sourceFormat: "text",
    ...overrides,
  };
}

export function claim(n: number, start: number, end: number, overrides: Partial<Claim> = {}): Claim {
  return {
    id: uuid(100 + n),
    articleId: ARTICLE_ID,
    number: n,
    start,
    end,
    quote: BODY.slice(start, end),
    prefix: "",
    suffix: "",
    anchorStatus: "anchored",
    text: BODY.slice(start, end),
    kind: "statistic",
    scores: { factual: 0.9, checkworthy: 0.5 + n / 10 },
    claimant: "the ministry",
    details: {
      claimant: { name: "the ministry", type: "organization", via: null },
      alsoKinds: [],
      reasons: { factual: [], checkworthy: [{ feature: "has_number", effect: 1.2, note: "contains a number" }] },
      quantities: [],
      dates: [],
      flags: [],
      loadedTerms: [],
    },
    origin: "auto",
    reviewState: "unreviewed",
    verdict: null,
    rationale: null,
    verdictBy: null,
    verdictAt: null,
    approvedBy: null,
    approvedAt: null,
    needsReReview: false,
    dismissed: false,
    assignee: null,
    sourceCount: 0,
    noteCount: 0,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** Three claims; the second overlaps the first on purpose. */
export function claims(): Claim[] {
  return [claim(1, 0, 50), claim(2, 17, 50, { kind: "quote" }), claim(3, 91, 137, { kind: "prediction" })];
}

export function withThread(c: Claim, extra: Partial<ClaimWithThread> = {}): ClaimWithThread {
  return { ...c, sources: [], notes: [], ...extra };
}

/** A source on a claim, added by the reviewer: "Table A" at stats.example.org unless overridden. */
export function source(claimId: string, overrides: Partial<Source> = {}): Source {
  return {
    id: uuid(),
    claimId,
    url: "https://stats.example.org/a",
    title: "Table A",
    publisher: null,
    excerpt: null,
    stance: "supports",
    accessedOn: null,
    addedBy: { id: reviewer.id, name: reviewer.name, email: reviewer.email },
    version: 1,
    createdAt: NOW,
    ...overrides,
  };
}
