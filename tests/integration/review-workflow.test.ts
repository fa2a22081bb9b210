// The review workflow end to end over real HTTP and a real database: import, verdicts with their
// evidence rules, approval, racing reviewers, and the audit trail each change leaves.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, ClaimWithThread } from "@claimdesk/shared";
import { verifyAuditChain } from "../../server/src/audit/audit-chain.ts";
import { SAMPLE_ARTICLE_PATH } from "../../server/src/seed/bootstrap.ts";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
let second: TestClient;
let article: Article;
let claims: Claim[];

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor", "Edna Editor");
  reviewer = await server.login("reviewer", "Rita Reviewer");
  second = await server.login("reviewer", "Sam Second");
  const imported = await editor.json<Article>("POST", "/api/articles", {
    title: "Noem visits Bogotá",
    outlet: "Sample",
    body: fs.readFileSync(SAMPLE_ARTICLE_PATH, "utf8"),
  });
  expect(imported.status).toBe(201);
  article = imported.body;
  claims = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
});

afterAll(() => server?.close());

const auditCount = async () => server.db.prisma.auditEvent.count();

/** Imports a short article as the editor and lists its claims as the reviewer. */
async function importWithClaims(title: string, body: string): Promise<{ article: Article; claims: Claim[] }> {
  const imported = await editor.json<Article>("POST", "/api/articles", { title, body });
  expect(imported.status).toBe(201);
  const listed = await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`);
  return { article: imported.body, claims: listed.body.items };
}

describe("import", () => {
  it("stores the body without the date line, the publication date, and anchored claims", () => {
    expect(article.publishedOn).toBe("2025-03-28");
    expect(article.body.startsWith("Department of Homeland Security")).toBe(true);
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claims.map((c) => c.number)).toEqual(claims.map((_, i) => i + 1));
    expect(claims.every((c) => c.reviewState === "unreviewed" && c.verdict === null)).toBe(true);
  });

  it("accepts a raw Markdown file body with metadata in the query string", async () => {
    const response = await editor.request(
      "POST",
      "/api/articles?title=From%20a%20file",
      "# Heading\n\nUnemployment fell to 3.5 percent in 2024, the ministry said.",
      {
        "content-type": "text/markdown",
      },
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as Article;
    expect(body.body).not.toContain("#");
    expect(body.sourceFormat).toBe("markdown");
  });

  it("says an empty raw file body is the body that is wrong, not the query string", async () => {
    const articles = await server.db.prisma.article.count();
    for (const text of ["", " \r\n "]) {
      const response = await editor.request("POST", "/api/articles?title=Empty%20file", text, {
        "content-type": "text/plain",
      });
      expect(response.status).toBe(422);
      const problem = (await response.json()) as { detail: string; errors: Array<{ path: string }> };
      expect(problem.errors.map((e) => e.path)).toEqual(["body"]);
      expect(problem.detail).not.toMatch(/query/);
      expect(problem.detail).toMatch(/file/);
    }
    expect(await server.db.prisma.article.count()).toBe(articles);
  });

  it("refuses an article over the size limit with 413 and stores nothing", async () => {
    const before = await server.db.prisma.article.count();
    const huge = "Prices rose 5 percent. ".repeat(Math.ceil((server.config.MAX_IMPORT_BYTES + 10) / 23));
    const response = await editor.request("POST", "/api/articles", { title: "Too big", body: huge });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/limit/);
    expect(await server.db.prisma.article.count()).toBe(before);
  });

  it("is for editors: a reviewer gets 403", async () => {
    const response = await reviewer.request("POST", "/api/articles", { title: "x", body: "y" });
    expect(response.status).toBe(403);
  });
});

describe("verdicts", () => {
  it("refuses a verdict without a source and rationale, saying what is missing", async () => {
    const claim = claims[0]!;
    const before = await auditCount();
    const response = await reviewer.json<{ code: string; detail: string; errors: Array<{ path: string }> }>(
      "PUT",
      `/api/claims/${claim.id}/verdict`,
      {
        version: claim.version,
        verdict: "false",
      },
    );
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/source/);
    expect(response.body.errors.map((e) => e.path)).toEqual(["body.verdict", "body.rationale"]);
    expect(await auditCount()).toBe(before);
  });

  it("allows 'unverified' without evidence, and keeps it distinct from 'not yet reviewed'", async () => {
    const claim = claims[1]!;
    const response = await reviewer.json<Claim>("PUT", `/api/claims/${claim.id}/verdict`, {
      version: claim.version,
      verdict: "unverified",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      verdict: "unverified",
      reviewState: "verdict_given",
      version: claim.version + 1,
    });
    const cleared = await reviewer.json<Claim>("PUT", `/api/claims/${claim.id}/verdict`, {
      version: claim.version + 1,
      verdict: null,
    });
    expect(cleared.body).toMatchObject({ verdict: null, reviewState: "unreviewed" });
  });

  it("records a verdict with a source and rationale, then an editor approves it; all audited", async () => {
    const claim = claims[0]!;
    const source = await reviewer.json<{ id: string }>("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://www.dhs.gov/news/2025/03/28/statement",
      title: "DHS statement",
      stance: "supports",
      accessedOn: "2025-03-29",
    });
    expect(source.status).toBe(201);
    const verdict = await reviewer.json<Claim>("PUT", `/api/claims/${claim.id}/verdict`, {
      version: claim.version,
      verdict: "true",
      rationale: "Confirmed by DHS.",
    });
    expect(verdict.status).toBe(200);
    expect(verdict.body.verdictBy?.name).toBe("Rita Reviewer");

    const byReviewer = await reviewer.request("POST", `/api/claims/${claim.id}/approve`, {
      version: verdict.body.version,
    });
    expect(byReviewer.status).toBe(403);
    const approved = await editor.json<Claim>("POST", `/api/claims/${claim.id}/approve`, {
      version: verdict.body.version,
    });
    expect(approved.body).toMatchObject({ reviewState: "approved", approvedBy: { name: "Edna Editor" } });
    // Approving it again (a double click, a second editor) replaced the approver and logged a
    // second approval of the same verdict; it is a 409 that says who approved it.
    const again = await editor.json<{ code: string; detail: string }>("POST", `/api/claims/${claim.id}/approve`, {
      version: approved.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already approved/);

    const history = await reviewer.json<{ items: Array<{ action: string; actor: { name: string } }> }>(
      "GET",
      `/api/claims/${claim.id}/history`,
    );
    expect(history.body.items.map((e) => e.action)).toEqual(["source.add", "claim.verdict", "claim.approve"]);
    expect(history.body.items.map((e) => e.actor.name)).toEqual(["Rita Reviewer", "Rita Reviewer", "Edna Editor"]);
  });

  it("keeps the last source of a verdict that needs evidence: removing it gets 409 until the verdict changes", async () => {
    const {
      claims: [claim],
    } = await importWithClaims("Evidence", "Exports rose 12 percent in 2024, the ministry said.");
    const add = (url: string) =>
      reviewer.json<{ id: string; version: number }>("POST", `/api/claims/${claim!.id}/sources`, {
        url,
        stance: "refutes",
      });
    const first = (await add("https://stats.example.org/a")).body;
    const second = (await add("https://stats.example.org/b")).body;
    const verdict = await reviewer.json<Claim>("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: claim!.version,
      verdict: "false",
      rationale: "The ministry's own table says 2 percent.",
    });
    expect(verdict.status).toBe(200);

    // One of two sources may go; the last one may not while the verdict rests on it.
    expect((await reviewer.request("DELETE", `/api/sources/${first.id}?version=${first.version}`)).status).toBe(204);
    const events = await auditCount();
    const refused = await reviewer.json<{ code: string; detail: string }>(
      "DELETE",
      `/api/sources/${second.id}?version=${second.version}`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("conflict");
    expect(refused.body.detail).toMatch(/only source.*"False".*Add another source/);
    expect(await auditCount()).toBe(events);
    const kept = (await reviewer.json<ClaimWithThread>("GET", `/api/claims/${claim!.id}`)).body;
    expect(kept.sources.map((s) => s.id)).toEqual([second.id]);

    // Once the verdict no longer makes a finding, the source can go.
    await reviewer.json("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: kept.version,
      verdict: "unverified",
    });
    expect((await reviewer.request("DELETE", `/api/sources/${second.id}?version=${second.version}`)).status).toBe(204);
  });

  it("gives one of two racing reviewers the change and the other a 409 with the current claim", async () => {
    const claim = claims[2]!;
    const [a, b] = await Promise.all([
      reviewer.json<Claim>("PUT", `/api/claims/${claim.id}/verdict`, {
        version: claim.version,
        verdict: "unverified",
        rationale: "first",
      }),
      second.json<{ code: string; current: Claim }>("PUT", `/api/claims/${claim.id}/verdict`, {
        version: claim.version,
        verdict: "unverified",
        rationale: "second",
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = (a.status === 409 ? a : b).body as unknown as { code: string; current: Claim };
    expect(loser.code).toBe("version_conflict");
    expect(loser.current.version).toBe(claim.version + 1);
    const stored = await server.db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(claim.version + 1);
    const events = await server.db.prisma.auditEvent.count({ where: { claimId: claim.id, action: "claim.verdict" } });
    expect(events).toBe(1);
  });
});

describe("claims by hand", () => {
  it("creates a claim from a span, splits it and merges it back, keeping sources", async () => {
    const start = article.body.indexOf("Noem is conducting");
    const end = article.body.indexOf(".", start) + 1;
    const created = await reviewer.json<Claim>("POST", `/api/articles/${article.id}/claims`, { start, end });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ origin: "manual", quote: article.body.slice(start, end) });
    await reviewer.json("POST", `/api/claims/${created.body.id}/sources`, {
      url: "https://example.org/tour",
      stance: "context",
    });
    const at = article.body.indexOf("of El Salvador", start);
    const split = await reviewer.json<{ items: Claim[] }>("POST", `/api/claims/${created.body.id}/split`, {
      version: created.body.version,
      at,
    });
    expect(split.status).toBe(200);
    const [left, right] = split.body.items as [Claim, Claim];
    expect(left.end).toBeLessThanOrEqual(right.start);
    const merged = await reviewer.json<Claim>("POST", "/api/claims/merge", {
      claims: [
        { id: left.id, version: left.version },
        { id: right.id, version: right.version },
      ],
    });
    expect(merged.status).toBe(200);
    expect(merged.body.start).toBe(left.start);
    expect(merged.body.end).toBe(right.end);
    const thread = await reviewer.json<ClaimWithThread>("GET", `/api/claims/${merged.body.id}`);
    expect(thread.body.sources).toHaveLength(1);
  });

  it("keeps a reviewed claim's verdict when it is merged into an unreviewed one, and every other verdict as a note", async () => {
    const { claims: [first, second, third] = [] } = await importWithClaims(
      "Merge keeps verdicts",
      "The unemployment rate fell to 4.1% in March, the ministry said. Exports rose 12% last year. Imports fell 3% in 2023.",
    );
    const judge = async (claim: Claim, verdict: "false" | "misleading", rationale: string) => {
      await reviewer.json("POST", `/api/claims/${claim.id}/sources`, {
        url: "https://example.org/data",
        stance: "refutes",
      });
      const loaded = (await reviewer.json<Claim>("GET", `/api/claims/${claim.id}`)).body;
      const given = await reviewer.json<Claim>("PUT", `/api/claims/${claim.id}/verdict`, {
        version: loaded.version,
        verdict,
        rationale,
      });
      expect(given.status).toBe(200);
      return given.body;
    };
    // The first claim in text order (the one that survives) has no verdict; the later two do.
    const judged = await judge(second!, "false", "Customs data show exports fell 2%.");
    const approved = await editor.json<Claim>("POST", `/api/claims/${second!.id}/approve`, { version: judged.version });
    expect(approved.status).toBe(200);
    const other = await judge(third!, "misleading", "Only goods imports fell.");

    const merged = await reviewer.json<Claim>("POST", "/api/claims/merge", {
      claims: [
        { id: first!.id, version: first!.version },
        { id: second!.id, version: approved.body.version },
        { id: third!.id, version: other.version },
      ],
    });
    expect(merged.status).toBe(200);
    // The verdict is not lost: it stays, with its reviewer, flagged for a second look at the new wording.
    expect(merged.body).toMatchObject({
      id: first!.id,
      verdict: "false",
      rationale: "Customs data show exports fell 2%.",
      verdictBy: { id: reviewer.user.id },
      needsReReview: true,
    });
    // The verdict that could not stay on the claim is kept where reviewers see it.
    const thread = (await reviewer.json<ClaimWithThread>("GET", `/api/claims/${first!.id}`)).body;
    expect(thread.notes).toHaveLength(1);
    expect(thread.notes[0]!.body).toContain("Misleading");
    expect(thread.notes[0]!.body).toContain("Only goods imports fell.");
    expect(thread.notes[0]!.body).toContain(third!.text);
    const history = (
      await reviewer.json<{ items: Array<{ action: string }> }>("GET", `/api/claims/${first!.id}/history`)
    ).body.items;
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(["claim.merge", "note.add"]));
    expect((await verifyAuditChain(server.db.pool)).ok).toBe(true);

    // A reviewer who still has a merged-away claim open is told where it went, not that the link is wrong.
    const late = await editor.json<{ code: string; detail: string }>("PUT", `/api/claims/${third!.id}/verdict`, {
      version: other.version,
      verdict: "unverified",
    });
    expect(late.status).toBe(404);
    expect(late.body.code).toBe("not_found");
    expect(late.body.detail).toContain(`merged into claim ${first!.id}`);
    expect(late.body.detail).toContain("Rita Reviewer");
    const opened = await editor.json<{ detail: string }>("GET", `/api/claims/${second!.id}`);
    expect(opened.body.detail).toContain(`merged into claim ${first!.id}`);
    const unknown = await editor.json<{ detail: string }>("GET", "/api/claims/00000000-0000-4000-8000-000000000000");
    expect(unknown.body.detail).toMatch(/link is wrong/);
  });

  // Marking the same words twice (a double click, or two reviewers at once) made two claims of one
  // span, each reviewed and published on its own.
  it("refuses a second claim of exactly the same span with 409 and the claim that has it", async () => {
    const { article: marked, claims: found } = await importWithClaims(
      "Marked twice",
      "Officials met on Tuesday. Exports rose 12% in 2024.",
    );
    const start = 0;
    const end = marked.body.indexOf(" on Tuesday");
    expect(found.some((c) => c.start === start && c.end === end)).toBe(false);
    const attempts = await Promise.all(
      [1, 2, 3, 4].map(() => reviewer.json<Claim>("POST", `/api/articles/${marked.id}/claims`, { start, end })),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const made = attempts.find((a) => a.status === 201)!.body;
    const refused = attempts.find((a) => a.status === 409)!.body as unknown as {
      code: string;
      detail: string;
      current: Claim;
    };
    expect(refused.code).toBe("conflict");
    expect(refused.detail).toMatch(/already/);
    expect(refused.current.id).toBe(made.id);
    const listed = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${marked.id}/claims`)).body.items;
    expect(listed.filter((c) => c.start === start && c.end === end)).toHaveLength(1);
    // An extracted claim's span counts too; a different span over the same words does not.
    const auto = found[0]!;
    expect(
      (await reviewer.json("POST", `/api/articles/${marked.id}/claims`, { start: auto.start, end: auto.end })).status,
    ).toBe(409);
    expect((await reviewer.json("POST", `/api/articles/${marked.id}/claims`, { start, end: end - 1 })).status).toBe(
      201,
    );
  });

  it("dismisses and restores a claim", async () => {
    const claim = claims[3]!;
    const dismissed = await reviewer.json<Claim>("POST", `/api/claims/${claim.id}/dismiss`, { version: claim.version });
    expect(dismissed.body.reviewState).toBe("dismissed");
    const restored = await reviewer.json<Claim>("POST", `/api/claims/${claim.id}/restore`, {
      version: dismissed.body.version,
    });
    expect(restored.body.reviewState).toBe("unreviewed");
  });

  it("assigns a claim and lists it in the assignee's queue", async () => {
    const claim = claims[4]!;
    const assigned = await editor.json<Claim>("PUT", `/api/claims/${claim.id}/assignee`, {
      version: claim.version,
      assigneeId: second.user.id,
    });
    expect(assigned.body.assignee?.id).toBe(second.user.id);
    const queue = await second.json<{ items: Claim[] }>("GET", "/api/claims?assignee=me");
    expect(queue.body.items.map((c) => c.id)).toEqual([claim.id]);
    const inArticle = await second.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`);
    expect(queue.body.items[0]!.number).toBe(inArticle.body.items.find((c) => c.id === claim.id)!.number);
    const opened = await second.json<Article>("GET", `/api/articles/${article.id}`);
    expect(opened.body.assignees).toEqual([{ id: second.user.id, name: "Sam Second" }]);

    const listed = await second.json<{ items: Article[] }>("GET", "/api/articles");
    expect(listed.body.items.find((a) => a.id === article.id)?.assignees).toEqual(opened.body.assignees);
  });
});

describe("claim lists", () => {
  // The page cursor was the id of the page's last claim: once that claim was merged away, the next
  // page came back empty and the rest of the list was silently missing.
  it("go on past a claim merged away after its page was read", async () => {
    const { article: listed, claims: all } = await importWithClaims(
      "Paging",
      "Exports rose 12% in 2024. Imports fell 3% in 2023. Prices rose 5% in 2022. Wages rose 2% in 2021. Rents rose 9% in 2020.",
    );
    expect(all.length).toBe(5);
    type Page = { items: Claim[]; nextCursor: string | null };
    const first = (await reviewer.json<Page>("GET", `/api/claims?articleId=${listed.id}&limit=2`)).body;
    expect(first.items.map((c) => c.id)).toEqual([all[0]!.id, all[1]!.id]);
    const merged = await second.json("POST", "/api/claims/merge", {
      claims: [
        { id: all[0]!.id, version: all[0]!.version },
        { id: all[1]!.id, version: all[1]!.version },
      ],
    });
    expect(merged.status).toBe(200);
    const rest: Claim[] = [];
    for (let cursor = first.nextCursor; cursor;) {
      const page = await reviewer.json<Page>(
        "GET",
        `/api/claims?articleId=${listed.id}&limit=2&cursor=${encodeURIComponent(cursor)}`,
      );
      expect(page.status).toBe(200);
      rest.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(rest.map((c) => c.id)).toEqual(all.slice(2).map((c) => c.id));
  });

  it("sorted by check-worthiness, page through every claim once", async () => {
    const { article: listed, claims: all } = await importWithClaims(
      "Paging by score",
      "Exports rose 12% in 2024. Imports fell 3% in 2023. Prices rose 5% in 2022. Wages rose 2% in 2021. Rents rose 9% in 2020.",
    );
    type Page = { items: Claim[]; nextCursor: string | null };
    const seen: Claim[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Page } = await reviewer.json<Page>(
        "GET",
        `/api/claims?articleId=${listed.id}&sort=checkworthy&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
    const scores = seen.map((c) => c.scores.checkworthy);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("refuse a cursor they did not give, saying so", async () => {
    const page = await reviewer.json<{ detail: string }>("GET", "/api/claims?cursor=not-a-cursor");
    expect(page.status).toBe(422);
    expect(page.body.detail).toMatch(/nextCursor/);
  });
});

