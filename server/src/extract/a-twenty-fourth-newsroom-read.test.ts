import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and furniture from the twenty-fourth read of news copy (decision 1120): an opinion poll
 * write-up, a PMQs sketch, a wildfire live page, an energy price cap explainer and a restaurant
 * review. The articles are in tests/fixtures/newsroom-read-1120; the other texts are written for
 * these tests.
 */
const { claims, quoting } = claimsOn("2026-11-25");

const LEAD = "Tom Reid said the plan would cost 40 jobs.";

describe("a leader or a speaker before a name between commas", () => {
  it("names the party leader for the next 'he'", () => {
    const body = `${LEAD}\n\nThe Liberal Democrat leader, Ed Davey, spoke on social care. He said 400,000 people were waiting for a care assessment.`;
    expect(quoting(body, "400,000 people").claimant.name).toBe("Ed Davey");
  });

  it("names the Speaker after an opening adverb for his quotation", () => {
    const body = `${LEAD}\n\nBy now the Speaker, Sir Lindsay Hoyle, was on his feet. "I want to hear the questions, and the country wants to hear the answers," he said.`;
    expect(quoting(body, "I want to hear the questions").claimant.name).toMatch(/Lindsay Hoyle/);
  });

  it("names a leader of a party named by one word", () => {
    const body = `${LEAD}\n\nThe Labour leader, Ann Lee, visited the site on Monday. "We will rebuild it within a year," she said.`;
    expect(quoting(body, "We will rebuild it").claimant.name).toBe("Ann Lee");
  });
});

describe("a date under its weekday alone on a line", () => {
  it("reads no claim in 'Wednesday 25 November 2026'", () => {
    const found = claims(`${LEAD}\n\nWednesday 25 November 2026\n\nAnn Lee said the plan would cost 50 jobs.`);
    expect(found.map((c) => c.quote)).toEqual(["the plan would cost 40 jobs", "the plan would cost 50 jobs"]);
  });

  it("reads no claim in 'Wed 25 Nov 2026' or 'Wednesday, November 25, 2026'", () => {
    for (const line of ["Wed 25 Nov 2026", "Wednesday, November 25, 2026", "Saturday 28 November 2026"]) {
      expect(claims(`${LEAD}\n\n${line}\n\nAnn Lee said the plan would cost 50 jobs.`)).toHaveLength(2);
    }
  });
});

describe("the twenty-fourth read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-1120/${name}`);

  // Before decision 1120: 65, 64, 66, 51 and 65. The sketch's and the review's date lines under the
  // byline are no claims (63, 64).
  const counts: [string, number][] = [
    ["1-opinion-poll-write-up.txt", 65],
    ["2-pmqs-sketch.txt", 63],
    ["3-wildfire-live-page.txt", 66],
    ["4-energy-price-cap-explainer.txt", 51],
    ["5-restaurant-review.txt", 64],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(read(name)).toHaveLength(n);
  });

  it("gives the Speaker his own words", () => {
    // "The Liberal Democrat leader, Ed Davey, used his two questions …": a four-letter "used" is
    // read as no verb, so the next "He said" stays the prime minister's (see Left).
    const found = read("2-pmqs-sketch.txt");
    expect(claimQuoting(found, "I want to hear the questions").claimant.name).toMatch(/Lindsay Hoyle/);
    expect(claimQuoting(found, "There are still 7.4 million").claimant.name).toBe("Kemi Badenoch");
    expect(claimQuoting(found, "7.42 million in September").claimant.name).toBe("NHS England");
  });

  it("keeps the poll's shares and its pollster", () => {
    const found = read("1-opinion-poll-write-up.txt");
    expect(claimQuoting(found, "Reform UK has risen three points").kind).toBe("statistic");
    expect(claimQuoting(found, "more than 200 seats").claimant.name).toBe("Zia Yusuf");
    expect(claimQuoting(found, "A single poll tells you very little").claimant.name).toBe("Helen Marr");
  });

  it("keeps the live page's toll and its sources", () => {
    const found = read("3-wildfire-live-page.txt");
    expect(claimQuoting(found, "At least 11 people have died").kind).toBe("statistic");
    expect(claimQuoting(found, "We had asked them to go").claimant.name).toBe("Yiannis Artopios");
    expect(claimQuoting(found, "€1.2bn in 2026").claimant.name).toMatch(/government spokesman/);
  });

  it("keeps the price cap's figures and the forecaster", () => {
    const found = read("4-energy-price-cap-explainer.txt");
    expect(claimQuoting(found, "£1,780 a year from 1 January").claimant.name).toBe("Ofgem");
    expect(claimQuoting(found, "the cap will fall by about 4% in April").claimant.name).toBe("Sophie Lake");
  });

  it("keeps the review's prices and the chef's account", () => {
    const found = read("5-restaurant-review.txt");
    expect(claimQuoting(found, "came to £247").kind).toBe("statistic");
    expect(claimQuoting(found, "three farms within 40 miles").claimant.name).toBe("Tomasz Wierzbicki");
  });
});

