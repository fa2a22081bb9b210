// Reading one article in plain SQL: opening an article is what every reviewer does first.
import { calendarDate, sqlRows, type SqlTarget } from "../db/sql.ts";
import type { ArticleRow } from "./article-presenter.ts";

const ARTICLE_BY_ID = `
  SELECT id::text AS id, title, outlet, author, url, published_on::text AS "publishedOn", body,
    source_format AS "sourceFormat", status::text AS status, version, imported_by_id::text AS "importedById",
    created_at AS "createdAt", updated_at AS "updatedAt"
  FROM articles WHERE id = $1::uuid`;

type SqlArticle = Omit<ArticleRow, "publishedOn"> & { publishedOn: string | null };

export async function findArticleRow(db: SqlTarget, id: string): Promise<ArticleRow | null> {
  const [row] = await sqlRows<SqlArticle>(db, ARTICLE_BY_ID, [id]);
  if (!row) return null;
  return { ...row, publishedOn: calendarDate(row.publishedOn) };
}
