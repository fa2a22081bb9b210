// Says which article or claim the feed is narrowed to (from the address), with a way back to all.
export interface ScopeFilterProps {
  articleId: string | undefined;
  claimId: string | undefined;
  onClear: (key: "articleId" | "claimId") => void;
}

export function ScopeFilter({ articleId, claimId, onClear }: ScopeFilterProps) {
  if (!articleId && !claimId) return null;
  return (
    <p className="scope-filter" role="status">
      {claimId ? (
        <>
          Showing only the events of claim <code>{claimId}</code>.{" "}
          <button type="button" className="link" onClick={() => onClear("claimId")}>
            Show every claim
          </button>{" "}
        </>
      ) : null}
      {articleId ? (
        <>
          Showing only the events of article <code>{articleId}</code>.{" "}
          <button type="button" className="link" onClick={() => onClear("articleId")}>
            Show every article
          </button>
        </>
      ) : null}
    </p>
  );
}
