// Merging and splitting check the versions the reviewer saw. A reviewer's change that commits while
// a merge or split is under way must not be overwritten or deleted with the merged-away claim: the
// merge or split waits for it and then answers 409. Needs PostgreSQL (TEST_DATABASE_URL): the
// embedded database runs one transaction at a time, so the two cannot interleave there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim } from "@claimdesk/shared";
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";
import { importedClaims } from "../support/imported-claims.ts";

/**
 * Waits until `n` requests wait on a row lock. Fails when none does within 3 s: the race was not
 * staged, and whatever the request then answers proves nothing.
 */
async function waitForLockWait(pool: TestServer["db"]["pool"], n = 1): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const { rows } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows[0]!.n >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`No request waited on a row lock within 3 s (wanted ${n}): the race was not staged.`);
}

describe.runIf(process.env.TEST_DATABASE_URL)("merge and split racing another reviewer", () => {
  let server: TestServer;
  let editor: TestClient;
  let reviewer: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    editor = await server.login("editor");
    reviewer = await server.login("reviewer");
  });
  afterAll(() => server?.close());

  const freshClaims = (): Promise<Claim[]> =>
    importedClaims(
      editor,
      "Race",
      "Exports rose 12 percent in 2024. Imports fell 3 percent in 2024. The deficit reached 4 billion dollars in 2024.",
      2,
    );

  /**
   * Runs `request` while another connection holds an uncommitted verdict on `claimId`, waits until
   * the request is blocked on that row (or has answered), then commits the verdict.
   */
  async function whileVerdictCommits(claimId: string, request: () => Promise<{ status: number }>) {
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        "UPDATE claims SET verdict = 'unverified', rationale = 'given meanwhile', version = version + 1 WHERE id = $1::uuid",
        [claimId],
      );
      const pending = request();
      let answered = false;
      void pending.then(() => (answered = true));
      for (let i = 0; i < 100 && !answered; i++) {
        const { rows } = await server.db.pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        if (rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await other.query("COMMIT");
      return await pending;
    } finally {
      other.release();
    }
  }

  it("a merge does not delete a claim whose verdict was given meanwhile", async () => {
    const [first, second] = await freshClaims();
    const response = await whileVerdictCommits(second!.id, () =>
      reviewer.json("POST", "/api/claims/merge", {
        claims: [
          { id: first!.id, version: first!.version },
          { id: second!.id, version: second!.version },
        ],
      }),
    );
    expect(response.status).toBe(409);
    const kept = await reviewer.json<Claim>("GET", `/api/claims/${second!.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ verdict: "unverified", rationale: "given meanwhile" });
    expect((await reviewer.json<Claim>("GET", `/api/claims/${first!.id}`)).body.end).toBe(first!.end);
  });

  it("a source or note added to a claim that a merge removes meanwhile gets 404, not a 500", async () => {
    for (const [kind, body] of [
      ["sources", { url: "https://example.org/late", stance: "context" }],
      ["notes", { body: "late note" }],
    ] as const) {
      const [first, second] = await freshClaims();
      // Hold the merged-away claim as the merge does, then let the merge delete it while the
      // reviewer's addition waits for that row.
      const other = await server.db.pool.connect();
      try {
        await other.query("BEGIN");
        await other.query("SELECT id FROM claims WHERE id = $1::uuid FOR UPDATE", [second!.id]);
        const pending = reviewer.json<{ code: string; detail: string }>(
          "POST",
          `/api/claims/${second!.id}/${kind}`,
          body,
        );
        await waitForLockWait(server.db.pool);
        await other.query("DELETE FROM claims WHERE id = $1::uuid", [second!.id]);
        await other.query("COMMIT");
        const response = await pending;
        expect(response.status).toBe(404);
        expect(response.body.detail).toMatch(/claim/);
      } finally {
        other.release();
      }
      expect((await reviewer.json("GET", `/api/claims/${first!.id}`)).status).toBe(200);
    }
  });

  it("a source edited while a merge moves it to the surviving claim gets 409 with the source as it is now", async () => {
    const [first, second] = await freshClaims();
    const added = await reviewer.json<{ id: string; version: number }>("POST", `/api/claims/${second!.id}/sources`, {
      url: "https://example.org/moved",
      stance: "context",
    });
    expect(added.status).toBe(201);
    // Hold the merged-away claim as the merge does; the edit waits for it, then the merge moves
    // the source to the surviving claim and deletes its old one.
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT id FROM claims WHERE id = $1::uuid FOR UPDATE", [second!.id]);
      const pending = reviewer.json<{ code: string; current: { claimId: string } }>(
        "PATCH",
        `/api/sources/${added.body.id}`,
        { version: added.body.version, title: "Edited meanwhile" },
      );
      await waitForLockWait(server.db.pool);
      await other.query("UPDATE sources SET claim_id = $1::uuid, version = version + 1 WHERE id = $2::uuid", [
        first!.id,
        added.body.id,
      ]);
      await other.query("DELETE FROM claims WHERE id = $1::uuid", [second!.id]);
      await other.query("COMMIT");
      const response = await pending;
      expect(response.status).toBe(409);
      expect(response.body.current.claimId).toBe(first!.id);
    } finally {
      other.release();
    }
  });

  it("a split does not go ahead on a claim changed meanwhile", async () => {
    const [claim] = await freshClaims();
    const at = claim!.start + claim!.quote.indexOf(" ", 5);
    const response = await whileVerdictCommits(claim!.id, () =>
      reviewer.json("POST", `/api/claims/${claim!.id}/split`, { version: claim!.version, at }),
    );
    expect(response.status).toBe(409);
    const after = (await reviewer.json<Claim>("GET", `/api/claims/${claim!.id}`)).body;
    expect(after).toMatchObject({ start: claim!.start, end: claim!.end, verdict: "unverified", needsReReview: false });
  });
  it("a verdict that needs evidence is refused when the claim's last source was removed while it waited", async () => {
    const [claim] = await freshClaims();
    const source = await reviewer.json<{ id: string; version: number }>("POST", `/api/claims/${claim!.id}/sources`, {
      url: "https://stats.example.org/exports",
      title: "Export statistics",
      stance: "supports",
    });
    expect(source.status).toBe(201);
    // Another reviewer removes the source: the claim row is locked and the source deleted, not yet committed.
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT id FROM claims WHERE id = $1::uuid FOR NO KEY UPDATE", [claim!.id]);
      await other.query("UPDATE sources SET deleted_at = now() WHERE id = $1::uuid", [source.body.id]);
      const pending = reviewer.json<{ code: string }>("PUT", `/api/claims/${claim!.id}/verdict`, {
        version: claim!.version,
        verdict: "false",
        rationale: "The figures say otherwise.",
      });
      await waitForLockWait(server.db.pool);
      await other.query("COMMIT");
      const answer = await pending;
      expect(answer.status).toBe(422);
      expect((await reviewer.json<Claim>("GET", `/api/claims/${claim!.id}`)).body.verdict).toBeNull();
    } finally {
      other.release();
    }
  });
  // The count read with the lock came from the snapshot taken before the wait, and a count of 0
  // was trusted without reading again: a source added meanwhile gave a false "add a source first".
  it("a verdict that needs evidence goes through when the claim's first source was added while it waited", async () => {
    const [claim] = await freshClaims();
    // Another reviewer's change holds the claim while a source is added in the same transaction.
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT id FROM claims WHERE id = $1::uuid FOR NO KEY UPDATE", [claim!.id]);
      const url = "https://stats.example.org/exports";
      await other.query(
        `INSERT INTO sources (id, claim_id, url, address_key, stance, added_by_id, updated_at)
         VALUES (gen_random_uuid(), $1::uuid, $2, $3, 'supports', $4::uuid, now())`,
        [claim!.id, url, sourceAddressKey(url), reviewer.user.id],
      );
      const pending = reviewer.json<{ code: string; detail: string }>("PUT", `/api/claims/${claim!.id}/verdict`, {
        version: claim!.version,
        verdict: "false",
        rationale: "The figures say otherwise.",
      });
      await waitForLockWait(server.db.pool);
      await other.query("COMMIT");
      const answer = await pending;
      expect(answer.body.detail ?? "").not.toMatch(/source/);
      expect(answer.status).toBe(200);
      expect((await reviewer.json<Claim>("GET", `/api/claims/${claim!.id}`)).body.verdict).toBe("false");
    } finally {
      other.release();
    }
  });
  // The revision locked the article's claims and only then, at its end, the article: a claim marked
  // in between was anchored on the old text and never re-anchored, its quote no longer the words
  // at its offsets.
  it("a claim marked while a revision is under way is anchored on the revised text", async () => {
    const body = "Exports rose 12 percent in 2024. Imports fell 3 percent in 2024.";
    const revisedBody = `Breaking news from the ministry today. ${body}`;
    const article = (await editor.json<Article>("POST", "/api/articles", { title: "Revised meanwhile", body })).body;
    const [held] = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
    // Another reviewer's change holds one claim, so the revision stops while it re-anchors claims.
    const other = await server.db.pool.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT id FROM claims WHERE id = $1::uuid FOR UPDATE", [held!.id]);
      const revision = editor.json("PATCH", `/api/articles/${article.id}`, {
        version: article.version,
        body: revisedBody,
      });
      await waitForLockWait(server.db.pool, 1);
      let marked = false;
      const mark = reviewer.json<Claim>("POST", `/api/articles/${article.id}/claims`, { start: 0, end: 14 });
      void mark.then(() => (marked = true));
      await waitForLockWait(server.db.pool, 2);
      await new Promise((r) => setTimeout(r, 200));
      // The mark waits for the revision rather than going ahead on the text being replaced.
      expect(marked).toBe(false);
      await other.query("COMMIT");
      expect((await revision).status).toBe(200);
      const made = await mark;
      expect(made.status).toBe(201);
      const stored = (await editor.json<Article>("GET", `/api/articles/${article.id}`)).body.body;
      expect(stored).toBe(revisedBody);
      expect(made.body.quote).toBe(stored.slice(made.body.start, made.body.end));
    } finally {
      other.release();
    }
  });
});
