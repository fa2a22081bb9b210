import { claimantLabel, dateLabel, quantityLabel, type Claim } from "@claimdesk/shared";
import { ANCHOR_EXPLANATIONS } from "./anchor-badges.tsx";
import { FLAG_LABELS, KIND_LABELS } from "./claim-filters.ts";

/** What the claim says and why the extractor thought it worth checking. */
export function ClaimDetails({ claim }: { claim: Claim }) {
  const d = claim.details;
  const reasons = [...d.reasons.checkworthy].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect)).slice(0, 6);
  return (
    <div className="claim-details">
      <blockquote className="claim-wording plain-text">{claim.text}</blockquote>
      <dl>
        <dt>Kind</dt>
        <dd>
          {KIND_LABELS[claim.kind]}
          {d.alsoKinds.length ? ` (also ${d.alsoKinds.map((k) => KIND_LABELS[k].toLowerCase()).join(", ")})` : ""}
        </dd>
        <dt>Claimant</dt>
        <dd>
          {/* The extractor's claimant (with its title and outlet) while a reviewer has not renamed it. */}
          {d.claimant && d.claimant.name === claim.claimant
            ? claimantLabel(d.claimant)
            : (claim.claimant ?? "Not identified")}
        </dd>
        <dt>Check-worthiness</dt>
        <dd>
          {Math.round(claim.scores.checkworthy * 100)}% (factual {Math.round(claim.scores.factual * 100)}%)
        </dd>
        {d.quantities.length ? (
          <>
            <dt>Quantities</dt>
            <dd>{d.quantities.map((q) => quantityLabel(q)).join("; ")}</dd>
          </>
        ) : null}
        {d.dates.length ? (
          <>
            <dt>Dates</dt>
            <dd>{d.dates.map(dateLabel).join("; ")}</dd>
          </>
        ) : null}
        {d.flags.length ? (
          <>
            <dt>Flags</dt>
            <dd>
              {d.flags.map((f) => FLAG_LABELS[f] ?? f).join(", ")}
              {d.loadedTerms.length ? ` (${d.loadedTerms.join(", ")})` : ""}
            </dd>
          </>
        ) : null}
        {claim.anchorStatus !== "anchored" ? (
          <>
            <dt>Position</dt>
            <dd>{ANCHOR_EXPLANATIONS[claim.anchorStatus]}</dd>
          </>
        ) : null}
      </dl>
      {reasons.length ? (
        <details className="reasons">
          <summary>Why it scored {Math.round(claim.scores.checkworthy * 100)}%</summary>
          <ul>
            {reasons.map((r) => (
              <li key={r.feature}>
                <span className={r.effect >= 0 ? "effect-up" : "effect-down"}>
                  {r.effect >= 0 ? "▲ raises" : "▼ lowers"} ({r.effect.toFixed(2)})
                </span>{" "}
                {r.note}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
