import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimQuoting } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import type { ArticleFormat } from "./input/detect-format.ts";
import { readPdfFile } from "./input/read-pdf-file.ts";
import { pdfWithTable } from "../../../tests/support/pdf-document.ts";

// Decision 375: a table's source given in its caption or its footer, in HTML and in a PDF.

const PUBLISHED = "2026-05-10";

function read(raw: string, format: ArticleFormat): { body: string; claims: ExtractedClaim[] } {
  const { body } = parseArticleInput(raw, format);
  return { body, claims: extractClaims(body, { publishedOn: PUBLISHED }) };
}

const rows = (claims: ExtractedClaim[]): ExtractedClaim[] => claims.filter((c) => c.quote.includes(" | "));
const quotes = (claims: ExtractedClaim[]): string[] => claims.map((c) => c.quote);

/** An article with a table of two rows; `table` wraps the rows, `after` follows the table. */
function article(open: string, close: string, after = ""): string {
  return [
    "<article><p>Unemployment fell in most regions last year.</p>",
    open,
    "<tr><th>Country</th><th>Rate (%)</th></tr>",
    "<tr><td>Spain</td><td>11.4</td></tr>",
    "<tr><td>Greece</td><td>9.8</td></tr>",
    close,
    after,
    "<p>The minister welcomed the figures.</p></article>",
  ].join("\n");
}

describe("an HTML table's source in its caption or footer", () => {
  it("takes the source a caption ends with, and keeps the caption's title as text", () => {
    const { body, claims } = read(
      article("<table><caption>Unemployment rate by region. Source: ONS</caption>", "</table>"),
      "html",
    );
    expect(body).toContain("Unemployment rate by region. Source: ONS\n\nCountry | Rate (%)");
    const spain = claimQuoting(claims, "Spain | 11.4");
    expect(spain.claimant.name).toBe("ONS");
    expect(spain.text).toBe("According to the ONS, Spain: Rate (%) 11.4");
    expect(rows(claims).every((c) => c.claimant.name === "ONS")).toBe(true);
    // The credit is no claim; the title stays what it was.
    expect(quotes(claims)).not.toContain("Source: ONS");
    expect(claimQuoting(claims, "Unemployment rate by region").kind).toBe("other");
  });

  it("takes the source in a footer row that spans the table", () => {
    const { claims } = read(
      article("<table><thead>", '</tbody><tfoot><tr><td colspan="2">Source: Eurostat</td></tr></tfoot></table>'),
      "html",
    );
    expect(rows(claims)).toHaveLength(2);
    expect(claimQuoting(claims, "Greece | 9.8").text).toBe("According to Eurostat, Greece: Rate (%) 9.8");
    expect(quotes(claims)).not.toContain("Source: Eurostat");
  });

  it("reads a table set in a figure, with the source in its figcaption, before or after the table", () => {
    const under = read(
      article("<figure><table>", "</table><figcaption>Source: Eurostat</figcaption></figure>"),
      "html",
    );
    expect(rows(under.claims)).toHaveLength(2);
    expect(claimQuoting(under.claims, "Spain | 11.4").claimant.name).toBe("Eurostat");
    const titled = read(
      article(
        "<figure><table>",
        '</table><figcaption class="caption">Table 2. Unemployment in southern Europe. Source: Eurostat</figcaption></figure>',
      ),
      "html",
    );
    expect(claimQuoting(titled.claims, "Spain | 11.4").claimant.name).toBe("Eurostat");
    expect(quotes(titled.claims)).toContain("Unemployment in southern Europe");
    expect(quotes(titled.claims)).not.toContain("Source: Eurostat");
    const over = read(
      article("<figure><figcaption>Unemployment by country. Source: Eurostat</figcaption><table>", "</table></figure>"),
      "html",
    );
    expect(claimQuoting(over.claims, "Greece | 9.8").claimant.name).toBe("Eurostat");
  });

  it("reads a caption's table number as a label, not a figure", () => {
    const { claims } = read(article("<table><caption>Table 1: Rents in 2025</caption>", "</table>"), "html");
    const title = claimQuoting(claims, "Table 1: Rents in 2025");
    expect(title.quantities).toEqual([]);
    expect(title.kind).toBe("other");
    expect(rows(claims).every((c) => c.claimant.type === "article")).toBe(true);
  });
});

