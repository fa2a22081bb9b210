// An admin's change to an account: name, role, disabled, password. Checks the version the admin
// saw, never leaves the desk without an active admin, and signs a disabled user out everywhere.
import type { Role } from "@claimdesk/shared";
import { recordAuditEvent, type AuditActor, type Tx } from "../audit/record-audit-event.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Prisma, User as UserRow } from "../db/generated/client.ts";
import { AppError, notFound, versionConflict } from "../http/app-error.ts";
import type { LiveEvents } from "../live/live-events.ts";
import { presentUser, userSnapshot } from "./user-presenter.ts";

export interface UserChange {
  version: number;
  name?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

export interface UpdateContext {
  /** The session making the change: kept when admins reset their own password, so they stay signed in. */
  keepSessionId?: string | null;
  /** Ends the account's live streams along with its sessions. */
  live: Pick<LiveEvents, "endStreams">;
}

export async function updateUser(
  tx: Tx,
  actor: AuditActor,
  id: string,
  change: UserChange,
  context: UpdateContext,
): Promise<UserRow> {
  const before = await tx.user.findUnique({ where: { id } });
  if (!before) throw notFound("user", id);
  if (before.version !== change.version) throw versionConflict("user", presentUser(before));

  const data: Prisma.UserUpdateManyMutationInput = {};
  if (change.name !== undefined && change.name.trim() !== before.name) data.name = change.name.trim();
  if (change.role !== undefined && change.role !== before.role) data.role = change.role;
  if (change.disabled !== undefined && change.disabled !== (before.disabledAt !== null)) {
    data.disabledAt = change.disabled ? new Date() : null;
  }
  if (change.password !== undefined) data.passwordHash = await hashPassword(change.password);
  // Nothing to change: answer with the account as it is, without a new version or audit event.
  if (Object.keys(data).length === 0) return before;

  const wasActiveAdmin = before.role === "admin" && before.disabledAt === null;
  const staysActiveAdmin =
    (data.role ?? before.role) === "admin" &&
    (data.disabledAt === undefined ? before.disabledAt === null : data.disabledAt === null);
  if (wasActiveAdmin && !staysActiveAdmin) await ensureAnotherActiveAdmin(tx, before);

  // The version in the WHERE makes check and write one step: a concurrent change that committed
  // first leaves nothing to update here.
  const { count } = await tx.user.updateMany({
    where: { id, version: change.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.user.findUnique({ where: { id } });
    if (!current) throw notFound("user", id);
    throw versionConflict("user", presentUser(current));
  }
  const after = (await tx.user.findUnique({ where: { id } }))!;

  // A disabled account must stop working now, not when its sessions expire. A new password also
  // ends the account's other sessions: a reset is often done because the old one leaked.
  if (data.disabledAt) await tx.session.deleteMany({ where: { userId: id } });
  else if (data.passwordHash) {
    await tx.session.deleteMany({
      where: { userId: id, ...(context.keepSessionId ? { id: { not: context.keepSessionId } } : {}) },
    });
  }
  // Their live streams end with them, on every instance, once this commits; after a role change
  // all the account's streams end, to reconnect under the new role.
  if (data.disabledAt || data.role) await context.live.endStreams(tx, { userId: id });
  else if (data.passwordHash) {
    await context.live.endStreams(tx, { userId: id, exceptSessionId: context.keepSessionId });
  }

  await recordAuditEvent(tx, actor, {
    action: "user.update",
    entityType: "user",
    entityId: id,
    before: userSnapshot(before),
    after: { ...userSnapshot(after), ...(data.passwordHash ? { passwordChanged: true } : {}) },
  });
  return after;
}

/**
 * Refuses to demote or disable the last active admin: nobody could manage accounts afterwards.
 * Every active admin's row is locked, always in id order so two such changes cannot deadlock:
 * of two admins demoting themselves at once, the second sees the first already gone and is refused.
 */
async function ensureAnotherActiveAdmin(tx: Tx, target: UserRow): Promise<void> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id !== target.id)) return;
  throw new AppError(
    "conflict",
    `${target.name} is the last active admin, so this account cannot be disabled or given another role. ` +
      `Make another user an admin first.`,
  );
}
