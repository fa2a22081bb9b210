import { verdictLabel, verdicts, type ArticleSummary } from "@claimdesk/shared";
import { VERDICT_ICONS } from "../../../components/verdict-badge.tsx";

export function ArticleProgress({ progress }: { progress: ArticleSummary["progress"] }) {
  const total = progress.claims - progress.dismissed;
  return (
    <div className="article-progress">
      <span>
        {progress.reviewed} of {total} claims reviewed
      </span>
      <progress max={Math.max(total, 1)} value={progress.reviewed} aria-hidden="true" />
    </div>
  );
}

export function VerdictCounts({ counts }: { counts: ArticleSummary["progress"]["verdicts"] }) {
  return (
    <ul className="verdict-counts" aria-label="Verdicts">
      {verdicts.map((v) => (
        <li key={v} className={`verdict-${v}`}>
          <span aria-hidden="true">{VERDICT_ICONS[v]} </span>
          {verdictLabel(v)}: {counts[v]}
        </li>
      ))}
      <li className="verdict-none">
        <span aria-hidden="true">{VERDICT_ICONS.none} </span>
        {verdictLabel(null)}: {counts.unreviewed}
      </li>
    </ul>
  );
}
