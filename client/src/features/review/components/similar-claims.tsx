import { Link } from "react-router";
import type { SimilarClaim } from "@claimdesk/shared";
import { VerdictBadge } from "../../../components/verdict-badge.tsx";
import { useSimilarClaims } from "../api/get-similar-claims.ts";

/**
 * Claims from other articles that already have a verdict and say much the same: the reviewer can
 * reuse that check (its sources are one click away) or knowingly differ. Shown only when there are
 * some, so a new claim's panel stays quiet; a failed lookup is not worth an error box here.
 */
export function SimilarClaims({ claimId }: { claimId: string }) {
  const similar = useSimilarClaims(claimId);
  const items = similar.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="similar-claims" aria-labelledby="similar-claims-heading">
      <h3 id="similar-claims-heading">Checked before ({items.length})</h3>
      <ul>
        {items.map((s) => (
          <SimilarClaimItem key={s.id} claim={s} />
        ))}
      </ul>
    </section>
  );
}

function SimilarClaimItem({ claim }: { claim: SimilarClaim }) {
  return (
    <li>
      <VerdictBadge verdict={claim.verdict} />{" "}
      <Link to={`/articles/${claim.articleId}?claim=${claim.id}`}>{claim.text}</Link>
      <div className="muted">
        in “{claim.articleTitle}” · shares {claim.sharedWords} key words ({Math.round(claim.similarity * 100)}%)
      </div>
    </li>
  );
}
