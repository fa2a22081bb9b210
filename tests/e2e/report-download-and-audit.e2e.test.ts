/**
 * Report downloads and the audit feed, in real Chromium against the real server: a failed export
 * is explained beside the export control with a retry that then downloads the file under the
 * server's name; the audit feed quotes the claim an event concerns and names its article, and its
 * Action filter is a list of the recorded actions, kept in the address.
 * Run: npm run build && npm run test:e2e -- tests/e2e/report-download-and-audit.e2e.test.ts
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, pageApi as api, screenshot, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const TITLE = "Budget figures, March";
const BODY =
  "Unemployment fell to 3.5 percent in 2024, the ministry said.\n\nExports rose 12 percent in the first quarter, officials said.";

let server: RunningServer;
let editor: Person;
let articleId = "";
let claimId = "";

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
  articleId = (await api<{ id: string }>(editor.page, "POST", "/api/articles", { title: TITLE, body: BODY })).id;
  const { items } = await api<{ items: Array<{ id: string; quote: string }> }>(
    editor.page,
    "GET",
    `/api/articles/${articleId}/claims`,
  );
  claimId = items[0]!.id;
  await api(editor.page, "POST", `/api/claims/${claimId}/sources`, {
    url: "https://example.org/ministry-release",
    title: "Ministry release",
    stance: "supports",
  });
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
});

describe("report download", () => {
  it("explains a failed export beside the control, and Try again downloads the file", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/articles/${articleId}`);
    await page.getByText("Export report", { exact: true }).click();
    await page.getByLabel("Report format").selectOption("pdf");
    await page.getByLabel("Include claims not yet reviewed").check();
    const link = page.getByRole("link", { name: "Download report" });

    // The first attempt fails as a PDF the server could not render would.
    const detail =
      "Something went wrong on our side. Nothing was changed; try again, and report the request id if it persists.";
    await page.route(
      "**/api/articles/*/report?*",
      (route) =>
        route.fulfill({
          status: 500,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "about:blank",
            title: "internal",
            status: 500,
            code: "internal",
            detail,
            requestId: "e2e-1",
          }),
        }),
      { times: 1 },
    );
    let downloads = 0;
    page.on("download", () => downloads++);
    await link.click();
    const alert = page.getByRole("alert").filter({ hasText: "could not be downloaded" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(detail);
    await screenshot(page, "report-download-failed");
    expect(downloads).toBe(0);

    // The retry is held on its way, to see the control say what it is doing meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/articles/*/report?*", async (route) => (await held, route.continue()), { times: 1 });
    const download = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("link", { name: "Preparing PDF…" }).waitFor();
    release();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^budget-figures-march-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await page.getByText(/^Downloaded budget-figures-march-.*\.pdf\.$/).waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "could not be downloaded" }).count()).toBe(0);
  });
});

describe("audit feed", () => {
  it("quotes the claim and names the article, filters by a named action, and opens the claim", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/audit`);
    await page.getByLabel("Action").selectOption({ label: "Source added" });
    await page.waitForURL(/\/audit\?action=source\.add$/);
    const feed = page.locator(".audit-feed");
    // The unfiltered feed already holds a "source.add" event: wait for the filtered page itself,
    // since the feed empties while the new filter's page loads.
    await expect.poll(() => feed.locator("code").allTextContents(), { timeout: 15_000 }).toEqual(["source.add"]);
    const event = feed.locator("li").filter({ hasText: "source.add" }).first();
    await event.getByRole("link", { name: TITLE }).waitFor();
    const claim = event.getByRole("link", { name: /^“Unemployment fell to 3\.5 percent/ });
    expect(await claim.getAttribute("title")).toBe(`Claim ${claimId}`);
    await screenshot(page, "audit-readable");

    await claim.click();
    await page.waitForURL(new RegExp(`/articles/${articleId}\\?claim=${claimId}$`));
    await page.getByRole("heading", { level: 2, name: /^Claim #1/ }).waitFor();
    expect(editor.errors).toEqual([]);
  });
});
