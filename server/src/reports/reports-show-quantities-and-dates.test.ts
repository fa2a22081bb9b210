// Decision 875: a report shows the figures and dates the extractor read in each claim, so a reader
// sees what was checked. Markdown, HTML and PDF print a "Figures" and a "Dates" line under the
// claim, JSON carries them as fields, CSV as two columns; ClaimReview keeps to schema.org and
// shows neither. Claims with none print no line and get empty cells.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportDocumentSchema, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import type { Quantity, ResolvedDate } from "@claimdesk/shared";
import { formatClaimReview } from "./format-claimreview.ts";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatJson } from "./format-json.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { formatPdf } from "./format-pdf.ts";
import { parseCsv } from "./parse-csv.test-helper.ts";
import { renderReport } from "./render-report.ts";
import type { ReportData } from "./report-data.ts";
import { GENERATED_AT, reportFixture, XSS } from "./test-fixture.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const all = reportOptionsSchema.parse({
  approvedOnly: "false",
  includeUnreviewed: "true",
  includeNotes: "true",
  dismissed: "separate",
});

const deportations: Quantity = {
  text: "more than 1,700 deportations",
  start: 0,
  end: 28,
  value: 1700,
  unit: "deportations",
  qualifier: "more_than",
};
const adults: Quantity = {
  text: "40 per cent of adults in Wales",
  start: 40,
  end: 70,
  value: 40,
  unit: "%",
  qualifier: null,
  group: "adults in Wales",
};
const january: ResolvedDate = {
  text: "in January",
  start: 80,
  end: 90,
  value: "2025-01",
  granularity: "month",
  relative: true,
};
const quarter: ResolvedDate = {
  text: "second quarter of 2025",
  start: 95,
  end: 117,
  value: "2025",
  granularity: "year",
  relative: false,
  firstDay: "2025-04-01",
  lastDay: "2025-06-30",
};
const saidTuesday: ResolvedDate = {
  text: "on Tuesday",
  start: 130,
  end: 140,
  value: "2025-03-25",
  granularity: "day",
  relative: true,
  ofStatement: true,
};

const oneInFive: Quantity = {
  text: "one in five children",
  start: 0,
  end: 20,
  value: 0.2,
  unit: "share of children",
  qualifier: null,
  group: "children",
};

/** The fixture with claim 1 (its second entry, the fixture being out of order) given figures and dates. */
function withFigures(quantities: Quantity[] = [deportations, adults], dates = [january, quarter, saidTuesday]) {
  const data: ReportData = reportFixture();
  data.claims[1]!.quantities = quantities;
  data.claims[1]!.dates = dates;
  return data;
}

// A per cent's group after "of", with no brackets, since decision 980.
const FIGURES = "more than 1,700 deportations; 40% of adults in Wales";
const DATES =
  "in January → 2025-01 (resolved); second quarter of 2025 → 2025-04-01 to 2025-06-30; said on Tuesday → 2025-03-25 (resolved)";

// The HTML puts the article's own words (a unit, a group, a date as written) in <bdi>, as it does
// the quote, so right-to-left words keep to their side (report-figures-as-written.test.ts).
const FIGURES_HTML = "more than 1,700 <bdi>deportations</bdi>; 40% of <bdi>adults in Wales</bdi>";
const DATES_HTML =
  "<bdi>in January</bdi> → 2025-01 (resolved); <bdi>second quarter of 2025</bdi> → 2025-04-01 to 2025-06-30; said <bdi>on Tuesday</bdi> → 2025-03-25 (resolved)";

describe("Markdown and HTML print the figures and dates under the claim", () => {
  it("Markdown: a Figures and a Dates line among the claim's facts", () => {
    const md = formatMarkdown(withFigures(), all, GENERATED_AT);
    expect(md).toContain(`- **Kind:** statistic\n- **Figures:** ${FIGURES}\n- **Dates:** ${DATES}\n`);
  });

  it("HTML: a Figures and a Dates entry in the claim's list", () => {
    const html = formatHtml(withFigures(), all, GENERATED_AT);
    expect(html).toContain(`<dt>Figures</dt><dd>${FIGURES_HTML}</dd><dt>Dates</dt><dd>${DATES_HTML}</dd>`);
  });

  it("escapes a group or a date's text as the rest of the claim is escaped", () => {
    const data = withFigures([{ ...adults, group: `adults ${XSS} *in* Wales` }], [{ ...january, text: "in [Jan](x)" }]);
    const md = formatMarkdown(data, all, GENERATED_AT);
    expect(md).toContain('- **Figures:** 40% of adults &lt;script&gt;alert("x")&lt;/script&gt; \\*in\\* Wales');
    expect(md).toContain("- **Dates:** in \\[Jan\\](x) → 2025-01 (resolved)");
    const html = formatHtml(data, all, GENERATED_AT);
    expect(html).toContain(
      "<dd>40% of <bdi>adults &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; *in* Wales</bdi></dd>",
    );
  });

  it("only under the claim that has them: claim 2 of the same report has none", () => {
    const md = formatMarkdown(withFigures(), all, GENERATED_AT);
    expect(md.match(/\*\*Figures:\*\*/g)).toHaveLength(1);
    expect(md.split("### Claim 1")[1]!.split("### Claim 2")[0]).toContain("**Dates:**");
    expect(md.split("### Claim 2")[1]).not.toContain("Figures");
  });

  it("near-miss: a report whose claims have no figures and no dates prints neither line", () => {
    const md = formatMarkdown(reportFixture(), all, GENERATED_AT);
    const html = formatHtml(reportFixture(), all, GENERATED_AT);
    for (const text of [md, html]) {
      expect(text).not.toContain("Figures");
      expect(text).not.toContain("Dates");
    }
  });

  it("a share whose unit already names its group is not told it twice, as in the review pane", () => {
    const md = formatMarkdown(withFigures([oneInFive], []), all, GENERATED_AT);
    // "0\\.2": escapeMarkdown escapes a numbered list's "0." at the start of any field; it renders "0.2".
    expect(md).toContain("- **Figures:** 20% of children\n");
    expect(md).not.toContain("**Dates:**");
  });

  it("near-miss: the claim's own wording and quote are printed as before", () => {
    const md = formatMarkdown(withFigures(), all, GENERATED_AT);
    expect(md).toContain("- **In the article:** “rose 40%”\n- **Kind:** statistic\n");
    expect(md).not.toContain("(of children)");
  });
});

