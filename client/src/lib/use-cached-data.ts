// Reads what another screen's query already holds, and follows its updates, without registering
// options for that query. An observer with no queryFn (or skipToken) would become the query's
// options, and a refetch started by a colleague's live change then failed with "Missing queryFn".
import { useCallback, useSyncExternalStore } from "react";
import { hashKey, useQueryClient, type QueryKey } from "@tanstack/react-query";

export function useCachedData<T>(queryKey: QueryKey): T | undefined {
  const client = useQueryClient();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (onChange: () => void) =>
      client.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) onChange();
      }),
    [client, hash],
  );
  // getQueryData keeps the same reference until the data changes: a stable snapshot.
  return useSyncExternalStore(subscribe, () => client.getQueryData<T>(queryKey));
}
