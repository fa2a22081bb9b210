import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { Empty, ErrorMessage, Loading } from "../../../components/status.tsx";
import { formatDuration } from "../../../lib/format.ts";
import { useCan } from "../../../lib/session.ts";
import { useAudit, type AuditFilters } from "../api/get-audit.ts";
import { usePeople } from "../api/get-people.ts";
import { ActionFilter } from "./action-filter.tsx";
import { AuditEventItem } from "./audit-event-item.tsx";
import { readerTimeZone } from "./event-time.ts";
import { ScopeFilter } from "./scope-filter.tsx";
import { summariseReviewers } from "./reviewer-summaries.ts";
import { VerifyChain } from "./verify-chain.tsx";

function toIso(localDate: string, endOfDay: boolean): string | undefined {
  if (!localDate) return undefined;
  const date = new Date(`${localDate}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}`);
  // A date field accepts years of five or six digits while they are typed ("20261-01-01"), which
  // Date cannot read; toISOString then threw and took the whole page down. Such a date filters nothing.
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function AuditPage() {
  const [actorId, setActorId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  // The article, claim and action come from the address, so "who changed this claim" or "every
  // verdict change" can be linked to and shared: /audit?claimId=…, ?articleId=…, ?action=claim.verdict.
  const [params, setParams] = useSearchParams();
  const articleId = params.get("articleId") || undefined;
  const claimId = params.get("claimId") || undefined;
  const action = params.get("action") || undefined;
  const filters: AuditFilters = {
    articleId,
    claimId,
    action,
    actorId: actorId || undefined,
    from: toIso(from, false),
    to: toIso(to, true),
  };
  const audit = useAudit(filters);
  const events = useMemo(() => audit.data?.pages.flatMap((p) => p.items) ?? [], [audit.data]);
  const summaries = useMemo(() => summariseReviewers(events), [events]);
  const people = usePeople();
  const canVerify = useCan("verify:audit");
  // Everyone with an account, plus anyone seen in the events (a deleted account, say), by name.
  const actors = useMemo(() => {
    const m = new Map<string, string>();
    for (const u of people.data ?? []) m.set(u.id, u.name);
    for (const e of events) if (e.actor && !m.has(e.actor.id)) m.set(e.actor.id, e.actor.name);
    return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [people.data, events]);

  // An id in a change (assigneeId) reads as the person's name when it is someone's.
  const names = useMemo(() => new Map(actors), [actors]);
  const nameOf = (value: string) => names.get(value);
  const zone = readerTimeZone();
  const narrow = (key: "articleId" | "claimId" | "action", value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <main id="main" className="page audit-page">
      <h1>Audit</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <ActionFilter value={action ?? ""} onChange={(value) => narrow("action", value || null)} />
        <label>
          Person
          <select value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">Everyone</option>
            {actors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From ({zone})
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To ({zone}, whole day)
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <a
          className="button"
          href={`/api/audit.csv?${new URLSearchParams(Object.entries(filters).filter((kv): kv is [string, string] => !!kv[1])).toString()}`}
          download
        >
          Download CSV
        </a>
      </form>

      <ScopeFilter articleId={articleId} claimId={claimId} onClear={(key) => narrow(key, null)} />

      {canVerify ? <VerifyChain /> : null}

      <section aria-labelledby="summaries-heading">
        <h2 id="summaries-heading">Reviewers</h2>
        <p className="muted">Computed from the {events.length} events loaded below; load more to widen the period.</p>
        {summaries.length === 0 && audit.isSuccess ? <Empty>No activity in this period.</Empty> : null}
        {summaries.length ? (
          <table className="summaries">
            <thead>
              <tr>
                <th scope="col">Reviewer</th>
                <th scope="col">Claims reviewed</th>
                <th scope="col">Verdict changes</th>
                <th scope="col">Median time to verdict</th>
                <th scope="col">All actions</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.actorId}>
                  <th scope="row">{s.name}</th>
                  <td data-label="Claims reviewed">{s.claimsReviewed}</td>
                  <td data-label="Verdict changes">{s.verdictChanges}</td>
                  <td data-label="Median time to verdict">
                    {s.medianTimeToVerdictMs === null ? "—" : formatDuration(s.medianTimeToVerdictMs)}
                  </td>
                  <td data-label="All actions">{s.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section aria-labelledby="feed-heading">
        <h2 id="feed-heading">Activity</h2>
        {audit.isPending ? <Loading what="the audit log" /> : null}
        <ErrorMessage error={audit.error} />
        {audit.isSuccess && events.length === 0 ? <Empty>No events match these filters.</Empty> : null}
        <ol className="audit-feed">
          {events.map((e) => (
            <AuditEventItem key={e.seq} event={e} nameOf={nameOf} onlyClaim={(id) => narrow("claimId", id)} />
          ))}
        </ol>
        {audit.hasNextPage ? (
          <button type="button" onClick={() => void audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
            {audit.isFetchingNextPage ? "Loading…" : "Load older events"}
          </button>
        ) : null}
      </section>
    </main>
  );
}
