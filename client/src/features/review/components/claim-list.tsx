import { useEffect, useRef, type ReactNode } from "react";
import { claimKindSchema, verdictLabel, verdicts, type Claim, type User } from "@claimdesk/shared";
import { VerdictBadge } from "../../../components/verdict-badge.tsx";
import { VirtualList, type VirtualListHandle } from "../../../components/virtual-list.tsx";
import { AnchorBadges } from "./anchor-badges.tsx";
import { DISPUTED_EXPLANATION, FLAG_LABELS, FLAG_OPTIONS, KIND_LABELS, type ClaimFilters } from "./claim-filters.ts";

interface Props {
  claims: Claim[];
  total: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  filters: ClaimFilters;
  onFiltersChange: (f: ClaimFilters) => void;
  users: User[];
  /** Claims ticked for merging; the toggle is absent for roles that cannot merge. */
  mergeIds: ReadonlySet<string>;
  onToggleMerge?: ((id: string) => void) | undefined;
  /** Shown between the filters and the list (the merge bar). */
  children?: ReactNode;
}

const ROW_HEIGHT = 76;

export const claimOptionId = (id: string) => `claim-option-${id}`;

export function ClaimList({
  claims,
  total,
  selectedId,
  onSelect,
  filters,
  onFiltersChange,
  users,
  mergeIds,
  onToggleMerge,
  children,
}: Props) {
  const list = useRef<VirtualListHandle>(null);
  const selectedIndex = selectedId ? claims.findIndex((c) => c.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) list.current?.scrollToIndex(selectedIndex);
  }, [selectedIndex]);

  const set = (patch: Partial<ClaimFilters>) => onFiltersChange({ ...filters, ...patch });
  return (
    <section className="claim-list" aria-labelledby="claim-list-heading">
      <h2 id="claim-list-heading">
        Claims <span className="muted">({claims.length === total ? total : `${claims.length} of ${total}`})</span>
      </h2>
      <div className="claim-filters">
        <label className="claim-search">
          Search claims
          <input
            type="search"
            value={filters.query}
            onChange={(e) => set({ query: e.target.value })}
            placeholder="Words, claimant or #number"
          />
        </label>
        <label>
          Sort
          <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as ClaimFilters["sort"] })}>
            <option value="position">By position</option>
            <option value="checkworthy">By check-worthiness</option>
          </select>
        </label>
        <label>
          Kind
          <select value={filters.kind} onChange={(e) => set({ kind: e.target.value as ClaimFilters["kind"] })}>
            <option value="">Any kind</option>
            {claimKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={filters.verdict} onChange={(e) => set({ verdict: e.target.value as ClaimFilters["verdict"] })}>
            <option value="">Any verdict</option>
            <option value="none">{verdictLabel(null)}</option>
            {verdicts.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={filters.assignee} onChange={(e) => set({ assignee: e.target.value })}>
            <option value="">Anyone</option>
            <option value="me">Mine</option>
            <option value="none">Unassigned</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Flag
          <select value={filters.flag} onChange={(e) => set({ flag: e.target.value as ClaimFilters["flag"] })}>
            <option value="">Any flag</option>
            {FLAG_OPTIONS.map((f) => (
              <option key={f} value={f}>
                {FLAG_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.showDismissed}
            onChange={(e) => set({ showDismissed: e.target.checked })}
          />
          Show dismissed
        </label>
      </div>
      {onToggleMerge ? <p className="muted hint">Tick claims (or shift-click them) to merge them.</p> : null}
      {children}
      {claims.length === 0 ? (
        <p className="state-empty">No claims match these filters.</p>
      ) : (
        <VirtualList
          handle={list}
          items={claims}
          rowHeight={ROW_HEIGHT}
          getKey={(c) => c.id}
          label="Claims"
          activeId={selectedId && selectedIndex >= 0 ? claimOptionId(selectedId) : undefined}
          onKeyDown={(e) => {
            // The usual listbox keys, for people who tab into the list rather than use j/k.
            const moves: Record<string, number> = {
              ArrowDown: selectedIndex + 1,
              ArrowUp: selectedIndex - 1,
              Home: 0,
              End: claims.length - 1,
            };
            const to = moves[e.key];
            if (to === undefined) return;
            e.preventDefault();
            const next = claims[Math.max(0, Math.min(claims.length - 1, to))];
            if (next) onSelect(next.id);
          }}
          renderRow={(c, i) => (
            <div
              id={claimOptionId(c.id)}
              role="option"
              aria-selected={c.id === selectedId}
              aria-posinset={i + 1}
              aria-setsize={claims.length}
              className={`claim-row${c.id === selectedId ? " selected" : ""}${c.dismissed ? " dismissed" : ""}`}
              onClick={(e) => (e.shiftKey && onToggleMerge ? onToggleMerge(c.id) : onSelect(c.id))}
            >
              <div className="claim-row-top">
                {onToggleMerge ? (
                  <input
                    type="checkbox"
                    aria-label={`Choose claim #${c.number} for merging`}
                    checked={mergeIds.has(c.id)}
                    onChange={() => onToggleMerge(c.id)}
                    onClick={(e) => e.stopPropagation()}
                  />
                ) : null}
                <span className="claim-number">#{c.number}</span>
                <VerdictBadge verdict={c.verdict} />
                {c.details.flags.includes("disputed") ? (
                  // Short on screen (rows are one clipped line), hovered for the whole sentence; a
                  // screen reader reads the hidden wording once.
                  <>
                    <span className="tag flag-disputed" title={DISPUTED_EXPLANATION} aria-hidden="true">
                      Disputed
                    </span>
                    <span className="visually-hidden">
                      {FLAG_LABELS.disputed}: {DISPUTED_EXPLANATION}
                    </span>
                  </>
                ) : null}
                {c.dismissed ? <span className="tag">Dismissed</span> : null}
                {c.reviewState === "approved" ? <span className="tag">Approved</span> : null}
                <AnchorBadges claim={c} />
                <span className="muted score" title="Check-worthiness">
                  {Math.round(c.scores.checkworthy * 100)}%
                </span>
              </div>
              <div className="claim-row-text">{c.text}</div>
            </div>
          )}
        />
      )}
    </section>
  );
}
