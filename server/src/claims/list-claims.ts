// Claim lists: every claim of one article in text order, and the filtered, paginated list across
// articles ("my queue" is assignee=me).
import type { Claim } from "@claimdesk/shared";
import { claimListQuerySchema, idSchema } from "@claimdesk/shared";
import { AppError } from "../http/app-error.ts";
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
  const after = query.cursor ? await afterCursor(prisma, query.sort, query.cursor) : undefined;
  const rows = await prisma.claim.findMany({
    where: after ? { AND: [claimFilter(query, userId), after] } : claimFilter(query, userId),
    include: claimInclude,
    orderBy:
      query.sort === "checkworthy"
        ? [{ checkworthyScore: "desc" }, { id: "asc" }]
        : [{ articleId: "asc" }, ...POSITION_ORDER],
    take: query.limit,
  });
  const numbers = await positionsInArticles(prisma, rows);
  const items = rows.map((row) => presentClaim(row, numbers.get(row.id)!));
  const last = rows[rows.length - 1];
  return { items, nextCursor: last && rows.length === query.limit ? cursorOf(query.sort, last) : null };
}

// The cursor holds the sort values of the page's last claim (keyset pagination), not only its id:
// claims are deleted by merges and move when edited or revised, and a cursor that pointed at a row
// gave an empty next page once that row was gone.
type SortKey = ClaimListQuery["sort"];
interface CursorRow {
  id: string;
  articleId: string;
  startOffset: number;
  endOffset: number;
  checkworthyScore: number;
}

function cursorOf(sort: SortKey, row: CursorRow): string {
  const key =
    sort === "checkworthy"
      ? ["c", row.checkworthyScore, row.id]
      : ["p", row.articleId, row.startOffset, row.endOffset, row.id];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

async function afterCursor(prisma: PrismaClient, sort: SortKey, cursor: string): Promise<Prisma.ClaimWhereInput> {
  let row: CursorRow | null = null;
  if (idSchema.safeParse(cursor).success) {
    // A plain claim id, as earlier versions gave: paged from where that claim stands, if it still exists.
    row = await prisma.claim.findUnique({
      where: { id: cursor },
      select: { id: true, articleId: true, startOffset: true, endOffset: true, checkworthyScore: true },
    });
  } else {
    row = decodeCursor(sort, cursor);
  }
  if (!row) {
    throw new AppError(
      "validation_failed",
      "The cursor is not valid for this list: send back the nextCursor of the previous page unchanged, with the same sort.",
      { fields: [{ path: "query.cursor", message: "expected the nextCursor of a previous page" }] },
    );
  }
  if (sort === "checkworthy") {
    return {
      OR: [
        { checkworthyScore: { lt: row.checkworthyScore } },
        { checkworthyScore: row.checkworthyScore, id: { gt: row.id } },
      ],
    };
  }
  const { articleId, startOffset, endOffset, id } = row;
  return {
    OR: [
      { articleId: { gt: articleId } },
      { articleId, startOffset: { gt: startOffset } },
      { articleId, startOffset, endOffset: { gt: endOffset } },
      { articleId, startOffset, endOffset, id: { gt: id } },
    ],
  };
}

function decodeCursor(sort: SortKey, cursor: string): CursorRow | null {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(key)) return null;
  const isId = (v: unknown): v is string => idSchema.safeParse(v).success;
  const isOffset = (v: unknown): v is number =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2_147_483_647;
  if (sort === "checkworthy") {
    const [kind, score, id] = key as unknown[];
    if (kind !== "c" || typeof score !== "number" || !Number.isFinite(score) || !isId(id)) return null;
    return { id, checkworthyScore: score, articleId: "", startOffset: 0, endOffset: 0 };
  }
  const [kind, articleId, startOffset, endOffset, id] = key as unknown[];
  if (kind !== "p" || !isId(articleId) || !isOffset(startOffset) || !isOffset(endOffset) || !isId(id)) return null;
  return { id, articleId, startOffset, endOffset, checkworthyScore: 0 };
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
