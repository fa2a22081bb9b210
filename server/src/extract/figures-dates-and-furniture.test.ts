import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Figures, dates, kinds, scores and story furniture from a fourth read of news copy: numbers in
 * names, ranges, magnitudes, periods, questions, headlines (decision 230). The texts are written
 * for these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

describe("numbers that are part of a name", () => {
  const counted = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.text));

  it("count nothing: a channel, a mission, a party named by a number word", () => {
    expect(counted("Channel 4 reported that 200 jobs would go. One Nation won 12 per cent of the vote.")).toEqual([
      "200 jobs",
      "12 per cent",
    ]);
    expect(
      counted("The show aired on Channel 4 last night, and Apollo 11 landed in 1969. Windows 11's maker agreed."),
    ).toEqual([]);
    expect(counted("Fans of the Big Ten and Formula One cheered.")).toEqual([]);
  });

  it("still count after a capitalised word that is no name's start, or a place", () => {
    expect(
      counted(
        "The US sent Ukraine 300 tanks. In Gaza 40 were killed. Only 40 were killed. Two Democrats voted against.",
      ),
    ).toEqual(["300 tanks", "40", "40", "Two Democrats"]);
  });

  it("make a body that speaks: Channel 4, an agency named by one word", () => {
    const all = claims(
      "Channel 4 reported that 200 jobs would go. The figure rose in June, Reuters said. Radio host Ann Lee said 30 shows were cut.",
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Channel 4", "organization"],
      ["Reuters", "organization"],
      ["Ann Lee", "person"],
    ]);
  });
});

describe("magnitudes and ranges below zero", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));

  it("reads a quake's figure as its magnitude, not a count of quakes", () => {
    expect(
      figures(
        "A magnitude 7.7 earthquake struck Myanmar. A 6.1-magnitude quake hit Japan, and a 5.2 aftershock followed.",
      ),
    ).toEqual([
      ["magnitude 7.7", 7.7, "magnitude", null],
      ["6.1-magnitude", 6.1, "magnitude", null],
      ["5.2", 5.2, "magnitude", null],
    ]);
    expect(figures("Three earthquakes hit Chile.")).toEqual([["Three earthquakes", 3, "earthquakes", null]]);
  });

  it("reads a range whose low end is below zero", () => {
    expect(
      figures("Temperatures will range between -5 and 3 degrees. Lows between minus 12 and minus 4C are expected."),
    ).toEqual([
      ["-5", -5, "degrees", "at_least"],
      ["3 degrees", 3, "degrees", "at_most"],
      ["minus 12", -12, "°C", "at_least"],
      ["minus 4C", -4, "°C", "at_most"],
    ]);
  });
});

describe("periods and weeks", () => {
  const dated = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => [d.text, d.value]));

  it("dates a period that runs to a month, and not a person called May", () => {
    expect(dated("House prices rose 4.2% in the 12 months to May. She spoke to May about 40 jobs.")).toEqual([
      ["May", "2025-05"],
    ]);
  });

  it("puts both days of 'between Monday and Friday last week' in that week", () => {
    expect(dated("Police made 40 arrests between Monday and Friday last week.")).toEqual([
      ["Monday", "2025-06-02"],
      ["Friday last week", "2025-06-06"],
    ]);
    expect(dated("Strikes will run from Tuesday to Thursday next week.")).toEqual([
      ["Tuesday", "2025-06-17"],
      ["Thursday next week", "2025-06-19"],
    ]);
  });
});

describe("a story's furniture", () => {
  it("makes no claim of a byline's second line or of a section heading", () => {
    const story = [
      "Storm leaves thousands without power",
      "",
      "By Maria Lopez",
      "Staff Writer",
      "",
      "More than 40,000 homes lost power on Tuesday, the utility said.",
      "",
      "What happens next",
      "",
      "The outage cost businesses $3 million, officials said.",
      "",
      "Why it matters",
      "",
      "How the storm hit 40,000 homes",
    ].join("\n");
    expect(claims(story).map((c) => c.quote)).toEqual([
      "Storm leaves thousands without power",
      "More than 40,000 homes lost power on Tuesday",
      "The outage cost businesses $3 million",
      // A heading with a figure in it may be a claim the story goes on to make.
      "How the storm hit 40,000 homes",
    ]);
  });
});

