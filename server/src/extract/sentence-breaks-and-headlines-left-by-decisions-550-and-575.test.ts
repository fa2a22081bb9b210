import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks and headlines left by decisions 550 and 575 (decision 590): a hard-wrapped
 * paragraph cut at a line that ends on a word a headline may end on, a live blog's key events and
 * a match's clock read as a podcast's chapters, chapters set one a paragraph read as claims, and a
 * headline run into a byline without "By" or into a stamp further down the body.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";

describe("a hard-wrapped paragraph runs on over 'The' at a line's start", () => {
  it("keeps the chairman's words his when the line ends on 'said'", () => {
    const body =
      "The company lost 40 million pounds in the year to March, and the chairman said\nThe board would meet on Friday to approve a rescue plan worth 12 million pounds\nand to name a new chief executive, who would start in June.";
    expect(claimQuoting(claims(body), "The board would meet").claimant.name).toBe("chairman");
    expect(claimQuoting(claims(body), "The company lost").claimant.name).toBe("the article");
  });

  it("keeps a band's name in the sentence that wanted to see it", () => {
    const body =
      "Fans had queued from dawn outside the arena in Manchester, where they hoped to see\nThe 1975 play their first hometown show in 12 years, the promoter said on Monday,\nbut all 21,000 tickets had sold out in 12 minutes after going on sale.";
    expect(quotes(body)).toContain(
      "they hoped to see\nThe 1975 play their first hometown show in 12 years, the promoter said on Monday",
    );
  });

  it("still breaks a headline over its standfirst when the lines are no wrapped paragraph's", () => {
    // Two lines over a blank line: a headline and its standfirst as often as a wrapped paragraph.
    const two =
      "Council approves 40 new homes on the edge of the green belt after a long debate\nThe scheme was opposed by 300 residents, who said it would add to traffic.\n\nThe planning committee voted 7-2 on Tuesday.";
    expect(quotes(two)).toContain("Council approves 40 new homes on the edge of the green belt after a long debate");
    // The story's first paragraph under them is longer than any wrap would leave it.
    const three =
      "Council approves 40 new homes on the edge of the green belt after a long debate\nThe scheme was opposed by 300 residents, who said it would add to traffic.\nThe planning committee voted 7-2 on Tuesday after a debate that ran for four hours, with 12 councillors speaking.";
    expect(quotes(three)).toContain("Council approves 40 new homes on the edge of the green belt after a long debate");
    // A line that could have taken the next line's first word was not wrapped there.
    const short =
      "Shares in the carmaker fell by 12 per cent in early trading in Frankfurt today\nThe company blamed fuel costs.\nIts chief executive resigned on Monday after a row with the board over pay.";
    expect(quotes(short)).toContain("Shares in the carmaker fell by 12 per cent in early trading in Frankfurt today");
  });

  it("still breaks a title-case headline over a standfirst of its length", () => {
    const body =
      "Westfield Council Passes $38.2M Budget, Raising Taxes 2.9 Percent\nThe average homeowner will pay about $131 more a year, officials\nsaid on Tuesday after the council voted 7-2 to adopt the budget.";
    expect(quotes(body)).toContain("Westfield Council Passes $38.2M Budget, Raising Taxes 2.9 Percent");
  });
});

