import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * A headline at the top of a body, with no final mark, over its standfirst, byline or time stamp
 * is a sentence of its own (decision 575); hard-wrapped prose at the top of a pasted text runs on.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);

const VOLCANO = "Foreign Office warns against travel to parts of Canary Islands after volcano eruption";
const LETTERS = "Times letters: Closing rural bus routes and the cost of free parking";
const MATCH = "Aston Villa 3-1 Newcastle: Watkins double lifts Villa into top four";
const STANDFIRST =
  "Ollie Watkins scored twice and Morgan Rogers added a third as Unai Emery's side ended Newcastle's run";
const BODY = "The council will cut 38 bus routes, saving £2.4 million a year.";

describe("a headline over the lines that open its story", () => {
  it("ends a long headline over a time stamp, and drops the stamp", () => {
    expect(quotes(`BBC News\n${VOLCANO}\n2 hours ago\nShare\n\n${BODY}`)).toContain(VOLCANO);
    expect(quotes(`${VOLCANO}\n2 hours ago\n\n${BODY}`).some((q) => q.includes("hours ago"))).toBe(false);
    expect(quotes(`${VOLCANO}\nNov. 28, 2026\n\n${BODY}`)).toContain(VOLCANO);
  });

  it("ends a headline over an unpunctuated standfirst over a stamp, and drops the stamp", () => {
    const found = quotes(
      `The Times\n${LETTERS}\nReaders respond to the county council's plans to withdraw subsidies from 38 bus services\nFriday November 27 2026, 12.01am GMT, The Times\n\n${BODY}`,
    );
    expect(found).toContain(LETTERS);
    expect(found).toContain("Readers respond to the county council's plans to withdraw subsidies from 38 bus services");
    expect(found.some((q) => q.includes("12.01am"))).toBe(false);
  });

  it("ends a headline and its standfirst over a reporter at the ground, and drops the byline", () => {
    const found = quotes(`The Guardian\n${MATCH}\n${STANDFIRST}\nJacob Steinberg at Villa Park\n\n${BODY}`);
    expect(found).toContain(MATCH);
    expect(found).toContain(STANDFIRST);
    expect(found.some((q) => q.includes("Steinberg"))).toBe(false);
  });

  it("ends a headline with a label before its colon over a standfirst with its final mark", () => {
    expect(quotes(`${MATCH}\n${STANDFIRST}.\n\n${BODY}`)).toContain(MATCH);
  });

  it("reads the twenty-second read's headlines whole and alone", () => {
    const quoted = (path: string) => fixtureClaims(path).map((c) => c.quote);
    expect(quoted("newsroom-read-565/1-football-match-report.txt")).toContain(MATCH);
    expect(quoted("newsroom-read-565/4-letters-page.txt")).toContain(LETTERS);
    expect(quoted("newsroom-read-565/5-travel-advisory.txt")).toContain(VOLCANO);
  });
});

describe("hard-wrapped prose at the top of a pasted text", () => {
  // A claim's text has its line breaks as spaces.
  const runsOn = (body: string, fragment: string) => claims(body).some((c) => c.text.includes(fragment));

  it("runs a first line that ends on a comma, a preposition, an article or a verb into the next", () => {
    const tail = "Ollie Watkins scored twice.\n\nMore follows.";
    expect(
      runsOn(`Aston Villa beat Newcastle 3-1 on Sunday at Villa Park, where striker\n${tail}`, "striker Ollie"),
    ).toBe(true);
    expect(
      runsOn(`Aston Villa came from behind on Sunday to climb into the top four after\n${tail}`, "after Ollie"),
    ).toBe(true);
    expect(
      runsOn(`Aston Villa came from behind on Sunday in a game that will be remembered as the\n${tail}`, "the Ollie"),
    ).toBe(true);
    expect(
      runsOn(`Aston Villa came from behind on Sunday and the club's manager Unai Emery said\n${tail}`, "said Ollie"),
    ).toBe(true);
  });

  it("runs a first line on when the next opens lowercase, or is prose that goes on", () => {
    expect(
      runsOn(
        `Aston Villa came from behind on Sunday to beat Newcastle in a game that\nsaw Ollie Watkins score twice.\n2 hours ago`,
        "that saw",
      ),
    ).toBe(true);
    expect(
      runsOn(
        `Aston Villa came from behind on Sunday to beat Newcastle 3-1 in a game where striker\nOllie Watkins scored twice and Morgan Rogers added a third as Emery's side\nclimbed into the top four.`,
        "striker Ollie",
      ),
    ).toBe(true);
  });

  it("runs a two-line paragraph on without a colon's label, as a headline over a standfirst would read", () => {
    expect(
      runsOn(
        "More than four million people in Britain said they had watched every episode of the drama\nThe Crown on Netflix, the survey found.\n\nMore follows.",
        "drama The Crown",
      ),
    ).toBe(true);
  });

  it("runs on a line that holds a sentence's end before the stamp", () => {
    expect(
      runsOn(
        `Aston Villa won 3-1. The club said it would sign a new striker in January or\nFebruary 2027 at the latest.`,
        "or February",
      ),
    ).toBe(true);
    expect(
      runsOn(
        `Villa won again on Sunday. Manager Unai Emery told reporters the team was happy\nNovember 29, 2026 had gone so well.`,
        "happy November",
      ),
    ).toBe(true);
  });

  it("runs a wrapped line on over a date that goes on as prose, not a stamp", () => {
    // A first line that ends on a weekday or "dated" wraps before its date; prose after the date
    // ("in the main hall", "and the results") says it is no stamp under a headline.
    expect(
      runsOn(
        "Dear Members, the annual general meeting will be held on Tuesday\n12 May 2026 at 7pm in the main hall.",
        "Tuesday 12 May",
      ),
    ).toBe(true);
    expect(
      runsOn(
        "The consultation, which received 12,000 responses, closed on Sunday\nNovember 29, 2026, and the results will be published in the new year.",
        "Sunday November 29",
      ),
    ).toBe(true);
    // A stamp alone, or with its time and its paper, still dates the story.
    expect(quotes(`${VOLCANO}\nSun 29 Nov 2026 18.42 GMT\n\n${BODY}`)).toContain(VOLCANO);
    expect(quotes(`${VOLCANO}\nNov. 26, 2026 at 4:12 pm ET\n\n${BODY}`)).toContain(VOLCANO);
  });
});
