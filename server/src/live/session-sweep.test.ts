// The once-a-minute fallback: a session that ends outside the server's routes (deleted by SQL
// here) ends its streams at the next check, read in one query for all of them.
import { afterAll, beforeAll, expect, it } from "vitest";
import pino from "pino";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { OpenStreams } from "./open-streams.ts";
import { sweepStreamSessions } from "./session-sweep.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

it("ends the streams whose session is gone and keeps the others", async () => {
  const user = await db.prisma.user.create({
    data: { email: "sweep@example.org", name: "Sweep", passwordHash: "unused" },
  });
  const expiresAt = new Date(Date.now() + 3_600_000);
  for (const id of ["kept", "deleted"]) {
    await db.prisma.session.create({ data: { id, userId: user.id, csrfToken: "t", expiresAt } });
  }
  const streams = new OpenStreams();
  const ended: string[] = [];
  for (const sessionId of ["kept", "deleted", "deleted"]) {
    streams.add({ sessionId, userId: user.id }, () => ended.push(sessionId));
  }
  const sweep = sweepStreamSessions(db.pool, streams, pino({ level: "silent" }), 50);
  try {
    await db.prisma.session.delete({ where: { id: "deleted" } });
    for (let i = 0; i < 100 && ended.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 150));
    expect(ended).toEqual(["deleted", "deleted"]);
    expect(streams.sessionIds()).toEqual(["kept"]);
  } finally {
    sweep.stop();
  }
});
