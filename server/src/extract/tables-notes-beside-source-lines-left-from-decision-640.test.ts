import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

// Decision 680: a note on a table's figures over or under its source line, a parliament's library
// as the source, a small count of people in a line under the rows and a gapped table's empty
// corner, left by decision 640.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const claimants = (body: string): string[] => claims(body).map((c) => c.claimant.name);

const ROWS = ["Region\tRate\tChange", "North East\t6.1%\t+0.3", "London\t5.2%\t-0.1"];
const table = (...under: string[]): string => [...ROWS, ...under].join("\n");

describe("a note beside a table's source line", () => {
  it("reads the source line under a note, the note and the line no claims", () => {
    const got = texts(table("Figures are provisional and may change", "Source: ONS"));
    expect(got).toEqual([
      "According to the ONS, North East: Rate 6.1%; Change +0.3",
      "According to the ONS, London: Rate 5.2%; Change -0.1",
    ]);
  });

  it("takes a note under the source line as its paragraph's last line", () => {
    const got = texts(table("Source: ONS", "Percentages may not add up to 100 due to rounding"));
    expect(got).toEqual([
      "According to the ONS, North East: Rate 6.1%; Change +0.3",
      "According to the ONS, London: Rate 5.2%; Change -0.1",
    ]);
  });

  it("reads a Markdown table's note and source line in the paragraph under it", () => {
    const got = texts(
      [
        "| Region | Rate |",
        "| --- | --- |",
        "| North East | 6.1% |",
        "| London | 5.2% |",
        "",
        "Figures are provisional and may change",
        "Source: ONS",
      ].join("\n"),
    );
    expect(got).toEqual(["According to the ONS, North East: Rate 6.1%", "According to the ONS, London: Rate 5.2%"]);
  });
});

describe("a parliament's library as a table's source", () => {
  it("credits the House of Commons Library, the line no claim", () => {
    const body = table("Source: House of Commons Library");
    expect(texts(body)).toEqual([
      "According to the House of Commons Library, North East: Rate 6.1%; Change +0.3",
      "According to the House of Commons Library, London: Rate 5.2%; Change -0.1",
    ]);
  });

  it("credits the Commons Library and the Library of Congress", () => {
    expect(claimants(table("Source: Commons Library"))).toEqual(["Commons Library", "Commons Library"]);
    expect(texts(table("Data: Library of Congress"))).toContain(
      "According to the Library of Congress, London: Rate 5.2%; Change -0.1",
    );
  });
});

describe("a small count of people under a table", () => {
  it("reads 'Figures exclude 40 people in prison' as a claim, not a note", () => {
    expect(texts(table("Figures exclude 40 people in prison"))).toContain("Figures exclude 40 people in prison");
    expect(texts(table("Totals include 12 Covid deaths at sea"))).toContain("Totals include 12 Covid deaths at sea");
  });
});

describe("a gapped table whose header leaves its corner empty", () => {
  it("reads years over the figures, the rows' labels under the corner", () => {
    const got = texts(
      ["          2024    2025    Change", "Leeds     310     350     +13%", "Hull      250     240     -4%"].join(
        "\n",
      ),
    );
    expect(got).toEqual(["Leeds: 2024 310; 2025 350; Change +13%", "Hull: 2024 250; 2025 240; Change -4%"]);
  });

  it("reads a corner under a title and over two names", () => {
    expect(
      texts(
        [
          "Hospital admissions by city",
          "",
          "            Cases   Deaths   Rate",
          "Leeds       310     12       4.1",
          "Hull        250     9        3.8",
        ].join("\n"),
      ),
    ).toContain("Hull: Cases 250; Deaths 9; Rate 3.8");
    expect(
      texts(["          Seats   Votes", "Labour    412     9,708,716", "Reform    5       4,117,221"].join("\n")),
    ).toEqual(["Labour: Seats 412; Votes 9,708,716", "Reform: Seats 5; Votes 4,117,221"]);
  });
});