describe("a fourth read: columns, transcripts, studies and storms", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));

  it("flags a columnist's loaded words and opinions written with a contraction or a negation", () => {
    const all = claims(
      "The stadium deal is a shameless giveaway, rammed through by the council. I'd love to see the math. I don't think we get there.",
    );
    expect(all.map((c) => c.flags)).toEqual([["loaded_language"], ["opinion"], ["opinion"]]);
    expect(all[0]!.loadedTerms).toEqual(["shameless", "rammed through"]);
  });

  it("makes no claim of a wire's name under a byline, a transcript's note or a columnist's line", () => {
    const story = [
      "By Jane Doe",
      "Associated Press",
      "",
      "The following is an edited transcript of remarks by the mayor.",
      "",
      "The city added 46,000 jobs, the mayor said.",
      "",
      "Gordon Pelletier is a columnist for the Lakeshore Tribune.",
      "",
      "Maria Lopez is a reporter who covered the trial, and she said 40 people testified.",
    ].join("\n");
    expect(claims(story).map((c) => c.quote)).toEqual([
      "The city added 46,000 jobs",
      "Maria Lopez is a reporter who covered the trial",
      "40 people testified",
    ]);
  });

  it("reads speeds, cents of another country and verbs after a figure", () => {
    expect(figures("Winds of 115 mph (185 km/h) were recorded. The dollar fell to 72.24 U.S. cents.")).toEqual([
      ["115 mph", 115, "mph", null],
      ["185 km/h", 185, "km/h", null],
      ["72.24 U.S. cents", 72.24, "cents", null],
    ]);
    expect(figures("Where does 46,000 come from?")).toEqual([["46,000", 46000, null, null]]);
  });

  it("reads ages as bounds and 'about' after a verb of talking as no qualifier", () => {
    expect(
      figures(
        "Adults aged 60 and over were enrolled. We are talking about 26 fewer hospital admissions. I think about half of them closed. Exports rose 700 units and over 1,000 were sold.",
      ),
    ).toEqual([
      ["60 and over", 60, null, "at_least"],
      ["about 26 fewer hospital admissions", 26, "admissions", null],
      ["about half", 0.5, "share", "approximately"],
      ["700 units", 700, "units", null],
      // "over 1,000 were sold" opens a clause of its own and counts the units before it (decision 370).
      ["over 1,000", 1000, "units", "more_than"],
    ]);
  });

  it("names who speaks after a figure: the authors, the paper, the clubs, a trial, a person by age", () => {
    const all = claims(
      "The vaccine was 41% effective, the authors said. Six cases were reported, the paper said. Aston Villa have signed Tiago Valadares, the clubs said. Stays fell 41%, a trial found. A 19-year-old man from Guinea told IOM staff that smugglers had charged 1,500 dinars.",
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["authors", "person"],
      ["paper", "organization"],
      ["clubs", "organization"],
      ["trial", "organization"],
      ["19-year-old man from Guinea", "person"],
    ]);
    expect(all[4]!.text).toBe(
      "According to a 19-year-old man from Guinea (via the IOM), smugglers had charged 1,500 dinars",
    );
  });

  it("types companies by the words that end their names", () => {
    const all = claims(
      "The unemployment rate rose to 7.1%, Statistics Canada said. Duke Energy said 512,000 customers were without power.",
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Statistics Canada", "organization"],
      ["Duke Energy", "organization"],
    ]);
  });

  it("marks a claim disputed when the article answers it flatly: 'It won't.'", () => {
    const all = claims(
      "Supporters claim that the stadium will create 4,000 permanent jobs. It won't. The firm said sales rose. It is not clear why.",
    );
    expect(all.filter((c) => c.flags.includes("disputed")).map((c) => c.quote)).toEqual([
      "the stadium will create 4,000 permanent jobs",
    ]);
  });
});

