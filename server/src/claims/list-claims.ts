// Claim lists: every claim of one article in text order, and the filtered, paginated list across
// articles ("my queue" is assignee=me).
import type { Claim } from "@claimdesk/shared";
import { claimListQuerySchema, idSchema } from "@claimdesk/shared";
import { parseInput } from "../http/validate.ts";
import { likePattern } from "../http/like-pattern.ts";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { sqlRows } from "../db/sql.ts";
import { claimInclude, presentClaim } from "./claim-presenter.ts";

const POSITION_ORDER = [
  { startOffset: "asc" },
  { endOffset: "asc" },
  { id: "asc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

type ClaimListQuery = z.output<typeof claimListQuerySchema>;

export async function listClaims(
  prisma: PrismaClient,
  query: ClaimListQuery,
  userId: string,
): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const rows = await prisma.claim.findMany({
    where: claimFilter(query, userId),
    include: claimInclude,
    orderBy:
      query.sort === "checkworthy"
        ? [{ checkworthyScore: "desc" }, { id: "asc" }]
        : [{ articleId: "asc" }, ...POSITION_ORDER],
    take: query.limit,
    ...(query.cursor ? { cursor: { id: parseInput(idSchema, query.cursor, "query") }, skip: 1 } : {}),
  });
  const numbers = await positionsInArticles(prisma, rows);
  const items = rows.map((row) => presentClaim(row, numbers.get(row.id)!));
  return { items, nextCursor: rows.length === query.limit ? rows[rows.length - 1]!.id : null };
}

function claimFilter(query: ClaimListQuery, userId: string): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput[] = [];
  if (query.articleId) where.push({ articleId: query.articleId });
  if (query.kind) where.push({ kind: query.kind });
  if (query.verdict) where.push({ verdict: query.verdict === "none" ? null : query.verdict });
  if (query.assignee)
    where.push({ assigneeId: query.assignee === "me" ? userId : query.assignee === "none" ? null : query.assignee });
  if (query.q) {
    const q = likePattern(query.q);
    where.push({
      OR: [
        { text: { contains: q, mode: "insensitive" } },
        { quote: { contains: q, mode: "insensitive" } },
        { article: { title: { contains: q, mode: "insensitive" } } },
      ],
    });
  }
  switch (query.state) {
    case "unreviewed":
      where.push({ verdict: null, dismissedAt: null });
      break;
    case "verdict_given":
      where.push({ verdict: { not: null }, approvedAt: null, dismissedAt: null });
      break;
    case "approved":
      where.push({ approvedAt: { not: null }, dismissedAt: null });
      break;
    case "dismissed":
      where.push({ dismissedAt: { not: null } });
      break;
    default:
      if (!query.includeDismissed) where.push({ dismissedAt: null });
  }
  return { AND: where };
}

/** Each claim's 1-based position in its article's text order, for a page of claims in one query. */
async function positionsInArticles(prisma: PrismaClient, rows: Array<{ id: string; articleId: string }>) {
  const positions = await sqlRows<{ id: string; number: number }>(
    prisma,
    `SELECT id::text AS id, number FROM (
       SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY start_offset, end_offset, id)::int AS number
       FROM claims WHERE article_id = ANY($1::uuid[])
     ) positioned WHERE id = ANY($2::uuid[])`,
    [[...new Set(rows.map((r) => r.articleId))], rows.map((r) => r.id)],
  );
  return new Map(positions.map((p) => [p.id, p.number]));
}
