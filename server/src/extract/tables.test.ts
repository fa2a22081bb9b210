import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimQuoting } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import type { ArticleFormat } from "./input/detect-format.ts";
import { readPdfFile } from "./input/read-pdf-file.ts";
import { pdfWithTable } from "../../../tests/support/pdf-document.ts";

const PUBLISHED = "2026-05-10";

function read(raw: string, format: ArticleFormat): { body: string; claims: ExtractedClaim[] } {
  const { body } = parseArticleInput(raw, format);
  return { body, claims: extractClaims(body, { publishedOn: PUBLISHED }) };
}

const MARKDOWN = [
  "Average rents in the city rose 6.2% in the year to April, according to the Office for National Statistics.",
  "",
  "| Borough | Average rent | Change |",
  "|---|---:|---:|",
  "| Camden | £2,450 | +7.1% |",
  "| Hackney | £2,100 | +5.4% |",
  "| Newham | £1,650 | +8.9% |",
  "",
  "Newham saw the steepest rise, the figures show.",
].join("\n");

describe("a Markdown table", () => {
  const { body, claims } = read(MARKDOWN, "markdown");

  it("keeps each row on its own line and drops the line under the header", () => {
    expect(body).toContain("| Borough | Average rent | Change |\n| Camden | £2,450 | +7.1% |\n| Hackney");
    expect(body).not.toContain("---");
  });

  it("gives one claim per data row, anchored to the row and worded with the header", () => {
    const rows = claims.filter((c) => c.quote.includes("|"));
    expect(rows.map((c) => c.quote)).toEqual([
      "Camden | £2,450 | +7.1%",
      "Hackney | £2,100 | +5.4%",
      "Newham | £1,650 | +8.9%",
    ]);
    for (const c of rows) expect(body.slice(c.start, c.end)).toBe(c.quote);
    const newham = claimQuoting(claims, "Newham | £1,650");
    expect(newham.text).toBe("Newham: Average rent £1,650; Change +8.9%");
    expect(newham.claimant.type).toBe("article");
    expect(newham.kind).toBe("statistic");
    expect(newham.quantities.map((q) => [q.value, q.unit])).toEqual([
      [1650, "GBP"],
      [8.9, "%"],
    ]);
  });

  it("makes no claim of the header and leaves the sentences around the table as they were", () => {
    expect(claims.some((c) => c.quote.includes("Borough"))).toBe(false);
    expect(claimQuoting(claims, "Average rents in the city").claimant.name).toBe("Office for National Statistics");
    expect(claimQuoting(claims, "Newham saw the steepest rise").quote).toBe("Newham saw the steepest rise");
  });
});

describe("an HTML table", () => {
  const html = [
    "<article><p>Turnout was 61%, the commission said.</p>",
    "<table><caption>Results by party</caption>",
    "<thead><tr><th>Party</th><th>Seats</th><th>Vote share</th></tr></thead>",
    "<tbody><tr><td>Labour</td><td>412</td><td>33.7%</td></tr>",
    "<tr>\n  <td>Conservative</td>\n  <td>121</td>\n  <td>23.7%</td>\n</tr></tbody></table>",
    "<p>Labour won a majority of 174.</p></article>",
  ].join("\n");
  const { body, claims } = read(html, "html");

  it("writes a row as one line with its cells set apart by pipes", () => {
    expect(body).toContain("Party | Seats | Vote share\nLabour | 412 | 33.7%\nConservative | 121 | 23.7%");
  });

  it("counts a bare figure in what its column's header names", () => {
    const labour = claimQuoting(claims, "Labour | 412");
    expect(labour.text).toBe("Labour: Seats 412; Vote share 33.7%");
    expect(labour.quantities.map((q) => [q.value, q.unit])).toEqual([
      [412, "seats"],
      [33.7, "%"],
    ]);
    expect(claimQuoting(claims, "Labour won a majority").quantities[0]!.unit).toBeNull();
  });
});

