import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Faults a fact-checker's read of twelve articles in everyday newsroom styles turned up (an
 * election night, a price report, a health study, an earthquake, a housing row, quarterly
 * results, a golf final, a bribery trial, a live blog, an interview, an op-ed, a rally speech).
 * The texts are written for these tests.
 */
const PUBLISHED = "2026-06-25"; // a Thursday

function claims(body: string, publishedOn = PUBLISHED): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

describe("a rebuttal or a source inside reported speech", () => {
  it("keeps the speaker of 'X said A, according to Y': Y is X's source, not the claimant", () => {
    const all = claims(
      "Vance said the city had produced only 4,100 affordable units since 2023, according to its own housing dashboard.",
    );
    const c = claimQuoting(all, "4,100 affordable units");
    expect(c.claimant.name).toBe("Vance");
    expect(c.text).toBe(
      "According to Vance, the city had produced only 4,100 affordable units since 2023, according to its own housing dashboard",
    );
  });

  it("gives 'though critics called it B' to the critics, not to the first speaker", () => {
    const all = claims("Yerlikaya said aid had reached every village, though economists called the figure inflated.");
    const first = claimQuoting(all, "aid had reached");
    expect(first.claimant.name).toBe("Yerlikaya");
    expect(first.quote).toBe("aid had reached every village");
    const rebuttal = claimQuoting(all, "called the figure inflated");
    expect(rebuttal.claimant.name).toBe("economists");
    expect(rebuttal.text).toBe("Economists called the figure inflated");
  });

  it("keeps the article's 'a figure disputed by X' out of the speaker's claim", () => {
    const all = claims(
      "President Robert Hale claimed on Monday that violent crime had fallen 20% under his administration, a figure disputed by criminologists.",
    );
    const claim = claimQuoting(all, "violent crime had fallen");
    expect(claim.claimant).toMatchObject({ name: "Robert Hale", title: "President" });
    expect(claim.quote).toBe("violent crime had fallen 20% under his administration");
    const comment = claimQuoting(all, "disputed by criminologists");
    expect(comment.claimant.type).toBe("article");
    expect(comment.quote).toBe("a figure disputed by criminologists");
  });

  it("gives the 'said' half of 'X conceded … but said …' to X, and the first half to the article", () => {
    const all = claims("Brandt conceded shortly before midnight but said the party had gained three seats.");
    const conceded = claimQuoting(all, "conceded");
    expect(conceded.claimant.type).toBe("article");
    expect(conceded.quote).toBe("Brandt conceded shortly before midnight");
    const seats = claimQuoting(all, "three seats");
    expect(seats.claimant.name).toBe("Brandt");
    expect(seats.quote).toBe("the party had gained three seats");
  });

  it("takes no speaker from 'X repeated his claim that': the subject makes the claim", () => {
    const all = claims("The president repeated his claim that the economy added 2 million jobs this year.");
    const c = claimQuoting(all, "2 million jobs");
    expect(c.claimant.name).toBe("president");
    expect(c.text).toBe("According to the president, the economy added 2 million jobs this year");
  });

  it("reads '…, said X, a …' at a sentence's end as X's claim", () => {
    const [c] = claims(
      "The study cannot prove that walking causes the lower risk, said Dr. Peter Walsh, a cardiologist at Johns Hopkins University who was not involved in the research.",
    );
    expect(c!.claimant).toMatchObject({ name: "Peter Walsh", title: "Dr." });
    expect(c!.quote).toBe("The study cannot prove that walking causes the lower risk");
  });

  it("reads a reported clause whose subject has a relative clause ('said people who walk more may')", () => {
    const all = claims("Walsh said people who walk more may also be healthier to begin with.");
    const c = claimQuoting(all, "people who walk more");
    expect(c.claimant.name).toBe("Walsh");
    expect(c.quote).toBe("people who walk more may also be healthier to begin with");
  });
});

