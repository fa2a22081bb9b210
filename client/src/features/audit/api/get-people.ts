import { queryOptions, useQuery } from "@tanstack/react-query";
import { userSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const usersSchema = z.object({ items: z.array(userSchema) });

/** Everyone with an account, for the "Person" filter; same key and shape as the other user lists. */
export async function getPeople(signal?: AbortSignal) {
  return (await apiRequest("/api/users", { schema: usersSchema, signal })).items;
}

export const peopleQueryOptions = queryOptions({
  queryKey: queryKeys.users,
  queryFn: ({ signal }) => getPeople(signal),
  staleTime: 60_000,
});

export function usePeople() {
  return useQuery(peopleQueryOptions);
}