describe("notes", () => {
  it("stores Markdown and script tags verbatim, lets only the author edit", async () => {
    const claim = claims[5]!;
    const body = "**Check** <script>alert(1)</script> [link](javascript:alert(1))";
    const note = await reviewer.json<{ id: string; body: string; version: number }>(
      "POST",
      `/api/claims/${claim.id}/notes`,
      { body },
    );
    expect(note.status).toBe(201);
    expect(note.body.body).toBe(body);
    const byOther = await second.request("PATCH", `/api/notes/${note.body.id}`, { version: 1, body: "hijacked" });
    expect(byOther.status).toBe(403);
    const reply = await second.json("POST", `/api/claims/${claim.id}/notes`, {
      body: "Agreed",
      parentId: note.body.id,
    });
    expect(reply.status).toBe(201);
    const edited = await reviewer.json<{ body: string }>("PATCH", `/api/notes/${note.body.id}`, {
      version: 1,
      body: "fixed",
    });
    expect(edited.body.body).toBe("fixed");
  });

  it("refuses a reply to a note deleted meanwhile, saying so, and stores nothing", async () => {
    const claim = claims[5]!;
    const note = await reviewer.json<{ id: string }>("POST", `/api/claims/${claim.id}/notes`, { body: "Wrong claim" });
    expect((await reviewer.request("DELETE", `/api/notes/${note.body.id}?version=1`)).status).toBe(204);
    const notes = await server.db.prisma.note.count();
    const reply = await second.json<{ detail: string; errors: Array<{ path: string }> }>(
      "POST",
      `/api/claims/${claim.id}/notes`,
      { body: "Agreed", parentId: note.body.id },
    );
    expect(reply.status).toBe(422);
    expect(reply.body.detail).toMatch(/deleted/);
    expect(reply.body.errors.map((e) => e.path)).toEqual(["body.parentId"]);
    expect(await server.db.prisma.note.count()).toBe(notes);
  });
});

