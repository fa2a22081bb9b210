// The article body with every claim highlighted where it stands. Labels are drawn with CSS
// ::before from data-label, so the DOM text stays exactly the body and selection offsets hold.
import { forwardRef, memo, useMemo } from "react";
import type { Verdict } from "@claimdesk/shared";
import { buildSegments, type Segment } from "./segments.ts";
import { VERDICT_ICONS, verdictClass } from "./verdict-badge.tsx";

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
  number: number;
  verdict: Verdict | null;
  dismissed?: boolean;
}

interface Props {
  body: string;
  spans: readonly HighlightSpan[];
  selectedId?: string | null;
  onSelect?: (id: string, coveringIds: string[]) => void;
  label?: string;
}

export const HighlightedText = forwardRef<HTMLDivElement, Props>(function HighlightedText(
  { body, spans, selectedId = null, onSelect, label = "Article text" },
  ref,
) {
  const segments = useMemo(() => buildSegments(body.length, spans), [body.length, spans]);
  const byId = useMemo(() => new Map(spans.map((s) => [s.id, s])), [spans]);

  return (
    <div
      ref={ref}
      className="article-body"
      aria-label={label}
      role="document"
      data-claim-count={spans.length}
      onClick={(e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>("mark[data-claims]");
        if (!mark || !onSelect || hasSelection()) return;
        const ids = (mark.dataset.claims ?? "").split(" ").filter(Boolean);
        // Clicking again where spans overlap cycles through them, innermost first.
        const ordered = [...ids].reverse();
        const at = selectedId ? ordered.indexOf(selectedId) : -1;
        const next = ordered[(at + 1) % ordered.length];
        if (next) onSelect(next, ids);
      }}
    >
      {segments.map((seg) => (
        <SegmentRun
          key={seg.start}
          body={body}
          segment={seg}
          byId={byId}
          selected={selectedId !== null && seg.spanIds.includes(selectedId)}
          selectedStart={selectedId !== null && seg.startingIds.includes(selectedId)}
        />
      ))}
    </div>
  );
});

function hasSelection(): boolean {
  const sel = window.getSelection();
  return !!sel && !sel.isCollapsed && sel.toString().length > 0;
}

interface RunProps {
  body: string;
  segment: Segment;
  byId: Map<string, HighlightSpan>;
  selected: boolean;
  selectedStart: boolean;
}

const SegmentRun = memo(function SegmentRun({ body, segment, byId, selected, selectedStart }: RunProps) {
  const text = body.slice(segment.start, segment.end);
  if (segment.spanIds.length === 0) return <>{text}</>;
  // The innermost span decides the colour; depth shows as a thicker underline.
  const inner = byId.get(segment.spanIds[segment.spanIds.length - 1]!);
  const label = segment.startingIds
    .map((id) => byId.get(id))
    .filter((s): s is HighlightSpan => !!s)
    .map((s) => `${s.number}${VERDICT_ICONS[s.verdict ?? "none"]}`)
    .join(" ");
  const classes = [
    "claim-mark",
    verdictClass(inner?.verdict),
    inner?.dismissed ? "claim-dismissed" : "",
    segment.spanIds.length > 1 ? "claim-overlap" : "",
    selected ? "claim-selected" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <mark
      className={classes}
      data-claims={segment.spanIds.join(" ")}
      data-start-of={segment.startingIds.join(" ") || undefined}
      data-label={label || undefined}
      data-selected-start={selectedStart || undefined}
      title={segment.spanIds
        .map((id) => byId.get(id))
        .filter((s): s is HighlightSpan => !!s)
        .map((s) => `Claim ${s.number}: ${s.verdict ?? "not yet reviewed"}${s.dismissed ? " (dismissed)" : ""}`)
        .join("; ")}
    >
      {text}
    </mark>
  );
});