describe("cells pasted from a spreadsheet", () => {
  const text =
    "Results by region:\nRegion\tVotes\tShare\nNorth\t12,400\t41.2%\nSouth\t9,800\t38.5%\n\nTurnout was 61%.";
  const { claims } = read(text, "text");

  it("reads tab-separated rows, and the lead-in line the splitter ran into the header stays apart", () => {
    expect(claimQuoting(claims, "North").text).toBe("North: Votes 12,400; Share 41.2%");
    expect(claimQuoting(claims, "South").quantities.map((q) => [q.value, q.unit])).toEqual([
      [9800, "votes"],
      [38.5, "%"],
    ]);
    expect(claimQuoting(claims, "Results by region").quote).toBe("Results by region");
    expect(claims.some((c) => c.quote.includes("Region\t"))).toBe(false);
  });

  it("lists the cells of a table without a header, years in the first row being no header", () => {
    const { claims: rows } = read("Prices:\nBread\t2024\t£1.40\nMilk\t2024\t£1.15\n\nPrices rose.", "text");
    expect(claimQuoting(rows, "Bread").text).toBe("Bread: 2024; £1.40");
    expect(claimQuoting(rows, "Milk").text).toBe("Milk: 2024; £1.15");
  });
});

describe("what is no table", () => {
  it("leaves lines of words that each hold a pipe as they were", () => {
    const text = "By Jane Doe | Reuters\nPhotos by Ana Ruiz | AP\n\nThe council approved the budget.";
    const { claims } = read(text, "text");
    expect(claims.some((c) => c.text.includes("Jane Doe: Reuters"))).toBe(false);
  });

  it("leaves a single line with a pipe in a sentence as a sentence", () => {
    const { claims } = read("The index rose 4% | a record, the agency said.", "text");
    expect(claims.some((c) => c.text.startsWith("The index rose 4%:"))).toBe(false);
  });
});

describe("counter-examples from a review", () => {
  it("keeps a layout table's cells as paragraphs: a photo credit beside a sentence loses nothing", () => {
    const html =
      '<table><tr><td colspan="2">Election night</td></tr><tr><td>Photo: AP</td><td>Officials said turnout reached 64%.</td></tr></table>';
    const { claims } = read(html, "html");
    const turnout = claimQuoting(claims, "turnout reached 64%");
    expect(turnout.claimant.type).toBe("unnamed_sources");
    expect(turnout.quantities[0]!.value).toBe(64);
  });

  it("keeps the cells of a one-row table apart, so no claimant runs across them", () => {
    const html =
      "<table><tr><td>Health Secretary Wes Streeting</td><td>The minister said 40 hospitals would get new scanners by 2027.</td></tr></table>";
    const { claims } = read(html, "html");
    expect(claims.every((c) => !c.claimant.name.includes("|"))).toBe(true);
    expect(claimQuoting(claims, "40 hospitals").claimant.name).toBe("minister");
  });

  it("reads a table of sentences as prose, each with its own speaker", () => {
    const html = [
      "<table><tr><th>What was said</th><th>The facts</th></tr>",
      "<tr><td>Smith said crime rose 20% last year.</td><td>Police data show a 5% rise.</td></tr>",
      "<tr><td>Jones said 3,000 nurses were hired.</td><td>NHS figures show 1,200.</td></tr></table>",
    ].join("");
    const { claims } = read(html, "html");
    expect(claimQuoting(claims, "crime rose 20%").claimant.name).toBe("Smith");
    expect(claimQuoting(claims, "3,000 nurses").claimant.name).toBe("Jones");
    expect(claims.some((c) => c.text.includes("The facts"))).toBe(false);
    const keyFacts = read(
      "<table><tr><td>Cost</td><td>The council says the scheme will cost £12m</td></tr><tr><td>Homes</td><td>Developers say 400 homes will be built by 2030</td></tr></table>",
      "html",
    ).claims;
    expect(claimQuoting(keyFacts, "£12m").claimant.name).toBe("council");
  });

  it("reads lines with a tab or a pipe before a sentence as prose, with their speakers", () => {
    const tabbed = read(
      "North\tTurnout rose to 41%, officials said.\nSouth\tTurnout fell to 33%, the council said.",
      "text",
    );
    expect(claimQuoting(tabbed.claims, "33%").claimant.name).toBe("council");
    const kickers = read(
      "POLITICS | The council voted 7-2 to raise council tax by 4%, the mayor said.\nECONOMY | Unemployment fell to 4.1% in April, the ONS said.",
      "text",
    );
    expect(claimQuoting(kickers.claims, "4.1%").claimant.name).toBe("ONS");
  });

  it("takes no row of data for a header: a cell that is a figure or n/a alone is a datum", () => {
    const { claims } = read("Reform\t5\tn/a\nLabour\t412\t+211\nConservative\t121\t-251", "text");
    expect(claimQuoting(claims, "Reform").quantities.map((q) => q.value)).toEqual([5]);
    expect(claimQuoting(claims, "Labour").text).toBe("Labour: 412; +211");
  });
});