describe("speakers named by their trade or by a possessive, and 'saying' after a statement", () => {
  it("reads '…, the utility said' as the utility's, and writes no 'the' before 'Hale's campaign'", () => {
    const all = claims(
      "Pacific Gas and Electric shut off power to about 18,000 customers, the utility said. Hale's campaign said he would hold two more rallies.",
    );
    const power = claimQuoting(all, "18,000 customers");
    expect(power.claimant).toEqual({ name: "utility", type: "organization", via: null });
    expect(power.text).toBe(
      "According to the utility, Pacific Gas and Electric shut off power to about 18,000 customers",
    );
    expect(claimQuoting(all, "two more rallies").text).toBe(
      "According to Hale's campaign, he would hold two more rallies",
    );
  });

  it("gives what follows ', saying' to the subject of the statement before it", () => {
    const all = claims("Okafor's office disputed that number, saying it excluded units under construction.");
    const dispute = claimQuoting(all, "disputed that number");
    expect(dispute.claimant.type).toBe("article");
    expect(dispute.quote).toBe("Okafor's office disputed that number");
    const reason = claimQuoting(all, "excluded units");
    expect(reason.claimant.name).toBe("Okafor's office");
    expect(reason.quote).toBe("it excluded units under construction");
    // "it" may be the number or the office: it is left as written.
    expect(reason.text).toBe("According to Okafor's office, it excluded units under construction");
  });

  it("does not read a participle of doing as speech", () => {
    const all = claims("The company raised prices twice, citing higher costs.");
    expect(all.every((c) => c.claimant.type === "article")).toBe(true);
  });
});

describe("a live blog's entries", () => {
  it("leaves an entry's time stamp out of its claim, its quantities and its attribution", () => {
    const all = claims(
      "7:45 a.m.: The Ridge Fire has burned 34,000 acres, Cal Fire said.\n\n9:10 a.m. ET: Sheriff Ana Ruiz said about 12,000 residents were under evacuation orders.",
    );
    const fire = claimQuoting(all, "34,000 acres");
    expect(fire.quote).toBe("The Ridge Fire has burned 34,000 acres");
    expect(fire.quantities.map((q) => q.text)).toEqual(["34,000 acres"]);
    const orders = claimQuoting(all, "12,000 residents");
    expect(orders.claimant).toMatchObject({ name: "Ana Ruiz", title: "Sheriff" });
    expect(orders.quote).toBe("about 12,000 residents were under evacuation orders");
  });

  it("resolves the dates of an update's paragraph against the update's date", () => {
    const all = claims(
      "The fire has burned 34,000 acres.\n\nUPDATE, Aug. 15: The fire grew to 51,000 acres on Friday. Crews said the winds would ease by Sunday.",
      "2026-08-12",
    );
    expect(claimQuoting(all, "51,000 acres").dates[0]).toMatchObject({ text: "on Friday", value: "2026-08-14" });
    expect(claimQuoting(all, "winds would ease").dates[0]).toMatchObject({ text: "Sunday", value: "2026-08-16" });
  });
});

describe("weeks and seasons", () => {
  it.each([
    ["The United Nations said it would send 40 search teams this week.", "this week", "2026-06", "month"],
    ["Pike denied taking any bribes when he testified last week.", "last week", "2026-06", "month"],
    ["Two former executives pleaded guilty last fall.", "last fall", "2025", "year"],
    // Written in late June, "last spring" is the spring just ended.
    ["Prices rose at the fastest pace since last spring.", "last spring", "2026", "year"],
    ["The council will vote on the plan next summer.", "next summer", "2027", "year"],
    ["Sales fell 4% earlier this week.", "this week", "2026-06", "month"],
  ])("%s", (text, dateText, value, granularity) => {
    const [c] = claims(text);
    expect(c!.dates).toContainEqual(expect.objectContaining({ text: dateText, value, granularity, relative: true }));
  });

  it("gives a week across two months its year and days, and a summer that is over 'last summer'", () => {
    // 2026-07-02 is a Thursday: last week ran from June 22 to 28, this week from June 29 to July 5.
    expect(claims("Sales fell 4% last week.", "2026-07-02")[0]!.dates[0]).toMatchObject({ value: "2026-06" });
    expect(claims("Sales fell 4% this week.", "2026-07-02")[0]!.dates[0]).toMatchObject({
      value: "2026",
      granularity: "year",
      firstDay: "2026-06-29",
      lastDay: "2026-07-05",
    });
    expect(claims("Sales fell 4% last summer.", "2026-11-02")[0]!.dates[0]).toMatchObject({ value: "2026" });
    expect(claims("Prices rose at the fastest pace since last spring.", "2026-03-12")[0]!.dates[0]).toMatchObject({
      value: "2025",
    });
  });
});

