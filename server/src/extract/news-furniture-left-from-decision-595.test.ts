import { describe, expect, it } from "vitest";
import { quotes, STORY, STORY_QUOTE, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture decision 595 left (decision 635): a newspaper's name alone on the first line with
 * no signature lower down, a reporter named "Fall" at the ground, surnames in "-sted" over a desk
 * line, and a headline in "-ned" over one.
 */

describe("a newspaper's name alone on the first line", () => {
  it("drops it though the page never signs itself again", () => {
    for (const name of ["The Guardian", "Daily Mail", "The New York Times", "Financial Times", "The Economist"]) {
      expect(quotes(`${name}\n${STORY}`)).toEqual([STORY_QUOTE]);
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
    }
    expect(quotes(`Los Angeles Times\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("drops one in capitals and a broadcaster's site over a headline", () => {
    for (const name of ["THE GUARDIAN", "DAILY MAIL", "Sky News", "Mail Online"])
      expect(quotes(`${name}\nJobless rate hits 5.1%\n\n${STORY}`)).toEqual(["Jobless rate hits 5.1%", STORY_QUOTE]);
  });

  it("reads a headline that ends on a paper's name, and a paper's name further down (near-misses)", () => {
    expect(quotes(`Musk Buys Washington Post\n${STORY}`)).toContain("Musk Buys Washington Post");
    expect(quotes(`Trump Sues Times\n\n${STORY}`)).toContain("Trump Sues Times");
    expect(quotes(`TRUMP SUES TIMES\n\n${STORY}`)).toContain("TRUMP SUES TIMES");
    expect(quotes(`Good News\nJobless rate hits 5.1%\n\n${STORY}`)).toContain("Good News");
    expect(quotes(`Ford Shuts Plant\n${STORY}`)).toContain("Ford Shuts Plant");
    expect(quotes(`${STORY}\n\nThe Guardian said 40 jobs would go.`)).toContain("40 jobs would go");
  });
});

describe("a reporter at the ground whose surname is a headline's verb", () => {
  it("drops 'Tom Fall at Twickenham'", () => {
    expect(quotes(`Tom Fall at Twickenham\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Rachel Fall at Anfield\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a headline whose plural falls at a place (near-misses)", () => {
    expect(quotes(`Profits Fall at Tesco\n\n${LEAD}`)).toContain("Profits Fall at Tesco");
    expect(quotes(`Prices Fall at Aldi\n\n${LEAD}`)).toContain("Prices Fall at Aldi");
    expect(quotes(`Jobs Cut at Ford\n\n${LEAD}`)).toContain("Jobs Cut at Ford");
  });
});

describe("a two- or three-word line over a desk line", () => {
  it("drops a surname in '-sted' after a consonant as the writer's", () => {
    expect(quotes(`${LEAD}\n\nLouise Halsted\nHealth Correspondent`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nJohn Olmsted\nBBC Scotland`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a headline in '-ned' as a headline", () => {
    expect(quotes(`${LEAD}\n\nPharma Giant Fined\nMedical Correspondent`)).toContain("Pharma Giant Fined");
    expect(quotes(`${LEAD}\n\nBridge Reopened\nBBC Wales`)).toContain("Bridge Reopened");
    expect(quotes(`${LEAD}\n\nFarmers Warned\nBBC News`)).toContain("Farmers Warned");
  });

  it("reads a headline in '-iled', '-nded', '-ated', '-sed', '-xed' or '-ued' as a headline", () => {
    for (const headline of [
      "Bank Boss Jailed",
      "Hospital Chief Suspended",
      "Town Evacuated",
      "Depot Closed",
      "Project Axed",
      "Council Sued",
    ])
      expect(quotes(`${LEAD}\n\n${headline}\nHealth Correspondent`)).toContain(headline);
  });

  it("still reads '-sted' after a vowel, and drops names in '-ed' (near-misses)", () => {
    expect(quotes(`${LEAD}\n\nMayor Ousted\nBBC Scotland`)).toContain("Mayor Ousted");
    expect(quotes(`${LEAD}\n\nStrikes Cancelled\nBBC News`)).toContain("Strikes Cancelled");
    for (const name of ["Ahmed Khaled", "Mohaned Saeed", "Sinead Morgan", "Javed Iqbal", "Hamed Karimi", "Obed Mensah"])
      expect(quotes(`${LEAD}\n\n${name}\nBBC News`)).toEqual([LEAD_QUOTE]);
  });
});

describe("near-misses of decision 635's rules", () => {
  it("reads a headline that ends on 'Times', 'Guardian', 'Independent' or 'Post' as a headline", () => {
    for (const headline of [
      "Man Stabbed Seven Times",
      "MAN STABBED SEVEN TIMES",
      "Woman Shot Three Times",
      "Record Waiting Times",
      "Mother Named Legal Guardian",
      "Grandmother Made Legal Guardian",
      "Scotland Must Be Independent",
      "Councillor Now Independent",
      "Harry Sued Mirror",
      "Musk Bought Washington Post",
      "Murdoch To Sell Times",
      "Turmoil At The Telegraph",
      "Minister Deleted Post",
    ]) {
      expect(quotes(`${headline}\n${STORY}`)).toContain(headline);
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
    }
  });

  it("still drops a newspaper named with 'Morning', 'Evening' or 'New'", () => {
    for (const name of ["Sydney Morning Herald", "The New York Times", "Glasgow Evening Times"])
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("reads a fall at a place as a headline when a headline's word is before it", () => {
    for (const headline of [
      "Sharp Fall at Tesco",
      "Steep Fall at Barclays",
      "Fatal Fall at Beachy Head",
      "Price Fall at Tesco",
      "Sudden Fall at Ibrox",
      "Dramatic Fall at Aintree",
      "Tragic Fall at Cliffs",
    ])
      expect(quotes(`${headline}\n\n${LEAD}`)).toContain(headline);
    expect(quotes(`Ben Fall at the Emirates\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });
});
