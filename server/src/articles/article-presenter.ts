// Shapes article rows, with their review progress, into the API's ArticleSummary and Article.
import type { Article, ArticleSummary } from "@claimdesk/shared";
import type { Prisma } from "../db/generated/client.ts";
import { sqlRows, type SqlTarget } from "../db/sql.ts";

export type ArticleRow = Prisma.ArticleGetPayload<object>;
type Progress = ArticleSummary["progress"];
type Assignee = ArticleSummary["assignees"][number];

interface ProgressRow {
  article_id: string;
  claims: number;
  reviewed: number;
  approved: number;
  dismissed: number;
  v_true: number;
  v_false: number;
  v_misleading: number;
  v_unverified: number;
  assignees: Assignee[];
}

const EMPTY_PROGRESS: Progress = {
  claims: 0,
  reviewed: 0,
  approved: 0,
  dismissed: 0,
  verdicts: { true: 0, false: 0, misleading: 0, unverified: 0, unreviewed: 0 },
};

/** Progress counts dismissed claims apart: they are out of review, neither reviewed nor pending. */
export async function loadProgress(
  db: SqlTarget,
  articleIds: string[],
): Promise<Map<string, { progress: Progress; assignees: Assignee[] }>> {
  const result = new Map<string, { progress: Progress; assignees: Assignee[] }>();
  if (articleIds.length === 0) return result;
  const rows = await sqlRows<ProgressRow>(
    db,
    `
    SELECT article_id::text,
      count(*)::int AS claims,
      count(*) FILTER (WHERE verdict IS NOT NULL AND dismissed_at IS NULL)::int AS reviewed,
      count(*) FILTER (WHERE approved_at IS NOT NULL AND dismissed_at IS NULL)::int AS approved,
      count(*) FILTER (WHERE dismissed_at IS NOT NULL)::int AS dismissed,
      count(*) FILTER (WHERE verdict = 'true' AND dismissed_at IS NULL)::int AS v_true,
      count(*) FILTER (WHERE verdict = 'false' AND dismissed_at IS NULL)::int AS v_false,
      count(*) FILTER (WHERE verdict = 'misleading' AND dismissed_at IS NULL)::int AS v_misleading,
      count(*) FILTER (WHERE verdict = 'unverified' AND dismissed_at IS NULL)::int AS v_unverified,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', u.id::text, 'name', u.name) ORDER BY u.name, u.id) FROM users u
        WHERE u.id IN (SELECT a.assignee_id FROM claims a WHERE a.article_id = claims.article_id)
      ), '[]'::jsonb) AS assignees
    FROM claims WHERE article_id = ANY($1::uuid[]) GROUP BY article_id`,
    [articleIds],
  );
  for (const id of articleIds) result.set(id, { progress: EMPTY_PROGRESS, assignees: [] });
  for (const row of rows) {
    const active = row.claims - row.dismissed;
    result.get(row.article_id)!.progress = {
      claims: row.claims,
      reviewed: row.reviewed,
      approved: row.approved,
      dismissed: row.dismissed,
      verdicts: {
        true: row.v_true,
        false: row.v_false,
        misleading: row.v_misleading,
        unverified: row.v_unverified,
        unreviewed: active - row.reviewed,
      },
    };
    result.get(row.article_id)!.assignees = row.assignees;
  }
  return result;
}

export function presentArticleSummary(
  row: ArticleRow,
  extra: { progress: Progress; assignees: Assignee[] } | undefined,
): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    publishedOn: row.publishedOn ? row.publishedOn.toISOString().slice(0, 10) : null,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    progress: extra?.progress ?? EMPTY_PROGRESS,
    assignees: extra?.assignees ?? [],
  };
}

export function presentArticle(row: ArticleRow, extra: Parameters<typeof presentArticleSummary>[1]): Article {
  return {
    ...presentArticleSummary(row, extra),
    body: row.body,
    sourceFormat: row.sourceFormat as Article["sourceFormat"],
  };
}

/** The audit record of an article: metadata and a fingerprint of the body, not the body itself. */
export function articleSnapshot(row: ArticleRow) {
  return {
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    publishedOn: row.publishedOn ? row.publishedOn.toISOString().slice(0, 10) : null,
    status: row.status,
    bodyLength: row.body.length,
    version: row.version,
  };
}
