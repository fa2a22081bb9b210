// What an event is about, in words: the claim's opening words and the article's title, each
// linking to where it can be read in the review view. The ids stay in each link's title, for
// anyone matching the feed against the CSV export or a log line.
import { Link } from "react-router";
import type { AuditFeedEvent } from "@claimdesk/shared";
import { claimToOpen, eventHref } from "./event-target.ts";

export function EventSubject({ event: e }: { event: AuditFeedEvent }) {
  if (!e.articleId) return null;
  const articleHref = `/articles/${encodeURIComponent(e.articleId)}`;
  const article = (
    <Link to={articleHref} title={`Article ${e.articleId}`}>
      {e.articleTitle ?? "Open the article"}
    </Link>
  );
  if (!e.claimId) return article;
  const href = eventHref(e)!;
  const claimTitle = `Claim ${e.claimId}`;
  const quoted = e.claimExcerpt ? `“${e.claimExcerpt}”` : null;
  // A claim merged away no longer exists: its wording is shown as it was, and the link leads to
  // the claim it became, saying so.
  const mergedAway = claimToOpen(e) !== e.claimId;
  return (
    <>
      {mergedAway ? (
        <>
          {quoted ? <span title={claimTitle}>{quoted}</span> : null} <Link to={href}>Open the claim it became</Link>
        </>
      ) : (
        <Link to={href} title={claimTitle}>
          {quoted ?? "Open the claim"}
        </Link>
      )}
      {e.articleTitle ? <> in {article}</> : null}
    </>
  );
}
