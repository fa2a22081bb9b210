/**
 * Text with no place to break: a title pasted as a long web address, an outlet, a claim and a
 * source title without spaces. At 720 CSS px (200% zoom on a 1440px window) the articles list and
 * the review workspace must still wrap it, with no horizontal scrolling, and so must the HTML
 * report on a phone.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, pageApi as api, screenshot, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const LONG = `https://news.example.org/${"very-long-path-segment".repeat(20)}`;

let server: RunningServer;
let editor: Person;
let articleId = "";

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
  const article = await api<{ id: string }>(editor.page, "POST", "/api/articles", {
    title: LONG,
    outlet: "O".repeat(200),
    body: `Exports rose 12 percent in 2024, the ministry said at ${LONG} yesterday.`,
  });
  articleId = article.id;
  const { items } = await api<{ items: Array<{ id: string; version: number }> }>(
    editor.page,
    "GET",
    `/api/articles/${articleId}/claims`,
  );
  await api(editor.page, "POST", `/api/claims/${items[0]!.id}/sources`, {
    url: LONG,
    title: LONG,
    stance: "supports",
  });
  await editor.page.setViewportSize({ width: 720, height: 900 });
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
});

describe("long unbroken words at 200% zoom", () => {
  it("wrap in the articles list", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles`);
    await page.getByRole("link", { name: LONG }).waitFor();
    await screenshot(page, "long-words-articles");
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("wrap in the review workspace, the claim panel and its sources", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles/${articleId}`);
    await page.getByRole("document", { name: "Article text" }).locator("mark").first().waitFor();
    await page.keyboard.press("j");
    await page.getByRole("heading", { name: /Claim #1/ }).waitFor();
    await page.getByRole("link", { name: LONG }).first().waitFor();
    await screenshot(page, "long-words-review");
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("leave short labels whole: no shortcut key is cut across lines", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles/${articleId}`);
    await page.getByRole("document", { name: "Article text" }).locator("mark").first().waitFor();
    await page.getByRole("button", { name: /Shortcuts/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("kbd", { hasText: "Ctrl+Enter" }).waitFor();
    // An inline element broken across lines has one box per line.
    const cut = await dialog
      .locator("kbd")
      .evaluateAll((keys) => keys.filter((k) => k.getClientRects().length > 1).map((k) => k.textContent));
    await screenshot(page, "long-words-shortcuts");
    expect(cut).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("wrap in the published HTML report on a phone-sized screen", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles`);
    const html = await page.evaluate(async (id) => {
      const response = await fetch(`/api/articles/${id}/report?format=html&approvedOnly=false&includeUnreviewed=true`);
      return response.text();
    }, articleId);
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      await page.setContent(html, { waitUntil: "load" });
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, "long-words-report");
      expect(await scrollsSideways(page)).toBe(false);
    } finally {
      await page.setViewportSize({ width: 720, height: 900 });
    }
  });
});
