/**
 * Stored XSS, checked where it would run: script payloads saved in an article's title and text, a
 * source and a note are opened in real Chromium, in the review workspace and in the HTML report,
 * and must show as text and never execute. A payload that ran would set window.__xss, open a
 * dialog, or add an element the page did not draw. The report is loaded with no CSP of ours, so
 * only its own escaping protects it.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, pageApi as api, screenshot, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const ran = (where: string) => `window.__xss=(window.__xss||[]).concat('${where}')`;
const TITLE = `Budget <img src=x onerror="${ran("title")}"> <script>${ran("title-script")}</script>`;
const BODY = [
  `Unemployment fell to 3.5 percent in 2024, the ministry said. <script>${ran("body-script")}</script>`,
  `Exports rose 12 percent <img src=x onerror="${ran("body-img")}"> in the first quarter, officials said.`,
].join("\n\n");
const SOURCE_TITLE = `Ministry release <svg onload="${ran("source-title")}"></svg>`;
const SOURCE_URL = `https://example.org/release?q="><script>${ran("source-url")}</script>`;
const NOTE = [
  `Checked **against** the release. <img src=x onerror="${ran("note-img")}">`,
  `<script>${ran("note-script")}</script> [open](javascript:${ran("note-link")})`,
].join("\n\n");

let server: RunningServer;
let editor: Person;
let articleId = "";
const dialogs: string[] = [];

/** What a payload that ran would have left behind. */
async function traces(page: Page) {
  return page.evaluate(() => ({
    ran: (window as unknown as { __xss?: string[] }).__xss ?? [],
    // Our own pages carry no inline script except structured data (the report's ClaimReview).
    injected: document.querySelectorAll(
      'img[src="x"], svg[onload], script:not([src]):not([type="application/ld+json"])',
    ).length,
  }));
}

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  editor.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
  const article = await api<{ id: string }>(editor.page, "POST", "/api/articles", { title: TITLE, body: BODY });
  articleId = article.id;
  const { items } = await api<{ items: Array<{ id: string }> }>(
    editor.page,
    "GET",
    `/api/articles/${articleId}/claims`,
  );
  await api(editor.page, "POST", `/api/claims/${items[0]!.id}/sources`, {
    url: SOURCE_URL,
    title: SOURCE_TITLE,
    stance: "supports",
  });
  await api(editor.page, "POST", `/api/claims/${items[0]!.id}/notes`, { body: NOTE });
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
});

describe("stored XSS in the browser", () => {
  it("would notice a payload that runs (the check itself works)", async () => {
    const page = editor.page;
    await page.goto("about:blank");
    await page.setContent(`<p>unescaped</p><img src=x onerror="${ran("probe")}">`, { waitUntil: "load" });
    await expect.poll(async () => (await traces(page)).ran).toEqual(["probe"]);
    expect((await traces(page)).injected).toBe(1);
  });

  it("shows every payload as text in the review workspace, and none runs", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles/${articleId}`);
    const text = page.getByRole("document", { name: "Article text" });
    await text.locator("mark").first().waitFor();
    await page.keyboard.press("j");
    await page.getByRole("heading", { name: /Claim #1/ }).waitFor();
    await page
      .getByText(/Ministry release <svg/)
      .first()
      .waitFor();
    await page
      .getByText(/Checked/)
      .first()
      .waitFor();

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("<script>");
    expect(await text.textContent()).toContain(`<script>${ran("body-script")}</script>`);
    const note = page.getByText(/note-img/).first();
    expect(await note.textContent()).toContain("onerror=");
    // A javascript: link in a note is not a link the browser would follow.
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href ?? ""))).toEqual([]);

    await screenshot(page, "09-stored-xss-workspace");
    expect(await traces(page)).toEqual({ ran: [], injected: 0 });
    expect(dialogs).toEqual([]);
    expect(editor.errors).toEqual([]);
  });

  it("keeps every payload inert in the HTML report, opened as a page with no CSP", async () => {
    const page = editor.page;
    const report = `/api/articles/${articleId}/report?format=html&approvedOnly=false&includeUnreviewed=true&includeNotes=true`;
    const html = await page.evaluate(async (path) => (await fetch(path)).text(), report);
    expect(html).toContain("Ministry release");
    expect(html).toContain("Unemployment fell");
    await page.goto("about:blank");
    await page.setContent(html, { waitUntil: "load" });
    await screenshot(page, "10-stored-xss-report");
    expect(await traces(page)).toEqual({ ran: [], injected: 0 });
    expect(dialogs).toEqual([]);
  });
});