describe("a fourth read: wire copy from the sea, the market and the city", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));

  it("reads a source who declined to be identified as unnamed, with no claim of the aside", () => {
    const all = claims(
      "One OPEC+ delegate, who declined to be identified because the talks are private, said Saudi Arabia and Russia had not yet agreed on the increase.",
    );
    expect(all.map((c) => [c.claimant.type, c.quote])).toEqual([
      ["unnamed_sources", "Saudi Arabia and Russia had not yet agreed on the increase"],
    ]);
  });

  it("makes the coast guard a body that a later 'It said' stands for", () => {
    const all = claims(
      "The International Organization for Migration said 60 survivors had been rescued. The coast guard said in a statement that its vessel reached the boat. It said rough seas had hampered the rescue.",
    );
    expect(all.map((c) => c.claimant.name)).toEqual([
      "International Organization for Migration",
      "coast guard",
      "coast guard",
    ]);
    expect(all[0]!.text).toMatch(/^According to the International Organization for Migration,/);
  });

  it("dates what is likely, or may happen, ahead, but not a past ability or a comparison", () => {
    const dated = (body: string) => claims(body, "2025-10-03").flatMap((c) => c.dates.map((d) => d.value));
    expect(dated("The group was likely to approve an increase of 137,000 barrels per day for November.")).toEqual([
      "2025-11",
    ]);
    expect(dated("The plant may close in March.")).toEqual(["2026-03"]);
    // "could" is as often a past ability as a possibility: it tells no tense.
    expect(dated("Residents said they could see flames from the plant on Monday.")).toEqual(["2025-09-29"]);
    expect(dated("Voters were more likely to back Labour in May.")).toEqual(["2025-05"]);
    expect(dated("She said she'd been in Kyiv on Monday.")).toEqual(["2025-09-29"]);
  });

  it("scores a question low: it asserts nothing", () => {
    const [question, statement] = claims("Where does 46,000 come from? The city added 46,000 jobs.");
    expect(question!.scores.checkworthy).toBeLessThan(0.7);
    expect(question!.reasons.checkworthy[0]!.feature).toBe("rule:question");
    expect(statement!.scores.checkworthy).toBeGreaterThan(0.9);
  });

  it("reads '12 to 18 inches' as a range and a rate per 100,000 residents as one figure", () => {
    expect(figures("The storm could dump 12 to 18 inches of rain. Rates rose from 3 to 4%.")).toEqual([
      ["12", 12, "inches", "at_least"],
      ["18 inches", 18, "inches", "at_most"],
      ["3", 3, null, null],
      ["4%", 4, "%", null],
    ]);
    expect(figures("The city had a rate of about 34.6 per 100,000 residents.")).toEqual([
      ["about 34.6 per 100,000 residents", 34.6, "per 100,000 residents", "approximately"],
    ]);
  });
});

describe("a fourth read: tags, ranges and periods", () => {
  it("reads 'put it bluntly:' as a quotation's tag", () => {
    const all = claims(
      'The school district says it needs $480 million for repairs.\n\nCouncil member Teresa Okoye put it bluntly: "We are borrowing against our future."',
    );
    expect(claimQuoting(all, "borrowing").claimant.name).toBe("Teresa Okoye");
  });

  it("dates both ends of a range in order: the second end is no deadline", () => {
    const dated = (body: string) => claims(body, "2025-07-09").flatMap((c) => c.dates.map((d) => d.value));
    expect(dated("Her office used figures from January through June.")).toEqual(["2025-01", "2025-06"]);
    expect(dated("The strike will run from Monday through Friday.")).toEqual(["2025-07-14", "2025-07-18"]);
  });

  it("reads 'over two days' later in a figure's clause as its period, but 'waited over 18 weeks' as more than", () => {
    const qualifiers = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.qualifier]));
    expect(
      qualifiers(
        "About 8,000 people crossed into Ceuta from Morocco over two days. 3,000 patients waited over 18 weeks.",
      ),
    ).toEqual([
      ["About 8,000 people", "approximately"],
      ["over two days", null],
      ["3,000 patients", null],
      ["over 18 weeks", "more_than"],
    ]);
  });

  it("reads the clause after 'said in a statement'", () => {
    const [c] = claims("Crestline Partners said in a statement it supported the agreement.");
    expect([c!.quote, c!.text]).toEqual([
      "it supported the agreement",
      "Crestline Partners said it supported the agreement",
    ]);
  });
});

describe("a fourth read: kinds, references and titles", () => {
  it("reads no record in 'at least' or 'most of'", () => {
    const all = claims(
      "At least 27 people died after a boat capsized. Most of the passengers were from Guinea. It was the most since 2019.",
    );
    expect(all.map((c) => [c.kind, c.alsoKinds])).toEqual([
      ["statistic", []],
      ["other", []],
      ["comparison_record", []],
    ]);
  });

  it("names initials read letter by letter, a possessive body and a U.S. agency with 'the'", () => {
    const texts = claims(
      "Robberies rose 9%, according to the department's data. Crime fell 3%, according to the FBI. Deaths rose 4%, according to the U.S. Centers for Disease Control and Prevention.",
    ).map((c) => c.text.slice(0, c.text.indexOf(",")));
    expect(texts).toEqual([
      "According to the department's data",
      "According to the FBI",
      "According to the U.S. Centers for Disease Control and Prevention",
    ]);
  });

  it("scores a note that someone did not comment as nothing to check", () => {
    const [c] = claims("The coast guard declined to comment on the second boat.");
    expect(c!.scores.checkworthy).toBeLessThan(0.2);
    expect(c!.reasons.checkworthy[0]!.feature).toBe("rule:no_comment");
  });

  it("takes an occupation before a name for a title", () => {
    const all = claims(
      'Criminologist Monica Tran of Ohio State University said homicides had fallen. "The drop is bigger than average," Tran said.',
    );
    expect(all.map((c) => [c.claimant.title, c.claimant.name])).toEqual([
      ["Criminologist", "Monica Tran of Ohio State University"],
      ["Criminologist", "Monica Tran of Ohio State University"],
    ]);
    expect(all[0]!.text).toBe(
      "According to the criminologist Monica Tran of Ohio State University, homicides had fallen",
    );
  });
});

