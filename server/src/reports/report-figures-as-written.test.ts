// Review of decision 875: a figure's value is printed as the extractor read it, however many
// decimals it has, and the article's own words in a figure or date (a unit, a share's group, a
// date as written) keep their direction in the HTML report when they are right to left.
import { describe, expect, it } from "vitest";
import { quantityLabel, type ResolvedDate } from "@claimdesk/shared";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { formatCsv } from "./format-csv.ts";
import { formatHtml } from "./format-html.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { parseCsv } from "./parse-csv.test-helper.ts";
import { q, withFigures } from "./report-figures.test-helper.ts";
import { GENERATED_AT } from "./test-fixture.ts";

const all = reportOptionsSchema.parse({ includeUnreviewed: "true", dismissed: "separate" });

describe("a figure's value as read", () => {
  const data = withFigures([q(0.0004, "%"), q(0.12345, null), q(1.5, "million people")]);

  it("keeps every decimal in the readable formats (no '0%' for 0.0004%)", () => {
    const md = formatMarkdown(data, all, GENERATED_AT);
    // escapeMarkdown guards a field opening with "0." as it does any field; it renders "0.0004".
    expect(md).toContain("- **Figures:** 0\\.0004%; 0.12345; 1.5 million people");
    expect(formatHtml(data, all, GENERATED_AT)).toContain("<dd>0.0004%; 0.12345; 1.5 <bdi>million people</bdi></dd>");
  });

  it("keeps them in the CSV cell", () => {
    const rows = parseCsv(formatCsv(data, all, GENERATED_AT).replace(/^\uFEFF/, ""));
    const col = rows[0]!.indexOf("figures");
    expect(rows.map((r) => r[col])).toContain("0.0004%; 0.12345; 1.5 million people");
  });

  it("is the review pane's wording too", () => {
    expect(quantityLabel(q(0.0004, "%"), "en-GB")).toBe("0.0004%");
  });
});

describe("right-to-left words in a figure or date (HTML)", () => {
  const arabicDate: ResolvedDate = {
    text: "في يناير",
    start: 0,
    end: 8,
    value: "2025-01",
    granularity: "month",
    relative: true,
  };
  const data = withFigures([q(40, "%", "البالغين في مصر")], [arabicDate]);
  const html = formatHtml(data, all, GENERATED_AT);

  it("isolates the article's words, so the resolved date and the parentheses keep their places", () => {
    // The group after "of", with no brackets, since decision 980; still isolated.
    expect(html).toContain("<dd>40% of <bdi>البالغين في مصر</bdi></dd>");
    expect(html).toContain("<dd><bdi>في يناير</bdi> → 2025-01 (resolved)</dd>");
  });

  it("cannot be unbalanced by isolate marks in the article's words", () => {
    const odd = withFigures([q(1, "\u2069</bdi>x\u2068", "g\u2069")]);
    const out = formatHtml(odd, all, GENERATED_AT);
    const dd = /<dt>Figures<\/dt><dd>(.*?)<\/dd>/.exec(out)![1]!;
    expect(dd.match(/<bdi>/g)?.length).toBe(dd.match(/<\/bdi>/g)?.length);
    expect(dd).toContain("&lt;/bdi&gt;");
  });

  it("leaves Markdown and CSV plain text", () => {
    expect(formatMarkdown(data, all, GENERATED_AT)).toContain("- **Dates:** في يناير → 2025-01 (resolved)");
    expect(formatCsv(data, all, GENERATED_AT)).not.toMatch(/[\u2066-\u2069]|bdi/);
  });
});
