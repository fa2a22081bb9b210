/**
 * Importing a PDF as newsrooms receive them (press releases, reports, a paper's page export):
 * the browser reads its text layer with pdf.js, under the app's CSP, and the editor sees paragraphs
 * whole, without the running footer and page numbers, before anything is saved.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfDocument } from "../support/pdf-document.ts";
import { openBrowser, pageApi, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const HEADLINE = "Harbor board approves night shipping limits";
const PARAGRAPHS = [
  "The harbor board voted 5-2 on Monday to limit night shipping at the Port of Calder to 12 vessels a week, Commissioner Ellen Brody said.",
  "Noise complaints from the Eastbank district rose to 1,240 last year, more than double the 2022 figure, according to city records.",
  "Shipping companies warned that the limits would cost the port about $18 million a year in fees.",
];
// Long enough to run over several pages, so paragraphs are cut by page breaks.
const BODY = Array.from({ length: 24 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!);

let server: RunningServer;
let editor: Person;

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
});

describe("importing a PDF", () => {
  it("shows its paragraphs whole, without page furniture, and saves its claims", async () => {
    const page = editor.page;
    const pdf = await pdfDocument({ headline: HEADLINE, paragraphs: BODY, footer: "Coastline Herald" });
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByLabel(/Choose a file/).setInputFiles({
      name: "harbor-board.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf),
    });
    const text = page.getByLabel("Or paste the text");
    await expect.poll(() => text.inputValue(), { timeout: 30_000 }).toContain(PARAGRAPHS[0]);
    expect(await text.inputValue()).toBe([HEADLINE, ...BODY].join("\n\n"));
    expect(await page.getByLabel("Title").inputValue()).toBe(HEADLINE);
    expect(await page.getByLabel("Format").inputValue()).toBe("text");

    await page.getByLabel("Published on").fill("2025-06-10");
    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    const articleId = new URL(page.url()).pathname.split("/").pop()!;
    const { items } = await pageApi<{ items: { quote: string; claimant: string }[] }>(
      page,
      "GET",
      `/api/articles/${articleId}/claims`,
    );
    expect(items.some((c) => c.quote.includes("1,240") && /city records/i.test(c.claimant))).toBe(true);
    expect(items.every((c) => !/Coastline Herald|Page \d/.test(c.quote))).toBe(true);
    expect(editor.errors).toEqual([]);
  });

  it("says what to do with a PDF that has no text", async () => {
    const page = editor.page;
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByLabel(/Choose a file/).setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 not really"),
    });
    await page.getByText(/"scan\.pdf" is not a readable PDF/).waitFor();
  });
});
