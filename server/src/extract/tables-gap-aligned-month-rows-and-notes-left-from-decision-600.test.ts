import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

// Decision 640: tables pasted with gaps of spaces, a title of initials over a list, a month as a
// row's label and a note under a table's rows, left by decisions 555 and 600.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);

describe("a table pasted with gaps of spaces between its cells", () => {
  it("reads a header with no abbreviation over its rows, the header no claim", () => {
    const got = texts(
      [
        "Party   Seats   Votes   Share",
        "Labour   412   9,708,716   33.7%",
        "Conservative   121   6,828,925   23.7%",
        "Lib Dem   72   3,519,199   12.2%",
      ].join("\n"),
    );
    expect(got).toContain("Labour: Seats 412; Votes 9,708,716; Share 33.7%");
    expect(got).toContain("Lib Dem: Seats 72; Votes 3,519,199; Share 12.2%");
    expect(got).not.toContain("Party Seats Votes Share");
  });

  it("reads a gapped header over rows set with single spaces", () => {
    const got = texts(
      ["Party   Seats   Votes   Share", "Labour 412 9,708,716 33.7%", "Conservative 121 6,828,925 23.7%"].join("\n"),
    );
    expect(got).toContain("Conservative: Seats 121; Votes 6,828,925; Share 23.7%");
    expect(got).not.toContain("Party Seats Votes Share");
  });

  it("reads rows labelled with a year and a word among the figures", () => {
    const got = texts(
      [
        "General election turnout",
        "",
        "Year   Turnout   Winner",
        "2017   68.8%   Conservative",
        "2019   67.3%   Conservative",
        "2024   59.8%   Labour",
      ].join("\n"),
    );
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(got).toContain("2024: Turnout 59.8%; Winner: Labour");
    expect(got).not.toContain("Year Turnout Winner");
  });

  it("reads column names of two words and padded columns", () => {
    const league = texts(
      [
        "Pos  Team  Played  Goal Diff  Points",
        "1  Arsenal  34  48  78",
        "2  Liverpool  34  41  76",
        "3  Man City  34  39  73",
      ].join("\n"),
    );
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(league).toContain("3: Team: Man City; Played 34; Goal Diff 39; Points 73");
    const result = texts(
      [
        "Party          Seats    Change    Result",
        "Labour         412      +211      Gain",
        "Conservative 121      -251      Loss",
        "Lib Dem        72       +64       Gain",
      ].join("\n"),
    );
    // The long label fills its column, one space before its first figure.
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(result).toContain("Conservative: Seats 121; Change -251; Result: Loss");
    expect(result).toContain("Lib Dem: Seats 72; Change +64; Result: Gain");
  });

  it("credits the source line under the gapped rows", () => {
    const got = claims(
      [
        "Party   Seats   Votes   Share",
        "Labour   412   9,708,716   33.7%",
        "Conservative   121   6,828,925   23.7%",
        "Source: Electoral Commission",
      ].join("\n"),
    );
    const labour = got.find((c) => c.text.includes("Labour: Seats 412"));
    expect(labour?.claimant.name).toBe("Electoral Commission");
  });

  it("leaves sentences set two spaces apart as they were (near-miss)", () => {
    const got = texts(
      [
        "The council said it would cut 200 jobs.  The union said 45.  Talks resume in 12 days.",
        "Rents rose in the city last year, said the report.  Prices in Leeds  4.1%",
        "Wages in Hull rose by far less over the year  2.2%",
        "Bills in York climbed again last winter  3.3%",
      ].join("\n"),
    );
    expect(got).toContain("The council said it would cut 200 jobs");
    expect(got).toContain("Bills in York climbed again last winter 3.3%");
  });

  it("leaves a title set with single spaces over a short list as it was (near-miss)", () => {
    const got = texts(["Top Three Scorers", "Haaland 22 4", "Salah 19 9", "Isak 18 2"].join("\n"));
    expect(got).toContain("Top Three Scorers");
    expect(got).not.toContain("Haaland: Three 22; Scorers 4");
  });

  it("leaves lines of gapped words with no figure as they were (near-miss)", () => {
    const got = texts(["Starter   Main   Dessert", "Soup   Fish   Cake", "Salad   Steak   Tart"].join("\n"));
    expect(got.some((t) => t.includes("Starter: "))).toBe(false);
    expect(got.some((t) => t.includes("Soup: Main"))).toBe(false);
  });
});

describe("a title of initials over a short list", () => {
  it("heads no columns: 'NFL MVP Odds' over 'Mahomes 4 1'", () => {
    const got = texts(["NFL MVP Odds", "Mahomes 4 1", "Allen 5 1", "Jackson 7 1"].join("\n"));
    expect(got).not.toContain("Mahomes: MVP 4; Odds 1");
    expect(got).toContain("NFL MVP Odds");
  });

  it("keeps a league's and a poll's headers of abbreviations (near-miss)", () => {
    expect(texts(["Pollster Con Lab Ref", "YouGov 22 38 15", "Ipsos 21 36 17"].join("\n"))).toContain(
      "YouGov: Con 22; Lab 38; Ref 15",
    );
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(
      texts(["Pos Team P W D L GD Pts", "1 Arsenal 34 24 6 4 48 78", "3 Man City 34 22 7 5 39 73"].join("\n")),
    ).toContain("3: Team: Man City; P 34; W 22; D 7; L 5; GD 39; Pts 73");
  });
});

