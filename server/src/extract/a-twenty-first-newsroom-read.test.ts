import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Furniture and colon headings from the twenty-first read of news copy (decision 515): an appeals
 * ruling from a court-news site, a central bank's rate decision on an Australian broadcaster's
 * page, a wire roundup of briefs, a podcast's show notes and a council budget meeting on a local
 * news site. The articles are in tests/fixtures/newsroom-read-515; the other texts are written for
 * these tests.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const LEAD_QUOTE = "The council voted 7-2 to adopt a $38.2 million budget";

describe("a podcast's chapters, date and length, buttons and credits", () => {
  it("makes no claim of a chapter line", () => {
    for (const chapter of [
      "(02:14) How big is the data-center load, really?",
      "(11:40) Virginia's 40 gigawatts of requests",
      "(27:32) Gas turbines are sold out until 2030",
      "(1:02:10) Listener question: do efficiency gains cancel it out?",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence after a time in brackets", () => {
    expect(kept(`(12:30) The minister said 40% of the posts were cut.`, "40%")).toBe(true);
    expect(kept(`(12:30) Turbine orders rose 40% in 2025, the makers say`, "40%")).toBe(true);
  });

  it("makes no claim of the episode's date and length, its buttons or its credits", () => {
    for (const line of [
      "Nov 27, 2026 · 58 min",
      "Play episode",
      "Read the full transcript",
      "Produced by Mara Ortiz. Edited by Sam Cho. Music by Blue Dot Sessions.",
      "The Energy Gang is a production of Canary Media.",
      "This episode is brought to you by Voltline.",
      "Email us at gang@canarymedia.com or leave us a voicemail at 555-0142.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences that open with such words", () => {
    expect(kept(`Nov 27, 2026 · 58 min of debate ended with 40 votes against.`, "40 votes")).toBe(true);
    expect(kept(`Produced by Tesla, the car sold 40,000 units in 2025.`, "40,000 units")).toBe(true);
    expect(kept(`This episode is brought to you by Voltline, which cut peak demand by 15% in 2025.`, "15%")).toBe(true);
  });

  it("makes 'More episodes' a heading of links", () => {
    expect(
      quotes(
        `${LEAD}\n\nMore episodes\nEpisode 411: The first offshore wind auction of the new Congress\nEpisode 410: Heat pumps in the cold`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });
});

describe("a heading with a colon over a list", () => {
  it("reads the first item without the heading", () => {
    const found = quotes(`Key numbers from the episode:\nProjected share by 2028: 6.7% to 12%\n\n${LEAD}`);
    expect(found).toContain("Projected share by 2028: 6.7% to 12%");
    const rba = quotes(
      `Key points from the RBA statement:\nThe cash rate target is unchanged at 3.6 per cent\n\n${LEAD}`,
    );
    expect(rba).toContain("The cash rate target is unchanged at 3.6 per cent");
  });

  it("makes no claim of 'In this episode:', 'Credits:', 'Thanks to our sponsor:' or 'Share this:'", () => {
    expect(quotes(`In this episode:\n(00:00) Intro\n(02:14) How big is the load?\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nCredits:\nProduced by Mara Ortiz.`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nThanks to our sponsor:\nThis episode is brought to you by Voltline.`)).toEqual([
      LEAD_QUOTE,
    ]);
    expect(quotes(`Share this:\nFacebook\nTwitter\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a heading that runs on in a sentence", () => {
    expect(kept(`Credits: the bank wrote off 40% of them in 2025.`, "40%")).toBe(true);
    expect(kept(`Share this: 40% of voters backed the plan, the poll found.`, "40%")).toBe(true);
  });
});

describe("an Australian broadcaster's page labels", () => {
  it("makes no claim of the topic tag, the pasted time stamp, the share button or the video's length", () => {
    for (const line of [
      "Topic:Interest Rates",
      "Posted 2h ago2 hours ago, updated 47m ago47 minutes ago",
      "Share article",
      "Duration: 32 minutes 14 seconds",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences that open with such words", () => {
    expect(kept(`Topic: 40% of voters named interest rates, the poll found.`, "40%")).toBe(true);
    expect(kept(`Duration: 32 minutes 14 seconds was the longest speech of 2025.`, "longest speech")).toBe(true);
  });
});

describe("a wire roundup's sources, country labels and sign-up", () => {
  it("makes no claim of the sources line, a country in capitals or the sign-up", () => {
    for (const line of ["From AFP, Reuters and AP", "Sources: AFP, Reuters, AP.", "UNITED KINGDOM", "SOUTH AFRICA"])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nGet World News in Brief in your inbox every morning. Sign up here.`)).toEqual([
      LEAD_QUOTE,
    ]);
  });

  it("keeps sentences that open with such words", () => {
    expect(kept(`From AFP, Reuters and AP came 40% of the agency's copy in 2025.`, "40%")).toBe(true);
    expect(kept(`Get 40% more in your inbox, the firm claims.`, "40%")).toBe(true);
    // Three words in capitals are a press release's masthead as often, which decision 380 reads.
    expect(kept(`UNIVERSITY OF BRISTOL\n\n${LEAD}`, "UNIVERSITY OF BRISTOL")).toBe(true);
  });
});

describe("a caption's credit in brackets and a contributors' site's foot", () => {
  it("makes no claim of a caption closed by a court-news site's or Patch's credit", () => {
    expect(
      quotes(
        `A Union Pacific locomotive idles at the Hinkle rail yard in 2024. (Courthouse News photo / Maria Delgado)\n\n${LEAD}`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(quotes(`The council met Tuesday night at the Municipal Building. (Karen Lisko/Patch)\n\n${LEAD}`)).toEqual([
      LEAD_QUOTE,
    ]);
  });

  it("keeps a bracketed sentence about a photo, and a poll's two houses", () => {
    expect(kept(`The mayor resigned in 2024. (The photo was faked, police said 40 times.)`, "faked")).toBe(true);
    expect(kept(`Support for the plan was 40% in March. (Reuters/Ipsos)`, "40%")).toBe(true);
  });

  it("makes no claim of the author's-own note, the prompt to post or the link to read a ruling", () => {
    for (const line of [
      "The views expressed in this post are the author's own.",
      "Want to post on Patch?",
      "Register and Post",
      "Read the ruling (PDF)",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence that opens with such words", () => {
    expect(kept(`Read the ruling and you find 40 errors, the dissent said.`, "40 errors")).toBe(true);
  });
});

describe("the read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-515/${name}`);
  // Decision 550 took the foot biography, "Read more Courthouse News:", the donation pitch, ABC's
  // captioned credit and share prompt, "Westfield, NJ News", the time stamp over "Reply" and "More
  // from Westfield" off, and broke the headlines from their bylines and standfirsts (32, 34 and 30
  // before it; decision 560 had kept "ruling …" and "citing …" phrases with their clauses, one
  // claim fewer in the ruling and in the show notes). Decision 595 drops the masthead on the first
  // line of the ruling and of the show notes ("Courthouse News Service", "The Energy Gang", each
  // named again lower down), ABC's topic links "Business, Economics and Finance" and the sponsor's
  // "Learn more at voltline.com/energygang." (25, 33 and 26 before it).
  const counts: [string, number][] = [
    ["1-appeals-court-ruling.txt", 24],
    ["2-central-bank-rate-decision.txt", 32],
    ["3-wire-world-briefs.txt", 38],
    ["4-podcast-show-notes.txt", 24],
    ["5-council-budget-meeting.txt", 28],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(read(name)).toHaveLength(n);
  });

  it("keeps the ruling's opinions and drops the caption, the share box and the link to the ruling", () => {
    const found = read("1-appeals-court-ruling.txt");
    expect(claimQuoting(found, "Congress preempted state regulation").claimant.name).toBe("Lucy Koh");
    expect(claimQuoting(found, "14.2 micrograms").claimant.name).toBe("Oregon Department of Environmental Quality");
    expect(
      found.some((c) =>
        /Share this|Courthouse News photo|Union Pacific locomotive idles|Read the ruling/.test(c.quote),
      ),
    ).toBe(false);
  });

  it("keeps the rate decision's figures and the statement's first point and drops the page's labels", () => {
    const found = read("2-central-bank-rate-decision.txt");
    expect(claimQuoting(found, "The cash rate target is unchanged at 3.6 per cent").kind).toBe("statistic");
    expect(claimQuoting(found, "annual rate of 3.1 per cent").claimant.name).toBe("Australian Bureau of Statistics");
    expect(found.some((c) => /Topic:|Posted 2h|Share article|Duration:|Key points from/.test(c.quote))).toBe(false);
  });

  it("keeps the briefs and drops the roundup's sources, labels and sign-up", () => {
    const found = read("3-wire-world-briefs.txt");
    expect(claimQuoting(found, "27.3 degrees Celsius").claimant.name).toBe("Japan Meteorological Agency");
    expect(claimQuoting(found, "average fares would rise by 3.9%").claimant.name).toBe("Rail Delivery Group");
    expect(
      found.some((c) => /^From AFP|^Sources:|UNITED KINGDOM|SOUTH AFRICA|in your inbox|Sign up here/.test(c.quote)),
    ).toBe(false);
  });

  it("keeps the show notes' figures and drops the chapters, credits and links", () => {
    const found = read("4-podcast-show-notes.txt");
    expect(claimQuoting(found, "$14.7 billion").claimant.name).toBe("Priya Raman");
    expect(claimQuoting(found, "Data centers' share of US electricity in 2023: 4.4%").kind).toBe("statistic");
    expect(
      found.some((c) =>
        /^\(\d|58 min|Play episode|In this episode|brought to you|Produced by|Music by|production of|More episodes|Episode 41[01]/.test(
          c.quote,
        ),
      ),
    ).toBe(false);
  });

  it("keeps the budget's figures and drops the caption and the site's foot", () => {
    const found = read("5-council-budget-meeting.txt");
    expect(claimQuoting(found, "$612,400").claimant.name).toBe("Jim Gildea");
    expect(claimQuoting(found, "57 sworn officers").claimant.name).toBe("Christopher Battiloro");
    expect(
      found.some((c) =>
        /Lisko\/Patch|Municipal Building|views expressed|post on Patch|Register and Post/.test(c.quote),
      ),
    ).toBe(false);
  });
});

describe("the review of decision 515: where the furniture reached too far", () => {
  it("reads a live blog's time-stamped entry that gives its source, a quotation or a rate", () => {
    for (const [entry, fragment] of [
      ["(14:32) Police confirm 12 dead in Kyiv blast", "12 dead"],
      ["(7:45) Exports to China fell 12 per cent in the third quarter", "12 per cent"],
      ["(12:30) Turbine orders rose 40% in 2025", "40%"],
      ["(1:02:10) Inflation has fallen for six straight months, data show", "six straight months"],
      ["(27:32) Gas turbines are sold out until 2030, according to GE Vernova", "sold out until 2030"],
      [`(05:00) "We cut 40% of jobs," the CEO admits`, "40% of jobs"],
      ["(10:05) Prime minister announces 30,000 new homes", "30,000 new homes"],
    ] as const)
      expect(kept(`${LEAD}\n\n${entry}`, fragment)).toBe(true);
  });

  it("reads the line under a caption closed by a credit from its own line", () => {
    for (const credit of ["(Karen Lisko/Patch)", "(AP Photo/Karen Lisko)"]) {
      const body = `The Westfield Town Council met Tuesday night at the Municipal Building. ${credit}\nThe council voted 7-2 to raise the municipal tax rate by 3.1%.`;
      expect(quotes(body)).toEqual(["The council voted 7-2 to raise the municipal tax rate by 3.1%"]);
    }
  });

  it("reads a headline of two words in capitals; only a place's name or a masthead is a label", () => {
    for (const headline of ["TAXES DOUBLED", "BIDEN RESIGNS", "INFLATION SOARS"])
      expect(quotes(`${LEAD}\n\n${headline}`)).toContain(headline);
    for (const label of ["UNITED KINGDOM", "SOUTH AFRICA", "NEW ZEALAND", "SRI LANKA", "ABC NEWS"])
      expect(quotes(`${LEAD}\n\n${label}`)).toEqual([LEAD_QUOTE]);
  });
});