describe("a live blog's key events, a match's clock and chapters one a paragraph", () => {
  it("reads a 'Key events' list whose stamps rise", () => {
    const blog = `${LEAD}\n\nKey events\n(09:00) Polls open in 14 cities\n(10:30) Turnout is higher than in 2021\n(16:45) Dow closes down 800 points as bank stocks slump`;
    expect(kept(blog, "Polls open in 14 cities")).toBe(true);
    expect(kept(blog, "Turnout is higher than in 2021")).toBe(true);
    expect(kept(blog, "800 points")).toBe(true);
  });

  it("makes no claim of chapters set one a paragraph under the episode's heading", () => {
    const list = `${LEAD}\n\nIn this episode:\n\n(02:14) Data centers doubled their load in Virginia\n\n(11:40) Utilities have received 40 gigawatts of requests\n\n(19:05) Turbine makers are sold out until 2030`;
    expect(quotes(list).some((q) => q.startsWith("("))).toBe(false);
  });

  it("reads a match's clock past the hour with a verb", () => {
    expect(kept(`${LEAD}\n\n(67:12) Kane doubles England's lead with a header`, "Kane doubles")).toBe(true);
  });

  it("still drops chapters: past the half hour, one a line, or with no verb on a match's clock", () => {
    for (const chapter of [
      "(27:32) Gas turbines are sold out until 2030",
      "(72:05) Listener mailbag",
      "In this episode:\n(02:14) Data centers doubled their load in Virginia\n(11:40) Utilities have received 40 gigawatts of requests",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`).some((q) => q.startsWith("("))).toBe(false);
  });

  it("still reads a live blog's entries one a paragraph with no heading over them", () => {
    const blog = `${LEAD}\n\n(09:00) Polls opened in 14 cities\n\n(10:30) Turnout is higher than in 2021`;
    expect(kept(blog, "Polls opened")).toBe(true);
    expect(kept(blog, "Turnout is higher")).toBe(true);
  });
});

describe("a headline over a byline without 'By', or further down over its stamp", () => {
  const HEADLINE = "Ministers to scrap two-child benefit cap in budget as child poverty rises again";

  it("ends a headline over 'Name, Political Editor', and makes no claim of the byline", () => {
    const body = `${HEADLINE}\nJane Smith, Political Editor\n\nThe chancellor will lift the cap, costing £3.5bn a year.`;
    expect(quotes(body)).toContain(HEADLINE);
    expect(kept(body, "Political Editor")).toBe(false);
  });

  it("ends a live blog entry's headline over its stamp further down the body", () => {
    const body = `${LEAD}\n\n${HEADLINE}\n2 hours ago\nThe chancellor will lift the cap, costing £3.5bn a year.`;
    expect(quotes(body)).toContain(HEADLINE);
  });

  it("still runs a paragraph's wrapped first line on further down, and reads a name before a job in prose", () => {
    const wrapped = `${LEAD}\n\nThe council said the money for the new officers would be raised from the sale of\nLand at the old depot on Mill Road, which is worth about $4 million.`;
    expect(kept(wrapped, "sale of\nLand at the old depot")).toBe(true);
    expect(kept(`${LEAD}\n\nJane Smith, Political Editor of the Herald, said 40 jobs would go.`, "40 jobs")).toBe(true);
  });
});

describe("decision 590's near-misses: a show's segment on a match's clock, a date ending a wrapped sentence", () => {
  it("drops a show's closing segment past the hour in minutes, and still reads a match's event", () => {
    for (const chapter of [
      "(75:10) Closing thoughts",
      "(61:05) Final thoughts",
      "(63:20) Listener questions",
      "(64:12) Closing remarks and predictions",
      "(00:00) Intro\n(12:40) Why rates rose\n(70:00) Key takeaways",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`).some((q) => q.startsWith("("))).toBe(false);
    expect(kept(`${LEAD}\n\n(63:10) Haaland scores his 30th goal of the season`, "Haaland scores")).toBe(true);
  });

  it("drops a chapter list's chapters past the hour in minutes when the run opens at the episode's start", () => {
    const list = `${LEAD}\n\n(00:00) Intro\n(14:20) How the Fed lost control of inflation\n(45:12) Why mortgage rates doubled\n(62:40) The Fed's dilemma explained\n(78:05) Housebuilders warned of a slump`;
    expect(quotes(list).some((q) => q.startsWith("("))).toBe(false);
    const match = `${LEAD}\n\n(12:30) Kane opens the scoring\n(38:12) Saka doubles the lead\n(67:12) Mbappe pulls one back`;
    expect(kept(match, "Mbappe pulls one back")).toBe(true);
  });

  it("ends a live blog entry's headline over its time stamp alone", () => {
    const HEADLINE = "Ministers to scrap two-child benefit cap in budget as child poverty rises again";
    const body = `${LEAD}\n\n${HEADLINE}\n14:05 BST\nThe chancellor will lift the cap, costing £3.5bn a year.`;
    expect(quotes(body)).toContain(HEADLINE);
  });

  it("keeps a date that ends a wrapped sentence further down in its sentence", () => {
    const body = `${LEAD}\n\nThe ceasefire agreed by both sides on Sunday is expected to hold until at least\nMay 31, 2026.`;
    expect(kept(body, "until at least\nMay 31, 2026")).toBe(true);
  });
});
