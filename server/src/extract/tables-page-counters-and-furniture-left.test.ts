import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutPdfText } from "@claimdesk/shared/pdf-text-layout";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { markdown, runs, tabbed } from "./table-between-rows.test-helper.ts";

/**
 * Tables, page counters and page furniture left from decisions 455 and 460, mended in decision
 * 500. The Guardian's and Sky Sports' lines are from tests/fixtures/newsroom-read-460; the other
 * texts are written for these tests. The PDF cases are runs placed as a layout program places a
 * table's cells, read through `layoutPdfText`.
 */
const { claims } = claimsOn("2026-05-10");
const wordings = (body: string) => claims(body).map((c) => c.text);
const quotes = (body: string) => claims(body).map((c) => c.quote);

/** Does any row's wording open with `name` as a section's? */
const namesRows = (body: string, name: string) => wordings(body).some((w) => w.startsWith(`${name}: `));

describe("a body's name between a table's rows", () => {
  it.each(["Office for National Statistics", "Land Registry", "ONS", "Met Office", "PA Media"])(
    "does not name the rows under “%s”",
    (name) => {
      expect(namesRows(tabbed(name), name)).toBe(false);
      expect(namesRows(markdown(name), name)).toBe(false);
      // The row above keeps its header (and is the body's since decision 555).
      expect(wordings(tabbed(name)).some((w) => w.endsWith("Leeds: Rate 4.1%; Change +0.2"))).toBe(true);
    },
  );

  it("ends the table at “Source: ONS”, as before, and gives the rows above it to the ONS", () => {
    const got = claims(tabbed("Source: ONS"));
    expect(got.find((c) => c.text.includes("Leeds"))!.text).toBe("According to the ONS, Leeds: Rate 4.1%; Change +0.2");
    expect(got.some((c) => c.text.startsWith("Source"))).toBe(false);
  });

  it("still names the rows under a region or a group (counter-examples)", () => {
    for (const name of [
      "North",
      "Yorkshire and the Humber",
      "NHS England",
      "West Midlands Combined Authority",
      "Survey Respondents",
      "Highest Earners",
      "Most Deprived",
      "Premier League",
    ])
      expect(wordings(tabbed(name))).toContain(`${name}: Hull: Rate 5.3%; Change +0.4`);
  });
});

describe("a next table's title with no header of its own", () => {
  const standings = (title: string) =>
    [
      "Haaland leads the scoring charts.",
      "",
      "Team\tPts\tGD",
      "Arsenal\t12\t+8",
      "Chelsea\t10\t+5",
      title,
      "Haaland\t12\t3",
      "Salah\t9\t4",
    ].join("\n");

  it("does not give “Top Scorers” the first table's header", () => {
    const got = wordings(standings("Top Scorers"));
    expect(got).toContain("Haaland: 12; 3");
    expect(got).toContain("Chelsea: Pts 10; GD +5");
    expect(got.some((w) => w.startsWith("Top Scorers: "))).toBe(false);
  });

  it("ends the table at “Rents by Borough” and “Biggest Fallers”", () => {
    expect(namesRows(tabbed("Rents by Borough"), "Rents by Borough")).toBe(false);
    expect(namesRows(tabbed("Biggest Fallers"), "Biggest Fallers")).toBe(false);
  });

  it("keeps a division over its clubs as a section (counter-example)", () => {
    expect(wordings(standings("Championship"))).toContain("Championship: Haaland: Pts 12; GD 3");
  });
});

describe("a desk's name or a headline between rows", () => {
  it.each(["World News", "NEWS", "Top Stories", "Opinion", "Markets Rally As Inflation Cools", "Rates To Rise Again"])(
    "does not name the rows under “%s”",
    (name) => {
      expect(namesRows(tabbed(name), name)).toBe(false);
    },
  );

  it("still names the rows under a label with linking words in lowercase (counter-examples)", () => {
    expect(wordings(tabbed("Rest of England"))).toContain("Rest of England: Bristol: Rate 3.2%; Change -0.1");
    expect(wordings(tabbed("Isle of Wight"))).toContain("Isle of Wight: Hull: Rate 5.3%; Change +0.4");
    expect(wordings(tabbed("Households"))).toContain("Households: Hull: Rate 5.3%; Change +0.4");
  });
});

