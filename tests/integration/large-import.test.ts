// A large import is extracted off the request thread: the server keeps answering other reviewers
// while it runs, and the article and its claims are exactly what inline extraction gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareExtraction } from "../../server/src/articles/prepare-extraction.ts";
import type { ExtractedClaim } from "@claimdesk/shared";
import { longArticle } from "../support/long-article.ts";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

/** What the claims table must hold for an extracted claim: its own columns, the rest in details. */
function storedRow(articleId: string, claim: ExtractedClaim) {
  const { claimant, alsoKinds, reasons, quantities, dates, flags, loadedTerms } = claim;
  return expect.objectContaining({
    articleId,
    startOffset: claim.start,
    endOffset: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    text: claim.text,
    kind: claim.kind,
    factualScore: claim.scores.factual,
    checkworthyScore: claim.scores.checkworthy,
    claimant: claimant.name,
    origin: "auto",
    verdict: null,
    version: 1,
    details: { claimant, alsoKinds, reasons, quantities, dates, flags, loadedTerms },
  });
}

let server: TestServer;
let editor: TestClient;
beforeAll(async () => {
  // Every upload over 1 KB goes to the worker; the import limit is raised for the large preview.
  server = await startTestServer({ EXTRACT_INLINE_MAX_BYTES: "1024", MAX_IMPORT_BYTES: String(8 * 1024 * 1024) });
  editor = await server.login("editor");
});
afterAll(() => server?.close());

describe("large imports", () => {
  it("stores the article and the claims inline extraction gives", async () => {
    const body = longArticle(20);
    const created = await editor.json<{ id: string; publishedOn: string }>("POST", "/api/articles", {
      title: "Twenty copies",
      body,
    });
    expect(created.status).toBe(201);
    expect(created.body.publishedOn).toBe("2025-03-28");
    const stored = await server.db.prisma.claim.findMany({
      where: { articleId: created.body.id },
      orderBy: { startOffset: "asc" },
      omit: { id: true, createdAt: true, updatedAt: true },
    });
    const expected = JSON.parse(prepareExtraction({ raw: body, format: "text" }).claimsJson) as ExtractedClaim[];
    expect(stored.length).toBeGreaterThan(500);
    expect(stored).toEqual(expected.map((claim) => storedRow(created.body.id, claim)));
  });

  it("answers other requests while a large upload is being extracted", async () => {
    const finished: string[] = [];
    // About 2 MB: extraction takes a good fraction of a second, during which a reviewer asks for health.
    const preview = editor
      .request("POST", "/api/articles/preview", { title: "Large", body: longArticle(500) })
      .then(async (response) => {
        // Its headers are sent when extraction is done; its long body is not waited for here.
        finished.push("preview");
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const health = server.anonymous("GET", "/api/health").then(async (response) => {
      finished.push("health");
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    });
    await Promise.all([preview, health]);
    expect(finished).toEqual(["health", "preview"]);
  });
});

describe("large revisions", () => {
  // The revision parsed every extracted claim's JSON on the request thread to find the few that
  // cover new text: 5.7 MB for a 400 KB article (3,400 claims), over a second for a 2 MB one.
  it("add claims for the new text without parsing the extracted claims on the request thread", async () => {
    const body = longArticle(20);
    const created = await editor.json<{ id: string; version: number }>("POST", "/api/articles", {
      title: "Revised at length",
      body,
    });
    expect(created.status).toBe(201);
    const before = await server.db.prisma.claim.count({ where: { articleId: created.body.id } });
    const update = "UPDATE: Exports rose 14 percent in 2025, the ministry said on Friday.";
    const revised = JSON.stringify({ version: created.body.version, body: `${body}\n\n${update}` });
    const parse = JSON.parse;
    let parsedChars = 0;
    JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
      parsedChars += String(text).length;
      return parse(text, reviver);
    }) as typeof JSON.parse;
    let status: number;
    try {
      const headers = { "content-type": "application/json" };
      status = (await editor.request("PATCH", `/api/articles/${created.body.id}`, revised, headers)).status;
    } finally {
      JSON.parse = parse;
    }
    expect(status).toBe(200);
    const added = await server.db.prisma.claim.findMany({
      where: { articleId: created.body.id, quote: { contains: "14 percent" } },
    });
    expect(added).toHaveLength(1);
    expect(await server.db.prisma.claim.count({ where: { articleId: created.body.id } })).toBe(before + 1);
    // The request's own body, and small answers from the database; not the claims' JSON.
    expect(parsedChars).toBeLessThan(2 * revised.length);
  });
});
