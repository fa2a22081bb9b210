/**
 * In real Chromium against the real server: the selected claim follows the address (a link to
 * another claim of the same article, back and forward), a double click adds a note once, and an
 * editor approving a verdict keeps the keyboard focus while a reviewer's screen updates live.
 * Run: npm run build && npm run test:e2e -- tests/e2e/review-address-and-focus.e2e.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Request } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openBrowser, pageApi, signIn, type Person } from "./support/browser.ts";
import { ADMIN, ROOT, startRealServer, type RunningServer } from "./support/server.ts";

const REVIEWER = { name: "Rita Reviewer", email: "rita@example.org", password: "rita-reviews-2025" };
interface ClaimRef {
  id: string;
  number: number;
}

let server: RunningServer;
let editor: Person;
let reviewer: Person;
let articleId = "";
let claims: ClaimRef[] = [];

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  reviewer = await openBrowser();
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
  await pageApi(editor.page, "POST", "/api/users", { ...REVIEWER, role: "reviewer" });
  const body = readFileSync(join(ROOT, "samples/colombia-dhs-2025-03-28.txt"), "utf8");
  articleId = (await pageApi<{ id: string }>(editor.page, "POST", "/api/articles", { title: "Sample", body })).id;
  claims = (await pageApi<{ items: ClaimRef[] }>(editor.page, "GET", `/api/articles/${articleId}/claims`)).items;
  await signIn(reviewer.page, server.url, REVIEWER.email, REVIEWER.password);
});

afterAll(async () => {
  await editor?.close();
  await reviewer?.close();
  await server?.stop();
});

const panelHeading = (person: Person, n: number) =>
  person.page.getByRole("heading", { level: 2, name: new RegExp(`^Claim #${n}\\b`) });

describe("review screen in Chromium", () => {
  it("follows ?claim= links within the article, and back and forward", async () => {
    const page = reviewer.page;
    const [first, , third] = claims;
    await page.goto(`${server.url}/articles/${articleId}?claim=${first!.id}`);
    await panelHeading(reviewer, first!.number).waitFor();
    // A link to another claim of the same article (as "Checked before" and the audit log make).
    await page.evaluate((href) => {
      history.pushState(null, "", href);
      dispatchEvent(new PopStateEvent("popstate"));
    }, `/articles/${articleId}?claim=${third!.id}`);
    await panelHeading(reviewer, third!.number).waitFor();
    await page.goBack();
    await panelHeading(reviewer, first!.number).waitFor();
    await page.goForward();
    await panelHeading(reviewer, third!.number).waitFor();
    expect(reviewer.errors).toEqual([]);
  });

  it("a double click on 'Add note' adds the note once", async () => {
    const page = reviewer.page;
    const claim = claims[1]!;
    await page.goto(`${server.url}/articles/${articleId}?claim=${claim.id}`);
    await panelHeading(reviewer, claim.number).waitFor();
    // Counted as sent, not as stored: the server replays a repeated note (Idempotent-Replayed), so
    // the thread would show one note even if the client sent two.
    const notePosts: string[] = [];
    const countNotePosts = (request: Request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname.endsWith("/notes"))
        notePosts.push(request.url());
    };
    page.on("request", countNotePosts);
    try {
      await page.getByLabel(/Add a note/).fill("Asked the ministry for the table.");
      await page.getByRole("button", { name: "Add note" }).dblclick();
      await page.getByRole("heading", { name: "Notes (1)" }).waitFor();
      await page.waitForTimeout(1000);
    } finally {
      page.off("request", countNotePosts);
    }
    expect(notePosts).toHaveLength(1);
    const thread = await pageApi<{ notes: unknown[] }>(page, "GET", `/api/claims/${claim.id}`);
    expect(thread.notes).toHaveLength(1);
    expect(reviewer.errors).toEqual([]);
  });

  it("an editor's approval keeps the keyboard focus, and reaches the reviewer live", async () => {
    const claim = claims[1]!;
    // A verdict to approve: it needs a source and a rationale.
    await pageApi(editor.page, "POST", `/api/claims/${claim.id}/sources`, {
      url: "https://stats.example.org/table",
      stance: "supports",
    });
    const withSource = await pageApi<{ version: number }>(editor.page, "GET", `/api/claims/${claim.id}`);
    await pageApi(editor.page, "PUT", `/api/claims/${claim.id}/verdict`, {
      version: withSource.version,
      verdict: "unverified",
      rationale: "The table is not public yet.",
    });

    await editor.page.goto(`${server.url}/articles/${articleId}?claim=${claim.id}`);
    await panelHeading(editor, claim.number).waitFor();
    await reviewer.page.goto(`${server.url}/articles/${articleId}?claim=${claim.id}`);
    await panelHeading(reviewer, claim.number).waitFor();
    // The reviewer's live stream is open before the editor acts (a change made earlier is fetched
    // on opening; this waits so the test reads the live path, not that catch-up).
    await reviewer.page.locator(".live-dot.on").waitFor({ state: "attached" });
    await editor.page.getByRole("button", { name: "Approve verdict" }).focus();
    await editor.page.keyboard.press("Enter");
    const approved = editor.page.getByText(/^Approved by /);
    await approved.waitFor();
    await expect
      .poll(() => editor.page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toMatch(/^Approved by/);
    await reviewer.page.getByText(/^Approved by /).waitFor({ timeout: 10_000 });
    expect(editor.errors).toEqual([]);
    expect(reviewer.errors).toEqual([]);
  });
});
