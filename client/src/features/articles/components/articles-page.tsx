import { useDeferredValue, useMemo, useState } from "react";
import { Link } from "react-router";
import { articleStatusSchema } from "@claimdesk/shared";
import { Empty, ErrorMessage, Loading } from "../../../components/status.tsx";
import { useCan } from "../../../lib/session.ts";
import { useArticles } from "../api/get-articles.ts";
import { ArticleProgress, VerdictCounts } from "./article-progress.tsx";

const STATUS_LABELS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

export function ArticlesPage() {
  const canImport = useCan("import:article");
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [mineOnly, setMineOnly] = useState(false);
  const deferredQ = useDeferredValue(q.trim());
  const articles = useArticles({
    q: deferredQ || undefined,
    status: status || undefined,
    assignee: mineOnly ? "me" : undefined,
  });

  const filtered = deferredQ !== "" || status !== "" || mineOnly;
  const items = useMemo(() => articles.data?.pages.flatMap((p) => p.items) ?? [], [articles.data]);

  return (
    <main id="main" className="page">
      <div className="page-heading">
        <h1>Articles</h1>
        {canImport ? (
          <Link className="button primary" to="/articles/import">
            Import an article
          </Link>
        ) : null}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title or outlet" />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {articleStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
          Assigned to me
        </label>
      </form>

      {articles.isPending ? <Loading what="articles" /> : null}
      <ErrorMessage error={articles.error} />
      {articles.isSuccess && items.length === 0 ? (
        filtered ? (
          <div className="state-empty">
            <p>No articles match these filters.</p>
            <button
              type="button"
              onClick={() => {
                setQ("");
                setStatus("");
                setMineOnly(false);
              }}
            >
              Clear filters
            </button>
          </div>
        ) : (
          <Empty>
            {canImport
              ? "No articles yet. Import one to start."
              : "No articles yet. Editors import them; they appear here for review."}
          </Empty>
        )
      ) : null}

      {items.length > 0 ? (
        <table className="articles-table">
          <caption className="visually-hidden">Articles and their review progress</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Verdicts</th>
              <th scope="col">Assignees</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td data-label="Article">
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                  <div className="muted">{[a.outlet, a.publishedOn].filter(Boolean).join(" · ")}</div>
                </td>
                <td data-label="Status">
                  <span className={`status status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
                </td>
                <td data-label="Progress">
                  <ArticleProgress progress={a.progress} />
                </td>
                <td data-label="Verdicts">
                  <VerdictCounts counts={a.progress.verdicts} />
                </td>
                <td data-label="Assignees">
                  {a.assignees.length ? (
                    a.assignees.map((u) => u.name).join(", ")
                  ) : (
                    <span className="muted">Nobody</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {articles.hasNextPage ? (
        <button type="button" onClick={() => void articles.fetchNextPage()} disabled={articles.isFetchingNextPage}>
          {articles.isFetchingNextPage ? "Loading…" : "Load more articles"}
        </button>
      ) : null}
    </main>
  );
}