describe("near-misses of decision 680's rules, read as before", () => {
  it("keeps a header set flush with its rows' labels, one name fewer, no table", () => {
    const got = texts(["Cases   Deaths   Rate", "Leeds   310   12   4.1", "Hull   250   9   3.8"].join("\n"));
    expect(got).toEqual(["Cases Deaths Rate", "Leeds 310 12 4.1", "Hull 250 9 3.8"]);
  });

  it("reads a header set in as wide as its rows as before", () => {
    const got = texts(["  Party   Seats   Votes", "  Labour   412   9,708,716", "  Reform   5   4,117,221"].join("\n"));
    expect(got).toEqual(["Labour: Seats 412; Votes 9,708,716", "Reform: Seats 5; Votes 4,117,221"]);
  });

  it("takes no corner over a row with a word among its cells, nor over lines of verse", () => {
    expect(texts(["          Result   Seats", "Labour    Gain     412", "Reform    Hold     5"].join("\n"))).toContain(
      "Labour Gain 412",
    );
    expect(
      texts(
        [
          "   Roses are red   violets are blue",
          "Sugar is sweet   and so are you   2",
          "Honey is sweet   and so are you   3",
        ].join("\n"),
      ),
    ).toContain("Sugar is sweet and so are you 2");
  });

  it("keeps a line of news under the source line a claim", () => {
    const got = texts(table("Source: ONS", "Figures are due out on Thursday, when the rate is expected to rise to 6%"));
    expect(got).toContain("Figures are due out on Thursday, when the rate is expected to rise to 6%");
  });

  it("keeps a note under the source line a claim when a line of the story follows it", () => {
    const got = texts(
      table(
        "Source: ONS",
        "Figures are provisional and may change",
        "The council said it would publish its own figures next week.",
      ),
    );
    expect(got).toContain("Figures are provisional and may change");
    expect(got).toContain("According to the ONS, London: Rate 5.2%; Change -0.1");
  });

  it("credits nothing under a note when the line under it names no body", () => {
    const got = texts(table("Figures are provisional and may change", "Source: Guardian analysis"));
    expect(got).toContain("London: Rate 5.2%; Change -0.1");
    expect(got).toContain("Source: Guardian analysis");
  });

  it("credits no library by another name", () => {
    expect(texts(table("Source: Local Library"))).toContain("Source: Local Library");
  });

  it("keeps a note's own small numbers a note", () => {
    expect(texts(table("Figures relate to people aged 16 to 64"))).toHaveLength(2);
    expect(texts(table("Figures are for the 12 months to March 2026"))).toHaveLength(2);
  });

  it("reads the same words away from a table as before", () => {
    expect(claimants("The House of Commons Library said 40 people were held.")).toEqual(["House of Commons Library"]);
    expect(texts("Figures exclude 40 people in prison, the ministry said.")).toEqual([
      "According to the ministry, figures exclude 40 people in prison",
    ]);
  });
});

describe("near-misses of decision 680's rules", () => {
  it("keeps a household's size and an age band in a note a note", () => {
    for (const note of [
      "Figures are for 2 adults and 2 children",
      "Figures are for couples with 2 children",
      "Figures relate to households of 4 people",
      "Figures are based on 2 adults sharing",
      "Figures are for men aged 16-64 and women aged 16-59",
      "Figures include children under 16 and adults",
      "Figures exclude the 2 children's hospitals",
    ])
      expect(texts(table(note))).toHaveLength(2);
    // A count of people after "of" is still one: "deaths of 12 prisoners".
    expect(texts(table("Figures exclude deaths of 12 prisoners"))).toContain("Figures exclude deaths of 12 prisoners");
  });

  it("reads a household's size over the source line as a note", () => {
    const body = [
      "Benefit\tWeekly rate",
      "Universal credit\t£393.45",
      "Child benefit\t£25.60",
      "Rates are for couples with 2 children",
      "Source: DWP",
    ].join("\n");
    expect(texts(body)).toEqual([
      "According to DWP, Universal credit: Weekly rate £393.45",
      "According to DWP, Child benefit: Weekly rate £25.60",
    ]);
  });

  it("credits neither 'Lords' nor 'Commons' without 'Library'", () => {
    const county = ["Team\tPld\tPts", "Surrey\t14\t210", "Lancashire\t14\t188", "Source: Lords"].join("\n");
    expect(texts(county)).toContain("Source: Lords");
    expect(claimants(county)[0]).toBe("the article");
    expect(texts(table("Source: Commons"))).toContain("Source: Commons");
  });

  it("takes no corner over a sentence set in and parted by a gap", () => {
    const got = texts(
      ["        The council said   it would appeal", "Leeds   310   350", "Hull   250   240"].join("\n"),
    );
    expect(got).toContain("The council said it would appeal");
    expect(got).not.toContain("Leeds: The council said 310; it would appeal 350");
    expect(texts(["   Cases   deaths", "Leeds   310   12", "Hull   250   9"].join("\n"))).toContain(
      "Leeds: Cases 310; deaths 12",
    );
  });
});