describe("tables left from decision 310", () => {
  const rows = (claims: ExtractedClaim[]): ExtractedClaim[] => claims.filter((c) => /[|\t]/.test(c.quote));

  it("gives the rows to the source a lead-in names: 'Figures from the Office for National Statistics show:'", () => {
    const md = [
      "Figures from the Office for National Statistics show:",
      "",
      "| Borough | Average rent | Change |",
      "|---|---:|---:|",
      "| Camden | £2,450 | +7.1% |",
      "| Newham | £1,650 | +8.9% |",
    ].join("\n");
    const { claims } = read(md, "markdown");
    for (const c of rows(claims)) {
      expect(c.claimant).toMatchObject({ name: "Office for National Statistics", type: "organization" });
    }
    expect(rows(claims)).toHaveLength(2);
  });

  it("gives the rows to the body that published them and to the source a colon lead-in cites", () => {
    const html =
      "<p>The council published these figures:</p><table><tr><th>Ward</th><th>Spending</th></tr><tr><td>North</td><td>£1.5m</td></tr><tr><td>South</td><td>£2.2m</td></tr></table><p>Spending rose in both wards.</p>";
    const council = read(html, "html").claims;
    expect(claimQuoting(council, "North |").claimant).toMatchObject({ name: "council", type: "organization" });
    expect(claimQuoting(council, "Spending rose").claimant.type).toBe("article");
    const tabbed = read("Turnout by region, according to the Electoral Commission:\nNorth\t41%\nSouth\t38%", "text");
    expect(claimQuoting(tabbed.claims, "South").claimant.name).toBe("Electoral Commission");
  });

  it("gives the rows to the source line under the table, which is no claim of its own", () => {
    const md = [
      "Rents rose across the capital.",
      "",
      "| Borough | Average rent |",
      "|---|---:|",
      "| Camden | £2,450 |",
      "| Newham | £1,650 |",
      "",
      "Source: ONS, April 2025",
      "",
      "Newham saw the steepest rise.",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimQuoting(claims, "Newham | £1,650").claimant).toMatchObject({ name: "ONS", type: "organization" });
    expect(claims.some((c) => c.quote.startsWith("Source"))).toBe(false);
    expect(claimQuoting(claims, "Newham saw").claimant.type).toBe("article");
    const text = read(
      "Region\tVotes\nNorth\t12,400\nSouth\t9,800\nSource: Electoral Commission\n\nTurnout fell.",
      "text",
    );
    expect(claimQuoting(text.claims, "South").claimant.name).toBe("Electoral Commission");
    expect(text.claims.some((c) => c.quote.includes("Source"))).toBe(false);
  });

  it("keeps the rows the article's when the lead-in names no source or states a claim of its own", () => {
    const plain = read("Prices are shown below:\n\nBread\t£1.40\nMilk\t£1.15", "text").claims;
    expect(claimQuoting(plain, "Milk").claimant.type).toBe("article");
    // The sentence's source is the source of its own figure, not clearly of the table's.
    const { claims } = read(MARKDOWN, "markdown");
    expect(claimQuoting(claims, "Newham | £1,650").claimant.type).toBe("article");
    // Two sources on one line name no one claimant; the line stays as it was.
    const two = read("Bread\t£1.40\nMilk\t£1.15\nSources: ONS, Kantar\n\nPrices rose.", "text").claims;
    expect(claimQuoting(two, "Milk").claimant.type).toBe("article");
    expect(claimQuoting(two, "Sources").quote).toBe("Sources: ONS, Kantar");
  });

  it("reads the bare figures under a header in the unit and scale the header gives", () => {
    const md = [
      "| Borough | Rent (£) | Change (%) | Population, millions | Price ($) | Spending (£bn) |",
      "|---|---|---|---|---|---|",
      "| Newham | 1,650 | 8.9 | 0.35 | 410 | 1.2 |",
      "| Camden | 2,450 | 7.1 | 0.21 | 520 | 0.9 |",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimQuoting(claims, "Newham").quantities.map((q) => [q.value, q.unit])).toEqual([
      [1650, "GBP"],
      [8.9, "%"],
      [350000, "population"],
      [410, "USD"],
      [1200000000, "GBP"],
    ]);
  });

  it("leaves a figure that writes its own unit, and a header that names no unit, as they were", () => {
    const { claims } = read(
      "| Borough | Rent (£) | Change on the year (to April) |\n|---|---|---|\n| Newham | $1,650 | 8.9 |\n| Camden | 2,450 | 7.1 |",
      "markdown",
    );
    expect(claimQuoting(claims, "Newham").quantities.map((q) => [q.value, q.unit])).toEqual([
      [1650, "USD"],
      [8.9, null],
    ]);
  });

  it("keeps the part of a sentence that runs on past a table, with its speaker", () => {
    const text = [
      "Rents rose sharply across the capital in the year to April, the largest rises being in",
      "Royal Borough of Kensington and Chelsea\t£3,950\t+2.1%\t£3,870\t1,204",
      "London Borough of Tower Hamlets and Newham\t£1,650\t+8.9%\t£1,515\t3,980",
      "where rents have risen by 20% since 2021, the mayor said.",
    ].join("\n");
    const { claims } = read(text, "text");
    expect(claimQuoting(claims, "the largest rises being in").claimant.type).toBe("article");
    const after = claimQuoting(claims, "rents have risen by 20%");
    expect(after.quote).toBe("where rents have risen by 20% since 2021");
    expect(after.claimant.name).toBe("mayor");
    expect(rows(claims)).toHaveLength(2);
  });

  it("reads a PDF's table row by row, its figures set in columns", async () => {
    const pdf = await pdfWithTable({
      before:
        "Average rents in the city rose 6.2% in the year to April. Figures from the Office for National Statistics show:",
      header: ["Borough", "Average rent", "Change"],
      rows: [
        ["Camden", "£2,450", "+7.1%"],
        ["Hackney", "£2,100", "+5.4%"],
        ["Newham", "£1,650", "+8.9%"],
      ],
      after: "Newham saw the steepest rise, the figures show.",
    });
    const { claims } = read(await readPdfFile(pdf, "rents.pdf"), "text");
    const newham = claimQuoting(claims, "Newham\t£1,650");
    expect(newham.text).toBe(
      "According to the Office for National Statistics, Newham: Average rent £1,650; Change +8.9%",
    );
    expect(newham.claimant.name).toBe("Office for National Statistics");
    expect(rows(claims)).toHaveLength(3);
    expect(claimQuoting(claims, "steepest rise").quote).toBe("Newham saw the steepest rise");
  });
});

