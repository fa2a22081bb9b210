import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Page furniture decisions 550 and 575 left (decision 595): a masthead with no shape of its own, rows
 * of topic links, a sponsor's "Learn more at …", STAT's author block and tags, Full Fact's donation
 * box, and a title-case headline "Word Word at Place" read as a reporter at the ground.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const fixtureQuotes = (path: string) => fixtureClaims(path).map((c) => c.quote);

const STORY = "The council will cut 38 bus routes next year.";

describe("a masthead alone on the first line", () => {
  it("drops the name the page signs again lower down (Courthouse News Service, The Energy Gang)", () => {
    expect(fixtureQuotes("newsroom-read-515/1-appeals-court-ruling.txt")).not.toContain("Courthouse News Service");
    expect(fixtureQuotes("newsroom-read-515/4-podcast-show-notes.txt")).not.toContain("The Energy Gang");
    expect(fixtureQuotes("newsroom-read-565/3-fact-check-column.txt")).not.toContain("Full Fact");
    const page = `Westbrook Ledger\nCouncil to cut 38 bus routes\n\n${STORY}\n\n© 2026 Westbrook Ledger. All rights reserved.`;
    expect(quotes(page)).not.toContain("Westbrook Ledger");
    expect(quotes(page)).toContain("The council will cut 38 bus routes next year");
  });

  it("reads a first line that is not named again as words of its own (near-miss)", () => {
    expect(quotes(`Ford Shuts Plant\nThe carmaker said 400 jobs would go.\n\nFord employs 4,000 people.`)).toContain(
      "Ford Shuts Plant",
    );
    // Named again only inside a longer word, "Ford Shuts Plants" is no masthead's signature.
    const inLongerWord = `Ford Shuts Plant\nThe carmaker said 400 jobs would go.\n\nFord Shuts Plants was the Post's headline.`;
    expect(quotes(inLongerWord)).toContain("Ford Shuts Plant");
  });
});

describe("topic links and a sponsor's pointer", () => {
  it("drops a row of topic links set apart by bars, and ABC's run-together topic links", () => {
    expect(quotes(`${STORY}\n\nPolitics | Economy | Brexit`)).toEqual(["The council will cut 38 bus routes next year"]);
    expect(fixtureQuotes("newsroom-read-515/2-central-bank-rate-decision.txt")).not.toContain(
      "Business, Economics and Finance",
    );
  });

  it("drops 'Learn more at voltline.com/energygang.' after the sponsor's line and keeps the sponsor's claim", () => {
    const sponsor =
      "Voltline helps utilities cut peak demand by up to 15% with smart thermostats. Learn more at voltline.com/energygang.";
    expect(quotes(sponsor)).toEqual(["Voltline helps utilities cut peak demand by up to 15% with smart thermostats"]);
  });

  it("reads rows and lists that say something (near-misses)", () => {
    expect(quotes("Wages rose 4% | Prices rose 3% | Rents rose 9%").length).toBeGreaterThan(0);
    expect(quotes("Apple, Google and Microsoft were fined €4bn by the commission.")).toHaveLength(1);
    expect(quotes("Learn more at voltline.com, where 40,000 homes have signed up since 2024.")).toHaveLength(1);
    expect(quotes("Topics covered included housing, which got £40m, the minister said.").length).toBeGreaterThan(0);
  });
});

describe("author blocks, tags and donation boxes", () => {
  it("drops STAT's author block and tags under the story", () => {
    const found = fixtureQuotes("newsroom-read-565/2-health-study-writeup.txt");
    for (const furniture of [
      "About the Author",
      "Meghana Keshavan",
      "Biotech Correspondent",
      "Meghana covers biotech and oncology for STAT",
    ])
      expect(found).not.toContain(furniture);
    expect(found.some((q) => q.startsWith("Tags"))).toBe(false);
  });

  it("drops Full Fact's donation box, its pitch and its button", () => {
    const found = fixtureQuotes("newsroom-read-565/3-fact-check-column.txt");
    expect(found).not.toContain("Full Fact fights bad information");
    expect(found.some((q) => q.startsWith("We're a team of independent fact checkers"))).toBe(false);
    expect(found).not.toContain("Donate now");
  });

  it("drops an appeal's button alone on its line", () => {
    expect(quotes(`${STORY}\n\nBecome a member`)).toHaveLength(1);
    expect(quotes(`${STORY}\n\nDonate today`)).toHaveLength(1);
  });

  it("reads a story's paragraph over a button, and a biography that is a claim (near-misses)", () => {
    expect(quotes("The shelter says it needs £40,000 to reopen by spring.\nDonate now")).toContain(
      "it needs £40,000 to reopen by spring",
    );
    expect(quotes("Medicare covers insulin for seniors.")).toHaveLength(1);
    expect(quotes("Support us, the mayor told 4,000 voters at the rally.").length).toBeGreaterThan(0);
  });
});