describe("revising the article body", () => {
  it("re-anchors claims, marks changed ones and flags a reviewed claim whose text changed", async () => {
    const current = (await editor.json<Article>("GET", `/api/articles/${article.id}`)).body;
    const all = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
    const reviewed = all.find((c) => c.verdict === "true")!;
    const revisedBody =
      "The ministry updated its figures. " +
      current.body.replace(reviewed.quote, reviewed.quote.replace(/\w+/, "CHANGED"));
    const response = await editor.json<Article>("PATCH", `/api/articles/${article.id}`, {
      version: current.version,
      body: revisedBody,
    });
    expect(response.status).toBe(200);
    const after = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
    // Every claim is still there; the added sentence is the only new one.
    expect(after.filter((c) => all.some((a) => a.id === c.id))).toHaveLength(all.length);
    expect(after.filter((c) => !all.some((a) => a.id === c.id)).map((c) => c.quote)).toEqual([
      "The ministry updated its figures",
    ]);
    const changed = after.find((c) => c.id === reviewed.id)!;
    expect(changed.anchorStatus).toBe("changed");
    expect(changed.needsReReview).toBe(true);
    const moved = after.filter((c) => c.anchorStatus === "moved");
    expect(moved.length).toBeGreaterThan(5);
    for (const claim of moved) expect(response.body.body.slice(claim.start, claim.end)).toBe(claim.quote);

    // One audit event per claim that moved or changed, in the old text's order, from the old place to the new.
    const events = await server.db.prisma.auditEvent.findMany({
      where: { action: "claim.reanchor", articleId: article.id },
      orderBy: { seq: "asc" },
    });
    const relocated = after.filter((c) => c.anchorStatus !== "anchored");
    expect(events.map((e) => e.claimId).sort()).toEqual(relocated.map((c) => c.id).sort());
    const oldStarts = events.map((e) => (e.before as { start: number }).start);
    expect(oldStarts).toEqual([...oldStarts].sort((a, b) => a - b));
    for (const event of events) {
      const [was, now] = [all, after].map((list) => list.find((c) => c.id === event.claimId)!);
      expect(event.actorId).toBe(editor.user.id);
      expect(event.before).toMatchObject({ start: was!.start, end: was!.end, version: was!.version });
      expect(event.after).toMatchObject({ start: now!.start, quote: now!.quote, version: was!.version + 1 });
      expect(now!.version).toBe(was!.version + 1);
    }
    expect(await verifyAuditChain(server.db.pool)).toMatchObject({ ok: true });
  });

  it.each([
    ["only whitespace", { body: "  \n\t " }],
    ["HTML with no text", { body: "<p> </p><script>alert(1)</script>", format: "html" }],
  ])("refuses a revised body with %s, as an import would, and changes nothing", async (_name, revision) => {
    const current = (await editor.json<Article>("GET", `/api/articles/${article.id}`)).body;
    const claimsBefore = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body
      .items;
    const events = await auditCount();
    const response = await editor.json<{ code: string; detail: string; errors: Array<{ path: string }> }>(
      "PATCH",
      `/api/articles/${article.id}`,
      { version: current.version, ...revision },
    );
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/no text/);
    expect(response.body.errors.map((e) => e.path)).toContain("body.body");
    expect((await editor.json<Article>("GET", `/api/articles/${article.id}`)).body).toEqual(current);
    expect((await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items).toEqual(
      claimsBefore,
    );
    expect(await auditCount()).toBe(events);
  });

  it("leaves claims untouched where the text did not move", async () => {
    const current = (await editor.json<Article>("GET", `/api/articles/${article.id}`)).body;
    const before = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
    const events = await server.db.prisma.auditEvent.count({ where: { action: "claim.reanchor" } });
    const response = await editor.json<Article>("PATCH", `/api/articles/${article.id}`, {
      version: current.version,
      body: `${current.body}\n\nA line added at the end.`,
    });
    expect(response.status).toBe(200);
    const after = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${article.id}/claims`)).body.items;
    // The last claim's suffix context gains the new line; nothing else about any claim changes.
    const kept = after.filter((c) => before.some((b) => b.id === c.id));
    expect(kept.map(({ version, start, end, anchorStatus }) => ({ version, start, end, anchorStatus }))).toEqual(
      before.map(({ version, start, end }) => ({ version, start, end, anchorStatus: "anchored" })),
    );
    expect(await server.db.prisma.auditEvent.count({ where: { action: "claim.reanchor" } })).toBe(events);
  });
});

describe("revisions refused", () => {
  // A revision said only "over the 2097152 byte limit (MAX_IMPORT_BYTES)": not how large it was,
  // nor what to do; and an empty one named other things to check than an import did.
  it("say what to do, in the words an import uses, and keep the article as it was", async () => {
    const { article: small } = await importWithClaims("Refused revisions", "Prices rose 5 percent in 2024.");
    const problem = async (response: Response) => ({
      status: response.status,
      ...((await response.json()) as { code: string; detail: string }),
    });
    const huge = "Prices rose 5 percent. ".repeat(Math.ceil((server.config.MAX_IMPORT_BYTES + 10) / 23));
    const tooLarge = await problem(
      await editor.request("PATCH", `/api/articles/${small.id}`, { version: small.version, body: huge }),
    );
    const importTooLarge = await problem(await editor.request("POST", "/api/articles", { title: "Big", body: huge }));
    expect(tooLarge).toMatchObject({ status: 413, code: "payload_too_large" });
    expect(tooLarge.detail).toBe(importTooLarge.detail);
    expect(tooLarge.detail).toContain(Buffer.byteLength(huge).toLocaleString("en"));
    expect(tooLarge.detail).toMatch(/Split it into parts/);

    const emptyHtml = { body: "<p>  </p>", format: "html" };
    const empty = await problem(
      await editor.request("PATCH", `/api/articles/${small.id}`, { version: small.version, ...emptyHtml }),
    );
    const importEmpty = await problem(await editor.request("POST", "/api/articles", { title: "Empty", ...emptyHtml }));
    expect(empty).toMatchObject({ status: 422, code: "validation_failed" });
    expect(empty.detail).toBe(importEmpty.detail);
    expect(empty.detail).toMatch(/Check /);

    const after = (await editor.json<Article>("GET", `/api/articles/${small.id}`)).body;
    expect(after).toMatchObject({ version: small.version, body: "Prices rose 5 percent in 2024." });
  });
});

describe("revising with new text", () => {
  it("gives the added text claims of its own and leaves reviewed claims as they were", async () => {
    const imported = await editor.json<Article>("POST", "/api/articles", {
      title: "Deportations",
      body: "date 2025-03-28\nThe cooperation has resulted in over 1,700 deportations, the presidency said.",
    });
    expect(imported.status).toBe(201);
    const [first] = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`)).body
      .items;
    const verdict = await reviewer.json<Claim>("PUT", `/api/claims/${first!.id}/verdict`, {
      version: first!.version,
      verdict: "unverified",
    });
    expect(verdict.status).toBe(200);
    const events = await auditCount();

    const update = "UPDATE: 2,000 more people were deported on Thursday, the ministry said.";
    const revised = await editor.json<Article>("PATCH", `/api/articles/${imported.body.id}`, {
      version: imported.body.version,
      body: `${imported.body.body}\n\n${update}`,
    });
    expect(revised.status).toBe(200);
    const claims = (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`)).body
      .items;
    expect(claims).toHaveLength(2);
    // The reviewed claim keeps everything but its suffix context (the new paragraph follows it).
    expect(claims[0]).toEqual({ ...verdict.body, suffix: claims[0]!.suffix, updatedAt: claims[0]!.updatedAt });
    const added = claims[1]!;
    expect(added).toMatchObject({ verdict: null, origin: "auto", anchorStatus: "anchored" });
    expect(revised.body.body.slice(added.start, added.end)).toBe(added.quote);
    expect(added.quote).toBe("2,000 more people were deported on Thursday");
    expect(added.claimant).toBe("ministry");
    // The article's own date resolves "Thursday": the one before 2025-03-28, a Friday.
    expect(added.details.dates.map((d) => d.value)).toContain("2025-03-27");

    // One audit event, the revision's, saying how many claims it added.
    expect(await auditCount()).toBe(events + 1);
    const event = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "article.revise", entityId: imported.body.id },
    });
    expect(event.after).toMatchObject({ claimsAdded: 1 });

    // The same body again adds nothing.
    const again = await editor.json<Article>("PATCH", `/api/articles/${imported.body.id}`, {
      version: revised.body.version,
      body: revised.body.body,
    });
    expect(again.status).toBe(200);
    expect(
      (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`)).body.items,
    ).toHaveLength(2);
  });
});

