// Untrusted text (article, claims, sources, notes) carrying script tags, Markdown and spreadsheet
// formulas goes through every format and comes out inert.
import { describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { escapeMarkdown } from "./escape-markdown.ts";
import { formatClaimReview } from "./format-claimreview.ts";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatJson } from "./format-json.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { parseCsv } from "./parse-csv.test-helper.ts";
import { FORMULA, GENERATED_AT, reportFixture, XSS } from "./test-fixture.ts";
import type { ReportData } from "./report-data.ts";

const all = reportOptionsSchema.parse({
  approvedOnly: "false",
  includeUnreviewed: "true",
  includeNotes: "true",
  dismissed: "separate",
});

/** The fixture plus a claim whose rationale tries to close the JSON-LD script element. */
function hostile(): ReportData {
  const data = reportFixture();
  data.claims[1]!.text = `</script><script>alert(1)</script> ${XSS}`;
  return data;
}

describe("HTML escaping", () => {
  const html = formatHtml(hostile(), all, GENERATED_AT);

  it("has no element or attribute from the data: only our own script element, the JSON-LD", () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).not.toMatch(/<img|<[^>]+\sonerror=|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("cannot end the JSON-LD script early, yet the JSON-LD still parses to the original text", () => {
    const body = html.split('<script type="application/ld+json">')[1]!.split("</script>")[0]!;
    expect(body).not.toMatch(/<|>/);
    expect(JSON.parse(body)[0].claimReviewed).toBe(`</script><script>alert(1)</script> ${XSS}`);
  });

  it("shows non-web source links as text, not links", () => {
    expect(html).toContain('Bad link <span class="quote">(javascript:alert(1), not a web link)</span>');
  });

  it("forbids scripts with a Content-Security-Policy", () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });
});

describe("Markdown escaping", () => {
  const md = formatMarkdown(hostile(), all, GENERATED_AT);

  it("neutralises raw HTML from the data (only our own <a id> anchors remain)", () => {
    const tags = [...md.matchAll(/<([a-z/][^>\s]*)/gi)].map((m) => m[1]);
    expect(new Set(tags.filter((t) => !t!.startsWith("http")))).toEqual(new Set(["a", "/a"]));
    expect(md).toContain("&lt;script&gt;");
  });

  it("escapes Markdown control characters so formatting, links and images stay text", () => {
    expect(md).toContain("\\*\\*bold\\*\\* \\[click\\](javascript:alert(1)) !\\[img\\](http://evil.example/x.png)");
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).toContain("Bad link (javascript:alert(1), not a web link)");
  });

  it("escapes block syntax at the start of a line, and only there", () => {
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("- not a list - really")).toBe("\\- not a list - really");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("    not code")).toBe("not code");
    expect(escapeMarkdown("a | b ` c ~ d \\ e")).toBe("a \\| b \\` c \\~ d \\\\ e");
  });
});

describe("CSV formula injection", () => {
  it("prefixes cells starting with = + - @ tab or CR with an apostrophe", () => {
    const data = reportFixture();
    data.claims[0]!.text = "-2+3";
    data.claims[3]!.text = "\tTAB";
    data.claims[3]!.rationale = "\rCR";
    const rows = parseCsv(formatCsv(data, all, GENERATED_AT).slice(1));
    const cells = rows.slice(1).flat();
    expect(cells).toContain(`'${FORMULA} Σύνταγμα and Кремль said so`);
    expect(cells).toContain(`'@${FORMULA}`);
    expect(cells).toContain("'+1 cherry-picked");
    expect(cells).toContain("'-2+3");
    expect(cells).toContain("'\tTAB");
    expect(cells).toContain("'\rCR");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe("JSON and ClaimReview", () => {
  it("keep the text exactly (JSON escaping is the serialiser's), nothing to execute", () => {
    const doc = JSON.parse(formatJson(hostile(), all, GENERATED_AT));
    expect(doc.claims[0].text).toBe(`</script><script>alert(1)</script> ${XSS}`);
    const reviews = JSON.parse(formatClaimReview(hostile(), all, GENERATED_AT));
    expect(reviews[0].claimReviewed).toBe(`</script><script>alert(1)</script> ${XSS}`);
  });
});
