import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import type { Claim, Verdict } from "@claimdesk/shared";
import { HighlightedText, type HighlightSpan } from "../../../components/highlighted-text.tsx";
import { selectionOffsets } from "../../../components/selection-offsets.ts";
import { ErrorMessage, Loading } from "../../../components/status.tsx";
import { describeError } from "../../../lib/api-error.ts";
import { useCan, useCurrentUser } from "../../../lib/session.ts";
import { useFocusLater } from "../../../lib/use-focus-later.ts";
import { useCreateClaim } from "../api/create-claim.ts";
import { useAssignableUsers } from "../api/get-assignable-users.ts";
import { useArticle } from "../api/get-article.ts";
import { useArticleClaims } from "../api/get-claims.ts";
import { useLiveArticleEvents } from "../api/live-events.ts";
import { ArticleEditor } from "./article-editor.tsx";
import { ClaimList } from "./claim-list.tsx";
import { ClaimPanel } from "./claim-panel.tsx";
import { DEFAULT_FILTERS, filterAndSortClaims, type ClaimFilters } from "./claim-filters.ts";
import { LiveIndicator } from "./live-indicator.tsx";
import { MergeBar } from "./merge-bar.tsx";
import { ShortcutsOverlay } from "./shortcuts-overlay.tsx";
import { useReviewShortcuts } from "./use-review-shortcuts.ts";
import { UnknownClaimNotice } from "./unknown-claim-notice.tsx";
import { useClaimAddress } from "./use-claim-address.ts";
import { VanishedClaimNotice } from "./vanished-claim-notice.tsx";

/** Where styles.css puts the workspace in one column. */
const ONE_COLUMN = "(max-width: 45rem)";

interface Props {
  articleId: string;
  /** Extra controls from other features (the report export), composed by the route. */
  toolbar?: ReactNode;
}