describe("counter-examples: captions and footers that give no source", () => {
  it("keeps a source that is no body the article's, and its line as it was", () => {
    const { claims } = read(
      article("<table><caption>Unemployment rate by region. Source: Guardian analysis</caption>", "</table>"),
      "html",
    );
    expect(rows(claims).every((c) => c.claimant.type === "article")).toBe(true);
  });

  it("keeps a photo's figure out, and a layout table's spanning rows as paragraphs", () => {
    const photo = read(
      '<article><p>The minister visited Madrid.</p><figure><img src="a.jpg"><figcaption>Source: Reuters</figcaption></figure><p>She met officials.</p></article>',
      "html",
    );
    expect(photo.body).not.toContain("Reuters");
    const layout = read(article('<table><tr><td colspan="2">Key figures</td></tr>', "</table>"), "html");
    expect(layout.body).not.toContain(" | ");
    // A footer before the rows (HTML 4 allowed it) keeps the table a layout table, as before.
    const footFirst = read(
      article('<table><tfoot><tr><td colspan="2">Source: Eurostat</td></tr></tfoot>', "</table>"),
      "html",
    );
    expect(footFirst.body).not.toContain(" | ");
  });

  it("keeps a footer's total row a row", () => {
    const { claims } = read(article("<table>", "<tfoot><tr><td>Total</td><td>10.6</td></tr></tfoot></table>"), "html");
    expect(claimQuoting(claims, "Total | 10.6").text).toBe("Total: Rate (%) 10.6");
  });

  it("does not take a lone source line over a table, nor one after prose of several sentences", () => {
    const between = read(
      [
        "North\t41%\nSouth\t38%\nEast\t35%\nSource: Electoral Commission",
        "",
        "West\t33%\nCentre\t31%\nCoast\t30%",
      ].join("\n"),
      "text",
    );
    expect(claimQuoting(between.claims, "North\t41%").claimant.name).toBe("Electoral Commission");
    expect(claimQuoting(between.claims, "West\t33%").claimant.type).toBe("article");
    const prose = read(
      [
        "Unemployment fell in most regions. It rose in two. Source: ONS",
        "",
        "| Region | Rate (%) |",
        "|---|---:|",
        "| North East | 6.1 |",
        "| London | 5.2 |",
      ].join("\n"),
      "markdown",
    );
    expect(claimQuoting(prose.claims, "North East | 6.1").claimant.type).toBe("article");
  });

  it("still counts a table's figures in a sentence that opens with the word", () => {
    const { claims } = read("Table 3 shows rents rose 5% in Camden.", "text");
    expect(claimQuoting(claims, "rents rose 5%").quantities.map((q) => q.value)).toContain(5);
  });
});

describe("a PDF table's source line set apart by its type", () => {
  const rents = (style: "plain" | "bold label" | "bold" | "small"): Promise<Uint8Array<ArrayBuffer>> =>
    pdfWithTable({
      before: "Average rents in the city rose 6.2% in the year to April.",
      header: ["Borough", "Average rent", "Change"],
      rows: [
        ["Camden", "£2,450", "+7.1%"],
        ["Hackney", "£2,100", "+5.4%"],
        ["Newham", "£1,650", "+8.9%"],
      ],
      after: "Newham saw the steepest rise, the figures show.",
      source: { text: "Source: Office for National Statistics", style },
    });

  it("finds the source under a table when its label is set in bold", async () => {
    const { body, claims } = read(await readPdfFile(await rents("bold label"), "rents.pdf"), "text");
    expect(body).toContain("Newham\t£1,650\t+8.9%\n\nSource: Office for National Statistics\n\n");
    const tabbed = claims.filter((c) => c.quote.includes("\t"));
    expect(tabbed).toHaveLength(3);
    expect(tabbed.every((c) => c.claimant.name === "Office for National Statistics")).toBe(true);
    expect(quotes(claims)).not.toContain("Source: Office for National Statistics");
  });

  it("finds it as before when the line is in the rows' type, all in bold or smaller", async () => {
    for (const style of ["plain", "bold", "small"] as const) {
      const { claims } = read(await readPdfFile(await rents(style), "rents.pdf"), "text");
      expect(claimQuoting(claims, "Camden\t£2,450").claimant.name).toBe("Office for National Statistics");
    }
  });
});

