import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { userSchema, type Role } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

const usersSchema = z.object({ items: z.array(userSchema) });

export async function getUsers(signal?: AbortSignal) {
  return (await apiRequest("/api/users", { schema: usersSchema, signal })).items;
}
export const usersQueryOptions = queryOptions({ queryKey: queryKeys.users, queryFn: ({ signal }) => getUsers(signal) });
export function useUsers() {
  return useQuery(usersQueryOptions);
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}
export function createUser(input: NewUser) {
  return apiRequest("/api/users", { method: "POST", body: input, schema: userSchema });
}
export function updateUser(input: {
  id: string;
  version: number;
  role?: Role;
  disabled?: boolean;
  name?: string;
  password?: string;
}) {
  const { id, ...body } = input;
  return apiRequest(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body, schema: userSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}