const pdfTable = (between: string) =>
  layoutPdfText([
    {
      runs: [
        ...runs([50, 830, "Unemployment rose in most regions last year, the figures show."]),
        ...runs([50, 800, "Region"], [200, 800, "Rate"], [300, 800, "Change"]),
        ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, between]),
        ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
        ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
      ],
    },
  ]);

describe("a PDF's table", () => {
  it("sets a title between its rows on a line of its own, which ends the table", () => {
    const text = pdfTable("Top Scorers");
    expect(text).toContain("+0.2\nTop Scorers\nCamden");
    expect(wordings(text)).toContain("Outer London: Rate 6.1%; Change +0.2");
    expect(wordings(text).some((w) => w.startsWith("Top Scorers: "))).toBe(false);
  });

  it.each(["pg. 2 of 5", "p. 2 of 5"])("drops “%s” between two rows, no part of the label above", (counter) => {
    const text = pdfTable(counter);
    expect(text).not.toContain("2 of 5");
    expect(wordings(text)).toContain("Outer London: Rate 6.1%; Change +0.2");
    expect(wordings(text)).toContain("Camden: Rate 4.8%; Change -0.1");
  });

  it("still joins a label's lowercase wrap and names a region's rows (counter-examples)", () => {
    expect(pdfTable("and South East")).toContain("Outer London and South East\t6.1%");
    expect(wordings(pdfTable("Inner London"))).toContain("Inner London: Camden: Rate 4.8%; Change -0.1");
  });
});

describe("a page's counter", () => {
  it("makes no claim of “pg. 2 of 5”", () => {
    expect(quotes("Prices rose 4% in May.\n\npg. 2 of 5\n\nRents rose 3% in June.")).toEqual([
      "Prices rose 4% in May",
      "Rents rose 3% in June",
    ]);
  });

  it("makes no claim of “Pg 2/5” or “Page 2/5”, as before", () => {
    expect(quotes("Prices rose 4% in May.\n\nPg 2/5\n\nRents rose 3% in June.\n\nPage 2/5")).toHaveLength(2);
  });

  it("passes over “pg. 2 of 5” between a table's rows", () => {
    expect(wordings(tabbed("pg. 2 of 5"))).toContain("Hull: Rate 5.3%; Change +0.4");
  });

  it("keeps a sentence that cites “pg. 4” whole, and reads one that counts schools", () => {
    expect(quotes("See pg. 4 for the full list of 40 schools.")).toEqual(["See pg. 4 for the full list of 40 schools"]);
    expect(quotes("The report's pg. 12 shows 40 jobs were lost.")).toHaveLength(1);
    expect(quotes("2 of 5 schools failed the inspection.")).toHaveLength(1);
  });
});

describe("the Guardian's newsletter box", () => {
  const box = [
    "Sign up to Morning Briefing",
    "Free daily newsletter",
    "Our morning email breaks down the key stories of the day, telling you what's happening and why it matters",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.",
    "after newsletter promotion",
    "",
    "Cancer targets were also missed, with 69.1% treated within 62 days.",
  ].join("\n");

  it("makes no claim of the blurb or the privacy notice", () => {
    expect(quotes(box)).toEqual(["Cancer targets were also missed, with 69.1% treated within 62 days"]);
  });

  it("makes no claim of the fixture's box", () => {
    const text = readFileSync(
      new URL("../../../tests/fixtures/newsroom-read-460/4-waiting-list-statistics-health-desk.txt", import.meta.url),
      "utf8",
    );
    const found = claimsOn("2026-11-13").claims(text.slice(text.indexOf("\n") + 1));
    expect(found.some((c) => /Privacy Notice|morning email|outside parties/.test(c.quote))).toBe(false);
  });

  it("reads sentences about privacy notices and a paper's own analysis (counter-examples)", () => {
    expect(quotes("Privacy notices were sent to 40,000 customers, the ICO said.")).toHaveLength(1);
    expect(quotes("Our analysis breaks down the £40m budget line by line.")).toHaveLength(1);
    expect(quotes("Our daily briefing breaks down how 40% of the budget is spent.")).toHaveLength(1);
  });
});

