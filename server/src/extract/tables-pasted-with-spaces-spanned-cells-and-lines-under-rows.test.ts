import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import { LEAD, tabbed } from "./table-between-rows.test-helper.ts";

// Decision 600: tables pasted with spaces, HTML cells across columns, and the lines a page sets
// under or between a table's rows.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const readHtml = (html: string): string[] => {
  const { body } = parseArticleInput(html, "html");
  return extractClaims(body, { publishedOn: "2026-05-10" }).map((c) => c.text);
};

const LEAGUE = [
  "The table after Saturday looks tight at the top.",
  "",
  "Pos Team P W D L GD Pts",
  "1 Arsenal 34 24 6 4 48 78",
  "2 Liverpool 34 23 8 3 41 77",
  "3 Man City 34 22 7 5 39 73",
  "",
  "The title race goes on.",
].join("\n");

describe("a league table pasted with spaces", () => {
  it("reads each row with its column names, the header no claim", () => {
    const got = texts(LEAGUE);
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(got).toContain("1: Team: Arsenal; P 34; W 24; D 6; L 4; GD 48; Pts 78");
    expect(got).toContain("3: Team: Man City; P 34; W 22; D 7; L 5; GD 39; Pts 73");
    expect(got).not.toContain("Pos Team P W D L GD Pts");
    expect(got).toContain("The title race goes on");
  });

  it("reads columns padded with runs of spaces, and credits the source line under them", () => {
    const got = claims(
      [
        "Celtic stay top.",
        "",
        "Team   Pld   GD   Pts",
        "Celtic   30   +52   74",
        "Rangers   30   +41   68",
        "Source: SPFL",
      ].join("\n"),
    );
    const celtic = got.find((c) => c.text.includes("Celtic: Pld 30; GD +52; Pts 74"));
    expect(celtic?.claimant.name).toBe("SPFL");
    expect(got.map((c) => c.text)).not.toContain("Team Pld GD Pts");
  });

  it("reads the match report's league table of the twenty-second read", () => {
    const got = fixtureClaims("newsroom-read-565/1-football-match-report.txt").map((c) => c.text);
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(got).toContain("4: Team: Aston Villa; P 13; W 7; D 3; L 3; GD 6; Pts 24");
    expect(got).not.toContain("Pos Team P W D L GD Pts");
  });

  it("leaves a title over a short list of names and figures as it was (near-miss)", () => {
    const got = texts(["Top Three Scorers", "Haaland 22 4", "Salah 19 3"].join("\n"));
    expect(got.some((t) => t.includes("Three 22") || t.includes("Scorers 4"))).toBe(false);
  });

  it("leaves hard-wrapped prose that ends its lines on figures as it was (near-miss)", () => {
    const got = texts(
      ["Arsenal had the best record in April", "Liverpool won 23 of 34", "City won 22 of 34"].join("\n"),
    );
    expect(got.some((t) => t.includes(": "))).toBe(false);
  });

  it("leaves a header whose names do not match the rows' columns as it was (near-miss)", () => {
    const got = texts(["Pos Team P W D L GD Pts", "1 Arsenal 34 24 6 4 78", "2 Liverpool 34 23 8 3 77"].join("\n"));
    // Decision 715 words a matched header's cell of words "Team: Arsenal"; neither reading is made.
    expect(got.some((t) => t.includes("Team Arsenal") || t.includes("Team: Arsenal"))).toBe(false);
  });
});

const ROWS = [LEAD, "", "City\tRate\tChange", "Leeds\t4.1%\t+0.2", "Hull\t5.3%\t+0.4"];

describe("a desk or a headline as a table's last line", () => {
  it("is passed over, no claim, in pasted text", () => {
    for (const line of ["World News", "Markets Rally As Inflation Cools", "Rates To Rise"]) {
      const got = texts([...ROWS, line, "", "The rate rose in 12 cities."].join("\n"));
      expect(got).not.toContain(line);
      expect(got).toContain("Hull: Rate 5.3%; Change +0.4");
    }
  });

  it("is passed over in Markdown, as a row of one cell", () => {
    const got = texts(
      [
        LEAD,
        "",
        "| City | Rate | Change |",
        "|---|---|---|",
        "| Leeds | 4.1% | +0.2 |",
        "| Hull | 5.3% | +0.4 |",
        "| Top Stories |",
      ].join("\n"),
    );
    expect(got.some((t) => t.includes("Top Stories"))).toBe(false);
  });

  it("keeps a sentence or a desk with prose under it a claim (near-misses)", () => {
    expect(texts([...ROWS, "Rates rose in 12 cities last year."].join("\n"))).toContain(
      "Rates rose in 12 cities last year",
    );
    const got = texts([...ROWS, "World News", "The rate rose in 12 cities, the ONS said."].join("\n"));
    expect(got).toContain("According to the ONS, the rate rose in 12 cities");
  });
});

