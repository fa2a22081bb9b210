// Claims quoting Arabic, Hebrew, CJK, Cyrillic, Greek, Devanagari and emoji come out of the PDF as
// that text: drawn with a font that has it, right-to-left text in reading order, CJK lines inside the
// page. Read back with poppler (pdftotext), as a reader would.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatPdf } from "./format-pdf.ts";
import { SCRIPT_SAMPLES, scriptsFixture } from "./pdf-scripts.test-fixture.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const all = reportOptionsSchema.parse({ approvedOnly: "false", includeUnreviewed: "true", includeNotes: "true" });
// A4 width less the right margin, in points.
const RIGHT_EDGE = 595.28 - 60;

function pdfFile(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-scripts-")), "report.pdf");
  writeFileSync(file, pdf);
  return file;
}

/** pdftotext's text without the direction marks it adds around right-to-left runs, spaces squeezed. */
function text(file: string): string {
  return execFileSync(PDFTOTEXT, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .replace(/[\u202a-\u202e]/g, "")
    .replace(/\s+/g, " ");
}

const embeddedFonts = (pdf: Buffer) =>
  new Set(Array.from(pdf.toString("latin1").matchAll(/\/BaseFont \/[A-Z]+\+([\w-]+)/g), (m) => m[1]));

describe.skipIf(!existsSync(PDFTOTEXT))("PDF text in other scripts", async () => {
  const pdf = await formatPdf(scriptsFixture(), all, GENERATED_AT);
  const file = pdfFile(pdf);
  const extracted = text(file);

  it("embeds a font that has each script's glyphs", () => {
    expect([...embeddedFonts(pdf)].sort()).toEqual(
      expect.arrayContaining([
        "DejaVuSans",
        "NotoEmoji-Regular",
        "NotoSansDevanagari-Regular",
        "NotoSansKR-Regular",
        "NotoSansSC-Regular",
      ]),
    );
  });

  it.each([
    ["Arabic, in reading order", "قال الوزير إن البطالة انخفضت بنسبة"],
    ["Hebrew, in reading order", "ראש הממשלה אמר שהאבטלה ירדה"],
    ["Cyrillic", SCRIPT_SAMPLES.russian],
    ["Greek", SCRIPT_SAMPLES.greek],
    ["Devanagari", "मंत्री ने कहा"],
    ["Korean", SCRIPT_SAMPLES.korean],
    ["emoji", "🔥🔥 Unemployment DOWN 40%!! 👏 #winning 😂"],
    ["a name quoted in Arabic inside English, in reading order", "الوزير محمد"],
  ])("reads back %s", (_, sample) => {
    expect(extracted).toContain(sample);
  });

  it("reads back Chinese and Japanese, which may wrap anywhere", () => {
    const squeezed = extracted.replace(/\s+/g, "");
    expect(squeezed).toContain(SCRIPT_SAMPLES.chinese);
    expect(squeezed).toContain(SCRIPT_SAMPLES.japanese);
  });

  it("keeps every word inside the right margin (CJK lines break between characters)", () => {
    const boxes = execFileSync(PDFTOTEXT, ["-bbox", file, "-"], { encoding: "utf8" });
    const xMax = Array.from(boxes.matchAll(/xMax="([\d.]+)"/g), (m) => Number(m[1]));
    expect(xMax.length).toBeGreaterThan(100);
    expect(Math.max(...xMax)).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
  });

  it("names characters no font has instead of drawing empty boxes", () => {
    expect(extracted).toContain("Tablet [character not in the report fonts: U+12000] says");
  });
});

describe("PDF of a Latin-only report", () => {
  it("embeds only DejaVu in a Latin-only report, which stays about as small as before the fallback fonts", async () => {
    await formatPdf(reportFixture(), all, GENERATED_AT); // warm-up: fonts read, code compiled
    const started = performance.now();
    const pdf = await formatPdf(reportFixture(), all, GENERATED_AT);
    const ms = performance.now() - started;
    console.log(`Latin fixture PDF: ${pdf.length} bytes in ${ms.toFixed(0)} ms`);
    expect([...embeddedFonts(pdf)].sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]);
    // 41,213 bytes before per-run fonts; the layout is the same, so only a few bytes may differ.
    expect(pdf.length).toBeLessThan(43_000);
  });
});