describe("JSON carries them as fields", () => {
  it("each claim has its quantities and dates, without the article's offsets", () => {
    const doc = reportDocumentSchema.parse(JSON.parse(formatJson(withFigures(), all, GENERATED_AT)));
    expect(doc.schemaVersion).toBe("1.2");
    expect(doc.claims[0]!.quantities).toEqual([
      { text: "more than 1,700 deportations", value: 1700, unit: "deportations", qualifier: "more_than", group: null },
      { text: "40 per cent of adults in Wales", value: 40, unit: "%", qualifier: null, group: "adults in Wales" },
    ]);
    expect(doc.claims[0]!.dates).toEqual([
      {
        text: "in January",
        value: "2025-01",
        granularity: "month",
        relative: true,
        firstDay: null,
        lastDay: null,
        ofStatement: false,
      },
      {
        text: "second quarter of 2025",
        value: "2025",
        granularity: "year",
        relative: false,
        firstDay: "2025-04-01",
        lastDay: "2025-06-30",
        ofStatement: false,
      },
      {
        text: "on Tuesday",
        value: "2025-03-25",
        granularity: "day",
        relative: true,
        firstDay: null,
        lastDay: null,
        ofStatement: true,
      },
    ]);
  });

  it("a claim with none has two empty lists, not missing fields", () => {
    const doc = reportDocumentSchema.parse(JSON.parse(formatJson(withFigures(), all, GENERATED_AT)));
    expect(doc.claims[1]).toMatchObject({ number: 2, quantities: [], dates: [] });
  });
});

describe("CSV has a figures and a dates column", () => {
  it("with the readable lines, one cell each, so the row count stays one per claim", () => {
    const rows = parseCsv(formatCsv(withFigures(), all, GENERATED_AT).slice(1));
    const header = rows[0]!;
    expect(header.slice(-3)).toEqual(["figures", "dates", "notes"]);
    expect(rows).toHaveLength(1 + 5);
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(first.figures).toBe(FIGURES);
    expect(first.dates).toBe(DATES);
    expect(rows[2]![header.indexOf("figures")]).toBe("");
    expect(rows[2]![header.indexOf("dates")]).toBe("");
  });

  it("after every column there was, and without notes they end the row", () => {
    const plain = parseCsv(formatCsv(withFigures(), reportOptionsSchema.parse({}), GENERATED_AT).slice(1))[0]!;
    expect(plain.slice(-2)).toEqual(["figures", "dates"]);
  });

  it("near-miss: the columns there were keep their places", () => {
    const header = parseCsv(formatCsv(withFigures(), all, GENERATED_AT).slice(1))[0]!;
    expect(header.slice(0, 18)).toEqual(
      parseCsv(formatCsv(reportFixture(), all, GENERATED_AT).slice(1))[0]!.slice(0, 18),
    );
    expect(header.indexOf("link")).toBe(17);
  });

  it("a figure starting like a formula is neutralised like any other cell", () => {
    const negative: Quantity = { text: "-3%", start: 0, end: 3, value: -3, unit: "%", qualifier: null };
    const rows = parseCsv(formatCsv(withFigures([negative], []), all, GENERATED_AT).slice(1));
    expect(rows[1]![rows[0]!.indexOf("figures")]).toBe("'-3%");
  });
});

describe("ClaimReview keeps to schema.org's vocabulary", () => {
  it("near-miss: the JSON-LD is the same with or without figures and dates", () => {
    expect(formatClaimReview(withFigures(), all, GENERATED_AT)).toBe(
      formatClaimReview(reportFixture(), all, GENERATED_AT),
    );
  });
});

describe("determinism", () => {
  it.each(["markdown", "html", "json", "csv"] as const)(
    "%s with figures and dates: same input, same bytes, digits grouped the same anywhere",
    async (format) => {
      const [a, b] = [
        (await renderReport(format, withFigures(), all, GENERATED_AT)).body,
        (await renderReport(format, withFigures(), all, GENERATED_AT)).body,
      ];
      expect(a).toBe(b);
      if (format !== "json") expect(a).toMatch(/1,700 (<bdi>)?deportations/);
    },
  );
});

describe.skipIf(!existsSync(PDFTOTEXT))("PDF prints them as the HTML does", () => {
  it("a Figures and a Dates line, with the arrow in the report fonts", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-pdf-")), "report.pdf");
    writeFileSync(file, await formatPdf(withFigures(), all, GENERATED_AT));
    const text = execFileSync(PDFTOTEXT, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).not.toContain("not in the report fonts");
    expect(text).toContain(`Figures: ${FIGURES}`);
    expect(text).toContain(
      "Dates: in January → 2025-01 (resolved); second quarter of 2025 → 2025-04-01 to 2025-06-30;",
    );
  });
});
