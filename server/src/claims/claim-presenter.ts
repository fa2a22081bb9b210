// Shapes database rows into the API's Claim, Source and Note (shared/src/schemas/claims.ts).
import type { Claim, ClaimDetails, Note, ReviewState, Source, UserRef } from "@claimdesk/shared";
import type { Prisma } from "../db/generated/client.ts";

export const userRefSelect = { select: { id: true, name: true, email: true } } as const;

/** A user joined in SQL (id, name, email columns of a LEFT JOIN) as the API's UserRef, or null. */
export function userRef(id: string | null, name: string | null, email: string | null): UserRef | null {
  return id === null ? null : { id, name: name ?? "", email: email ?? "" };
}

export const claimInclude = {
  verdictBy: userRefSelect,
  approvedBy: userRefSelect,
  assignee: userRefSelect,
  _count: { select: { sources: { where: { deletedAt: null } }, notes: { where: { deletedAt: null } } } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

const EMPTY_DETAILS: ClaimDetails = {
  claimant: null,
  alsoKinds: [],
  reasons: { factual: [], checkworthy: [] },
  quantities: [],
  dates: [],
  flags: [],
  loadedTerms: [],
};

export function reviewStateOf(claim: {
  dismissedAt: Date | null;
  approvedAt: Date | null;
  verdict: string | null;
}): ReviewState {
  if (claim.dismissedAt) return "dismissed";
  if (claim.approvedAt) return "approved";
  return claim.verdict ? "verdict_given" : "unreviewed";
}

export function presentClaim(row: ClaimRow, number: number): Claim {
  return {
    id: row.id,
    articleId: row.articleId,
    number,
    start: row.startOffset,
    end: row.endOffset,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorStatus: row.anchorStatus,
    text: row.text,
    kind: row.kind,
    scores: { factual: row.factualScore, checkworthy: row.checkworthyScore },
    claimant: row.claimant,
    details: { ...EMPTY_DETAILS, ...(row.details as Partial<ClaimDetails>) },
    origin: row.origin,
    reviewState: reviewStateOf(row),
    verdict: row.verdict,
    rationale: row.rationale,
    verdictBy: row.verdictBy,
    verdictAt: row.verdictAt?.toISOString() ?? null,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    needsReReview: row.needsReReview,
    dismissed: row.dismissedAt !== null,
    assignee: row.assignee,
    sourceCount: row._count.sources,
    noteCount: row._count.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type SourceRow = Prisma.SourceGetPayload<{ include: { addedBy: typeof userRefSelect } }>;
export function presentSource(row: SourceRow): Source {
  return {
    id: row.id,
    claimId: row.claimId,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    excerpt: row.excerpt,
    stance: row.stance,
    accessedOn: row.accessedOn ? row.accessedOn.toISOString().slice(0, 10) : null,
    addedBy: row.addedBy as UserRef | null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export type NoteRow = Prisma.NoteGetPayload<{ include: { author: typeof userRefSelect } }>;
export function presentNote(row: NoteRow): Note {
  return {
    id: row.id,
    claimId: row.claimId,
    parentId: row.parentId,
    author: row.author,
    body: row.body,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The audit record of a claim: its reviewable fields, not counters or joined users. */
export function claimSnapshot(row: {
  startOffset: number;
  endOffset: number;
  quote: string;
  text: string;
  kind: string;
  claimant: string | null;
  verdict: string | null;
  rationale: string | null;
  approvedAt: Date | null;
  dismissedAt: Date | null;
  assigneeId: string | null;
  anchorStatus: string;
  needsReReview: boolean;
  version: number;
}) {
  return {
    start: row.startOffset,
    end: row.endOffset,
    quote: row.quote,
    text: row.text,
    kind: row.kind,
    claimant: row.claimant,
    verdict: row.verdict,
    rationale: row.rationale,
    approved: row.approvedAt !== null,
    dismissed: row.dismissedAt !== null,
    assigneeId: row.assigneeId,
    anchorStatus: row.anchorStatus,
    needsReReview: row.needsReReview,
    version: row.version,
  };
}
