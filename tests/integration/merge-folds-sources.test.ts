// Merging claims that cite one address leaves one live source at it on the merged claim: the one
// the surviving claim had (else the oldest), each other one removed with its own audit event that
// names the source it was folded into, in the merge's transaction (decision 190). What a folded
// source said that the kept one does not becomes a note. Runs on both databases.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Claim, ClaimWithThread, Source } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";
import { importedClaims } from "../support/imported-claims.ts";

// Fails the merge at its last audit event, after the fold, to show the fold rolls back with it.
const failMergeEvent = vi.hoisted(() => ({ on: false }));
vi.mock("../../server/src/audit/record-audit-event.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/src/audit/record-audit-event.ts")>();
  return {
    ...original,
    recordAuditEvent: (...args: Parameters<typeof original.recordAuditEvent>) => {
      if (failMergeEvent.on && args[2].action === "claim.merge") throw new Error("the merge's audit event failed");
      return original.recordAuditEvent(...args);
    },
  };
});

let server: TestServer;
let editor: TestClient;
let rita: TestClient;
let sam: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  rita = await server.login("reviewer", "Rita Reviewer");
  sam = await server.login("reviewer", "Sam Second");
});
afterAll(() => server?.close());

const freshClaims = (): Promise<Claim[]> =>
  importedClaims(
    editor,
    "Fold",
    "Exports rose 12 percent in 2024, the ministry said. Imports fell 3 percent in 2023. The deficit reached 4 billion dollars in 2024.",
    3,
  );

async function cite(by: TestClient, claim: Claim, source: Record<string, unknown>): Promise<Source> {
  const added = await by.json<Source>("POST", `/api/claims/${claim.id}/sources`, source);
  expect(added.status).toBe(201);
  return added.body;
}

const merge = (claims: Claim[]) =>
  rita.json<Claim>("POST", "/api/claims/merge", { claims: claims.map(({ id, version }) => ({ id, version })) });
const liveSources = (claimId: string) =>
  server.db.prisma.source.findMany({ where: { claimId, deletedAt: null }, orderBy: { createdAt: "asc" } });
const foldEvents = (claimId: string) =>
  server.db.prisma.auditEvent.findMany({ where: { action: "source.remove", claimId }, orderBy: { seq: "asc" } });

it("folds a merged claim's source into the surviving claim's at the same address, with one audit event", async () => {
  const [first, second] = await freshClaims();
  const kept = await cite(rita, first!, { url: "https://stats.example.org/trade", stance: "supports" });
  const other = await cite(rita, first!, { url: "https://stats.example.org/other", stance: "context" });
  const folded = await cite(sam, second!, {
    url: "HTTPS://Stats.Example.org:443/trade",
    stance: "refutes",
    excerpt: "Exports rose 9 percent.",
  });

  const merged = await merge([first!, second!]);
  expect(merged.status).toBe(200);
  expect(merged.body.id).toBe(first!.id);
  expect((await liveSources(first!.id)).map((s) => s.id)).toEqual([kept.id, other.id]);
  // The folded row stays, removed, on the merged claim, with its reviewer's words.
  expect(await server.db.prisma.source.findUnique({ where: { id: folded.id } })).toMatchObject({
    claimId: first!.id,
    deletedAt: expect.any(Date),
    excerpt: "Exports rose 9 percent.",
  });
  const events = await foldEvents(first!.id);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    entityType: "source",
    entityId: folded.id,
    actorId: rita.user.id,
    before: expect.objectContaining({ id: folded.id, claimId: second!.id, stance: "refutes" }),
    after: { foldedInto: kept.id, fromMergedClaim: second!.id },
  });

  // What the folded source said that the kept one does not is a note under the merged claim.
  const thread = (await rita.json<ClaimWithThread>("GET", `/api/claims/${first!.id}`)).body;
  expect(thread.sources.map((s) => s.id)).toEqual([kept.id, other.id]);
  const note = thread.notes.find((n) => n.body.includes(folded.url))!;
  expect(note.body).toContain("added by Sam Second");
  expect(note.body).toContain("- Stance: refutes (the source kept: supports)");
  expect(note.body).toContain("- Excerpt: Exports rose 9 percent.");

  // The history of the merged claim shows the fold; the address is still taken.
  const history = (
    await rita.json<{ items: Array<{ action: string; entityId: string }> }>("GET", `/api/claims/${first!.id}/history`)
  ).body;
  expect(history.items).toContainEqual(expect.objectContaining({ action: "source.remove", entityId: folded.id }));
  const again = await rita.json("POST", `/api/claims/${first!.id}/sources`, { url: kept.url, stance: "context" });
  expect(again.status).toBe(409);
});

it("keeps the oldest when only merged-away claims cite the address, and adds no note for an identical copy", async () => {
  const [first, second, third] = await freshClaims();
  const url = "https://stats.example.org/deficit";
  const oldest = await cite(rita, second!, { url, stance: "context", title: "Deficit" });
  const copy = await cite(sam, third!, { url, stance: "context", title: "Deficit" });

  const merged = await merge([third!, first!, second!]);
  expect(merged.status).toBe(200);
  expect((await liveSources(first!.id)).map((s) => s.id)).toEqual([oldest.id]);
  expect((await foldEvents(first!.id)).map((e) => [e.entityId, e.after])).toEqual([
    [copy.id, { foldedInto: oldest.id, fromMergedClaim: third!.id }],
  ]);
  expect(await server.db.prisma.note.count({ where: { claimId: first!.id } })).toBe(0);
});

it("folds nothing when the claims cite different addresses", async () => {
  const [first, second] = await freshClaims();
  await cite(rita, first!, { url: "https://stats.example.org/a", stance: "context" });
  await cite(rita, second!, { url: "https://stats.example.org/b", stance: "context" });
  expect((await merge([first!, second!])).status).toBe(200);
  expect(await liveSources(first!.id)).toHaveLength(2);
  expect(await foldEvents(first!.id)).toEqual([]);
});

it("commits the fold with the merge or not at all", async () => {
  const [first, second] = await freshClaims();
  const url = "https://stats.example.org/trade";
  await cite(rita, first!, { url, stance: "supports" });
  const folded = await cite(sam, second!, { url, stance: "refutes" });
  failMergeEvent.on = true;
  try {
    expect((await merge([first!, second!])).status).toBe(500);
  } finally {
    failMergeEvent.on = false;
  }
  expect((await liveSources(second!.id)).map((s) => s.id)).toEqual([folded.id]);
  const removals = await server.db.prisma.auditEvent.count({ where: { action: "source.remove", entityId: folded.id } });
  expect(removals).toBe(0);
  expect(await server.db.prisma.note.count({ where: { claimId: first!.id } })).toBe(0);
});

it("leaves a move that would put two live sources at one address to the unique index", async () => {
  const [first, second] = await freshClaims();
  const url = "https://stats.example.org/trade";
  await cite(rita, first!, { url, stance: "supports" });
  const moved = await cite(rita, second!, { url, stance: "supports" });
  await expect(
    server.db.pool.query(`UPDATE sources SET claim_id = $1::uuid WHERE id = $2::uuid`, [first!.id, moved.id]),
  ).rejects.toMatchObject({ code: "23505", constraint: "sources_live_address_key" });
});
