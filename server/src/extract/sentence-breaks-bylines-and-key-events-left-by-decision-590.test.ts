import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks, bylines and key events left by decision 590 (decision 630): a match's events
 * under the hour read as a podcast's chapters, "Key events:" with its colon run into its first
 * entry, bylines with a place, a paper or two names after the job read as claims, and a short
 * wrapped line that ends on "the", "of" or "by" broken off from the rest of its sentence.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const HEADLINE = "Chancellor to cut fuel duty in spring budget";
const STORY = "The chancellor will cut fuel duty by 5p a litre, the Treasury said.";

describe("a match's events under the hour, with no heading over them", () => {
  const MATCH =
    "(12:03) Kane opens the scoring with a header from a corner\n(34:50) Saka doubles the lead after a swift counter-attack\n(51:20) Haaland pulls one back for the visitors";

  it("reads each event of a rising run", () => {
    for (const body of [MATCH, `${LEAD}\n\n${MATCH}`]) {
      expect(kept(body, "Kane opens the scoring")).toBe(true);
      expect(kept(body, "Saka doubles the lead")).toBe(true);
      expect(kept(body, "Haaland pulls one back")).toBe(true);
    }
  });

  it("reads a red card and an equaliser at minutes 24 to 59, which no time of day has", () => {
    const body = `${LEAD}\n\n(27:15) Rice is sent off for a second yellow card\n(44:02) Mbappe equalises from the spot`;
    expect(kept(body, "Rice is sent off")).toBe(true);
    expect(kept(body, "Mbappe equalises")).toBe(true);
  });

  it("still drops an episode's chapters about football, under its start or asking", () => {
    const list = `${LEAD}\n\n(00:00) Intro\n(12:03) Kane scores again: the numbers\n(34:50) Saka doubles his tally`;
    expect(quotes(list).some((q) => q.startsWith("("))).toBe(false);
    const asks = `${LEAD}\n\n(12:03) Why Kane scores so often?\n(34:50) How Saka doubled his tally`;
    expect(quotes(asks).some((q) => q.startsWith("("))).toBe(false);
    const episode = `${LEAD}\n\n(02:14) How big is the data-center load, really?\n(11:40) Virginia's 40 gigawatts of requests\n(27:32) Gas turbines are sold out until 2030`;
    expect(quotes(episode).some((q) => q.startsWith("("))).toBe(false);
  });
});

describe("a run's heading with its colon over its first entry", () => {
  it("quotes the first entry without 'Key events:'", () => {
    for (const heading of ["Key events:", "Key moments:", "Timeline:"]) {
      const body = `${LEAD}\n\n${heading}\n(09:00) Polls open in 14 cities across the country\n(14:30) Turnout reaches 40 per cent by mid-afternoon`;
      expect(quotes(body)).toContain("(09:00) Polls open in 14 cities across the country");
      expect(kept(body, heading)).toBe(false);
    }
  });

  it("still reads the heading of a list that is no run of stamps as before, and drops 'In this episode:'", () => {
    const points = `${LEAD}\n\nKey events:\nPolls opened in 14 cities across the country at nine.`;
    expect(kept(points, "Polls opened in 14 cities")).toBe(true);
    const episode = `${LEAD}\n\nIn this episode:\n(00:00) Intro\n(05:10) Why rates rose`;
    expect(quotes(episode)).toEqual(["The council voted 7-2 to adopt a $38.2 million budget"]);
  });
});

describe("a byline without 'By' with a place, a paper or two names after the job", () => {
  it("drops the byline under a headline and further down", () => {
    for (const byline of [
      "Jane Smith, Political Editor, Westminster",
      "Jane Smith, Economics Editor, in Washington",
      "Jane Smith, Political Editor | The Herald",
      "Tom Reid, Chief Reporter, The Times",
      "Jane Smith and Tom Jones, Political Reporters",
    ]) {
      expect(quotes(`${HEADLINE}\n${byline}\n${STORY}`)).toEqual([
        HEADLINE,
        "The chancellor will cut fuel duty by 5p a litre",
      ]);
      expect(kept(`${LEAD}\n\n${byline}\n\n${STORY}`, byline)).toBe(false);
    }
  });

  it("still reads news about a writer and a writer's words in prose", () => {
    expect(kept(`${LEAD}\n\nJane Smith, Political Editor, Resigns\n\n${STORY}`, "Resigns")).toBe(true);
    expect(kept(`${LEAD}\n\nJane Smith, Political Editor, said 40 jobs would go in London.`, "40 jobs")).toBe(true);
  });
});

describe("a short wrapped line that ends on a word that wants more", () => {
  it("runs the line on into the next", () => {
    const met = `${LEAD}\n\nOn Friday the chancellor met the\nPrime Minister to agree a 2 per cent rise.`;
    expect(quotes(met)).toContain("On Friday the chancellor met the\nPrime Minister to agree a 2 per cent rise");
    const by = `${LEAD}\n\nThe figures were published by\nThe Office for National Statistics on Friday.`;
    expect(kept(by, "published by\nThe Office for National Statistics")).toBe(true);
  });

  it("still breaks a short line that ends on a name's letter, a button or a noun", () => {
    expect(quotes(`Plan A\n${LEAD}`)).toContain("The council voted 7-2 to adopt a $38.2 million budget");
    expect(quotes(`${LEAD}\n\nSign in\nThe firm employs 400 people.`)).toContain("The firm employs 400 people");
    expect(quotes(`${HEADLINE}\n${STORY}`)).toContain(HEADLINE);
  });
});

describe("near-misses of decision 630's rules", () => {
  it("keeps a chapter list with one football title among others as chapters", () => {
    for (const list of [
      "(03:15) Arsenal's title hopes\n(12:40) Kane's hat-trick and England's chances\n(25:10) Listener questions",
      "(01:20) Welcome and news\n(09:30) Half-time verdict on Starmer's first year\n(27:45) The budget's black hole",
      "(02:00) This week's headlines\n(14:20) Reeves scores an own goal on pensions\n(31:00) What next for the Tories",
      "(04:30) Flights are booked for the summit\n(19:20) Who will own the goal of net zero\n(35:40) The final whistle for coal power",
    ])
      expect(quotes(`${LEAD}\n\n${list}`)).toEqual(["The council voted 7-2 to adopt a $38.2 million budget"]);
  });

  it("reads news about a writer with a verb after the job as before", () => {
    for (const line of [
      "Jane Smith, Political Editor, Sacked",
      "Tom Reid, Chief Reporter, Arrested",
      "Tom Reid, Health Editor, Apologises",
      "Jane Smith, Political Editor, Sacked Over Leak",
    ])
      expect(kept(`${LEAD}\n\n${line}\n\n${STORY}`, line)).toBe(true);
  });

  it("does not run a headline that ends on 'by' or 'the' into its story's first line", () => {
    const by =
      "Home Office to cut asylum costs by\nThe government will cut asylum hotel costs by £1bn, the Home Office said.";
    expect(quotes(by)).toContain("The government will cut asylum hotel costs by £1bn");
    const the = "Nine things to know about the\nThe Budget will raise taxes by £40bn, the chancellor said.";
    expect(quotes(the)).toContain("The Budget will raise taxes by £40bn");
  });
});
