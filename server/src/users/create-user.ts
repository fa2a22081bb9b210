// Creating an account, the one way it is done: by the admin API, by `npm run user:create`, and by
// the first-run bootstrap. Runs inside the caller's transaction so the account and its audit
// event commit together.
import type { Role } from "@claimdesk/shared";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { User as UserRow } from "../db/generated/client.ts";
import { AppError } from "../http/app-error.ts";
import { userSnapshot } from "./user-presenter.ts";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** In clear; only its argon2id hash is stored. */
  password: string;
}

/** Emails compare without case, so "Ana@Example.org" and "ana@example.org" are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailTaken = (email: string) =>
  new AppError(
    "conflict",
    `There is already an account with the email ${email}. Use another email, or edit that account.`,
  );

export async function createUser(tx: Tx, actor: AuditActor, input: NewUser): Promise<UserRow> {
  const email = normaliseEmail(input.email);
  // Checked first so the usual case is a clear 409 rather than a failed statement; the unique
  // index still decides a race between two creations of the same email.
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken(email);
  const passwordHash = await hashPassword(input.password);
  let user: UserRow;
  try {
    user = await tx.user.create({ data: { email, name: input.name.trim(), role: input.role, passwordHash } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw emailTaken(email);
    throw error;
  }
  await recordAuditEvent(tx, actor, {
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    before: null,
    after: userSnapshot(user),
  });
  return user;
}
