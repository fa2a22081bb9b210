// The selected claim is the one named in the address (?claim=<id>), and nowhere else: a link from
// "Checked before" or the audit log, a reload, back and forward, and signing in again after a
// session expired all land on the claim the address names, with no second copy to fall out of step.
import { useCallback } from "react";
import { useSearchParams } from "react-router";

export function useClaimAddress(): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("claim") || null;
  const select = useCallback(
    (id: string | null) =>
      setParams(
        (next) => {
          if (id) next.set("claim", id);
          else next.delete("claim");
          return next;
        },
        // Moving through claims (a click, j/k) replaces the entry, so back leaves the article
        // rather than replaying every claim looked at; links to a claim push one, so back returns
        // from a followed link.
        { replace: true },
      ),
    [setParams],
  );
  return [selectedId, select];
}
