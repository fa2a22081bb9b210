/**
 * Importing a PDF as newsrooms receive them (press releases, reports, a page printed from the web):
 * the browser reads its text layer with pdf.js, under the app's CSP, and the editor sees paragraphs
 * whole, without the printed header, footer and page numbers, before anything is saved. The PDF is
 * a story printed by Chromium itself, in two columns, as a reader's "Save as PDF" makes it.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, pageApi, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const HEADLINE = "Harbor board approves night shipping limits";
const PARAGRAPHS = [
  "The harbor board voted 5-2 on Monday to limit night shipping at the Port of Calder to 12 vessels a week, Commissioner Ellen Brody said.",
  "Noise complaints from the Eastbank district rose to 1,240 last year, more than double the 2022 figure, according to city records.",
  "Shipping companies warned that the limits would cost the port about $18 million a year in fees.",
];
const DATELINE = "CALDER, Wash., June 10, 2025 —";
// Long enough to run over several pages, so paragraphs are cut by column and page breaks.
const BODY = Array.from({ length: 24 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!);

/** The story printed to PDF by Chromium, in two justified columns, with a header and page numbers. */
async function printedStory(person: Person): Promise<Buffer> {
  const printer = await person.context.newPage();
  const paragraphs = [DATELINE, ...BODY].map((p) => `<p>${p}</p>`).join("");
  await printer.setContent(
    `<html><head><title>${HEADLINE}</title><style>body{font:11pt serif}main{columns:2;text-align:justify}</style></head><body><h1>${HEADLINE}</h1><main>${paragraphs}</main></body></html>`,
  );
  const pdf = await printer.pdf({
    format: "A5",
    displayHeaderFooter: true,
    headerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center">Coastline Herald · <span class="title"></span></div>',
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: { top: "60px", bottom: "60px", left: "40px", right: "40px" },
  });
  await printer.close();
  return pdf;
}

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
    const pdf = await printedStory(editor);
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByLabel(/Choose a file/).setInputFiles({
      name: "harbor-board.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    const text = page.getByLabel("Or paste the text");
    await expect.poll(() => text.inputValue(), { timeout: 30_000 }).toContain(PARAGRAPHS[0]);
    // Every word in order, and nothing of the header or footer. Where a column or page ends with a
    // paragraph's last line running to the margin, two paragraphs may be read as one: no sentence
    // is cut by that.
    const read = await text.inputValue();
    expect(read.replace(/\n\n/g, " ")).toBe([HEADLINE, DATELINE, ...BODY].join(" "));
    expect(read.startsWith(`${HEADLINE}\n\n${DATELINE}\n\n`)).toBe(true);
    expect(read.split("\n\n").length).toBeGreaterThanOrEqual(BODY.length);
    expect(await page.getByLabel("Title").inputValue()).toBe(HEADLINE);
    expect(await page.getByLabel("Published on").inputValue()).toBe("2025-06-10");
    expect(await page.getByLabel("Format").inputValue()).toBe("text");

    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    const articleId = new URL(page.url()).pathname.split("/").pop()!;
    const { items } = await pageApi<{ items: { quote: string; claimant: string }[] }>(
      page,
      "GET",
      `/api/articles/${articleId}/claims`,
    );
    expect(items.some((c) => c.quote.includes("1,240") && /city records/i.test(c.claimant))).toBe(true);
    expect(items.every((c) => !/Coastline Herald|Page \d|CALDER/.test(c.quote))).toBe(true);
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
