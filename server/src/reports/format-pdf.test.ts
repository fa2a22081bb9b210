// The PDF opens in a real reader (poppler's pdftotext) and its text is the report's text.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatPdf } from "./format-pdf.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const all = reportOptionsSchema.parse({
  approvedOnly: "false",
  includeUnreviewed: "true",
  includeNotes: "true",
  dismissed: "separate",
});

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("PDF", () => {
  it("is a PDF with the document dates taken from generatedAt", async () => {
    const pdf = await formatPdf(reportFixture(), all, GENERATED_AT);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("(D:20250402093000Z)");
  });

  it.skipIf(!existsSync(PDFTOTEXT))(
    "opens in pdftotext, with every claim's text, verdict, sources and non-Latin script selectable",
    async () => {
      const text = pdfText(await formatPdf(reportFixture(), all, GENERATED_AT));
      // pdftotext may break a long word (a URL) across lines, so compare without whitespace.
      const squeezed = text.replace(/\s+/g, "");
      for (const claim of reportFixture().claims) expect(squeezed).toContain(claim.text.replace(/\s+/g, ""));
      expect(text).toContain("Claim 1: False");
      expect(text).toContain("Claim 3: Not yet reviewed");
      expect(text).toContain("Σύνταγμα and Кремль");
      expect(text).toContain("DHS statistics");
      expect(text).toContain("Approved by: Ed Editor, 2025-03-31 11:00 UTC");
      expect(text).toContain("Internal notes");
      expect(text).toMatch(/Page 1 of 2.*Page 2 of 2/);
    },
  );

  it.skipIf(!existsSync(PDFTOTEXT))("leaves internal notes out by default", async () => {
    const text = pdfText(await formatPdf(reportFixture(), reportOptionsSchema.parse({}), GENERATED_AT));
    expect(text).toContain("Claim 2: Misleading");
    expect(text).not.toContain("Internal");
  });
});