describe("row labels shaped like headlines", () => {
  it("names the rows under a ward's name with 'Rose' in it", () => {
    const got = texts(
      [LEAD, "", "Candidate\tVotes\tShare", "Tudor Rose Ward", "Smith\t1,204\t41%", "Jones\t980\t33%"].join("\n"),
    );
    expect(got).toContain("Tudor Rose Ward: Smith: Votes 1,204; Share 41%");
  });

  it("names the rows under a status 'Held Over'", () => {
    const got = texts(tabbed("Cases Held Over"));
    expect(got).toContain("Cases Held Over: Hull: Rate 5.3%; Change +0.4");
  });

  it("still passes over headlines with a past verb (near-misses)", () => {
    for (const line of ["The Conservatives Held On", "Labour Won Back Hartlepool"]) {
      expect(texts(tabbed(line))).toContain("Hull: Rate 5.3%; Change +0.4");
    }
  });
});

describe("an HTML table's cells across columns", () => {
  const table = (head: string, rows: string) =>
    `<article><p>${LEAD}</p><table>${head}${rows}</table><p>The mayor welcomed the figures.</p></article>`;
  const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  const cityHead = "<tr><th>City</th><th>Rate</th><th>Change</th></tr>";

  it("reads a header cell over two columns of figures", () => {
    const got = readHtml(
      table(
        '<tr><th>Party</th><th colspan="2">Seats</th></tr>',
        row("Labour", "412", "+211") + row("Reform", "5", "+5"),
      ),
    );
    expect(got).toContain("Labour: Seats 412; +211");
    expect(got.some((t) => t.includes("|"))).toBe(false);
  });

  it("reads a row with a cell across two of three columns, its figure under its column", () => {
    const got = readHtml(
      table(
        cityHead,
        row("Leeds", "4.1%", "+0.2") + row("Hull", "5.3%", "+0.4") + '<tr><td colspan="2">Total</td><td>9</td></tr>',
      ),
    );
    expect(got).toContain("Leeds: Rate 4.1%; Change +0.2");
    expect(got).toContain("Total: Change 9");
  });

  it("keeps a section row across the grid a section (near-miss)", () => {
    const got = readHtml(
      table(
        cityHead,
        '<tr><td colspan="3">North</td></tr>' + row("Leeds", "4.1%", "+0.2") + row("Hull", "5.3%", "+0.4"),
      ),
    );
    expect(got).toContain("North: Hull: Rate 5.3%; Change +0.4");
  });

  it("keeps a table with a cell across rows, or of words alone, a layout (near-misses)", () => {
    const spanned = readHtml(
      table(
        cityHead,
        '<tr><td rowspan="2">Leeds</td><td>4.1%</td><td>+0.2</td></tr>' +
          row("5.3%", "+0.4") +
          row("Hull", "5.3%", "+0.4"),
      ),
    );
    expect(spanned.some((t) => t.startsWith("Hull: Rate"))).toBe(false);
    const menu = readHtml(
      `<article><p>Menu</p><table><tr><td colspan="2">Home</td><td>News</td></tr><tr><td>Sport</td><td>Weather</td><td>Travel</td></tr></table><p>The council said 40 homes were flooded.</p></article>`,
    );
    expect(menu.some((t) => t.includes("|"))).toBe(false);
  });
});

describe("one row under the line that ended a table", () => {
  it("reads as a row, not a line of bars, in HTML", () => {
    const got = readHtml(
      `<article><p>${LEAD}</p><table><tr><th>City</th><th>Rate</th><th>Change</th></tr><tr><td>Leeds</td><td>4.1%</td><td>+0.2</td></tr><tr><td colspan="3">Office for National Statistics</td></tr><tr><td>Hull</td><td>5.3%</td><td>+0.4</td></tr></table></article>`,
    );
    expect(got).toContain("Hull: 5.3%; +0.4");
    expect(got.some((t) => t.includes("|"))).toBe(false);
  });

  it("reads as a row under a next table's title in pasted text", () => {
    const got = texts([...ROWS.slice(0, 4), "Top Scorers", "Hull\t5.3%\t+0.4"].join("\n"));
    expect(got).toContain("Hull: 5.3%; +0.4");
  });

  it("leaves a lone line of another width as it was (near-miss)", () => {
    const got = texts([...ROWS, "Top Scorers", "By Jane Doe\tReuters"].join("\n"));
    expect(got.some((t) => t.includes("Jane Doe:"))).toBe(false);
  });
});

