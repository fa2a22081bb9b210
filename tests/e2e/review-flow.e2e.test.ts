/**
 * The main path through the app, in real Chromium against the real server and database:
 * sign in, import the sample article, see its claims highlighted, give one a verdict with a
 * source, watch a second browser receive the change live, export a report, revise the article
 * text and see the reviewed claim marked as changed, and find the actions in the audit view.
 * Screenshots of the main screens go to tests/e2e/artifacts/.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { wordDocument } from "../../client/src/test/word-document.ts";
import { openBrowser, screenshot, signIn, type Person } from "./support/browser.ts";
import { ADMIN, ROOT, startRealServer, type RunningServer } from "./support/server.ts";

const SAMPLE = join(ROOT, "samples/colombia-dhs-2025-03-28.txt");
const REVIEWER = { name: "Rita Reviewer", email: "rita@example.org", password: "rita-reviews-2025" };

let server: RunningServer;
let editor: Person;
let reviewer: Person;

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  reviewer = await openBrowser();
});

afterAll(async () => {
  await editor?.close();
  await reviewer?.close();
  await server?.stop();
});

describe("review flow", () => {
  let articlePath = "";

  it("signs in, rejects wrong credentials clearly, and adds a reviewer", async () => {
    const page = editor.page;
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("definitely-not-it");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/do not match/);
    await screenshot(page, "01-sign-in-error");

    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByLabel("Name").fill(REVIEWER.name);
    await page.getByLabel("Email").fill(REVIEWER.email);
    await page.getByLabel("First password").fill(REVIEWER.password);
    await page.getByRole("button", { name: "Add user" }).click();
    await page.getByRole("cell", { name: REVIEWER.email }).waitFor();
    await screenshot(page, "02-users");
  });

  it("imports the sample article with a preview of its claims", async () => {
    const page = editor.page;
    await page.getByRole("link", { name: "Import", exact: true }).click();
    // A Word document is turned into plain text in the browser, by the converter loaded on demand.
    const docx = await wordDocument(["date 2025-03-28", "Crime fell 12 percent in 2024, the mayor said."]);
    await page.getByLabel(/Choose a file/).setInputFiles({
      name: "story.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(docx),
    });
    await expect
      .poll(() => page.getByLabel("Or paste the text").inputValue())
      .toBe("date 2025-03-28\n\nCrime fell 12 percent in 2024, the mayor said.");
    await page.getByLabel(/Choose a file/).setInputFiles(SAMPLE);
    // The file is read in the browser: its text lands in the box, its date in the metadata.
    await expect.poll(() => page.getByLabel("Or paste the text").inputValue()).toContain("Homeland Security");
    expect(await page.getByLabel("Published on").inputValue()).toBe("2025-03-28");
    await page.getByLabel("Title").fill("Noem meets Petro in Bogotá");
    await page.getByLabel("Outlet").fill("Sample outlet");
    await page.getByRole("button", { name: "Preview claims" }).click();
    const preview = page.getByRole("document", { name: "Preview of the article text" });
    await preview.locator("mark").first().waitFor();
    expect(await preview.locator("mark").count()).toBeGreaterThan(5);
    await screenshot(page, "03-import-preview");

    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    articlePath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: "Noem meets Petro in Bogotá" }).waitFor();
  });

  it("shows every claim highlighted in the text and listed beside it", async () => {
    const page = editor.page;
    const body = page.getByRole("document", { name: "Article text" });
    await body.locator("mark").first().waitFor();
    const count = Number(await body.getAttribute("data-claim-count"));
    expect(count).toBeGreaterThan(5);
    // Each claim is labelled where it starts, not only coloured.
    expect(await body.locator("mark[data-start-of]").count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole("listbox", { name: "Claims" }).getByRole("option").count()).toBeGreaterThan(5);
    await screenshot(page, "04-review-workspace");
    // 200% zoom on a 1440px window is a 720px-wide layout: one column, nothing cut off.
    await page.setViewportSize({ width: 720, height: 900 });
    await screenshot(page, "04b-review-narrow");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    // In one column the claim panel sits below the whole article and the list: choosing a claim
    // brings its panel into view rather than leaving the reader to scroll for it.
    await body.locator("mark[data-start-of]").nth(2).click();
    const heading = page.getByRole("heading", { level: 2, name: /^Claim #\d+/ });
    await heading.waitFor();
    await expect
      .poll(() =>
        heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().bottom <= innerHeight),
      )
      .toBe(true);
    await screenshot(page, "04c-review-narrow-claim-chosen");
    // On a phone the export options open fully on screen, not cut off at the left edge.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByText("Export report", { exact: true }).click();
    const options = page.locator(".export-options");
    await options.waitFor();
    const box = await options.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    await screenshot(page, "04d-export-on-a-phone");
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(375);
    await page.getByText("Export report", { exact: true }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    // The address names the chosen claim; the next steps start from the article with none chosen.
    expect(new URL(page.url()).searchParams.get("claim")).toMatch(/^[0-9a-f-]{36}$/);
    await page.goto(`${server.url}${articlePath}`);
    await body.locator("mark").first().waitFor();
  });

  it("gives a claim a verdict with a source, and a second browser sees it live", async () => {
    const page = editor.page;
    await signIn(reviewer.page, server.url, REVIEWER.email, REVIEWER.password);
    await reviewer.page.goto(`${server.url}${articlePath}`);
    await reviewer.page.getByRole("document", { name: "Article text" }).locator("mark").first().waitFor();
    // Wait until the live connection is open before changing anything.
    await reviewer.page.locator(".live-dot.on").waitFor();

    await page.keyboard.press("j");
    await page.getByRole("heading", { name: /Claim #1/ }).waitFor();
    await page.keyboard.press("s");
    await page
      .getByLabel("Web address")
      .fill("https://www.dhs.gov/news/2025/03/28/secretary-noem-meets-colombian-president-petro");
    await page.getByLabel("Stance").selectOption("supports");
    await page.getByLabel("Title", { exact: true }).fill("DHS press release");
    await page.getByRole("button", { name: "Add source" }).click();
    await page.getByRole("link", { name: "DHS press release" }).waitFor();
    // Focus stays where the work goes on, never dropped to the page: here, on "Add source".
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.id ?? ""} ${document.activeElement?.textContent}`);
    expect(await focused()).toMatch(/Add source/);

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("1");
    await page.getByLabel("Rationale").fill("The DHS press release confirms the meeting took place on Thursday.");
    await page.getByRole("button", { name: "Save verdict" }).click();
    await page.getByText("Saved.").waitFor();
    expect(await focused()).toMatch(/Save verdict/);
    // Editors sign verdicts off; reports publish approved verdicts by default.
    await page.getByRole("button", { name: "Approve verdict" }).click();
    await page
      .getByText(/Approved by/)
      .first()
      .waitFor();
    await page.getByLabel(/Add a note/).fill("Checked against the DHS release.");
    await page.getByRole("button", { name: "Add note" }).click();
    await page.locator(".notes .plain-text", { hasText: "Checked against the DHS release." }).waitFor();
    expect(await focused()).toMatch(/^new-note-/);
    await screenshot(page, "05-verdict-saved");

    const firstRow = reviewer.page.getByRole("listbox", { name: "Claims" }).getByRole("option").first();
    await firstRow.getByText("True").waitFor({ timeout: 15_000 });
    await reviewer.page.getByText(/Updated by others/).waitFor();
    await screenshot(reviewer.page, "06-second-browser-live");
  });

  it("two people on one claim: an assignment does not interrupt a verdict; a rival verdict is shown side by side", async () => {
    const page = editor.page;
    const rita = reviewer.page;
    const rows = (p: typeof page) => p.getByRole("listbox", { name: "Claims" }).getByRole("option");
    await rows(rita).nth(1).click();
    await rita.getByRole("heading", { name: /Claim #2/ }).waitFor();
    await rows(page).nth(1).click();
    await page.getByRole("heading", { name: /Claim #2/ }).waitFor();

    // Rita starts a verdict; meanwhile the editor assigns the claim to her, then writes one too.
    await rita.getByRole("radio", { name: /Unverified/ }).check();
    await rita.getByLabel("Rationale").fill("No public record of the tour dates yet.");
    await page.getByLabel("Assigned to").selectOption({ label: REVIEWER.name });
    await expect.poll(() => page.getByLabel("Assigned to").isEnabled()).toBe(true);
    await page.getByRole("radio", { name: /Unverified/ }).check();
    await page.getByLabel("Rationale").fill("The presidency's statement lists only Bogotá.");

    // The assignment changed the claim's version but not its verdict: Rita's save just goes through.
    await rita.getByRole("button", { name: "Save verdict" }).click();
    await rita.getByText("Saved.").waitFor();
    expect(await rita.getByRole("alert").count()).toBe(0);

    // The editor's verdict did meet Rita's: both are shown, named, and nothing is lost.
    await page.getByRole("button", { name: "Save verdict" }).click();
    // Named with the time of the change, which the server takes from the audit log.
    const conflict = page.getByRole("alert", {
      name: new RegExp(`^${REVIEWER.name} changed this at \\d{2}:\\d{2} while you were editing$`),
    });
    await conflict.waitFor();
    await conflict.getByText("No public record of the tour dates yet.").waitFor();
    await conflict.getByText("The presidency's statement lists only Bogotá.").waitFor();
    await screenshot(page, "06a-verdict-conflict");
    await conflict.getByRole("button", { name: "Take theirs" }).click();
    expect(await page.getByLabel("Rationale").inputValue()).toBe("No public record of the tour dates yet.");
  });

  it("exports a report", async () => {
    const page = editor.page;
    await page.getByText("Export report", { exact: true }).click();
    await page.getByLabel("Report format").selectOption("markdown");
    const href = await page.getByRole("link", { name: "Download report" }).getAttribute("href");
    expect(href).toMatch(/\/report\?format=markdown$/);
    await screenshot(page, "06b-export-options");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download report" }).click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(path, "utf8");
    expect(text).toMatch(/True/);
    expect(text).toMatch(/DHS press release|dhs\.gov/);
  });

  it("revises the article text and sees the reviewed claim marked as changed", async () => {
    const page = editor.page;
    await page.getByRole("button", { name: "Edit article" }).click();
    const text = page.getByLabel("Body text");
    const body = await text.inputValue();
    expect(body).toContain("met with far-left President");
    await text.fill(body.replace("met with far-left President", "met with leftist President"));
    await page.getByRole("button", { name: "Save article" }).click();
    await page.getByText(/Text revised\./).waitFor();
    // Claim #1 had a verdict, so changed words also ask for a second look.
    const firstRow = page.getByRole("listbox", { name: "Claims" }).getByRole("option").first();
    await firstRow.getByText("text changed").waitFor();
    await firstRow.getByText("needs re-review").waitFor();
    await screenshot(page, "06c-article-revised");
  });

  it("finds the verdict and the export in the audit view", async () => {
    const page = editor.page;
    await page.getByRole("link", { name: "Audit" }).click();
    const feed = page.locator(".audit-feed");
    await feed.getByText("claim.verdict").first().waitFor();
    await feed.getByText("report.export").first().waitFor();
    const summary = page.locator("table.summaries");
    await summary.getByRole("rowheader").first().waitFor();
    await screenshot(page, "07-audit");
    expect(editor.errors).toEqual([]);
    expect(reviewer.errors).toEqual([]);
  });

  it("lists the article with its progress, and signs out", async () => {
    const page = editor.page;
    await page.getByRole("link", { name: "Articles" }).click();
    const row = page.getByRole("row", { name: /Noem meets Petro/ });
    await row.getByText(/2 of \d+ claims reviewed/).waitFor();
    await row.getByText("True: 1").waitFor();
    await screenshot(page, "08-articles");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to ClaimDesk" }).waitFor();
    await page.goto(`${server.url}/articles`);
    await page.getByRole("heading", { name: "Sign in to ClaimDesk" }).waitFor();
  });
});
