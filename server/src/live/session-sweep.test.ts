// The once-a-minute fallback: a session that ends, or an account whose role changes, outside the
// server's routes or with its notice lost (changed by SQL here, so no notice is sent) ends its
// streams at the next check, read in one query for all of them.
import { afterAll, beforeAll, expect, it } from "vitest";
import pino from "pino";
import type { Role } from "@claimdesk/shared";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { OpenStreams } from "./open-streams.ts";
import { sweepStreamSessions } from "./session-sweep.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

async function userWithSessions(email: string, role: Role, sessionIds: string[]) {
  const user = await db.prisma.user.create({ data: { email, name: email, role, passwordHash: "unused" } });
  const expiresAt = new Date(Date.now() + 3_600_000);
  for (const id of sessionIds) {
    await db.prisma.session.create({ data: { id, userId: user.id, csrfToken: "t", expiresAt } });
  }
  return user;
}

/** Sweeps every 50 ms until `ended` holds `count` entries, then once more to catch any extra. */
async function sweepUntil(streams: OpenStreams, ended: string[], count: number): Promise<void> {
  const sweep = sweepStreamSessions(db.pool, streams, pino({ level: "silent" }), 50);
  try {
    for (let i = 0; i < 100 && ended.length < count; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 150));
  } finally {
    sweep.stop();
  }
}

const openSessions = (streams: OpenStreams) => [...new Set(streams.snapshot().map((s) => s.sessionId))];

it("ends the streams whose session is gone and keeps the others", async () => {
  const user = await userWithSessions("sweep@example.org", "reviewer", ["kept", "deleted"]);
  const streams = new OpenStreams();
  const ended: string[] = [];
  for (const sessionId of ["kept", "deleted", "deleted"]) {
    streams.add({ sessionId, userId: user.id, role: "reviewer" }, () => ended.push(sessionId));
  }
  await db.prisma.session.delete({ where: { id: "deleted" } });
  await sweepUntil(streams, ended, 2);
  expect(ended).toEqual(["deleted", "deleted"]);
  expect(openSessions(streams)).toEqual(["kept"]);
});

// The session stays valid after a role change, so a lost notice left the stream opened under the
// old role open until the session expired: a demoted editor went on seeing what editors see.
it("ends the streams of an account whose role changed without the notice arriving, and keeps the others", async () => {
  const demoted = await userWithSessions("demoted@example.org", "editor", ["demoted-1", "demoted-2"]);
  const unchanged = await userWithSessions("unchanged@example.org", "editor", ["unchanged"]);
  const streams = new OpenStreams();
  const ended: string[] = [];
  for (const [sessionId, userId] of [
    ["demoted-1", demoted.id],
    ["demoted-2", demoted.id],
    ["unchanged", unchanged.id],
  ] as const) {
    streams.add({ sessionId, userId, role: "editor" }, () => ended.push(sessionId));
  }
  // What the admin route writes, without the route and so without its notice (endStreams).
  await db.prisma.user.update({ where: { id: demoted.id }, data: { role: "reviewer", version: { increment: 1 } } });
  // A stream the demoted account opens again after reconnecting is under its new role: kept.
  streams.add({ sessionId: "demoted-1", userId: demoted.id, role: "reviewer" }, () => ended.push("reopened"));

  await sweepUntil(streams, ended, 2);
  expect(ended.sort()).toEqual(["demoted-1", "demoted-2"]);
  expect(streams.snapshot().map((s) => [s.sessionId, s.role])).toEqual([
    ["unchanged", "editor"],
    ["demoted-1", "reviewer"],
  ]);
});