describe("counter-examples from a review of table sources, units and PDF tables", () => {
  const rows = (claims: ExtractedClaim[]): ExtractedClaim[] => claims.filter((c) => /[|\t]/.test(c.quote));
  const table = "| Borough | Rent |\n|---|---:|\n| Camden | £2,450 |\n| Newham | £1,650 |";

  it("gives no source to a lead-in that names a day, a player, a party, a place or a month", () => {
    for (const lead of [
      "Saturday's results:",
      "Yesterday's figures:",
      "Haaland's numbers:",
      "The candidates' numbers:",
      "Labour's results:",
      "Results from Florida:",
      "Figures from Camden show:",
      "Figures from January show:",
      "Results by State:",
      "Here is how each borough fared, according to the latest figures:",
      "Turnout by region, according to the table below:",
    ]) {
      const { claims } = read(`${lead}\n\n${table}`, "markdown");
      expect(
        rows(claims).map((c) => c.claimant.type),
        lead,
      ).toEqual(["article", "article"]);
    }
  });

  it("leaves a source line that names no body as it was, a line of its own, and the rows the article's", () => {
    for (const line of [
      "Data: March 2025",
      "Figures: May 2025",
      "Figures: Provisional",
      "Source: X",
      "Source: Guardian Analysis",
    ]) {
      const { claims } = read(`${table}\n\n${line}\n\nNewham saw the steepest rise.`, "markdown");
      expect(
        rows(claims).map((c) => c.claimant.type),
        line,
      ).toEqual(["article", "article"]);
      expect(claimQuoting(claims, line).quote).toBe(line);
    }
  });

  it("still gives the rows to a body: an acronym, a body's head word, a known name, the council", () => {
    const sourced = (lead: string): string => {
      const { claims } = read(`${lead}\n\n${table}`, "markdown");
      return claimQuoting(claims, "Newham |").claimant.name;
    };
    expect(sourced("The ONS's latest figures show:")).toBe("ONS");
    expect(sourced("Figures from Camden Council show:")).toBe("Camden Council");
    expect(sourced("Ofcom's latest data:")).toBe("Ofcom");
    expect(sourced("The council published these figures:")).toBe("council");
    const { claims } = read(`${table}\n\nSource: HM Land Registry (2024)`, "markdown");
    expect(claimQuoting(claims, "Newham |").claimant.name).toBe("HM Land Registry");
  });

  it("reads a bare 'm' as millions only over a count or beside a currency, and a capital letter as no unit", () => {
    const md = [
      "| Building | Height (m) | Depth, m | Time (m) | Temperature (K) | Maths (M) | Votes, m | Cost (£m) |",
      "|---|---|---|---|---|---|---|---|",
      "| Burj Khalifa | 828 | 50 | 42 | 300 | 72 | 9.7 | 1.2 |",
      "| Shanghai Tower | 632 | 40 | 45 | 290 | 65 | 6.8 | 0.9 |",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimQuoting(claims, "Burj Khalifa").quantities.map((q) => [q.value, q.unit])).toEqual([
      [828, null],
      [50, null],
      [42, null],
      [300, null],
      [72, null],
      [9700000, "votes"],
      [1200000, "GBP"],
    ]);
  });

  it("keeps the empty corner of a header that heads only the figures, and reads an indented line as no row", () => {
    const text = [
      "Acme plc reported higher profits for the year.",
      "",
      "\t2024\t2023\tChange",
      "Revenue (£m)\t1,240\t1,100\t+13%",
      "Operating profit (£m)\t210\t180\t+17%",
      "",
      "The board proposed a final dividend of 12p.",
    ].join("\n");
    const { claims } = read(text, "text");
    expect(claims.some((c) => c.quote.startsWith("2024"))).toBe(false);
    expect(claimQuoting(claims, "Operating profit").text).toBe(
      "Operating profit (£m): 2024 210; 2023 180; Change +17%",
    );
    const indented = read("Rents rose.\n\n\tBy Jane Doe\n\tMay 3, 2025\n\nPrices fell.", "text").claims;
    expect(indented.some((c) => c.quote.includes("Jane Doe") && c.text.includes(":"))).toBe(false);
  });

  it("keeps the case of a row's label after the source: the label is a name", () => {
    const md = [
      "Figures from the Council on Tall Buildings show:",
      "",
      "| Building | Floors |",
      "|---|---:|",
      "| One Canada Square | 50 |",
      "| The Shard | 95 |",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimQuoting(claims, "One Canada").text).toBe(
      "According to the Council on Tall Buildings, One Canada Square: Floors 50",
    );
    expect(claimQuoting(claims, "The Shard").text).toBe(
      "According to the Council on Tall Buildings, The Shard: Floors 95",
    );
  });

  it("does not scale twice a figure that writes its own scale", () => {
    const md = [
      "| Country | Population (m) | Spending (£bn) |",
      "|---|---|---|",
      "| UK | 68.3m | 192bn |",
      "| France | 68.2m | 86bn |",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimQuoting(claims, "UK |").quantities.map((q) => [q.value, q.unit])).toEqual([
      [68300000, "population"],
      [192000000000, "GBP"],
    ]);
  });
});
