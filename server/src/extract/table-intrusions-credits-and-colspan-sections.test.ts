import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfTextRun } from "@claimdesk/shared/pdf-text-layout";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import { LEAD, markdown, runs, tabbed } from "./table-between-rows.test-helper.ts";

/**
 * Tables left from decision 500, mended in decision 555: a desk's name or a headline among a
 * table's rows, a body's name or a Markdown "| Source: ONS |" under them, a Markdown title's bar,
 * an HTML table's section rows set across the grid with colspan, and a PDF's row label that wraps
 * with no sign in its words. The texts are written for these tests; the PDF cases are runs placed
 * as a layout program places a table's cells, read through `layoutPdfText`.
 */
const { claims } = claimsOn("2026-05-10");
const wordings = (body: string) => claims(body).map((c) => c.text);

const HULL = "Hull: Rate 5.3%; Change +0.4";

/** A table with `line` on the line under its rows, then a paragraph of prose. */
const tabbedOver = (line: string) =>
  [
    LEAD,
    "",
    "City\tRate\tChange",
    "Leeds\t4.1%\t+0.2",
    "Hull\t5.3%\t+0.4",
    line,
    "The mayor welcomed the figures.",
  ].join("\n");
const markdownOver = (line: string) =>
  [
    LEAD,
    "",
    "| City | Rate | Change |",
    "|---|---|---|",
    "| Leeds | 4.1% | +0.2 |",
    "| Hull | 5.3% | +0.4 |",
    `| ${line} |`,
    "",
    "The mayor welcomed the figures.",
  ].join("\n");

describe("a desk's name or a headline among the rows", () => {
  it.each([
    "World News",
    "Top Stories",
    "Opinion",
    "Markets Rally As Inflation Cools",
    "The Conservatives Held On",
    "Labour Won Back Hartlepool",
    "Rates To Rise",
    "Fares To Fall",
  ])("keeps the table's header for the rows under “%s”, and is no claim", (line) => {
    for (const text of [tabbed(line), markdown(line)]) {
      const got = wordings(text);
      expect(got).toContain(HULL);
      expect(got).toContain("Bristol: Rate 3.2%; Change -0.1");
      expect(got.some((w) => w.includes(line))).toBe(false);
    }
  });

  it("does not give a next table with a header of its own the first one's", () => {
    const text = [
      "Arsenal lead the table.",
      "",
      "Team\tPts\tGD",
      "Arsenal\t12\t+8",
      "World News",
      "Team\tPts\tGD",
      "Chelsea\t10\t+5",
      "Spurs\t9\t+1",
    ].join("\n");
    expect(wordings(text)).toContain("Chelsea: Pts 10; GD +5");
  });

  it("still ends the table at a next table's title (counter-example)", () => {
    const got = wordings(tabbed("Top Scorers"));
    expect(got).toContain("Top Scorers");
    expect(got).toContain("Hull: 5.3%; +0.4");
  });

  it.each([
    "North",
    "Right To Buy",
    "January To March",
    "Sales To Date",
    "Theresa May",
    "The Lost Generation",
    "Worst Hit Areas",
    "Housing Association",
    "Department for Education",
    "Ministry of Defence",
  ])("lets “%s” name the rows under it", (name) => {
    expect(wordings(tabbed(name))).toContain(`${name}: ${HULL}`);
    expect(wordings(markdown(name))).toContain(`${name}: ${HULL}`);
  });

  it.each(["Councils Held by Labour", "Councils Won by Reform", "Assets Held for Sale", "Pay To Stay"])(
    "lets “%s” (a participle's group, a scheme) name the rows under it",
    (name) => {
      expect(wordings(tabbed(name))).toContain(`${name}: ${HULL}`);
    },
  );

  it("reads a landlord's kind in a tenure table as a group of rows", () => {
    const text = [
      "Evictions rose in every sector.",
      "",
      "Landlord\tCases\tChange",
      "Council\t1,200\t+8%",
      "Housing Association",
      "Clarion\t410\t+12%",
      "Peabody\t260\t+4%",
    ].join("\n");
    expect(wordings(text)).toContain("Housing Association: Clarion: Cases 410; Change +12%");
  });
});

