// Claim lists: every claim of one article in text order, and the filtered, paginated list across
// articles ("my queue" is assignee=me).
import type { Claim } from "@claimdesk/shared";
import { claimListQuerySchema, idSchema } from "@claimdesk/shared";
import { parseInput } from "../http/validate.ts";
import { likePattern } from "../http/like-pattern.ts";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { claimNumber } from "./claim-context.ts";
import { claimInclude, presentClaim } from "./claim-presenter.ts";

export const POSITION_ORDER = [
  { startOffset: "asc" },
  { endOffset: "asc" },
  { id: "asc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

export async function listArticleClaims(prisma: PrismaClient, articleId: string): Promise<Claim[]> {
  const rows = await prisma.claim.findMany({ where: { articleId }, include: claimInclude, orderBy: POSITION_ORDER });
  return rows.map((row, index) => presentClaim(row, index + 1));
}

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
  const items = await Promise.all(rows.map(async (row) => presentClaim(row, await claimNumber(prisma, row))));
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
