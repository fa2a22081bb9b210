import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks and furniture left from decisions 510 and 515 (decision 550): a live blog's
 * time-stamped entries taken for a podcast's chapters, lines with no final mark run together, and
 * page furniture read as claims. The texts are written for these tests after the articles in
 * tests/fixtures/newsroom-read-515.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const LEAD_QUOTE = "The council voted 7-2 to adopt a $38.2 million budget";

describe("a live blog's time-stamped entries against a podcast's chapters", () => {
  it("reads a lone entry at a time of day that has a verb, or its source before a colon", () => {
    for (const [entry, fragment] of [
      ["(16:45) Dow closes down 800 points as bank stocks slump", "800 points"],
      ["(09:10) Shares in Rio Tinto slide 6 per cent", "Rio Tinto"],
      ["(27:32) GE Vernova: gas turbines are sold out until 2030", "sold out until 2030"],
      ["(13:05) Fed's Powell: rates will stay high into 2027", "rates will stay high"],
    ] as const)
      expect(kept(`${LEAD}\n\n${entry}`, fragment)).toBe(true);
  });

  it("reads entries that stand apart with their text, newest first", () => {
    const blog = `${LEAD}\n\n(16:45) Dow closes down 800 points as bank stocks slump\nThe index lost 2.1% in the last hour of trading.\n\n(15:30) Fed holds rates at 4.5%\nThe decision was unanimous.`;
    expect(kept(blog, "800 points")).toBe(true);
    expect(kept(blog, "holds rates at 4.5%")).toBe(true);
  });

  it("still makes no claim of a chapter: no time of day, a run of later stamps, or a title with no verb", () => {
    for (const chapter of [
      "(27:32) Gas turbines are sold out until 2030",
      "(00:00) Intro",
      "(11:40) Virginia's 40 gigawatts of requests",
      "(1:02:10) Utilities have doubled their forecasts",
      "(36:18) Can nuclear restarts help?",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`)).toEqual([LEAD_QUOTE]);
    const list = `${LEAD}\n\nIn this episode:\n(02:14) Data centers doubled their load in Virginia\n(11:40) Utilities have received 40 gigawatts of requests\n(19:05) Turbine makers are sold out until 2030`;
    expect(quotes(list)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a chapter's stamp from hiding a said or a rate in a run", () => {
    const list = `${LEAD}\n\n(02:14) Intro\n(11:40) The minister said 40% of the posts were cut`;
    expect(kept(list, "40% of the posts")).toBe(true);
  });
});

describe("a line with no final mark over a line that opens a unit of its own", () => {
  it("breaks a headline from its byline and from its standfirst", () => {
    const body = `Reserve Bank holds cash rate at 3.6 per cent, warns inflation 'remains too high'\nBy business reporter Nadia Kourosh\n\n${LEAD}`;
    expect(quotes(body)).toEqual([
      "Reserve Bank holds cash rate at 3.6 per cent, warns inflation 'remains too high'",
      LEAD_QUOTE,
    ]);
    const standfirst = `Westfield Council Passes $38.2M Budget, Raising Taxes 2.9 Percent\nThe average homeowner will pay about $131 more a year.`;
    expect(quotes(standfirst)).toContain("The average homeowner will pay about $131 more a year");
  });

  it("breaks a statement's points, one a line", () => {
    const points = `Key points from the RBA statement:\nThe cash rate target is unchanged at 3.6 per cent\nUnderlying inflation is expected to be around 3.2 per cent in the December quarter\nThe labour market remains a little tight`;
    expect(quotes(points)).toEqual([
      "The cash rate target is unchanged at 3.6 per cent",
      "Underlying inflation is expected to be around 3.2 per cent in the December quarter",
      "The labour market remains a little tight",
    ]);
  });

  it("drops a caption closed by an outlet's credit, the share prompt and a time stamp over 'Reply'", () => {
    const caption = `Reserve Bank governor Michele Bullock will front a media conference at 3:30pm AEDT. (ABC News: John Gunn)\nHelp keep family & friends informed by sharing this article\nabc.net.au/news/rba-holds-cash-rate-november-2026/105123456\n\n${LEAD}`;
    expect(quotes(caption)).toEqual([LEAD_QUOTE]);
    const stamp = `Posted Wed, Nov 18, 2026 at 4:12 pm ET | Updated Wed, Nov 18, 2026 at 6:40 pm ET\nReply\n\n${LEAD}`;
    expect(quotes(stamp)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a wrapped sentence whole, and a bracket that is no credit", () => {
    const wrapped = `The council said the money for the new police officers would be raised according to\nThe Westfield Leader, which first reported the plan on Monday.`;
    expect(quotes(wrapped).some((q) => q.includes("according to\nThe Westfield Leader"))).toBe(true);
    const title = `More than four million people in Britain said they had watched every episode of the drama\nThe Crown on Netflix, the survey found.`;
    expect(quotes(title).some((q) => q.includes("drama\nThe Crown"))).toBe(true);
    expect(kept(`Shares fell 12% on Monday. (Reuters: 40 dead)\nThe index closed lower.`, "40 dead")).toBe(true);
    const name = `The councilmembers who voted against the budget on Tuesday night were Linda Habgood\nDawn Mackey and Tom Kearney, the clerk said.`;
    expect(quotes(name).some((q) => q.includes("Habgood\nDawn Mackey"))).toBe(true);
  });
});

describe("names and biographies under a name", () => {
  it("reads a two-word headline over a BBC desk line", () => {
    expect(quotes(`${LEAD}\n\nStrikes Cancelled\nBBC News`)).toContain("Strikes Cancelled");
    expect(quotes(`${LEAD}\n\nStorm Babet Strikes\nBBC Scotland`)).toContain("Storm Babet Strikes");
  });

  it("still drops a writer's name over a desk line, names in -ed among them", () => {
    for (const name of ["Ahmed Khaled", "Mohammed Saeed", "Sian Morgan"])
      expect(quotes(`${LEAD}\n\n${name}\nBBC News`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a comparison under a sportsman's name, and still drops a beat's biography", () => {
    expect(
      kept(`Tom Brady\nTom Brady has covered more ground than any quarterback in NFL history.`, "more ground than any"),
    ).toBe(true);
    expect(
      quotes(
        `${LEAD}\n\nDana Whitfield\nDana Whitfield covers product safety for Consumer Reports. She has reported on recalls since 2014.`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });
});

describe("mastheads, a link heading, a donation pitch and a foot biography", () => {
  it("makes no claim of them", () => {
    for (const line of [
      "Westfield, NJ News",
      "Our journalism needs your support. Every dollar helps. In 2026, Courthouse News set a goal of raising $25,000.\nSupport Courthouse News",
      "Maria Delgado covers federal courts in the West for Courthouse News. She is based in San Francisco.",
      "Read more Courthouse News:\nJudge blocks Idaho rule on river-access fees\nNinth Circuit upholds California ban on gas leaf blowers",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nMore from Westfield`)).toEqual([LEAD_QUOTE]);
  });

  it("reads news lines of the same shape", () => {
    for (const [line, fragment] of [
      ["Westfield, NJ News reported 40 arrests on Tuesday.", "40 arrests"],
      ["In 2026, Oxfam set a goal of raising $25 million.", "$25 million"],
      ["He is based in Kyiv.", "based in Kyiv"],
      ["Jane Smith covers the costs for the NHS, which paid £4m last year.", "£4m"],
      ["Every dollar helps, the charity said, after donations fell 40% in 2025.", "40%"],
    ] as const)
      expect(kept(`${LEAD}\n\n${line}`, fragment)).toBe(true);
    // "More from Starmer" with his words under it is a live page's entry.
    expect(kept(`More from Westfield\nThe mayor said taxes would rise 3% next year.`, "3% next year")).toBe(true);
  });
});

