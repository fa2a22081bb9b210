import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Wire, court, housing, strike, tariff and poll copy: who speaks after a described name, what a
 * trailing "according to" covers, figures below zero and in other dollars, and dates that count
 * from a month the claim names. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2025-11-14"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const said = (all: ExtractedClaim[]) => all.map((c) => [c.claimant.name, c.text]);
const quantities = (body: string) =>
  claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));

describe("the speaker of wire copy", () => {
  it("is the described name before 'said the union …', not the union", () => {
    const all = claims(
      "Rachel Reeves, the chancellor, said the union had refused to negotiate. Alison Boden, the group's director, said the court blocked the plan. Prices rose 3 per cent, said the company.",
    );
    expect(said(all)).toEqual([
      ["Rachel Reeves", "According to Rachel Reeves, the union had refused to negotiate"],
      ["Alison Boden", "According to Alison Boden, the court blocked the plan"],
      ["company", "According to the company, prices rose 3 per cent"],
    ]);
  });

  it("is the name before a role written without 'the', and a later 'he said' is his", () => {
    const all = claims(
      "The union said members had suffered a pay cut. Jack Fletcher, chair of the union's committee, said ministers had wasted weeks. “We did not want to be here,” he said. Amanda Bryden, deputy head of mortgages at Halifax, said rates fell.",
    );
    expect(claimQuoting(all, "wasted weeks").claimant.name).toBe("Jack Fletcher");
    expect(claimQuoting(all, "did not want").claimant.name).toBe("Jack Fletcher");
    expect(claimQuoting(all, "rates fell").claimant.name).toBe("Amanda Bryden");
  });

  it("reads a reported clause whose subject has a relative clause with a verb of its own", () => {
    const all = claims(
      "Police said the man who was arrested had been released. The union said nurses who voted backed the deal.",
    );
    expect(said(all)).toEqual([
      ["police", "According to the police, the man who was arrested had been released"],
      ["union", "According to the union, nurses who voted backed the deal"],
    ]);
    // Without a verb of the clause's own, nothing is reported.
    expect(claims("Police said the man who was arrested.")[0]!.claimant.type).toBe("article");
  });

  it("reads a body named by its trade as the speaker: the lender, the building society", () => {
    const all = claims(
      "Prices in Wales rose 3 per cent, the lender said. The average price dropped to £271,619, the building society said.",
    );
    expect(all.map((c) => c.claimant)).toEqual([
      { name: "lender", type: "organization", via: null },
      { name: "building society", type: "organization", via: null },
    ]);
  });
});

describe("a trailing 'according to'", () => {
  it("covers the figure it follows, not a pledge or an accusation in the clause before", () => {
    const all = claims(
      "But the opposition accused the army of continuing air strikes, and at least seven people were killed in a strike on Sunday, according to local media. The government has pledged to build 1.5 million homes, but housing starts fell to fewer than 30,000 in the first quarter, according to industry figures.",
    );
    expect(claimQuoting(all, "accused the army").claimant.type).toBe("article");
    expect(claimQuoting(all, "seven people").claimant.name).toBe("local media");
    expect(claimQuoting(all, "pledged to build").claimant.type).toBe("article");
    expect(claimQuoting(all, "housing starts").claimant.name).toBe("industry figures");
  });

  it("leaves both figures to the source when neither clause reports an act, and a tagged clause to its speaker", () => {
    expect(said(claims("Exports rose 3%, but imports fell 2%, according to customs data."))).toEqual([
      ["customs data", "According to customs data, exports rose 3%"],
      ["customs data", "According to customs data, imports fell 2%"],
    ]);
    expect(
      said(claims("Sales rose 4 percent, the company said, and profits doubled, according to LSEG data.")),
    ).toEqual([
      ["company", "According to the company, sales rose 4 percent"],
      ["LSEG data", "According to LSEG data, profits doubled"],
    ]);
  });

  it("makes no claim of the source's description, and words a comparison after it with its figure", () => {
    const all = claims(
      "About 20 states have passed similar laws, according to the Free Speech Coalition, the trade group that challenged the statute. Net migration reached 340,000, according to the ABS, well above the government's forecast of 260,000. Electricity prices rose 13 per cent, according to the ABS, though the figure is distorted by rebates.",
    );
    expect(all.some((c) => c.text.includes("trade group"))).toBe(false);
    expect(claimQuoting(all, "well above").text).toBe(
      "According to ABS, net migration reached 340,000, well above the government's forecast of 260,000",
    );
    expect(claimQuoting(all, "distorted").text).toBe("According to ABS, the figure is distorted by rebates");
    // After the joining word a pronoun stands for what the article wrote about, not for the source.
    const poll = claims(
      "Labor's lead narrowed to 54-46, according to a new Newspoll, although it still holds a commanding lead.",
    );
    expect(claimQuoting(poll, "commanding lead").claimant.type).toBe("article");
  });
});

