// Content of each format, on the in-memory fixture.
import { describe, expect, it } from "vitest";
import { reportDocumentSchema, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatJson } from "./format-json.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { renderReport, reportFileName } from "./render-report.ts";
import { parseCsv } from "./parse-csv.test-helper.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

const all = reportOptionsSchema.parse({
  approvedOnly: "false",
  includeUnreviewed: "true",
  includeNotes: "true",
  dismissed: "separate",
});
const published = reportOptionsSchema.parse({});

describe("Markdown", () => {
  const md = formatMarkdown(reportFixture(), all, GENERATED_AT);

  it("has the article metadata, summary and each claim with an anchor, verdict, rationale, sources and people", () => {
    expect(md).toMatch(/^# Fact-check report: Deportations hit record/);
    expect(md).toContain("- **Outlet:** The Daily Example");
    expect(md).toContain("- **Published:** 2025-03-28");
    expect(md).toContain("4 claims, 3 reviewed (75%).");
    expect(md).toContain("| False | 1 |");
    expect(md).toContain('<a id="claim-1"></a>\n\n### Claim 1: False');
    expect(md).toContain("Official figures show a 12% rise.");
    expect(md).toContain(
      '[DHS statistics &lt;script&gt;alert("x")&lt;/script&gt;](<https://www.dhs.gov/stats>) — DHS, *Refutes*, accessed 2025-03-30',
    );
    expect(md).toContain("- **Reviewed by:** Rita Reviewer, 2025-03-30 10:00 UTC");
    expect(md).toContain("- **Approved by:** Ed Editor, 2025-03-31 11:00 UTC");
    expect(md).toContain("## Dismissed claims");
    expect(md).toContain("**Internal notes**");
  });

  it("names a person with the title the article gives them", () => {
    const data = reportFixture();
    data.claims[0]!.claimant = { name: "Kristi Noem", type: "person", via: null, title: "Homeland Security Secretary" };
    expect(formatMarkdown(data, all, GENERATED_AT)).toContain(
      "- **Claimant:** Homeland Security Secretary Kristi Noem",
    );
    expect(formatHtml(data, all, GENERATED_AT)).toContain("Homeland Security Secretary Kristi Noem");
    const json = JSON.parse(formatJson(data, all, GENERATED_AT)) as { claims: { claimantTitle: string | null }[] };
    expect(json.claims.find((c) => c.claimantTitle)).toMatchObject({
      claimant: "Kristi Noem",
      claimantTitle: "Homeland Security Secretary",
    });
  });

  it("names the outlet that relayed a claim beside its claimant", () => {
    const data = reportFixture();
    data.claims[0]!.claimant = { name: "unnamed sources", type: "unnamed_sources", via: "El Espectador" };
    expect(formatMarkdown(data, all, GENERATED_AT)).toContain("- **Claimant:** unnamed sources (via El Espectador)");
    expect(formatHtml(data, all, GENERATED_AT)).toContain("unnamed sources (via El Espectador)");
  });

  it("keeps claims in text order", () => {
    const order = [...md.matchAll(/### Claim (\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("leaves internal notes and dismissed claims out by default", () => {
    const plain = formatMarkdown(reportFixture(), published, GENERATED_AT);
    expect(plain).not.toContain("Internal");
    expect(plain).not.toContain("Dismissed claims");
    expect(plain).not.toContain("Unapproved rationale");
  });
});

describe("HTML", () => {
  const html = formatHtml(reportFixture(), all, GENERATED_AT);

  it("is a standalone, print-styled document with #claim-N anchors", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<link|<script src|@import/);
    for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`id="claim-${n}"`);
    expect(html).toContain('<span class="verdict">False</span>');
    expect(html).toContain('<a href="https://www.dhs.gov/stats" rel="nofollow noopener noreferrer">');
    expect(html).toContain("<dt>Approved by</dt><dd>Ed Editor, 2025-03-31 11:00 UTC</dd>");
  });

  it("gives the summary table a caption and row and column headers, for screen readers", () => {
    expect(html).toContain(
      '<table><caption>Claims by verdict</caption><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead>',
    );
    expect(html).toContain('<tr><th scope="row">False</th><td class="count">1</td></tr>');
  });

  it("lets right-to-left claims, quotes, rationales, excerpts and notes take their own direction", () => {
    const data = reportFixture();
    const claim = data.claims[1]!;
    claim.text = "قال الوزير إن البطالة انخفضت إلى 4%.";
    claim.quote = "انخفضت إلى 4%";
    const rtl = formatHtml(data, all, GENERATED_AT);
    expect(rtl).toContain('<blockquote dir="auto"><p>قال الوزير إن البطالة انخفضت إلى 4%.</p></blockquote>');
    expect(rtl).toContain('<span class="quote">“<bdi>انخفضت إلى 4%</bdi>”</span>');
    expect(rtl).toContain('<h4>Rationale</h4>\n<div dir="auto"><p>Official figures show a 12% rise.</p>');
    expect(rtl).toContain('<blockquote class="excerpt" dir="auto"><p>Removals: 271,484</p></blockquote>');
    expect(rtl).toContain('<strong>Rita Reviewer</strong>, 2025-03-30 09:00 UTC<div dir="auto"><p>Internal: ');
    expect(rtl).toContain('rel="nofollow noopener noreferrer"><bdi>DHS statistics');
  });

  it("embeds the ClaimReview JSON-LD", () => {
    const json = html.match(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/)![1]!;
    expect(JSON.parse(json).map((r: { url: string }) => r.url.split("#")[1])).toEqual([
      "claim-1",
      "claim-2",
      "claim-4",
    ]);
  });
});