describe("claim numbers", () => {
  it("follow a claim whose span is moved past others, in the answer to the change and in the list", async () => {
    const imported = await editor.json<Article>("POST", "/api/articles", {
      title: "Three figures",
      body: "Exports rose 12 percent in 2024. Imports fell 3 percent in 2024. The deficit reached 4 billion dollars in 2024.",
    });
    expect(imported.status).toBe(201);
    const listed = async () =>
      (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`)).body.items;
    const [first, , third] = await listed();
    expect(first!.number).toBe(1);
    const moved = await reviewer.json<Claim>("PATCH", `/api/claims/${first!.id}`, {
      version: first!.version,
      start: third!.start,
      end: third!.end,
    });
    expect(moved.status).toBe(200);
    const after = await listed();
    expect(after.map((c) => c.number)).toEqual(after.map((_, i) => i + 1));
    expect(moved.body.number).toBe(after.find((c) => c.id === first!.id)!.number);
    expect(moved.body.number).toBeGreaterThan(1);
  });
});

describe("editing a reviewed claim", () => {
  it("flags a new wording for re-review, so an approved verdict is not published on words nobody checked", async () => {
    const {
      claims: [claim],
    } = await importWithClaims("Reworded", "Exports rose 12 percent in 2024, the ministry said.");
    await reviewer.json("POST", `/api/claims/${claim!.id}/sources`, {
      url: "https://stats.example.org/",
      stance: "supports",
    });
    const given = await reviewer.json<Claim>("PUT", `/api/claims/${claim!.id}/verdict`, {
      version: claim!.version,
      verdict: "true",
      rationale: "The ministry's table says 12 percent.",
    });
    const approved = await editor.json<Claim>("POST", `/api/claims/${claim!.id}/approve`, {
      version: given.body.version,
    });
    expect(approved.body.reviewState).toBe("approved");

    const sameWords = await reviewer.json<Claim>("PATCH", `/api/claims/${claim!.id}`, {
      version: approved.body.version,
      text: approved.body.text,
      kind: "statistic",
    });
    expect(sameWords.body.needsReReview).toBe(false);

    const reworded = await reviewer.json<Claim>("PATCH", `/api/claims/${claim!.id}`, {
      version: sameWords.body.version,
      text: "Exports rose 20 percent in 2024",
    });
    expect(reworded.status).toBe(200);
    expect(reworded.body.needsReReview).toBe(true);
    // An editor cannot approve it again until a reviewer confirms the verdict for the new wording.
    const again = await editor.json<{ detail: string }>("POST", `/api/claims/${claim!.id}/approve`, {
      version: reworded.body.version,
    });
    expect(again.status).toBe(409);
  });
});
