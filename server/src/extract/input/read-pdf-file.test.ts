import { describe, expect, it } from "vitest";
import { pdfDocument, pdfWithTable, pdfWithoutText } from "../../../../tests/support/pdf-document.ts";
import { readPdfFile } from "./read-pdf-file.ts";

const PARAGRAPHS = [
  "The city council voted 7-2 on Tuesday to approve 14 miles of protected bike lanes, Mayor Dana Kim said. The project will cost $12.5 million over three years, according to the transportation department.",
  "Critics argue the lanes will hurt small businesses along Main Street. “We were never asked,” said Rosa Delgado, who owns a bakery on the corner of Main and Fifth.",
  "Council member Robert Hayes, who voted against the measure, said the city had spent $4 million on a similar project in 2019 that was never finished.",
];

describe("readPdfFile", () => {
  it("gives the headline and each paragraph whole, without the running footer", async () => {
    // Forty paragraphs fill four pages, so sentences are cut by page breaks.
    const paragraphs = Array.from({ length: 40 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!);
    const pdf = await pdfDocument({
      headline: "Council approves bike lanes",
      paragraphs,
      footer: "Springfield Gazette",
    });

    const text = await readPdfFile(pdf, "story.pdf");

    expect(text.split("\n\n")).toEqual(["Council approves bike lanes", ...paragraphs]);
  });

  it("keeps a short document's last line when it is not a running footer", async () => {
    const pdf = await pdfDocument({ headline: "Short story", paragraphs: PARAGRAPHS.slice(0, 2) });
    expect(await readPdfFile(pdf, "short.pdf")).toBe(["Short story", ...PARAGRAPHS.slice(0, 2)].join("\n\n"));
  });

  it("writes a table's rows a line each, their cells set apart by tabs", async () => {
    const pdf = await pdfWithTable({
      before: "Turnout by region:",
      header: ["Region", "Votes", "Share"],
      rows: [
        ["North", "12,400", "41.2%"],
        ["South", "9,800", "38.5%"],
      ],
      after: "Turnout was 61%.",
    });
    expect((await readPdfFile(pdf, "turnout.pdf")).split("\n\n")).toEqual([
      "Turnout by region:",
      "Region\tVotes\tShare\nNorth\t12,400\t41.2%\nSouth\t9,800\t38.5%",
      "Turnout was 61%.",
    ]);
  });

  it("says what to do with a PDF that is only an image", async () => {
    await expect(readPdfFile(await pdfWithoutText(), "scan.pdf")).rejects.toThrow(
      /"scan\.pdf" has no text to read: it is probably a scanned image\. Paste the article's text instead/,
    );
  });

  it("says what to do with a password-protected PDF", async () => {
    const pdf = await pdfDocument({ headline: "Secret", paragraphs: PARAGRAPHS, password: "s3cret" });
    await expect(readPdfFile(pdf, "locked.pdf")).rejects.toThrow(
      /"locked\.pdf" is protected by a password\. Open it, copy its text and paste it here/,
    );
  });

  it("says what to do with a file that is not a PDF", async () => {
    const bytes = new TextEncoder().encode("<html>not a pdf</html>");
    await expect(readPdfFile(bytes, "page.pdf")).rejects.toThrow(/"page\.pdf" is not a readable PDF/);
  });
});