describe("JSON", () => {
  it("is the versioned report document", () => {
    const doc = reportDocumentSchema.parse(JSON.parse(formatJson(reportFixture(), all, GENERATED_AT)));
    expect(doc.schemaVersion).toBe("1.2");
    expect(doc.generatedAt).toBe("2025-04-02T09:30:00.000Z");
    expect(doc.claims[0]).toMatchObject({
      number: 1,
      verdict: "false",
      sources: [{ stance: "refutes" }, { stance: "context" }, { stance: "supports" }],
    });
  });
});

describe("CSV", () => {
  it("has one row per claim, with a header, and round-trips quotes, commas and line breaks", () => {
    const csv = formatCsv(reportFixture(), all, GENERATED_AT);
    expect(csv.startsWith("\uFEFFnumber,claim_id,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 5);
    const header = rows[0]!;
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(first).toMatchObject({
      number: "1",
      verdict: "false",
      verdict_label: "False",
      reviewed_by: "Rita Reviewer",
      source_count: "3",
      dismissed: "no",
    });
    expect(first.rationale).toBe(reportFixture().claims[1]!.rationale);
    expect(first.link).toBe("https://desk.example.org/articles/00000000-0000-4000-8000-000000000001/report#claim-1");
    expect(rows[5]![header.indexOf("dismissed")]).toBe("yes");
  });
});

describe("CSV claimant", () => {
  it("names the outlet that relayed unnamed sources, as the other formats do", () => {
    const data = reportFixture();
    data.claims[1]!.claimant = { name: "unnamed sources", type: "unnamed_sources", via: "El Espectador" };
    const rows = parseCsv(formatCsv(data, all, GENERATED_AT).slice(1));
    const column = rows[0]!.indexOf("claimant");
    expect(rows[1]![column]).toBe("unnamed sources (via El Espectador)");
    expect(rows[3]![column]).toBe("The Daily Example");
  });
});

describe("renderReport", () => {
  it("gives each format its content type and extension", async () => {
    const expected = {
      markdown: ["text/markdown; charset=utf-8", "md"],
      html: ["text/html; charset=utf-8", "html"],
      pdf: ["application/pdf", "pdf"],
      json: ["application/json; charset=utf-8", "json"],
      csv: ["text/csv; charset=utf-8; header=present", "csv"],
      claimreview: ["application/ld+json; charset=utf-8", "claimreview.jsonld"],
    } as const;
    for (const [format, [contentType, extension]] of Object.entries(expected)) {
      const r = await renderReport(format as keyof typeof expected, reportFixture(), published, GENERATED_AT);
      expect([r.contentType, r.extension]).toEqual([contentType, extension]);
    }
  });

  it("names the file after the title and the date", () => {
    expect(reportFileName("Déportations: “hit” a record!", GENERATED_AT, "pdf")).toBe(
      "deportations-hit-a-record-2025-04-02.pdf",
    );
    expect(reportFileName("Кремль", GENERATED_AT, "md")).toBe("article-2025-04-02.md");
  });
});