describe("a month as a row's label", () => {
  it("is the month, not a day, and its first figure is kept", () => {
    const got = claims(["Month CPI CPIH", "January 3.0 3.5", "February 2.8 3.3", "March 3.2 3.8"].join("\n"));
    const march = got.find((c) => c.text.startsWith("March:"));
    expect(march?.dates.map((d) => d.value)).toEqual(["2026-03"]);
    expect(march?.quantities.map((q) => q.text)).toEqual(["3.2", "3.8"]);
  });

  it("is no day before a thousands' figure: 'In March 3,000 jobs went'", () => {
    const got = claims("In March 3,000 jobs went at the plant.");
    expect(got[0]?.dates.map((d) => d.value)).toEqual(["2026-03"]);
    expect(got[0]?.quantities.map((q) => q.text)).toContain("3,000 jobs");
  });

  it("keeps a day before a year or a full stop (near-miss)", () => {
    const got = claims("The plant shut on March 3, 2026, and the union met on March 3. Prices rose 3.2% in March.");
    expect(got[0]?.dates.map((d) => d.value)).toContain("2026-03-03");
    expect(got.find((c) => c.text.startsWith("Prices"))?.dates.map((d) => d.value)).toEqual(["2026-03"]);
  });
});

describe("a note on a table's figures as its last line", () => {
  const TABLE = ["City\tRate\tChange", "Leeds\t4.1%\t+0.2", "Hull\t5.3%\t+0.4"];

  it("is no claim: 'Figures are provisional and may change'", () => {
    const got = texts([...TABLE, "Figures are provisional and may change"].join("\n"));
    expect(got).toContain("Hull: Rate 5.3%; Change +0.4");
    expect(got).not.toContain("Figures are provisional and may change");
  });

  it("is no claim in Markdown: 'Percentages may not add up to 100 due to rounding'", () => {
    const got = texts(
      [
        "| City | Rate | Change |",
        "| --- | --- | --- |",
        "| Leeds | 4.1% | +0.2 |",
        "| Hull | 5.3% | +0.4 |",
        "Percentages may not add up to 100 due to rounding",
      ].join("\n"),
    );
    expect(got.some((t) => t.startsWith("Percentages"))).toBe(false);
  });

  it("reads a note that names a row, or a sentence on the figures, as before (near-miss)", () => {
    expect(texts([...TABLE, "Figures for Hull are provisional and may change"].join("\n"))).toContain(
      "Figures for Hull are provisional and may change",
    );
    expect(
      texts([...TABLE, "Figures are due out on Thursday, when the rate is expected to rise to 6%"].join("\n")),
    ).toContain("Figures are due out on Thursday, when the rate is expected to rise to 6%");
    expect(texts("Figures are provisional and may change, the ONS said.")).toContain(
      "According to the ONS, figures are provisional and may change",
    );
  });
});

describe("near-misses of decision 640's rules", () => {
  const TABLE = ["Region\tRate\tChange", "North East\t6.1%\t+0.4", "London\t5.2%\t-0.1", "Wales\t4.3%\t+0.2"];

  it("reads a line on the figures that holds a count, a sum or a share of its own", () => {
    for (const line of [
      "Figures include 1,200 deaths in care homes",
      "Totals include £3m from the lottery",
      "Data cover 1.2 million patients",
      "Figures are for the year to March and show a 12% rise",
    ]) {
      expect(texts([...TABLE, line].join("\n"))).toContain(line);
    }
  });

  it("reads a line on the figures that goes on past a comma", () => {
    expect(texts([...TABLE, "Data exclude Scotland, where the rate fell to 3.9%"].join("\n"))).toContain(
      "Data exclude Scotland, where the rate fell to 3.9%",
    );
    const got = claims(
      [...TABLE, "Figures are estimates, but the ONS said unemployment rose for a third month"].join("\n"),
    );
    expect(got.find((c) => c.text.includes("unemployment rose"))?.claimant.name).toBe("ONS");
  });

  it("still takes a note of a year, 'in £000s' and '100%' into the table", () => {
    for (const line of [
      "Figures are in £000s",
      "Figures are for the 12 months to March 2026",
      "Percentages may not add up to 100%",
    ]) {
      expect(texts([...TABLE, line].join("\n"))).not.toContain(line);
    }
  });

  it("does not part a short label's number off a row of one cell fewer", () => {
    const got = texts(
      [
        "Area   Cases   Deaths   Rate",
        "Ward 12   340   2   4.5",
        "Ward 14   310   4.1",
        "Ward 15   280   3   3.9",
      ].join("\n"),
    );
    expect(got.some((t) => t.startsWith("Ward: Cases 14"))).toBe(false);
    const site = texts(
      ["Site   Staff   Cuts", "Plant 2   400   120", "Plant 3   350", "Plant 4   220   80"].join("\n"),
    );
    expect(site.some((t) => t.startsWith("Plant: Staff 3"))).toBe(false);
  });

  it("reads no figure as the label of a row under a header of figures' names", () => {
    const got = texts(["Q1   Q2   Q3   Q4", "12.1   13.4   11.9   14.2", "10.0   11.2   12.3   13.4"].join("\n"));
    expect(got.some((t) => t.startsWith("12.1: Q2"))).toBe(false);
    // A year labels its row (kept).
    const years = texts(
      ["Year   Q1   Q2   Q3   Q4", "2024   0.3   0.5   0.1   0.1", "2025   0.7   0.3   0.1   0.2"].join("\n"),
    );
    expect(years).toContain("2025: Q1 0.7; Q2 0.3; Q3 0.1; Q4 0.2");
  });
});
