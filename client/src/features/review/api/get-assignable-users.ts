import { queryOptions, useQuery } from "@tanstack/react-query";
import { userSchema } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const usersSchema = z.object({ items: z.array(userSchema) });

/** Everyone who can be given a claim; shares its cache with the users screen. */
export async function getAssignableUsers(signal?: AbortSignal) {
  return (await apiRequest("/api/users", { schema: usersSchema, signal })).items;
}

export const assignableUsersQueryOptions = queryOptions({
  queryKey: queryKeys.users,
  queryFn: ({ signal }) => getAssignableUsers(signal),
  staleTime: 60_000,
});

export function useAssignableUsers() {
  return useQuery(assignableUsersQueryOptions);
}
