import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimQuoting } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import type { ArticleFormat } from "./input/detect-format.ts";

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
    expect(rows.map((c) => c.quote)).toEqual(["Camden | £2,450 | +7.1%", "Hackney | £2,100 | +5.4%", "Newham | £1,650 | +8.9%"]);
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
  const text = "Results by region:\nRegion\tVotes\tShare\nNorth\t12,400\t41.2%\nSouth\t9,800\t38.5%\n\nTurnout was 61%.";
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
