import { ErrorMessage } from "../../../components/status.tsx";
import { plural } from "../../../lib/format.ts";
import { useAuditVerification } from "../api/verify-audit.ts";

/** Admins can check that no audit event was altered or removed: each event hashes the one before. */
export function VerifyChain() {
  const check = useAuditVerification();
  const result = check.data;
  return (
    <section className="verify-chain" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Integrity</h2>
      <p className="muted">Every event carries a hash of the one before it; a change anywhere breaks the chain.</p>
      <button type="button" onClick={() => void check.refetch()} disabled={check.isFetching}>
        {check.isFetching ? "Verifying…" : "Verify audit chain"}
      </button>
      <div role="status" className="verify-result">
        {result && !check.isFetching ? (
          result.ok ? (
            <p className="ok">Chain intact: {plural(result.checked, "event")} checked.</p>
          ) : (
            <p className="broken">
              Chain broken after checking {plural(result.checked, "event")}
              {result.firstBroken
                ? `: the first broken link is event #${result.firstBroken.seq} (${result.firstBroken.reason}).`
                : "."}
            </p>
          )
        ) : null}
      </div>
      <ErrorMessage error={check.error} />
    </section>
  );
}