describe("a count of a whole named without a number", () => {
  it("counts what the whole is made of: 'Six of the deaths', 'Five of its injured workers'", () => {
    const counted = claims(
      "Six of the deaths were in North Carolina. Five of its injured workers died. Two of the best were gone. One of the victims died.",
    ).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit]));
    expect(counted).toEqual([
      ["Six", 6, "deaths"],
      ["Five", 5, "workers"],
    ]);
  });
});

describe("a headline the lead repeats", () => {
  it("makes no claim of its own when the body gives every figure in it", () => {
    const quotes = (body: string) => claims(body).map((c) => c.quote);
    expect(
      quotes(
        "RSV shot cut hospital stays by 41%, trial finds\n\nThe vaccine reduced admissions by 41%, according to a trial.",
      ),
    ).toEqual(["The vaccine reduced admissions by 41%"]);
    // A figure the body does not give, or none at all: the headline stays a claim.
    expect(quotes("Storm leaves 40,000 without power\n\nThe storm hit the coast on Monday, officials said.")[0]).toBe(
      "Storm leaves 40,000 without power",
    );
  });
});

describe("a fifth read: courts, climate and war", () => {
  it("dates a sentencing set for a day, talks that begin on Monday, and a year of the next century", () => {
    const dated = (body: string, on: string) => claims(body, on).flatMap((c) => c.dates.map((d) => d.value));
    expect(dated("U.S. District Judge Raymond Okafor set sentencing for July 17.", "2025-03-28")).toEqual([
      "2025-07-17",
    ]);
    expect(
      dated("The delegation to the talks, which begin in Belem on Monday, has disputed the figures.", "2025-11-04"),
    ).toEqual(["2025-11-10"]);
    expect(dated("Warming could reach 2.7C by 2100.", "2025-11-04")).toEqual(["2100"]);
  });

  it("reads a denied passing as an upper bound", () => {
    const [c] = claims("Warming is unlikely to exceed 2C by 2050.");
    expect(c!.quantities.map((q) => [q.text, q.qualifier])).toEqual([["2C", "at_most"]]);
  });
});

describe("a fifth read: rates, ranges and days that are kinds", () => {
  const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.unit, q.qualifier]));

  it("reads a rate per decade, a range with its unit on both ends, and no count in 'half-time'", () => {
    expect(figures("Warming is running at 0.27C per decade.")).toEqual([["0.27C per decade", "°C per decade", null]]);
    expect(figures("The likely range is 1.18C to 1.52C.")).toEqual([
      ["1.18C", "°C", "at_least"],
      ["1.52C", "°C", "at_most"],
    ]);
    // A change is no range, with "from" or without.
    expect(figures("The bank raised its forecast 2% to 3%.")).toEqual([
      ["2%", "%", null],
      ["3%", "%", null],
    ]);
    expect(figures("Pike equalised before half-time.")).toEqual([]);
    // A plural without an "s" after a nationality: "420 Ukrainian servicemen".
    expect(figures("The ministry said it had killed up to 420 Ukrainian servicemen.")).toEqual([
      ["up to 420 Ukrainian servicemen", "servicemen", "at_most"],
    ]);
  });

  it("dates both years of 'between 2015 and 2024', and no day in 'Sunday hours'", () => {
    const dated = (body: string) => claims(body, "2025-11-04").flatMap((c) => c.dates.map((d) => d.value));
    expect(dated("Sea levels rose 40 millimetres between 2015 and 2024.")).toEqual(["2015", "2024"]);
    expect(dated("The cut will reduce Sunday hours at 9 branches.")).toEqual([]);
  });
});

describe("counter-examples from a second review", () => {
  it("dates past days as past: a record set, people in need, a poor start, services on Sunday", () => {
    const dated = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => d.value));
    expect(
      dated(
        "Bolt set a record for the 100m in Berlin on Sunday. Aid reached 40,000 people in need on Tuesday. The team made a poor start on Monday. On Sunday services resumed at 40% capacity.",
      ),
    ).toEqual(["2025-06-08", "2025-06-10", "2025-06-09", "2025-06-08"]);
  });

  it("reads a rise from one figure to another as no range", () => {
    const [c] = claims("Temperatures rose 2C to 38C on Tuesday.");
    expect(c!.quantities.map((q) => q.qualifier)).toEqual([null, null]);
  });
});