describe("the twenty-first read's articles", () => {
  it("reads no furniture the decision takes off, and keeps the headlines apart from what is under them", () => {
    const court = fixtureClaims("newsroom-read-515/1-appeals-court-ruling.txt").map((c) => c.quote);
    expect(court).toContain("Ninth Circuit revives Oregon town's suit over rail-yard diesel fumes");
    expect(
      court.some((q) =>
        /covers federal courts|Read more|your support|Every dollar|goal of raising|Support Courthouse/.test(q),
      ),
    ).toBe(false);
    const bank = fixtureClaims("newsroom-read-515/2-central-bank-rate-decision.txt").map((c) => c.quote);
    expect(bank).toContain("The labour market remains a little tight");
    expect(bank.some((q) => /Kourosh|John Gunn|Help keep|abc\.net\.au/.test(q))).toBe(false);
    const council = fixtureClaims("newsroom-read-515/5-council-budget-meeting.txt").map((c) => c.quote);
    expect(council).toContain("The average homeowner will pay about $131 more a year");
    expect(council.some((q) => /NJ News|Posted Wed|Reply|More from Westfield/.test(q))).toBe(false);
  });
});

describe("the review of decision 550", () => {
  it("keeps a hard-wrapped sentence whole where a letter, a title or a speaker runs onto the next line", () => {
    for (const [body, fragment] of [
      [
        "Berkshire Hathaway said on Saturday that the price of its Class\nA shares rose 4% to a record after the insurer's earnings beat forecasts.",
        "Class\nA shares rose 4%",
      ],
      [
        "Researchers found that children in the trial who were given vitamin\nA supplements were 24% less likely to die before the age of five.",
        "vitamin\nA supplements",
      ],
      [
        "Juventus confirmed on Monday that it had agreed terms with the Serie\nA champions Napoli for the striker in a deal worth 45 million euros.",
        "Serie\nA champions",
      ],
      [
        "The minister said the government would publish what she called\nThe plan for change in the spring, with 1.5 million new homes by 2029.",
        "called\nThe plan",
      ],
    ] as const)
      expect(quotes(body).some((q) => q.includes(fragment))).toBe(true);
    const speaker = claims(
      "Inflation in the euro zone fell to 2.1% in October, the lowest level since 2021, says\nEurostat",
    );
    expect(speaker.map((c) => c.claimant?.name)).toEqual(["Eurostat"]);
  });

  it("still breaks a headline over a standfirst that opens with 'A' or over a credit", () => {
    expect(
      quotes(
        "Fed holds rates steady, signals two cuts later this year as inflation eases\nA divided committee said the labour market remained strong.",
      ),
    ).toContain("Fed holds rates steady, signals two cuts later this year as inflation eases");
  });

  it("reads a line of a foot biography's shape that names no newsroom, or opens with 'The'", () => {
    for (const [line, fragment] of [
      ["Blue Cross covers the full cost of insulin for Medicare.", "insulin"],
      ["The Federal Reserve reports on monetary policy twice a year for Congress.", "monetary policy"],
      ["Allianz Partners covers the cost of repatriation for British Airways.", "repatriation"],
    ] as const)
      expect(kept(`${LEAD}\n\n${line}`, fragment)).toBe(true);
    expect(quotes(`${LEAD}\n\nJames Holt reports on energy markets for Bloomberg News.`)).toEqual([LEAD_QUOTE]);
  });

  it("still drops a biography under a name that has covered a beat 'for more than a decade'", () => {
    expect(quotes(`${LEAD}\n\nDana Whitfield\nDana Whitfield has covered Congress for more than a decade.`)).toEqual([
      LEAD_QUOTE,
    ]);
  });

  it("makes no claim of a chapter that asks without its mark, and reads a live blog's entries", () => {
    for (const chapter of [
      "(12:30) Why utilities are raising prices",
      "(05:10) Deep Dive: why grid costs are rising so fast",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`)).toEqual([LEAD_QUOTE]);
    const blog = `${LEAD}\n\n(16:45) Dow closes down 800 points as bank stocks slump\n\n(17:10) Futures extend losses in Asian trading`;
    expect(kept(blog, "800 points")).toBe(true);
  });
});