describe("a title-case headline 'Word Word at Place'", () => {
  it("reads 'Jobs Cut at Ford', 'Sales Slump at Tesco' and 'Record Turnout at Polls' alone on their line", () => {
    for (const headline of ["Jobs Cut at Ford", "Sales Slump at Tesco", "Record Turnout at Polls"])
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
  });

  it("still drops a reporter at the ground (near-miss)", () => {
    expect(quotes(`Jacob Steinberg at Villa Park\n\n${STORY}`)).not.toContain("Jacob Steinberg at Villa Park");
    expect(quotes(`Sam Wallace at Wembley Stadium\n\n${STORY}`)).not.toContain("Sam Wallace at Wembley Stadium");
  });
});

describe("a politician's column note", () => {
  it("reads a note that carries a claim (a clause after 'how', a change by half)", () => {
    const farage = "Nigel Farage writes about how immigration doubled under the Tories for The Telegraph.";
    expect(quotes(farage)).toHaveLength(1);
    const starmer = "Keir Starmer writes about cutting NHS waiting lists by half for The Times.";
    expect(quotes(starmer)).toHaveLength(1);
  });

  it("still drops a note with nothing to check, and a writer's foot biography (near-misses)", () => {
    expect(quotes("Boris Johnson writes about his time in office for the Daily Mail.")).toEqual([]);
    expect(quotes("Maria Delgado covers federal courts in the West for Courthouse News.")).toEqual([]);
  });
});

describe("decision 595's review: furniture rules that dropped claims", () => {
  it("reads a title-case headline the story quotes again, which no page signs itself with", () => {
    const quoted = `Ford Shuts Plant\nThe carmaker said 400 jobs would go.\n\nUnions said Ford Shuts Plant was a headline nobody wanted.`;
    expect(quotes(quoted)).toContain("Ford Shuts Plant");
    const echoed = `Gaza Ceasefire Holds\nThe truce entered its third day, officials said.\n\nGaza Ceasefire Holds, the UN envoy told reporters.`;
    expect(quotes(echoed)).toContain("Gaza Ceasefire Holds");
    const subject = `Labour Wins Hartlepool\nThe party took the seat.\n\nLabour Wins Hartlepool was the top trend overnight.`;
    expect(quotes(subject)).toContain("Labour Wins Hartlepool");
  });

  it("still drops a masthead the page signs with: copyright, credits, a slogan, a biography's end (near-miss)", () => {
    const story = `Council to cut 38 bus routes\n\n${STORY}`;
    expect(quotes(`Westbrook Ledger\n${story}\n\n© 2026 Westbrook Ledger. All rights reserved.`)).not.toContain(
      "Westbrook Ledger",
    );
    expect(quotes(`Harbour Radio\n${story}\n\nHarbour Radio is a production of Bay Media.`)).not.toContain(
      "Harbour Radio",
    );
    expect(quotes(`Bay Courier\n${story}\n\nSam covers housing and transport for Bay Courier.`)).not.toContain(
      "Bay Courier",
    );
  });

  it("reads a paragraph over a button that carries news or is not the newsroom's own voice", () => {
    const poverty = "One in four children in the UK lives in poverty.\nYour gift helps us change that.\nDonate today";
    expect(quotes(poverty)).toContain("One in four children in the UK lives in poverty");
    const hospice = "The hospice relies on public donations to stay open.\nGive now";
    expect(quotes(hospice)).toEqual(["The hospice relies on public donations to stay open"]);
    const fires = "Wildfires destroyed thousands of homes across the region, officials say.\nDonate now";
    expect(quotes(fires)).toHaveLength(1);
  });

  it("still drops a box in the newsroom's own voice with nothing to check (near-miss)", () => {
    expect(
      quotes("Help us keep going\nOur reporting is free to read and relies on readers like you.\nSupport us"),
    ).toEqual([]);
    expect(
      quotes("The Ferret is independent\nWe investigate power in Scotland without fear or favour.\nBecome a member"),
    ).toEqual([]);
  });

  it("reads a page's title that opens with a headline, and a row of short claims, set apart by bars", () => {
    expect(quotes("Inflation falls | Economy | BBC News")).toHaveLength(1);
    expect(quotes("Tories lead | Labour trails | Reform surges")).toHaveLength(1);
    // Near-miss: a row of topic links, the first in capitals, is still dropped.
    expect(quotes(`${STORY}\n\nHealth | NHS | Social care | Mental health`)).toHaveLength(1);
  });

  it("reads a company's single name over a line of business, and drops a given name over a beat (near-miss)", () => {
    expect(quotes("Aviva covers the pension scheme for BT.")).toHaveLength(1);
    expect(quotes("Zurich covers flood damage for HSBC.")).toHaveLength(1);
    expect(quotes("Priya covers health and science for the Guardian.")).toEqual([]);
    expect(quotes("Meghana covers biotech and oncology for STAT.")).toEqual([]);
  });
});