describe("names", () => {
  it("recovers a three-part name from its surname, but not a place before a name", () => {
    const all = claims(
      "Governor Maria Ortiz Delgado won a second term. Delgado said voters had rejected fear.\n\nPresident of Colombia Gustavo Petro met her. Petro said talks would go on.",
    );
    expect(claimQuoting(all, "voters had rejected").claimant.name).toBe("Maria Ortiz Delgado");
    // "Colombia Gustavo Petro" could be a name: with no other full form, the surname stays.
    expect(claimQuoting(all, "talks would go on").claimant.name).toBe("Petro");
  });
});

describe("present-tense verbs outside reported speech", () => {
  it("reads a date after 'expect', 'aims' or 'vows' as ahead", () => {
    // 2026-06-25 is a Thursday: "by Saturday" ahead is June 27, not June 20.
    expect(claims("Crews expect winds to ease by Saturday.")[0]!.dates[0]).toMatchObject({ value: "2026-06-27" });
    expect(claims("The agency aims to reopen the bridge in March.")[0]!.dates[0]).toMatchObject({ value: "2027-03" });
  });

  it("splits '…, and the plan aims to …' where both sides have a present-tense verb", () => {
    const all = claims(
      "The city spends about $400 million a year on homeless services, and the plan aims to cut that figure by half.",
    );
    expect(all.map((c) => c.quote)).toEqual([
      "The city spends about $400 million a year on homeless services",
      "the plan aims to cut that figure by half",
    ]);
  });

  it("reads 'X announced the city spends …' as X's reported clause", () => {
    const [c] = claims("The mayor announced the city spends $2 billion a year on shelters.");
    expect(c!.claimant.name).toBe("mayor");
    expect(c!.quote).toBe("the city spends $2 billion a year on shelters");
  });

  it("takes no plural noun for a verb", () => {
    const all = claims("Prices rose 4% in May, and the city councils in three states voted.");
    expect(all.map((c) => c.quote)).toEqual(["Prices rose 4% in May", "the city councils in three states voted"]);
    const [one] = claims("The mayor praised the housing projects in the east.");
    expect(one!.quote).toBe("The mayor praised the housing projects in the east");
  });
});

describe("an interview's answers", () => {
  it("gives each 'A:' turn to the person the introduction names, as direct speech", () => {
    const all = claims(
      "Climate scientist Dr. Ingrid Solberg has studied Arctic ice for 25 years. We spoke with her about the melt.\n\nQ: How bad is this year?\n\nA: Sea ice extent fell to 3.9 million square kilometers in early July. The Arctic is warming nearly four times faster than the global average.\n\nQ: What should governments do?\n\nA: They need to cut emissions by half by 2030.",
    );
    for (const fragment of ["3.9 million", "four times faster", "cut emissions"]) {
      const c = claimQuoting(all, fragment);
      expect(c.claimant).toEqual({ name: "Ingrid Solberg", type: "person", via: null, title: "Dr." });
      expect(c.flags).toContain("quotation");
    }
    expect(claimQuoting(all, "3.9 million").text).toBe(
      "Dr. Ingrid Solberg said: “Sea ice extent fell to 3.9 million square kilometers in early July”",
    );
  });

  it("leaves the answers with the article when the introduction names nobody", () => {
    const all = claims("We asked a reader.\n\nQ: Is it bad?\n\nA: Prices rose 4% this year.");
    expect(claimQuoting(all, "Prices rose").claimant.type).toBe("article");
  });
});