describe("Sky Sports' prompts", () => {
  it.each([
    "Watch Sky Sports News for the latest transfer news and updates.",
    "Watch Arsenal v Chelsea live on Sky Sports Premier League from 4pm",
    "Download the Sky Sports app",
    "Get Sky Sports",
    "Stream with NOW",
    "Stream the Premier League with NOW",
    "Transfer Centre LIVE!",
    "Get the latest transfer news and rumours from across the Premier League and the EFL",
    "Sky Sports Football",
    "Follow us on social media",
    "Sky Bet: Bet responsibly. 18+ only. Begambleaware.org",
  ])("makes no claim of “%s”", (line) => {
    expect(quotes(`${line}\n\nBrighton have agreed a fee of up to £58m with Ajax.`)).toEqual([
      "Brighton have agreed a fee of up to £58m with Ajax",
    ]);
  });

  it("reads sentences that name the channel or hold a figure (counter-examples)", () => {
    for (const sentence of [
      "Brighton chief executive Tom Ashworth told Sky Sports News earlier this month that the model works.",
      "Watch parties drew huge crowds on Sky Sports' big night.",
      "Watch the highlights on Sky Sports News as 40,000 fans celebrate.",
      "Get Sky Sports for £22 a month.",
      "Sky Sports lost 40,000 subscribers in 2025.",
      "Get the latest news on how 40 schools are coping.",
      "Bet responsibly, the regulator told 40 firms.",
    ])
      expect(quotes(sentence)).toHaveLength(1);
  });
});

/**
 * The review of decision 500: labels its rules refused that name the rows under them, and the
 * "pg" that is no page's. Each failed on the decision's tree.
 */
describe("the review: labels that still name the rows under them", () => {
  it.each([
    // A sector or a category that is also a desk's name.
    "Business",
    "Technology",
    "Travel",
    "Football",
    "World",
    // A country and a survey's groups that end on a body's word.
    "Russian Federation",
    "Social Media",
    "Print Media",
    "Local Press",
    // A name or a scheme that holds a headline's word, last or before one word.
    "Theresa May",
    "Emre Can",
    "Right To Buy",
    "January To March",
    // Groups of a budget's or a pay table's rows, and a tax band.
    "Winners",
    "Losers",
    "Council Leaders",
    "Top Rate",
    "Top Flight",
    // A company's, a chart's or a department's rows, and a group named by who pays.
    "Head Office",
    "Box Office",
    "Home Office",
    "Return To Office",
    "Funded by Council",
  ])("names the rows under “%s”", (name) => {
    expect(wordings(tabbed(name))).toContain(`${name}: Hull: Rate 5.3%; Change +0.4`);
    expect(wordings(markdown(name))).toContain(`${name}: Hull: Rate 5.3%; Change +0.4`);
  });

  it("keeps the header of a table whose first section is a sector", () => {
    const jobs = ["Vacancies fell.", "", "Role\tVacancies\tChange", "Technology", "Developers\t40,000\t-12%"].join(
      "\n",
    );
    expect(wordings(jobs)).toEqual(["Vacancies fell", "Technology: Developers: Vacancies 40,000; Change -12%"]);
  });

  it.each([
    "PA Media",
    "Associated Press",
    "Met Office",
    "Office of Rail and Road",
    "Federation of Small Businesses",
    "Tories Could Win Again",
    "Top Scorers",
    "Deaths by Cause",
  ])("still ends the table at “%s” (counter-examples)", (name) => {
    expect(namesRows(tabbed(name), name)).toBe(false);
  });
});

describe("the review: a “PG.” that is no page's", () => {
  it("ends a sentence at a film's rating and at picograms", () => {
    expect(quotes("The film was rated PG. Box office takings rose 40% in its first week.")).toEqual([
      "The film was rated PG",
      "Box office takings rose 40% in its first week",
    ]);
    expect(quotes("The dose was 40 pg. Researchers said the level was safe.")).toHaveLength(2);
  });

  it("still keeps a page's “pg.” (counter-examples)", () => {
    expect(quotes("The report, at pg. 14, says crime fell 12%.")).toEqual(["crime fell 12%"]);
    expect(quotes("On pg. 12 the council admits 300 homes were empty.")).toHaveLength(1);
    expect(quotes("Prices rose 4% in May.\n\nPg. 2 of 5\n\nRents rose 3% in June.")).toHaveLength(2);
  });
});
