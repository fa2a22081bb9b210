// A stale change gets 409 version_conflict with the record as it is now; the answer also says who
// made that version and when (from its audit event), so the person who lost the race knows whom to
// talk to. Real HTTP, a real database (PostgreSQL with TEST_DATABASE_URL, else the embedded one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, Source, User } from "@claimdesk/shared";
import { startTestServer, TEST_PASSWORD, type TestClient, type TestServer } from "../support/test-server.ts";

interface Conflict<T> {
  code: string;
  detail: string;
  current: T;
  changedBy?: { id: string; name: string } | null;
  changedAt?: string | null;
}

let server: TestServer;
let editor: TestClient;
let otherEditor: TestClient;
let rita: TestClient;
let bob: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor", "Edna Editor");
  otherEditor = await server.login("editor", "Olga Other");
  rita = await server.login("reviewer", "Rita Reviewer");
  bob = await server.login("reviewer", "Rob Reviewer");
});

afterAll(() => server?.close());

async function importArticle(title: string, body: string): Promise<{ article: Article; claims: Claim[] }> {
  const imported = await editor.json<Article>("POST", "/api/articles", { title, body });
  expect(imported.status).toBe(201);
  const listed = await rita.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`);
  return { article: imported.body, claims: listed.body.items };
}

/** Runs a change and returns the window of time it happened in, to check changedAt against. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; from: number; to: number }> {
  const from = Date.now() - 1000;
  const result = await work();
  return { result, from, to: Date.now() + 1000 };
}

function expectChangedWithin(conflict: Conflict<unknown>, window: { from: number; to: number }) {
  expect(conflict.changedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  const at = Date.parse(conflict.changedAt!);
  expect(at).toBeGreaterThanOrEqual(window.from);
  expect(at).toBeLessThanOrEqual(window.to);
}

describe("a version conflict names who made the current version", () => {
  it("names reviewer B on A's stale verdict and stale source edit", async () => {
    const {
      claims: [claim],
    } = await importArticle("Conflicts", "Exports rose 12 percent in 2024, the ministry said.");
    const added = await rita.json<Source>("POST", `/api/claims/${claim!.id}/sources`, {
      url: "https://stats.example.org/a",
      stance: "refutes",
    });
    expect(added.status).toBe(201);
    // Rita has the claim and its source open; Rob changes both.
    const loaded = (await rita.json<Claim>("GET", `/api/claims/${claim!.id}`)).body;
    const verdictByBob = await timed(() =>
      bob.json<Claim>("PUT", `/api/claims/${claim!.id}/verdict`, {
        version: loaded.version,
        verdict: "false",
        rationale: "The ministry's table says 2 percent.",
      }),
    );
    expect(verdictByBob.result.status).toBe(200);
    const sourceByBob = await timed(() =>
      bob.json<Source>("PATCH", `/api/sources/${added.body.id}`, { version: added.body.version, title: "Table A" }),
    );
    expect(sourceByBob.result.status).toBe(200);

    const staleVerdict = await rita.json<Conflict<Claim>>("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: loaded.version,
      verdict: "true",
      rationale: "Matches.",
    });
    expect(staleVerdict.status).toBe(409);
    expect(staleVerdict.body.code).toBe("version_conflict");
    expect(staleVerdict.body.current.version).toBe(verdictByBob.result.body.version);
    expect(staleVerdict.body.changedBy).toEqual({ id: bob.user.id, name: "Rob Reviewer" });
    expectChangedWithin(staleVerdict.body, verdictByBob);
    expect(staleVerdict.body.detail).toMatch(/changed by Rob Reviewer at /);

    const staleSource = await rita.json<Conflict<Source>>("PATCH", `/api/sources/${added.body.id}`, {
      version: added.body.version,
      publisher: "Statistics office",
    });
    expect(staleSource.status).toBe(409);
    expect(staleSource.body.current.title).toBe("Table A");
    // Rita added the source; Rob is the one who changed it.
    expect(staleSource.body.changedBy).toEqual({ id: bob.user.id, name: "Rob Reviewer" });
    expectChangedWithin(staleSource.body, sourceByBob);
  });

  it("names the person themselves when their own other tab got there first", async () => {
    const {
      claims: [claim],
    } = await importArticle("Two tabs", "Imports fell 3 percent in 2023, the customs office said.");
    const first = await rita.json<Claim>("PUT", `/api/claims/${claim!.id}/assignee`, {
      version: claim!.version,
      assigneeId: rita.user.id,
    });
    expect(first.status).toBe(200);
    const stale = await rita.json<Conflict<Claim>>("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: claim!.version,
      verdict: "unverified",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.changedBy).toEqual({ id: rita.user.id, name: "Rita Reviewer" });
    expect(stale.body.detail).toMatch(/by you \(in another tab or window\)/);
  });

  it("names the editor whose article change came first", async () => {
    const { article } = await importArticle("Article race", "Wages rose 4 percent in 2024, the bank said.");
    const change = await timed(() =>
      otherEditor.json<Article>("PATCH", `/api/articles/${article.id}`, {
        version: article.version,
        title: "Article race (corrected)",
      }),
    );
    expect(change.result.status).toBe(200);
    const stale = await editor.json<Conflict<Article>>("PATCH", `/api/articles/${article.id}`, {
      version: article.version,
      outlet: "The Sample",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.title).toBe("Article race (corrected)");
    expect(stale.body.changedBy).toEqual({ id: otherEditor.user.id, name: "Olga Other" });
    expectChangedWithin(stale.body, change);
  });

  it("names the note's last editor", async () => {
    const {
      claims: [claim],
    } = await importArticle("Note race", "Rents rose 9 percent in 2024, the council said.");
    const note = await rita.json<{ id: string; version: number }>("POST", `/api/claims/${claim!.id}/notes`, {
      body: "Check the council minutes.",
    });
    expect(note.status).toBe(201);
    expect(
      (await rita.json("PATCH", `/api/notes/${note.body.id}`, { version: 1, body: "Minutes checked." })).status,
    ).toBe(200);
    const stale = await rita.json<Conflict<unknown>>("PATCH", `/api/notes/${note.body.id}`, {
      version: 1,
      body: "Something else.",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.changedBy).toEqual({ id: rita.user.id, name: "Rita Reviewer" });
  });

  it("names the admin who changed an account, not the account signing in since", async () => {
    const admin = await server.login("admin", "Ada Admin");
    const otherAdmin = await server.login("admin", "Abe Admin");
    const users = (await admin.json<{ items: User[] }>("GET", "/api/users")).body.items;
    const target = users.find((u) => u.id === bob.user.id)!;
    const renamed = await admin.json<User>("PATCH", `/api/users/${target.id}`, {
      version: target.version,
      name: "Rob R. Reviewer",
    });
    expect(renamed.status).toBe(200);
    // A sign-in is an audit event of the user too, but it made no version.
    const signIn = await server.anonymous("POST", "/api/auth/login", {
      email: bob.user.email,
      password: TEST_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const stale = await otherAdmin.json<Conflict<User>>("PATCH", `/api/users/${target.id}`, {
      version: target.version,
      role: "editor",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.changedBy).toEqual({ id: admin.user.id, name: "Ada Admin" });
  });

  it("says nothing about who when no audit event made the current version", async () => {
    const {
      claims: [claim],
    } = await importArticle("Unknown", "Fares rose 5 percent in 2025, the transit agency said.");
    // Claims found at import are stored with the article's event, not one of their own.
    const stale = await rita.json<Conflict<Claim>>("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: claim!.version + 1,
      verdict: "unverified",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.changedBy).toBeNull();
    expect(stale.body.changedAt).toBeNull();
    expect(stale.body.detail).toMatch(/changed by someone else/);
  });
});