describe("court rulings", () => {
  it("are events, and what a court decided scores as worth checking", () => {
    const [ruling] = claims(
      "The Supreme Court on Thursday upheld a Texas law that requires age verification for pornography websites.",
    );
    expect(ruling!.kind).toBe("event");
    expect(ruling!.reasons.checkworthy[0]).toMatchObject({ feature: "rule:ruling", effect: 1 });
    expect(ruling!.scores.checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});

describe("figures", () => {
  it("keep the sign of a figure below zero", () => {
    expect(
      quantities(
        "The net approval rating fell to minus 4. Temperatures dropped to minus 12C. Growth was revised to -0.1 per cent. Inflation was −0.3% in May. Labor leads 56-44.",
      ),
    ).toEqual([
      ["minus 4", -4, null, null],
      ["minus 12C", -12, "°C", null],
      ["-0.1 per cent", -0.1, "%", null],
      ["−0.3%", -0.3, "%", null],
      ["56", 56, null, null],
      ["44", 44, null, null],
    ]);
    // A margin of error is a spread, not a figure below zero.
    expect(quantities("The margin of error is plus or minus 2.8 percentage points.")).toEqual([
      ["2.8 percentage points", 2.8, "percentage points", null],
    ]);
  });

  it("read 'between A and B' as a range whose low end takes the high end's unit", () => {
    expect(quantities("Prices in Wales rose between 3 and 4 per cent. Fees are between $200 and $300 a year.")).toEqual(
      [
        ["3", 3, "%", "at_least"],
        ["4 per cent", 4, "%", "at_most"],
        ["$200", 200, "USD per year", "at_least"],
        ["$300 a year", 300, "USD per year", "at_most"],
      ],
    );
    // A multiplier on the high end only is the low end's too (decision 340); years are no range.
    expect(quantities("It will cost between 3 and 4 million dollars. The gap between 2019 and 2024 grew.")).toEqual([
      ["3", 3e6, "dollars", "at_least"],
      ["4 million dollars", 4e6, "dollars", "at_most"],
    ]);
  });

  it("read a figure a verb of passing names as a lower bound", () => {
    expect(
      quantities("Deaths could exceed 10,000, and losses may top $5 billion. Sales topped 2 million units."),
    ).toEqual([
      ["10,000", 10000, null, "more_than"],
      ["$5 billion", 5e9, "USD", "more_than"],
      ["2 million units", 2e6, "units", "more_than"],
    ]);
    expect(quantities("The top 10 schools gained.")).toEqual([["10 schools", 10, "schools", null]]);
  });

  it("give currencies written as words their codes, francs only when Swiss", () => {
    expect(
      quantities("Damage reached 2 billion Swiss francs and 40 billion yuan, plus 300 million euros a year."),
    ).toEqual([
      ["2 billion Swiss francs", 2e9, "CHF", null],
      ["40 billion yuan", 4e10, "CNY", null],
      ["300 million euros a year", 3e8, "EUR per year", null],
    ]);
  });

  it("read dollars of other countries, yen, rupees and won, with a qualifier before the country", () => {
    expect(
      quantities(
        "The deal is worth A$2.5 billion, plus €300 million and ¥40 billion. Ottawa will spend C$1 billion on a plan worth about NZ$2.7 billion. Exports hit ₹5 trillion.",
      ),
    ).toEqual([
      ["A$2.5 billion", 2.5e9, "AUD", null],
      ["€300 million", 3e8, "EUR", null],
      ["¥40 billion", 4e10, "JPY", null],
      ["C$1 billion", 1e9, "CAD", null],
      ["about NZ$2.7 billion", 2.7e9, "NZD", "approximately"],
      ["₹5 trillion", 5e12, "INR", null],
    ]);
    // Capitals glued to a dollar sign that name no country stay out of it.
    expect(quantities("He paid BAC$3 items.")).toEqual([["3 items", 3, "items", null]]);
  });
});

describe("dates", () => {
  const dates = (body: string, publishedOn: string) =>
    claims(body, publishedOn).flatMap((c) => c.dates.map((d) => [d.text, d.value]));

  it("count 'the previous month' from the month the claim names", () => {
    expect(
      dates("Inflation rose to 3.6 per cent in June, from 3.4 per cent the previous month.", "2025-08-05"),
    ).toEqual([
      ["June", "2025-06"],
      ["previous month", "2025-05"],
    ]);
  });

  it("put a month after 'until' ahead while the period runs, and behind once it is over", () => {
    expect(dates("The union's strike mandate runs until January.", "2025-11-14")).toEqual([["January", "2026-01"]]);
    expect(dates("The strike lasted until January.", "2025-11-14")).toEqual([["January", "2025-01"]]);
  });

  it("give the day a claimant made a statement, marked apart from the claim's own dates", () => {
    const statement = (body: string) =>
      claims(body, "2025-08-06").flatMap((c) => c.dates.map((d) => [d.text, d.value, d.ofStatement === true]));
    // 2025-08-06 is a Wednesday.
    expect(
      statement("Canada will impose a 25% tariff on steel imports, Prime Minister Mark Carney said on Tuesday."),
    ).toEqual([["on Tuesday", "2025-08-05", true]]);
    expect(statement("On Monday, the ministry said 12 people had died in June.")).toEqual([
      ["Monday", "2025-08-04", true],
      ["June", "2025-06", false],
    ]);
    expect(statement("Pennycook insisted last month that the target was achievable.")).toEqual([
      ["last month", "2025-07", true],
    ]);
    // Another speaker's date stays theirs.
    expect(
      statement("Scientists say the ice is melting faster, and UNEP said last month that emissions rose 2 percent."),
    ).toEqual([["last month", "2025-07", true]]);
    expect(
      claims(
        "Scientists say the ice is melting faster, and UNEP said last month that emissions rose.",
        "2025-08-06",
      )[0]!.dates,
    ).toEqual([]);
    // A date in what was said is the claim's own; the article's own claims have no statement.
    expect(statement("The mayor said the bridge would open on Friday. The bridge opened on Tuesday.")).toEqual([
      ["on Friday", "2025-08-08", false],
      ["on Tuesday", "2025-08-05", false],
    ]);
  });

  it("read a weekday 'last week' or 'next week' as that day of the week before or after", () => {
    // 2025-09-18 is a Thursday; weeks run Monday to Sunday.
    expect(dates("A second poll was conducted on Monday last week.", "2025-09-18")).toEqual([
      ["on Monday last week", "2025-09-08"],
    ]);
    expect(dates("The vote is on Friday next week.", "2025-09-18")).toEqual([["on Friday next week", "2025-09-26"]]);
  });
});

describe("a second read: fact-check blocks, AP datelines, quotations and bounds", () => {
  it("reads a fact-check's CLAIM line as the checked claim and its RATING line as no claim", () => {
    const all = claims('CLAIM: "We have lost 50,000 manufacturing jobs since he took office."\n\nRATING: Half True');
    expect(all).toHaveLength(1);
    expect(all[0]!.claimant.name).not.toBe("Claim");
    expect(all[0]!.quantities.map((q) => q.value)).toEqual([50000]);
  });

  it("drops 'although' before a speaker, and reads sources not authorized to speak as unnamed", () => {
    const all = claims(
      "Several executives have tied the cuts to automation, although economists say the evidence remains thin. The plant will close, according to two people who were not authorized to speak publicly.",
    );
    expect(claimQuoting(all, "evidence remains").text).toBe("According to economists, the evidence remains thin");
    expect(claimQuoting(all, "plant will close").claimant).toEqual({
      name: "unnamed sources",
      type: "unnamed_sources",
      via: null,
    });
    expect(claimQuoting(all, "plant will close").flags).toContain("unnamed_source");
  });

  it("marks in square brackets a subject restored inside a quotation", () => {
    const all = claims(
      '"This airline knew about a problem with that engine and flew the plane anyway," Sandoval said.',
    );
    expect(all.map((c) => c.text)).toEqual([
      "Sandoval said: “This airline knew about a problem with that engine”",
      "Sandoval said: “[This airline] flew the plane anyway”",
    ]);
  });

  it("takes a dateline with a state's abbreviation out, and ends a sentence after 'p.m.' before a new one", () => {
    const all = claims(
      "WICHITA, Kan. (AP) — The pilots did not have the latest weather, federal investigators said.\n\nThe jet struck a berm shortly after 6:40 p.m. Seven passengers were killed. The storm hits at 8 p.m. Friday.",
    );
    expect(all.map((c) => c.text)).toEqual([
      "According to federal investigators, the pilots did not have the latest weather",
      "The jet struck a berm shortly after 6:40 p.m",
      "Seven passengers were killed",
      "The storm hits at 8 p.m. Friday",
    ]);
  });

  it("gives a role after 'according to Name,' to a person, and makes no claim of it", () => {
    const all = claims(
      "The state has never lost 50,000 manufacturing jobs in any three-year period, according to Ellen Marsh, a labor economist at Arizona State University.",
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.claimant).toEqual({ name: "Ellen Marsh", type: "person", via: null });
  });

  it("keeps a record set off after '…, X said,' with the content it describes", () => {
    const all = claims(
      "Prices dropped by 0.8 per cent, the building society said, the biggest fall since December 2022.",
    );
    expect(claimQuoting(all, "biggest fall").text).toBe(
      "According to the building society, prices dropped by 0.8 per cent, the biggest fall since December 2022",
    );
  });

  it("reads bounds and periods as a reader would", () => {
    expect(
      quantities(
        "Employers with 50 or more workers must report. Groups of 10 or fewer people may meet. The tools handle more than half of support inquiries.",
      ),
    ).toEqual([
      ["50 or more workers", 50, "workers", "at_least"],
      ["10 or fewer people", 10, "people", "at_most"],
      ["more than half", 0.5, "share", "more_than"],
    ]);
    expect(
      quantities("Norway pledged 3 billion Norwegian crowns over ten years. He has worked there for over ten years."),
    ).toEqual([
      ["3 billion Norwegian crowns", 3e9, "NOK", null],
      ["over ten years", 10, "years", null],
      ["over ten years", 10, "years", "more_than"],
    ]);
    // A year after "since at least" is a date, not a figure.
    const [lowest] = claims("Agents recorded 6,214 encounters, the lowest total since at least 2005.", "2025-09-01");
    expect(lowest!.quantities.map((q) => q.value)).toEqual([6214]);
    expect(lowest!.dates.map((d) => d.value)).toEqual(["2005"]);
  });

  it("names a speaker described before the name after a quotation, and keeps titles the lists know apart", () => {
    const all = claims(
      '"We will leave with nothing," said Brazil\'s environment minister, Helena Tavares. Superintendent Gail Hensworth said scores rose 4 percent.',
    );
    expect(all[0]!.text).toBe("Helena Tavares said: “We will leave with nothing”");
    expect(all[1]!.claimant).toMatchObject({ name: "Gail Hensworth", title: "Superintendent" });
  });

  it("gives a speaker's warning after their reported clause to the speaker, and a deed to its doer", () => {
    const all = claims(
      'Abernathy said the reading gains were "real but small" and warned against drawing conclusions from one year of data. Officials said the rebels had seized the town and vowed to march on the capital.',
    );
    expect(claimQuoting(all, "warned against").text).toBe(
      "Abernathy warned against drawing conclusions from one year of data",
    );
    // The rebels vowed, not the officials.
    expect(all.some((c) => c.text.startsWith("Officials vowed"))).toBe(false);
  });

  it("words a 'which' clause whose first verb is a subordinate clause's with 'which' as its subject", () => {
    const [aside] = claims(
      "The cuts, which come three months after the company reported record quarterly revenue of $6.2 billion, will fall most heavily on its sales division.",
    );
    expect(aside!.text).toBe(
      "The cuts come three months after the company reported record quarterly revenue of $6.2 billion",
    );
  });

  it("gives 'he said' after one anonymous source to that source", () => {
    const all = claims(
      'Corvane said it would cut 4,800 jobs. One engineer, who spoke on condition of anonymity because he feared losing his severance, said managers had been told to identify "low performers." "Nobody mentioned automation until the memo," he said.',
    );
    expect(claimQuoting(all, "Nobody mentioned").claimant.type).toBe("unnamed_sources");
  });

  it("gives a verdict to the name set off after its role: 'The spokesperson, Rory Gilligan, called …'", () => {
    const [verdict] = claims('The spokesperson, Rory Gilligan, called the move "a giveaway to developers".');
    expect(verdict!.claimant.name).toBe("Rory Gilligan");
    expect(verdict!.text).toBe("Rory Gilligan called the move “a giveaway to developers”");
  });

  it("gives what a quotation's speaker added after the tag to the speaker", () => {
    const all = claims(
      '"The governor has increased per-pupil spending every single year," said spokesman Trent Aldana, adding that the cuts were to administrative programs.',
    );
    expect(said(all)).toEqual([
      [
        "Trent Aldana",
        "The spokesman Trent Aldana said: “The governor has increased per-pupil spending every single year”",
      ],
      ["Trent Aldana", "According to the spokesman Trent Aldana, the cuts were to administrative programs"],
    ]);
  });
});

describe("a review's counter-examples", () => {
  it("keeps 'over N years' a bound unless it follows another figure", () => {
    expect(
      quantities("People over 65 years of age waited over 18 weeks. Norway pledged 3 billion crowns over ten years."),
    ).toEqual([
      ["over 65 years", 65, "years", "more_than"],
      ["over 18 weeks", 18, "weeks", "more_than"],
      ["3 billion crowns", 3e9, "crowns", null],
      ["over ten years", 10, "years", null],
    ]);
  });

  it("keeps a name's initials and suffix in the name, not the title", () => {
    const [c] = claims("Health Secretary Robert F. Kennedy Jr. said vaccines were tested on 40 people.");
    expect(c!.claimant).toMatchObject({ name: "Robert F. Kennedy Jr", title: "Health Secretary" });
  });

  it("reads crore and lakh as multipliers", () => {
    expect(quantities("The plan costs ₹10,000 crore and ₹2 lakh.")).toEqual([
      ["₹10,000 crore", 1e11, "INR", null],
      ["₹2 lakh", 2e5, "INR", null],
    ]);
  });

  it("keeps a record after 'according to X,' with the content", () => {
    const all = claims("Forty people were killed on Sunday, according to the ministry, the deadliest day in weeks.");
    expect(claimQuoting(all, "deadliest").text).toBe(
      "According to the ministry, forty people were killed on Sunday, the deadliest day in weeks",
    );
  });

  it("reads no minus in a range or a name, no range between different things, no 'or more' before 'than'", () => {
    expect(
      quantities("Prices rose 3 -4 percent. Between 3 unions and 2 employers signed. 3 dead or more than 10 injured."),
    ).toEqual([
      ["3", 3, null, null],
      ["4 percent", 4, "%", null],
      ["3 unions", 3, "unions", null],
      ["2 employers", 2, "employers", null],
      ["3 dead", 3, "dead", null],
      ["more than 10 injured", 10, "injured", "more_than"],
    ]);
  });

  it("dates a statement only from its own attribution, and 'the previous week' not by a month", () => {
    const own = claims("The union said the strike, which began in January, would continue.", "2025-06-12");
    expect(own.flatMap((c) => c.dates.filter((d) => d.ofStatement))).toEqual([]);
    const week = claims("Sales rose in June, from the previous week.", "2025-08-05");
    // "the previous week" is no month before June (the week is not read at all).
    expect(week.flatMap((c) => c.dates.map((d) => [d.text, d.value]))).toEqual([["June", "2025-06"]]);
  });

  it("reads 'said the company' after a leading time phrase, and a city's time after 'p.m.' as part of the sentence", () => {
    expect(claims("In March, prices rose 3 per cent, said the company.")[0]!.claimant.name).toBe("company");
    expect(claims("The talks start at 3 p.m. Paris time, officials said.")).toHaveLength(1);
  });

  it("gives a CLAIM block no earlier speaker, and skips only a rating line", () => {
    const all = claims(
      'Officials said the plan was sound.\n\nCLAIM: "We have lost 50,000 jobs since he took office."\n\nRATING: Half True\n\nVERDICT: Guilty on all 34 counts',
    );
    expect(claimQuoting(all, "50,000 jobs").claimant.type).toBe("article");
    expect(all.some((c) => c.quote.includes("Half True"))).toBe(false);
    expect(all.some((c) => c.quote.includes("34 counts"))).toBe(true);
  });
});