describe("a body's name or a source line under the rows", () => {
  it.each([
    ["Office for National Statistics", "the Office for National Statistics"],
    ["ONS", "the ONS"],
    ["Land Registry", "Land Registry"],
  ])("gives the rows above “%s” to it, and the line is no claim", (line, phrase) => {
    for (const text of [tabbedOver(line), markdownOver(line)]) {
      const got = claims(text);
      expect(got.find((c) => c.text.includes("Leeds"))!.text).toBe(
        `According to ${phrase}, Leeds: Rate 4.1%; Change +0.2`,
      );
      expect(got.find((c) => c.text.includes("Hull"))!.text).toBe(`According to ${phrase}, ${HULL}`);
      expect(got.some((c) => c.text === line)).toBe(false);
    }
  });

  it.each(["Office for National Statistics", "ONS", "YouGov"])(
    "gives the rows above “%s” to no one when rows go on under it (counter-example)",
    (line) => {
      for (const text of [tabbed(line), markdown(line)]) {
        const got = claims(text);
        expect(got.find((c) => c.text.includes("Leeds"))!.claimant.type).toBe("article");
        expect(got.find((c) => c.text.includes("Hull"))!.claimant.type).toBe("article");
      }
    },
  );

  it("does not give one pollster's rows to the next pollster's name under them", () => {
    const text = [
      "Labour leads in both polls.",
      "",
      "Party\tShare\tChange",
      "YouGov",
      "Labour\t34%\t+1",
      "Reform\t27%\t-1",
      "Ipsos",
      "Labour\t32%\t+2",
      "Reform\t29%\t0",
    ].join("\n");
    expect(claims(text).some((c) => c.claimant.name === "Ipsos")).toBe(false);
  });

  it("reads a Markdown row “| Source: ONS |” as the source line it is", () => {
    const got = claims(markdown("Source: ONS"));
    expect(got.find((c) => c.text.includes("Leeds"))!.text).toBe("According to the ONS, Leeds: Rate 4.1%; Change +0.2");
    expect(got.some((c) => c.text.includes("Source"))).toBe(false);
  });

  it("credits nothing to a photo agency, a desk or a body's name after a blank line (counter-examples)", () => {
    expect(wordings(tabbed("Getty Images"))).toContain("Leeds: Rate 4.1%; Change +0.2");
    const apart = [
      LEAD,
      "",
      "City\tRate\tChange",
      "Leeds\t4.1%\t+0.2",
      "Hull\t5.3%\t+0.4",
      "",
      "Office for National Statistics",
    ];
    const got = claims(apart.join("\n"));
    expect(got.find((c) => c.text.includes("Leeds"))!.text).toBe("Leeds: Rate 4.1%; Change +0.2");
  });
});

describe("a Markdown line of one cell between two tables", () => {
  it("is read without its bars", () => {
    const got = wordings(markdown("Top Scorers"));
    expect(got).toContain("Top Scorers");
    expect(got.some((w) => w.includes("|"))).toBe(false);
  });
});

describe("an HTML table's section rows set across the grid", () => {
  const read = (html: string): ExtractedClaim[] => {
    const { body } = parseArticleInput(html, "html");
    return extractClaims(body, { publishedOn: "2026-05-10" });
  };
  const table = (rows: string) =>
    `<article><p>${LEAD}</p><table><tr><th>City</th><th>Rate</th><th>Change</th></tr>${rows}</table><p>The mayor welcomed the figures.</p></article>`;
  const row = (city: string, rate: string, change: string) =>
    `<tr><td>${city}</td><td>${rate}</td><td>${change}</td></tr>`;

  it("names the rows under each section, the table's rows one claim each", () => {
    const got = read(
      table(
        `<tr><td colspan="3">North</td></tr>${row("Leeds", "4.1%", "+0.2")}<tr><td colspan="3"><b>South West</b></td></tr>${row("Bristol", "3.2%", "-0.1")}${row("Exeter", "2.9%", "-0.3")}`,
      ),
    ).map((c) => c.text);
    expect(got).toContain("North: Leeds: Rate 4.1%; Change +0.2");
    expect(got).toContain("South West: Bristol: Rate 3.2%; Change -0.1");
    expect(got).toContain("South West: Exeter: Rate 2.9%; Change -0.3");
  });

  it("passes over a desk's name across the grid", () => {
    const got = read(
      table(
        `${row("Leeds", "4.1%", "+0.2")}<tr><td colspan="3">World News</td></tr>${row("Hull", "5.3%", "+0.4")}${row("Bristol", "3.2%", "-0.1")}`,
      ),
    ).map((c) => c.text);
    expect(got).toContain(HULL);
  });

  it("reads a row across two of three columns as a row (decision 600), and keeps a table a spanning row opens a layout", () => {
    // Decision 600: a row with a cell across two of three columns and a figure in the third
    // ("Total" then "9") keeps the grid's columns, so the table is read as one: "Total: Change 9".
    const total = read(
      table(
        `${row("Leeds", "4.1%", "+0.2")}${row("Hull", "5.3%", "+0.4")}<tr><td colspan="2">Total</td><td>9</td></tr>`,
      ),
    );
    expect(total.map((c) => c.text)).toContain("Total: Change 9");
    const opening = read(
      `<article><p>${LEAD}</p><table><tr><td colspan="3">North</td></tr>${row("Leeds", "4.1%", "+0.2")}${row("Hull", "5.3%", "+0.4")}</table></article>`,
    );
    expect(opening.some((c) => c.text.startsWith("North:"))).toBe(false);
  });

  it("keeps a layout table of words alone a layout, whatever its spanning row", () => {
    const got = read(
      `<article><p>Menu</p><table><tr><td>Home</td><td>News</td></tr><tr><td colspan="2">Latest</td></tr><tr><td>Sport</td><td>Weather</td></tr></table><p>The council said 40 homes were flooded.</p></article>`,
    );
    expect(got.some((c) => c.text.includes("|"))).toBe(false);
  });

  it("keeps a spanning row of a sentence a layout (counter-example)", () => {
    const got = read(
      table(
        `${row("Leeds", "4.1%", "+0.2")}<tr><td colspan="3">The council said the figures were provisional.</td></tr>${row("Hull", "5.3%", "+0.4")}`,
      ),
    );
    expect(got.some((c) => c.text.startsWith("Leeds: Rate"))).toBe(false);
  });
});

