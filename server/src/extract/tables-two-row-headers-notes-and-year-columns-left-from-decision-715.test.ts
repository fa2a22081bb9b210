import { describe, expect, it } from "vitest";
import { claimsOn, htmlClaimTexts } from "./claim-lookup.test-helper.ts";

// Decision 745: an HTML header of two rows, notes two lines from a table's source line, headings
// the rows confirm, a parliament's library's figures with "the", and a row of years over words,
// left by decision 715.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const readHtml = (html: string): string[] => htmlClaimTexts(html, "2026-05-10");
const LEAD = "The figures were published on Friday.";
const RATES = ["Region\tRate\tChange", "North East\t6.1%\t+0.3", "London\t5.2%\t-0.1"];
const CREDITED = [
  "According to the ONS, North East: Rate 6.1%; Change +0.3",
  "According to the ONS, London: Rate 5.2%; Change -0.1",
];
const afterLead = (...rows: string[]): string[] => texts([LEAD, "", ...rows].join("\n"));

describe("an HTML header of two rows", () => {
  const page = (head: string, rows: string) =>
    `<article><p>${LEAD}</p><table>${head}${rows}</table><p>The mayor welcomed the figures.</p></article>`;
  const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  const YEARS_OVER_SEXES =
    '<tr><th rowspan="2">City</th><th colspan="2">2024</th><th colspan="2">2025</th></tr>' +
    "<tr><th>Men</th><th>Women</th><th>Men</th><th>Women</th></tr>";

  it("words each row with the two rows' headings joined", () => {
    const got = readHtml(
      page(YEARS_OVER_SEXES, row("Leeds", "40", "38", "44", "41") + row("Hull", "31", "29", "35", "30")),
    );
    expect(got).toContain("Leeds: 2024 Men: 40; 2024 Women: 38; 2025 Men: 44; 2025 Women: 41");
    expect(got).toContain("Hull: 2024 Men: 31; 2024 Women: 29; 2025 Men: 35; 2025 Women: 30");
    expect(got.some((t) => t.includes("<") || t.includes("|"))).toBe(false);
  });

  it("reads a spanned cell that is a single column beside the pair", () => {
    const head =
      '<tr><th rowspan="2">Region</th><th colspan="2">Rate</th><th rowspan="2">Trend</th></tr>' +
      "<tr><th>2024</th><th>2025</th></tr>";
    const got = readHtml(page(head, row("London", "5.2%", "5.4%", "rising") + row("Leeds", "4.1%", "4.3%", "rising")));
    expect(got).toContain("London: Rate 2024: 5.2%; Rate 2025: 5.4%; Trend: rising");
  });

  it("reads the header in a <thead> over a <tbody>", () => {
    const got = readHtml(
      page(
        `<thead>${YEARS_OVER_SEXES}</thead><tbody>`,
        row("Leeds", "40", "38", "44", "41") + row("Hull", "31", "29", "35", "30") + "</tbody>",
      ),
    );
    expect(got).toContain("Leeds: 2024 Men: 40; 2024 Women: 38; 2025 Men: 44; 2025 Women: 41");
  });

  it("keeps a layout's two rows of <td> cells, one across rows, a layout (near-miss)", () => {
    const head =
      '<tr><td rowspan="2"><img src="a.jpg"></td><td colspan="2">Residents</td></tr>' +
      "<tr><td>Photo</td><td>Credit</td></tr>";
    const got = readHtml(page(head, row("Leeds", "40", "38") + row("Hull", "31", "29")));
    expect(got.some((t) => t.includes("Residents Photo"))).toBe(false);
  });

  it("keeps a cell across rows of the body a layout (near-miss)", () => {
    const got = readHtml(
      page(
        "<tr><th>City</th><th>Rate</th><th>Change</th></tr>",
        '<tr><td rowspan="2">Leeds</td><td>4.1%</td><td>+0.2</td></tr>' +
          row("5.3%", "+0.4") +
          row("Hull", "5.3%", "+0.4"),
      ),
    );
    expect(got.some((t) => t.startsWith("Hull: Rate"))).toBe(false);
  });
});