describe("near-misses of decision 1120's rules", () => {
  it("names no one where the role's commas hold no name", () => {
    // "The party leader, for now, is …": no capitalised name between the commas.
    const body = `${LEAD}\n\nThe party leader, for now, is safe. "It was a mistake," he said.`;
    expect(quoting(body, "It was a mistake").claimant.name).toBe("Tom Reid");
  });

  it("names no one where 'the leader' is a club or a firm", () => {
    // The leader of a league or a market: no party, possessive or rank before "leader".
    for (const opening of ["The leader, Leeds United, lost 2-0", "The League leader, Leeds United, lost 2-0"]) {
      const body = `${LEAD}\n\n${opening} on Saturday. "It was a bad day," he said.`;
      expect(quoting(body, "It was a bad day").claimant.name).toBe("Tom Reid");
    }
    const firm = `${LEAD}\n\nThe market leader, British Gas, raised prices by 3%. "It was necessary," he said.`;
    expect(quoting(firm, "It was necessary").claimant.name).toBe("Tom Reid");
  });

  it("keeps a date line with prose after it, and a weekday in a sentence", () => {
    const dated = claims(`${LEAD}\n\nWednesday 25 November 2026 was the day 40 homes flooded.`);
    expect(claimQuoting(dated, "40 homes flooded").kind).toBe("statistic");
    const said = claims(`${LEAD}\n\nOn Wednesday 25 November 2026, 40 homes had flooded.`);
    expect(claimQuoting(said, "40 homes had flooded").kind).toBe("statistic");
  });
});

describe("near-misses of decision 1120's rules (review)", () => {
  const speakerAfter = (opening: string) =>
    quoting(`${LEAD}\n\n${opening} "It was a bad day," he said.`, "It was a bad day").claimant.name;

  it("names no one where a field's leader is a club or a firm", () => {
    // A possessive counts only when it is a party's ("The party's leader", "Labour's leader").
    expect(speakerAfter("The league's leader, Aston Villa, drew at home.")).toBe("Tom Reid");
    expect(speakerAfter("The market's leader, British Gas, raised prices by 3%.")).toBe("Tom Reid");
    expect(speakerAfter("The Premier League's leader, Leeds United, lost 2-0 on Saturday.")).toBe("Tom Reid");
  });

  it("names no one where a host, a member or an anchor is a country or a shop", () => {
    expect(speakerAfter("The host, Saudi Arabia, has spent $40bn on stadiums.")).toBe("Tom Reid");
    expect(speakerAfter("The tournament's host, South Africa, opened the games on Friday.")).toBe("Tom Reid");
    expect(speakerAfter("The new member, North Macedonia, joined on Monday.")).toBe("Tom Reid");
    expect(speakerAfter("The shopping centre's anchor, John Lewis, closed in March.")).toBe("Tom Reid");
  });

  it("names no one where a post's commas hold a station", () => {
    expect(speakerAfter("The presenter, BBC Radio Four, apologised for the error.")).toBe("Tom Reid");
  });

  it("still names the party's and a club's people", () => {
    expect(speakerAfter("The Green Party's co-leader, Carla Denyer, launched the manifesto.")).toBe("Carla Denyer");
    expect(speakerAfter("The coroner, Dr Sean Cummings, adjourned the inquest.")).toMatch(/Sean Cummings/);
  });
});