describe("a verdict in the speaker's words", () => {
  it("gives 'X called the plan “a fantasy”' to X, worded as written, and the aside to the article", () => {
    const all = claims('Council member Rita Vance, who chairs the budget committee, called the plan "a fantasy."');
    const verdict = claimQuoting(all, "fantasy");
    expect(verdict.claimant).toMatchObject({ name: "Rita Vance", title: "Council member" });
    expect(verdict.text).toBe("Council member Rita Vance called the plan “a fantasy.”");
    const aside = claimQuoting(all, "chairs the budget committee");
    expect(aside.claimant.type).toBe("article");
  });

  it("reads no verdict in 'called the police'", () => {
    const all = claims('Neighbors called the police after hearing what one described as "a bang."');
    expect(all.every((c) => c.claimant.type === "article")).toBe(true);
  });
});

describe("times of day", () => {
  it("reads no count in a time of day or a ratio", () => {
    const [quake] = claims("The quake struck at 4:17 a.m. at a depth of 10 km.");
    expect(quake!.quantities.map((q) => q.text)).toEqual(["10 km"]);
    const [odds] = claims("Bookmakers offered 4:1 odds on 3 horses.");
    expect(odds!.quantities.map((q) => q.text)).toEqual(["3 horses"]);
  });
});

describe("shares of people", () => {
  it("reads 'one in four adults said' as a survey's figure, not a speaker", () => {
    const [c] = claims("One in four adults said they skipped meals last year, a survey found.");
    expect(c!.claimant.name).toBe("survey");
    expect(c!.text).toBe("According to the survey, one in four adults said they skipped meals last year");
    expect(c!.quantities.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["One in four adults", 0.25, "share of adults"],
    ]);
  });
});

describe("wording after 'According to'", () => {
  it("lowers a common noun that opens the content, and keeps a name's capital", () => {
    const all = claims(
      "Consumer prices rose 3.2% from a year earlier, the statistics office said. Petro refused the flight, officials said.",
    );
    expect(claimQuoting(all, "3.2%").text).toBe(
      "According to the statistics office, consumer prices rose 3.2% from a year earlier",
    );
    expect(claimQuoting(all, "refused").text).toBe("According to officials, Petro refused the flight");
  });
});

describe("bodies that speak", () => {
  it("types an acronym and an office as organisations, and a role in a body as a person", () => {
    const all = claims(
      "The death toll rose to 1,240, AFAD said. The secretary of state's office said turnout was 61%. A spokesperson for the airline said 40 flights were cancelled.",
    );
    expect(claimQuoting(all, "1,240").claimant).toMatchObject({ name: "AFAD", type: "organization" });
    expect(claimQuoting(all, "61%").claimant).toMatchObject({
      name: "secretary of state's office",
      type: "organization",
    });
    expect(claimQuoting(all, "40 flights").claimant.type).toBe("person");
  });
});

describe("an op-ed's loaded words", () => {
  it("flags 'reckless' and 'cooked up'", () => {
    const [c] = claims("This reckless plan was cooked up behind closed doors.");
    expect(c!.flags).toContain("loaded_language");
    expect(c!.loadedTerms).toEqual(["reckless", "cooked up"]);
  });
});

describe("two that-clauses", () => {
  it("splits 'said A and that B' into two claims by the speaker", () => {
    const all = claims(
      "Hale said the border was more secure than ever and that his administration had deported 1.4 million people last year.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["the border was more secure than ever", "Hale"],
      ["his administration had deported 1.4 million people last year", "Hale"],
    ]);
  });

  it("splits no second that-clause outside reported speech, where a word colours both", () => {
    const all = claims("It is possible that the dam was weakened and that the rains broke it.");
    expect(all).toHaveLength(1);
  });

  it("leaves 'and that number' whole", () => {
    const all = claims("Officials said 40 people had died and that number rose overnight.");
    expect(all).toHaveLength(1);
  });
});