describe("a note two lines from the source line", () => {
  it("credits the rows with a blank line between the source line and the note", () => {
    expect(texts([...RATES, "Source: ONS", "", "Figures are provisional and may change"].join("\n"))).toEqual(CREDITED);
  });

  it("credits the rows with two notes under the source line", () => {
    const got = texts(
      [
        ...RATES,
        "Source: ONS",
        "Figures are provisional and may change",
        "Percentages may not add up to 100 due to rounding",
      ].join("\n"),
    );
    expect(got).toEqual(CREDITED);
  });

  it("credits the rows with two notes over the source line", () => {
    const got = texts(
      [
        ...RATES,
        "Figures are provisional and may change",
        "Percentages may not add up to 100 due to rounding",
        "Source: ONS",
      ].join("\n"),
    );
    expect(got).toEqual(CREDITED);
  });

  it("keeps a line of the story after a blank line a claim (near-miss)", () => {
    const got = texts(
      [...RATES, "Source: ONS", "", "Figures are due out on Thursday, when the rate is expected to rise to 6%"].join(
        "\n",
      ),
    );
    expect(got).toContain("Figures are due out on Thursday, when the rate is expected to rise to 6%");
  });

  it("keeps a note with the story under it, after a blank line, a claim (near-miss)", () => {
    const got = texts(
      [
        ...RATES,
        "Source: ONS",
        "",
        "Figures are provisional and may change",
        "The council said it would publish its own figures next week.",
      ].join("\n"),
    );
    expect(got).toContain("Figures are provisional and may change");
  });
});

describe("headings the rows confirm", () => {
  it("reads 'Member | Committee' over two-column rows as a header", () => {
    const got = afterLead("Member | Committee", "Jo Smith | Treasury", "Ana Ruiz | Health");
    expect(got).toEqual([LEAD.slice(0, -1), "Jo Smith: Committee: Treasury", "Ana Ruiz: Committee: Health"]);
  });

  it("reads 'Squad number' and 'Apps' over rows of words", () => {
    const squad = afterLead(
      "Player | Squad number | Position",
      "Jo Smith | Nine | Striker",
      "Ana Ruiz | Four | Defender",
    );
    expect(squad).toContain("Jo Smith: Squad number: Nine; Position: Striker");
    const apps = afterLead("Player | Apps | Position", "Jo Smith | Forty | Striker", "Ana Ruiz | Twelve | Defender");
    expect(apps).toContain("Ana Ruiz: Apps: Twelve; Position: Defender");
  });

  it("still drops a menu under headings of its own (near-miss)", () => {
    const menu = afterLead("Member | Benefits", "News | Sport", "Weather | Travel");
    expect(menu.some((t) => t.startsWith("News:") || t.startsWith("Weather:"))).toBe(false);
    const links = afterLead("Members | Area", "Sign up | Log in", "Help | Contact");
    expect(links.some((t) => t.startsWith("Sign up:") || t.startsWith("Help:"))).toBe(false);
  });

  it("keeps lines of words with a bar and no known heading as before (near-miss)", () => {
    const got = afterLead("By Jane Doe | Reuters", "Photo Desk | Getty Images");
    expect(got.some((t) => t.includes(": Reuters"))).toBe(false);
  });
});

describe("a parliament's library's figures in a sentence", () => {
  it("words 'Commons Library figures show …' with 'the'", () => {
    expect(texts("Commons Library figures show spending on defence rose by 3% in 2025.")).toContain(
      "According to the Commons Library's figures, spending on defence rose by 3% in 2025",
    );
    expect(texts("Lords Library data shows 40 peers attended in 2025.")).toContain(
      "According to the Lords Library's data, 40 peers attended in 2025",
    );
  });

  it("keeps other bodies' figures and a library's researchers as before (near-miss)", () => {
    expect(texts("ONS figures show spending on defence rose by 3% in 2025.")).toContain(
      "According to ONS figures, spending on defence rose by 3% in 2025",
    );
    expect(texts("Senedd researchers said the number of nurses rose by 4% last year.")).toContain(
      "According to Senedd researchers, the number of nurses rose by 4% last year",
    );
  });
});

describe("a row of years over words", () => {
  it("reads the years as the columns' headings", () => {
    const got = afterLead("Ward | 2022 | 2026", "Hyde Park | Labour | Green", "Headingley | Lib Dem | Green");
    expect(got).toContain("Hyde Park: 2022 Labour; 2026 Green");
    expect(got).not.toContain("Ward: 2022; 2026");
    const tabbed = texts(["Ward\t2022\t2026", "Hyde Park\tLabour\tGreen", "Headingley\tLib Dem\tGreen"].join("\n"));
    expect(tabbed).toContain("Headingley: 2022 Lib Dem; 2026 Green");
  });

  it("keeps rows that hold years too, and years over figures, as before (near-miss)", () => {
    const dates = afterLead("Leeds | 2019 | 2023", "Hull | 2018 | 2022", "York | 2017 | 2021");
    expect(dates.some((t) => t.startsWith("Hull: 2019"))).toBe(false);
    const figures = afterLead("Ward | 2022 | 2026", "Hyde Park | 1,204 | 2,310", "Headingley | 312 | 809");
    expect(figures).toContain("Hyde Park: 2022 1,204; 2026 2,310");
  });
});