const pdfRow = (y: number, label: string, rate: string, change: string) =>
  runs([50, y, label], [200, y, rate], [300, y, change]);
const pdfPage = (...lines: PdfTextRun[][]) =>
  layoutPdfText([{ runs: [...runs([50, 830, `${LEAD.slice(0, -1)}, the figures show.`]), ...lines.flat()] }]);
const header = pdfRow(800, "Region", "Rate", "Change");
const camden = pdfRow(780, "Camden", "4.8%", "-0.1");

describe("a PDF's row label that wraps with no sign in its words", () => {
  const KENSINGTON = "Kensington Chelsea: Rate 4.4%; Change +0.3";

  it("joins the label's lower line, set tight under its row between padded rows", () => {
    const text = pdfPage(
      header,
      camden,
      pdfRow(760, "Kensington", "4.4%", "+0.3"),
      runs([50, 748, "Chelsea"]),
      pdfRow(728, "Hackney", "4.2%", "+0.3"),
      pdfRow(708, "Lambeth", "4.1%", "+0.1"),
    );
    expect(wordings(text)).toContain(KENSINGTON);
    expect(wordings(text)).toContain("Hackney: Rate 4.2%; Change +0.3");
  });

  it("keeps a section row set tight over its group, with space before it, a section (counter-example)", () => {
    const text = pdfPage(
      header,
      camden,
      runs([50, 756, "Outer London"]),
      pdfRow(744, "Bexley", "4.4%", "+0.3"),
      pdfRow(724, "Bromley", "4.0%", "+0.2"),
    );
    expect(wordings(text)).toContain("Outer London: Bexley: Rate 4.4%; Change +0.3");
    expect(wordings(text)).toContain("Outer London: Bromley: Rate 4.0%; Change +0.2");
  });

  it("keeps a section row set a row's pitch from both rows, or as tight as its rows (counter-examples)", () => {
    const apart = pdfPage(
      header,
      camden,
      runs([50, 760, "Outer London"]),
      pdfRow(740, "Bexley", "4.4%", "+0.3"),
      pdfRow(720, "Bromley", "4.0%", "+0.2"),
    );
    expect(wordings(apart)).toContain("Outer London: Bexley: Rate 4.4%; Change +0.3");
    const tight = pdfPage(
      header,
      camden,
      runs([50, 760, "Outer London"]),
      pdfRow(748, "Bexley", "4.4%", "+0.3"),
      pdfRow(736, "Bromley", "4.0%", "+0.2"),
    );
    expect(wordings(tight)).toContain("Outer London: Bromley: Rate 4.0%; Change +0.2");
  });

  it("leaves a wrap between rows set a line apart to the words, as before (counter-example)", () => {
    const text = pdfPage(
      pdfRow(800, "Region", "Rate", "Change"),
      pdfRow(788, "Camden", "4.8%", "-0.1"),
      runs([50, 776, "Kensington"]),
      pdfRow(764, "Chelsea", "4.4%", "+0.3"),
      pdfRow(752, "Hackney", "4.2%", "+0.3"),
    );
    expect(wordings(text)).toContain("Kensington: Chelsea: Rate 4.4%; Change +0.3");
  });
});
