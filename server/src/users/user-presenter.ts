// Shapes user rows for the API (userSchema) and for the audit log; neither ever carries the password hash.
import type { User } from "@claimdesk/shared";
import type { Prisma } from "../db/generated/client.ts";

export function presentUser(row: Prisma.UserGetPayload<object>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The audit record of a user: never the password hash. */
export function userSnapshot(row: Prisma.UserGetPayload<object>) {
  const { passwordHash: _secret, ...rest } = row;
  return { ...rest, disabled: row.disabledAt !== null };
}