describe("near-misses of decision 745's rules", () => {
  const page = (table: string) => `<article><p>${LEAD}</p>${table}<p>The mayor welcomed the figures.</p></article>`;

  it("keeps a picture across a header's two rows a layout, not a heading", () => {
    const infobox =
      '<table><tr><th rowspan="2"><img src="mp.jpg"></th><th>Born</th></tr><tr><th>12 May 1970</th></tr>' +
      "<tr><td>Party</td><td>Labour</td></tr><tr><td>Majority</td><td>12,402</td></tr></table>";
    expect(readHtml(page(infobox)).some((t) => t.startsWith("Majority: Labour"))).toBe(false);
    const corner =
      '<table><tr><th rowspan="2"></th><th colspan="2">Men</th><th colspan="2">Women</th></tr>' +
      "<tr><th>2024</th><th>2025</th><th>2024</th><th>2025</th></tr>" +
      "<tr><td>Scotland</td><td>76.5</td><td>76.8</td><td>80.7</td><td>80.9</td></tr>" +
      "<tr><td>Wales</td><td>78.1</td><td>78.3</td><td>82.0</td><td>82.2</td></tr></table>";
    expect(readHtml(page(corner)).some((t) => t.includes("Men 2024: |"))).toBe(false);
  });

  it("heads rows of words with the joined headings, and writes one colon after a heading that has its own", () => {
    const words =
      '<table><tr><th rowspan="2">Seat</th><th colspan="2">Held by</th></tr><tr><th>2019</th><th>2024</th></tr>' +
      "<tr><td>Bolsover</td><td>Conservative</td><td>Labour</td></tr>" +
      "<tr><td>Redcar</td><td>Conservative</td><td>Labour</td></tr></table>";
    const got = readHtml(page(words));
    expect(got).toContain("Bolsover: Held by 2019: Conservative; Held by 2024: Labour");
    expect(got.some((t) => t.includes(":;"))).toBe(false);
    const colon =
      '<table><tr><th rowspan="2">Area</th><th colspan="2">Rate:</th></tr><tr><th>2024</th><th>2025</th></tr>' +
      "<tr><td>Leeds</td><td>4.1%</td><td>4.3%</td></tr><tr><td>Hull</td><td>5.0%</td><td>5.2%</td></tr></table>";
    expect(readHtml(page(colon))).toContain("Leeds: Rate 2024: 4.1%; Rate 2025: 4.3%");
    const labels = texts(
      ["Results on Saturday:", "", "Home: | Away:", "Leeds 2 | Hull 1", "York 0 | Bury 0"].join("\n"),
    );
    expect(labels.some((t) => t.includes(": Away: Hull"))).toBe(false);
  });

  it("keeps names set beside names (a team sheet, a credit, a rota) as before", () => {
    const teams = afterLead(
      "Everton | Liverpool",
      "Jordan Pickford | Alisson Becker",
      "Jarrad Branthwaite | Virgil van Dijk",
    );
    expect(teams.some((t) => t.startsWith("Jordan Pickford: Liverpool"))).toBe(false);
    const credits = afterLead("Words | Pictures", "Jane Doe | John Smith", "Ana Ruiz | Sam Green");
    expect(credits.some((t) => t.includes(": Pictures:"))).toBe(false);
    const rota = afterLead("Monday | Tuesday", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green");
    expect(rota.some((t) => t.includes(": Tuesday:"))).toBe(false);
  });

  it("keeps a fact box with one year in its first line as before", () => {
    const got = afterLead("Founded | 1998", "Headquarters | London", "Chief executive | Jane Doe");
    expect(got).toContain("Founded: 1998");
    expect(got).toContain("Headquarters: London");
    const tabbed = texts(["Born\t1962", "Party\tLabour", "Constituency\tLeeds East"].join("\n"));
    expect(tabbed).not.toContain("Party: 1962 Labour");
  });

  it("keeps an archive's months under years as before", () => {
    const months = afterLead("Archive | 2024 | 2025", "January | February | March", "April | May | June");
    expect(months.some((t) => t.startsWith("January: 2024"))).toBe(false);
    const short = afterLead("Archive | 2024 | 2025", "Jan | Feb | Mar", "Apr | May | Jun");
    expect(short.some((t) => t.startsWith("Jan: 2024"))).toBe(false);
    const leaders = afterLead("Month | 2024 | 2025", "January | Labour | Reform", "February | Labour | Reform");
    expect(leaders).toContain("January: 2024 Labour; 2025 Reform");
  });
});
