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

function writePdf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  return file;
}

function pdfText(pdf: Buffer): string {
  return execFileSync(PDFTOTEXT, ["-enc", "UTF-8", writePdf(pdf), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
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

  it.skipIf(!existsSync(PDFTOTEXT))(
    "prints the paragraphs and line breaks of rationales, excerpts and notes as breaks, not as missing characters",
    async () => {
      const data = reportFixture();
      const claim = data.claims[1]!;
      claim.sources[0]!.excerpt = "Removals: 271,484\r\nReturns:\t12,000";
      claim.notes[0]!.body = "First line\u2028second line";
      const raw = execFileSync(
        PDFTOTEXT,
        ["-enc", "UTF-8", "-layout", writePdf(await formatPdf(data, all, GENERATED_AT)), "-"],
        {
          encoding: "utf8",
        },
      );
      expect(raw).not.toContain("not in the report fonts");
      const lines = raw.split("\n").map((l) => l.trim());
      // "Official figures show a 12% rise.\n\nSee the DHS table. …": two paragraphs, a blank line apart.
      const at = lines.indexOf("Official figures show a 12% rise.");
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toBe("");
      expect(lines[at + 2]).toMatch(/^See the DHS table\./);
      expect(lines).toContain("Removals: 271,484");
      expect(lines).toContain("Returns: 12,000");
      expect(lines).toContain("First line");
    },
  );

  it.skipIf(!existsSync(PDFTOTEXT))("leaves internal notes out by default", async () => {
    const text = pdfText(await formatPdf(reportFixture(), reportOptionsSchema.parse({}), GENERATED_AT));
    expect(text).toContain("Claim 2: Misleading");
    expect(text).not.toContain("Internal");
  });
});