export function ReviewWorkspace({ articleId, toolbar }: Props) {
  const me = useCurrentUser();
  const article = useArticle(articleId);
  const claims = useArticleClaims(articleId);
  const users = useAssignableUsers();
  const live = useLiveArticleEvents(articleId, me.id);
  const createClaim = useCreateClaim();
  const canCreate = useCan("create:claim");
  const canVerdict = useCan("set:verdict");
  const canEditArticle = useCan("update:article");
  const canRestructure = useCan("update:claim");

  const [filters, setFilters] = useState<ClaimFilters>(DEFAULT_FILTERS);
  const [selectedId, select] = useClaimAddress();
  const [verdictRequest, setVerdictRequest] = useState<{ verdict: Verdict; n: number } | null>(null);
  const [sourceRequest, setSourceRequest] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  // A notice is about the claim selected when it was given (or the claim it selected, as "Claim #5
  // created"), and shows only while that one is.
  const [notice, setNoticeFor] = useState<{ text: string; claimId: string | null } | null>(null);
  const setNotice = (text: string, claimId = selectedId) => setNoticeFor({ text, claimId });
  // A pending shortcut belongs to the claim it was pressed on, not the next one, however the
  // selection changed (a click, a link, back or forward). So does a notice: once another claim is
  // selected it is over, and coming back to its claim does not show it again.
  const [requestsFor, setRequestsFor] = useState(selectedId);
  if (requestsFor !== selectedId) {
    setRequestsFor(selectedId);
    setVerdictRequest(null);
    setSourceRequest(0);
    if (notice && notice.claimId !== selectedId) setNoticeFor(null);
  }
  const [editingArticle, setEditingArticle] = useState(false);
  const [revisionSummary, setRevisionSummary] = useState<string | null>(null);
  const [mergeIds, setMergeIds] = useState<ReadonlySet<string>>(new Set());
  const bodyRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // Focus to follow a notice or the article editor that closed with the button pressed in it.
  const [panelPaneRef, focusPanelPane] = useFocusLater<HTMLDivElement>();
  const [editButtonRef, focusEditButton] = useFocusLater<HTMLButtonElement>();

  const all = useMemo(() => claims.data ?? [], [claims.data]);
  const visible = useMemo(() => filterAndSortClaims(all, filters, me.id), [all, filters, me.id]);
  const spans = useMemo<HighlightSpan[]>(
    () =>
      all.map((c) => ({
        id: c.id,
        start: c.start,
        end: c.end,
        number: c.number,
        verdict: c.verdict,
        dismissed: c.dismissed,
      })),
    [all],
  );
  const selected = all.find((c) => c.id === selectedId) ?? null;
  // The selected claim as last seen, so that when it disappears (merged into another by someone
  // else) the panel can say so and keep what the reviewer had typed, instead of going blank.
  const [lastSelected, setLastSelected] = useState<Claim | null>(null);
  if (selected && selected !== lastSelected) setLastSelected(selected);
  const vanished = !selected && claims.isSuccess && lastSelected?.id === selectedId ? lastSelected : null;
  const unknown = selectedId !== null && !selected && !vanished && claims.isSuccess;
  // Claims that vanished (merged away by someone else) drop out of the choice on their own.
  const chosenForMerge = useMemo(() => all.filter((c) => mergeIds.has(c.id)), [all, mergeIds]);
  const toggleMerge = useCallback(
    (id: string) =>
      setMergeIds((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  // Selecting anywhere brings the claim into view in the article too; so does opening the article
  // on a claim (?claim=), once its claims have arrived.
  const loaded = all.length > 0;
  useEffect(() => {
    if (!selectedId || !loaded) return;
    // In one column (phones, 200% zoom) the panel sits below the whole article and the list, out
    // of sight: bring the chosen claim's panel into view instead.
    if (window.matchMedia?.(ONE_COLUMN).matches) {
      panelRef.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
      return;
    }
    const mark = bodyRef.current?.querySelector(`mark[data-start-of~="${CSS.escape(selectedId)}"]`);
    if (mark && typeof mark.scrollIntoView === "function")
      mark.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selectedId, loaded]);

  useReviewShortcuts({
    move: (delta) => {
      if (visible.length === 0) return;
      const at = visible.findIndex((c) => c.id === selectedId);
      const next =
        at < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + delta));
      select(visible[next]!.id);
    },
    verdict: (verdict) => {
      if (!selected) return setNotice("Select a claim first (j/k or click one).");
      if (canVerdict) setVerdictRequest((r) => ({ verdict, n: (r?.n ?? 0) + 1 }));
    },
    addSource: () => (selected ? setSourceRequest((n) => n + 1) : setNotice("Select a claim first.")),
    focusNote: () => (selected ? noteRef.current?.focus() : setNotice("Select a claim first.")),
    createFromSelection: () => {
      if (!canCreate || !bodyRef.current) return;
      const span = selectionOffsets(bodyRef.current, window.getSelection());
      if (!span) return setNotice("Select some words in the article, then press c to make them a claim.");
      createClaim.mutate(
        { articleId, ...span },
        {
          onSuccess: (claim) => {
            window.getSelection()?.removeAllRanges();
            select(claim.id);
            setNotice(`Claim #${claim.number} created from your selection.`, claim.id);
          },
          onError: (e) => setNotice(`Could not create the claim: ${describeError(e)}`),
        },
      );
    },
    toggleHelp: () => setHelpOpen((o) => !o),
  });

  if (article.isPending || claims.isPending) return <Loading what="the article" />;
  if (article.isError || claims.isError)
    return (
      <main id="main" className="page">
        <ErrorMessage error={article.error ?? claims.error} />
        <Link to="/articles">Back to articles</Link>
      </main>
    );

  const a = article.data;
  return (
    <main id="main" className="review">
      <header className="review-header">
        <div>
          <h1>{a.title}</h1>
          <p className="muted">
            {/* Missing details are left out with their separators, so no line starts with "·". */}
            {[
              a.outlet,
              a.author,
              a.publishedOn,
              `${a.progress.reviewed} of ${a.progress.claims - a.progress.dismissed} claims reviewed`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <div className="review-tools">
          <LiveIndicator
            changes={live.othersChanges}
            connected={live.connected}
            lost={live.lost}
            onDismiss={live.acknowledge}
          />
          {toolbar}
          {canEditArticle && !editingArticle ? (
            <button
              type="button"
              ref={editButtonRef}
              onClick={() => (setEditingArticle(true), setRevisionSummary(null))}
            >
              Edit article
            </button>
          ) : null}
          <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            Shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </header>
      <p className="notice" role="status">
        {notice && notice.claimId === selectedId ? notice.text : ""}
      </p>
      {revisionSummary ? (
        <div className="revision-summary" role="status">
          <p>{revisionSummary}</p>
          <button type="button" onClick={() => setRevisionSummary(null)}>
            Dismiss<span className="visually-hidden"> summary</span>
          </button>
        </div>
      ) : null}
      <div className="review-grid">
        <section className="article-pane" aria-labelledby="article-text-heading">
          <h2 id="article-text-heading" className="visually-hidden">
            Article text
          </h2>
          {editingArticle ? (
            <ArticleEditor
              article={a}
              onDone={(summary) => {
                setEditingArticle(false);
                setRevisionSummary(summary);
                focusEditButton();
              }}
            />
          ) : (
            <>
              {canCreate ? (
                <p className="muted hint">Select words and press c to add a claim the extractor missed.</p>
              ) : null}
              <HighlightedText ref={bodyRef} body={a.body} spans={spans} selectedId={selectedId} onSelect={select} />
            </>
          )}
        </section>
        <ClaimList
          claims={visible}
          total={all.length}
          selectedId={selectedId}
          onSelect={select}
          filters={filters}
          onFiltersChange={setFilters}
          users={users.data ?? []}
          mergeIds={mergeIds}
          onToggleMerge={canRestructure ? toggleMerge : undefined}
        >
          <MergeBar
            articleId={articleId}
            chosen={chosenForMerge}
            onClear={() => setMergeIds(new Set())}
            onMerged={(merged) => {
              setMergeIds(new Set());
              select(merged.id);
              setNotice(`Merged into claim #${merged.number}.`, merged.id);
            }}
          />
        </ClaimList>
        <div className="panel-pane" ref={panelRef}>
          {/* Focused, not tabbable: where the keyboard goes on when a notice below closes. Its focus
              ring is the global :focus-visible one, like the approval tag's. */}
          <div ref={panelPaneRef} tabIndex={-1}>
            {vanished ? (
              <VanishedClaimNotice
                gone={vanished}
                claims={all}
                onOpen={(id) => (select(id), focusPanelPane())}
                onDiscard={() => (select(null), focusPanelPane())}
              />
            ) : unknown ? (
              <UnknownClaimNotice onClose={() => (select(null), focusPanelPane())} />
            ) : selected ? (
              <ClaimPanel
                key={selected.id}
                ref={noteRef}
                claim={selected}
                users={users.data ?? []}
                verdictRequest={verdictRequest}
                sourceRequest={sourceRequest}
              />
            ) : (
              <p className="state-empty">Select a claim in the text or the list (j/k) to review it.</p>
            )}
          </div>
        </div>
      </div>
      {helpOpen ? <ShortcutsOverlay onClose={() => setHelpOpen(false)} /> : null}
    </main>
  );
}