describe("a photo agency's credit alone on its line", () => {
  it("is no claim under a table or between paragraphs", () => {
    expect(texts([...ROWS, "Getty Images", "", "The rate rose in 12 cities."].join("\n"))).not.toContain(
      "Getty Images",
    );
    const got = texts(
      [
        "Rents rose in Leeds last year.",
        "AFP via Getty Images",
        "The council said rents would rise by 5% next year.",
      ].join("\n"),
    );
    expect(got.some((t) => t.includes("Getty"))).toBe(false);
  });

  it("keeps a sentence about the agency a claim (near-miss)", () => {
    const got: ExtractedClaim[] = claims("Getty Images said it would cut 200 jobs this year.");
    expect(got.some((c) => c.text.includes("200 jobs"))).toBe(true);
  });
});

// The decision's review: the new readings' near-misses in other copy.
describe("review: a title over a short list pasted with spaces", () => {
  it("heads no columns with a title's short words ('Top', 'Ten', 'So', 'Box')", () => {
    for (const lines of [
      ["Top Scorers So Far", "1 Haaland 22 4", "2 Salah 19 9", "3 Palmer 18 8"],
      ["The Top Ten", "Barbie 155 2", "Oppenheimer 120 3", "Wonka 80 1"],
      ["Top Ten Box Office", "1 Barbie 155 2", "2 Oppenheimer 120 3"],
      ["US Box Office", "Barbie 155 2", "Oppenheimer 120 3"],
      ["Who Won What", "Labour 412 211", "Reform 5 5"],
    ]) {
      const got = texts([LEAD, "", ...lines].join("\n"));
      expect(got.some((t) => /: (?:So|Top|Ten|Box|Won) \d/.test(t) || t.includes("; Far "))).toBe(false);
    }
  });

  it("still reads a poll's or a ranking's columns named by short words", () => {
    const poll = texts([LEAD, "", "Pollster Con Lab Ref", "YouGov 21 43 15", "Ipsos MORI 24 42 13"].join("\n"));
    expect(poll).toContain("Ipsos MORI: Con 24; Lab 42; Ref 13");
    const ranking = texts([LEAD, "", "Rank Name Age Pts", "1 Sinner 22 9890", "2 Djokovic 37 9685"].join("\n"));
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(ranking).toContain("2: Name: Djokovic; Age 37; Pts 9685");
  });
});

describe("review: a headline-shaped last line that names a row", () => {
  it("is read, as it speaks of the table", () => {
    for (const line of ["Hull Had The Highest Rate", "Leeds Fell Behind Hull", "Jobless Rate Rose In Hull"]) {
      const got = texts([...ROWS, line, "", "The rate rose in 12 cities."].join("\n"));
      expect(got).toContain(line);
      expect(got).toContain("Hull: Rate 5.3%; Change +0.4");
    }
  });

  it("still passes over a desk or a next story's headline there (near-miss)", () => {
    const got = texts([...ROWS, "Markets Rally As Inflation Cools", "", "The rate rose in 12 cities."].join("\n"));
    expect(got).not.toContain("Markets Rally As Inflation Cools");
  });
});

describe("review: headlines between rows that end on a place", () => {
  it("are passed over, naming no rows", () => {
    for (const line of ["Labour Held Park Lane", "Reform Won Abbey Ward", "Crowds Rose At Villa Park"]) {
      const got = texts(tabbed(line));
      expect(got).toContain("Hull: Rate 5.3%; Change +0.4");
      expect(got.some((t) => t.startsWith(`${line}:`))).toBe(false);
    }
  });

  it("still names the rows under a place with 'Rose' or 'Fell' before its kind (near-miss)", () => {
    expect(texts(tabbed("Tudor Rose Hill Estate"))).toContain("Tudor Rose Hill Estate: Hull: Rate 5.3%; Change +0.4");
  });
});

describe("review: an HTML layout's cell across columns beside others", () => {
  it("keeps a caption or a teaser across columns a layout, its text read as prose", () => {
    const caption = readHtml(
      "<article><table><tr><td>Photo: Getty</td><td colspan=2>Residents gather outside the town hall on Monday</td></tr><tr><td>12</td><td>of</td><td>20</td></tr></table><p>The council spent £4m.</p></article>",
    );
    expect(caption.some((t) => t.includes("|") || t.startsWith("12:"))).toBe(false);
    const teaser = readHtml(
      "<article><table><tr><td>Home</td><td>News</td><td>Sport</td></tr><tr><td colspan=2>Top story: Council cuts 200 jobs</td><td>12</td></tr><tr><td>Weather</td><td>Leeds</td><td>21</td></tr></table></article>",
    );
    expect(teaser).toContain("Top story: Council cuts 200 jobs");
  });

  it("still reads a short label across columns beside a figure (near-miss)", () => {
    const got = readHtml(
      "<article><table><tr><th>Region</th><th>2023</th><th>2024</th></tr><tr><td>North</td><td>4.1</td><td>4.3</td></tr><tr><td>South</td><td colspan=2>not collected</td></tr></table></article>",
    );
    expect(got).toContain("North: 2023 4.1; 2024 4.3");
  });
});