describe("a PDF table with a group header over its header", () => {
  it("reads each row's figures under their group and column", async () => {
    const pdf = await pdfWithTable({
      before: "Unemployment by region, according to the Office for National Statistics:",
      groups: ["2024", "2025"],
      header: ["Region", "Q1", "Q2", "Q1", "Q2"],
      rows: [
        ["North", "4.1%", "4.3%", "4.0%", "3.9%"],
        ["South", "3.2%", "3.4%", "3.1%", "3.0%"],
        ["East", "5.0%", "5.2%", "4.9%", "4.7%"],
      ],
      after: "The north saw the largest fall.",
    });
    const { claims } = read(await readPdfFile(pdf, "unemployment.pdf"), "text");
    const north = claimQuoting(claims, "North\t4.1%");
    expect(north.text).toBe(
      "According to the Office for National Statistics, North: 2024 Q1 4.1%; 2024 Q2 4.3%; 2025 Q1 4.0%; 2025 Q2 3.9%",
    );
    expect(claims.filter((c) => c.quote.includes("\t"))).toHaveLength(3);
  });
});

describe("counter-examples from a review", () => {
  it("keeps out a figure that holds photos beside its table, with their credits", () => {
    // Two photos set side by side in a table, their captions in the row under them.
    const grid = read(
      [
        "<article><p>The river burst its banks in March.</p>",
        '<figure><table><tr><td><img src="a.jpg"></td><td><img src="b.jpg"></td></tr>',
        "<tr><td>Before the flood</td><td>After the flood</td></tr></table>",
        "<figcaption>The town in 2019 and 2024. Photographs: Reuters</figcaption></figure>",
        "<p>The council said 300 homes were affected.</p></article>",
      ].join("\n"),
      "html",
    );
    expect(grid.body).not.toContain("Reuters");
    expect(grid.body).not.toContain("Before the flood");
    // A photo and its credit set in the figure with the table: the figure is the photo's.
    const photo = read(
      article(
        '<figure><img src="x.jpg"><figcaption>The minister in Brussels. Photograph: Reuters</figcaption><table>',
        "</table></figure>",
      ),
      "html",
    );
    expect(photo.body).not.toContain("Reuters");
  });

  it("gives a caption set between two tables to neither", () => {
    const { claims } = read(
      [
        "Rents rose.",
        "",
        "| Borough | Rent |",
        "|---|---:|",
        "| Camden | 2,450 |",
        "| Hackney | 2,100 |",
        "",
        "Rents by borough. Source: ONS",
        "",
        "| Borough | Price |",
        "|---|---:|",
        "| Camden | 850,000 |",
        "| Hackney | 610,000 |",
      ].join("\n"),
      "markdown",
    );
    expect(claimQuoting(claims, "Camden | 2,450").claimant.type).toBe("article");
    expect(claimQuoting(claims, "Camden | 850,000").claimant.type).toBe("article");
  });

  it("still gives each of two figures in a row the source in its own figcaption", () => {
    const figure = (caption: string): string =>
      `<figure><table><tr><th>Country</th><th>Rate (%)</th></tr><tr><td>Spain</td><td>11.4</td></tr><tr><td>Greece</td><td>9.8</td></tr></table><figcaption>${caption}</figcaption></figure>`;
    const { claims } = read(
      `<article><p>Unemployment fell.</p>${figure("Unemployment by country. Source: Eurostat")}${figure("Jobs by country. Source: OECD")}<p>The minister welcomed it.</p></article>`,
      "html",
    );
    const spain = claims.filter((c) => c.quote === "Spain | 11.4");
    expect(spain.map((c) => c.claimant.name)).toEqual(["Eurostat", "OECD"]);
  });

  it("keeps a footer's note part of a layout table that holds no figure", () => {
    const { claims } = read(
      '<article><p>The council met on Monday.</p><table><tr><td>Home</td><td>News</td></tr><tr><td>Sport</td><td>Opinion</td></tr><tfoot><tr><td colspan="2">© Daily News. All rights reserved.</td></tr></tfoot></table><p>It voted to close the library.</p></article>',
      "html",
    );
    expect(quotes(claims).some((q) => q.includes(" | "))).toBe(false);
  });

  it("reads a caption under a table whose title opens with 'Figures' as a caption", () => {
    const { claims } = read(
      article("<figure><table>", "</table><figcaption>Figures are rounded. Source: Eurostat</figcaption></figure>"),
      "html",
    );
    expect(claimQuoting(claims, "Spain | 11.4").claimant.name).toBe("Eurostat");
    expect(quotes(claims)).not.toContain("Source: Eurostat");
  });
});
