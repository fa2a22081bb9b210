import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Who says what, in the shapes news copy uses beyond the sample article: "X said <clause>"
 * without "that", a name with an aside before its verb, a quote followed by "said X", a
 * trailing attribution with an adverbial, sources who asked not to be named. The texts are
 * written for these tests.
 */
const PUBLISHED = "2026-03-12"; // a Thursday

function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: PUBLISHED });
}

describe("reported speech in news copy", () => {
  it('attributes "X said <clause>" without "that", and the next "he said" quote, to X', () => {
    const all = claims(
      'Council member Robert Hayes, who voted against the measure, said the lanes would hurt small businesses. "Nobody asked the shop owners," he said.',
    );
    const reported = claimQuoting(all, "the lanes would hurt");
    expect(reported.quote).toBe("the lanes would hurt small businesses");
    expect(reported.claimant).toEqual({ name: "Robert Hayes", type: "person", via: null, title: "Council member" });
    expect(reported.text).toBe("According to Council member Robert Hayes, the lanes would hurt small businesses");
    expect(claimQuoting(all, "Nobody asked").claimant).toMatchObject({ name: "Robert Hayes", title: "Council member" });
  });

  it("reads a quote followed by 'said X, a …' as X's direct quote, and X's next quote too", () => {
    const all = claims(
      '"We will see many more summers like this one," said Dr. Ana Ferreira, a climate researcher at the University of Lisbon. "I think governments are still not taking it seriously."',
    );
    const first = claimQuoting(all, "many more summers");
    expect(first.claimant).toMatchObject({ name: "Ana Ferreira", title: "Dr." });
    expect(first.flags).toContain("quotation");
    expect(first.quote).toBe('"We will see many more summers like this one,"');
    expect(first.text).toBe("Dr. Ana Ferreira said: “We will see many more summers like this one”");
    const second = claimQuoting(all, "I think governments");
    expect(second.claimant).toMatchObject({ name: "Ana Ferreira", title: "Dr." });
    expect(second.flags).toContain("opinion");
  });

  it("finds a quote's speaker named after lowercase words of a title", () => {
    const [c] = claims(
      "“The scale of this disaster is beyond our capacity,” provincial chief minister Murad Ali Shah said.",
    );
    expect(c!.claimant).toMatchObject({ name: "Murad Ali Shah", title: "provincial chief minister" });
    expect(c!.text).toBe(
      "The provincial chief minister Murad Ali Shah said: “The scale of this disaster is beyond our capacity”",
    );
  });

  it("keeps a trailing attribution with an adverbial apart from the article's own clause after it", () => {
    const all = claims(
      "Electricity demand in Italy hit an all-time high of 59 gigawatts on Tuesday, grid operator Terna said in a statement, as air conditioners ran around the clock.",
    );
    const demand = claimQuoting(all, "all-time high");
    expect(demand.quote).toBe("Electricity demand in Italy hit an all-time high of 59 gigawatts on Tuesday");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(demand.claimant).toMatchObject({ name: "Terna", title: "grid operator" });
    expect(demand.text.startsWith("According to the grid operator Terna, ")).toBe(true);
    expect(claimQuoting(all, "air conditioners").claimant.type).toBe("article");
    expect(all.some((c) => c.quote.includes("said in a statement"))).toBe(false);
  });

  it("treats sources who spoke on condition of anonymity as unnamed sources, via the outlet they told", () => {
    const all = claims(
      "The European Commission will present an emergency energy package next week, two EU officials told Reuters on condition of anonymity.",
    );
    const c = claimQuoting(all, "emergency energy package");
    expect(c.claimant).toEqual({ name: "unnamed sources", type: "unnamed_sources", via: "Reuters" });
    expect(c.flags).toContain("unnamed_source");
    expect(c.text).toBe(
      "According to unnamed sources (via Reuters), the European Commission will present an emergency energy package next week",
    );
  });

  it("keeps a straight closing quote after the full stop in the span", () => {
    const c = claimQuoting(claims('Sen. Elizabeth Warren said the probe was "long overdue."'), "long overdue");
    expect(c.quote).toBe('the probe was "long overdue."');
    expect(c.claimant).toMatchObject({ name: "Elizabeth Warren", title: "Sen." });
  });

  it("names common-noun speakers as a reader would", () => {
    const scientists = claims(
      "Scientists say heatwaves have become longer and more frequent because of climate change.",
    );
    expect(scientists[0]!.claimant.name).toBe("scientists");
    expect(scientists[0]!.text).toBe(
      "According to scientists, heatwaves have become longer and more frequent because of climate change",
    );
    const president = claims("The president said he'd cut the deficit in half.");
    // A pronoun with its modal written on ("he'd") reads as written, like "he would".
    expect(president[0]!.text).toBe("The president said he'd cut the deficit in half");
    const officials = claims(
      "Two people died in Greece after being caught in wildfires near Athens, officials said on Thursday.",
    );
    expect(officials[0]!.text).toBe(
      "According to officials, two people died in Greece after being caught in wildfires near Athens",
    );
  });

  it("finds the speaker across a long aside, and keeps a relative aside as the article's claim", () => {
    const study = claims(
      "The study, which followed 4,800 children aged 5 to 17 months in Kenya, Mali and Burkina Faso, found that three doses prevented most cases.",
    );
    expect(claimQuoting(study, "three doses").claimant.name).toBe("study");
    const aside = claimQuoting(study, "followed 4,800 children");
    expect(aside.claimant.type).toBe("article");
    expect(aside.quote).toBe("followed 4,800 children aged 5 to 17 months in Kenya, Mali and Burkina Faso");
    expect(aside.text).toBe("The study followed 4,800 children aged 5 to 17 months in Kenya, Mali and Burkina Faso");
    const expert = claims(
      "Dr. Tom Fischer, an epidemiologist at Imperial College London who was not involved in the study, said longer follow-up was needed.",
    );
    expect(claimQuoting(expert, "longer follow-up").claimant).toMatchObject({ name: "Tom Fischer", title: "Dr." });
  });

  it("takes an appositive name before the verb as the speaker", () => {
    const all = claims("The manufacturer, BioAfrica, said it could produce 100 million doses a year by 2028.");
    expect(claimQuoting(all, "100 million doses").claimant.name).toBe("BioAfrica");
  });

  it("names no channel for 'in a statement', and puts 'the' before an organisation's full name", () => {
    const [quote] = claims(
      '"Today\'s sentence sends a clear message," U.S. Attorney Maria Delgado said in a statement.',
    );
    expect(quote!.claimant).toEqual({ name: "Maria Delgado", type: "person", via: null, title: "U.S. Attorney" });
    const [who] = claims("Malaria killed an estimated 608,000 people in 2024, the World Health Organization says.");
    expect(who!.text.startsWith("According to the World Health Organization, ")).toBe(true);
  });

  it("reads plural speakers with the verb's base form, and a present-tense reported clause", () => {
    const supporters = claims("Supporters claim the plan will lower rents by 20 percent within five years.");
    expect(supporters[0]!.text).toBe(
      "According to supporters, the plan will lower rents by 20 percent within five years",
    );
    const critics = claims("Critics argue the figure masks a decline in wages.");
    expect(critics[0]!.claimant.name).toBe("critics");
    expect(critics[0]!.quote).toBe("the figure masks a decline in wages");
    // An object is not a reported clause.
    expect(claims("He denied the allegations against him.")[0]!.claimant.type).toBe("article");
    expect(claims("The claim that rents fell is false.")[0]!.claimant.type).toBe("article");
  });

  it("names a person as first named in full when later given by surname or title and surname", () => {
    const all = claims(
      "His lawyer, Peter Kim, told the court that O'Connell had made mistakes. Kim said his client would not appeal. “We are done,” Mr. Kim said.",
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["Peter Kim", "Peter Kim", "Peter Kim"]);
  });

  it("reads 'As X said, …' as X's claim, and keeps a short adverbial lead out of the claims", () => {
    const [minister] = claims("As the minister said, the plan failed.");
    expect(minister!.text).toBe("According to the minister, the plan failed");
    const simply = claims("Put simply, experts say the plan failed.");
    expect(simply.map((c) => c.quote)).toEqual(["the plan failed"]);
  });

  it("does not take a speaker's own words or a clause for a speaker", () => {
    for (const body of [
      "Now, I can't say when this can come.",
      "I think our faith tells us about the moral life that we should lead.",
      "And yet, Mr. Bush says well, I do not think we ought to expect business to provide it.",
      "Anybody that says America has been standing still hasn't been traveling in America.",
      "The city council voted on a plan, a project officials say will cut commute times.",
      "Having said that, prices rose.",
      "As I said, prices rose.",
    ]) {
      for (const c of claims(body)) expect(c.claimant.type, `${body} → ${c.claimant.name}`).toBe("article");
    }
  });
});

describe("dates take the tense of the verb that governs them", () => {
  it("reads a weekday after a past verb as past, even when a later clause is future", () => {
    const [c] = claims(
      "The council voted 7-2 on Tuesday night to approve a plan to add bus lanes, a project officials say will cut commute times.",
    );
    expect(c!.dates.map((d) => d.value)).toEqual(["2026-03-10"]);
  });

  it("reads a month after a present progressive as ahead, even when a past verb follows", () => {
    const [c] = claims(
      "The mayor, who is running for re-election in November, has made transit a centrepiece of her campaign.",
    );
    expect(c!.dates.map((d) => d.value)).toEqual(["2026-11"]);
  });

  it("reads a date after a present-tense verb of schedules as ahead", () => {
    const [c] = claims("The new ethics law takes effect on July 1.");
    expect(c!.dates.map((d) => d.value)).toEqual(["2026-07-01"]);
  });

  it("reads a fronted weekday by the verb after it", () => {
    const [c] = claims("On Friday, the secretary will meet Mexican officials.");
    expect(c!.dates.map((d) => d.value)).toEqual(["2026-03-13"]);
  });
});

describe("wire copy furniture", () => {
  const story = [
    "Senate passes border funding bill",
    "",
    "By Jane Doe and Omar Haddad",
    "WASHINGTON, Feb 17 (Reuters) - The U.S. Senate on Tuesday passed a $95 billion funding bill by a vote of 62-38.",
    "",
    "House Speaker Mike Johnson has said he will not bring the bill to a vote in its current form.",
    "",
    "(Reporting by Jane Doe and Omar Haddad; Editing by Mark Porter)",
  ].join("\n");
  const all = extractClaims(story, { publishedOn: "2026-02-18" });

  it("makes no claim of a byline or a credit line", () => {
    expect(all.some((c) => c.quote.includes("Jane Doe"))).toBe(false);
  });

  it("leaves the dateline out of the first claim's span", () => {
    const c = claimQuoting(all, "$95 billion");
    expect(c.quote.startsWith("The U.S. Senate on Tuesday passed")).toBe(true);
    expect(story.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reads 'X has said' as X speaking", () => {
    expect(claimQuoting(all, "will not bring the bill").claimant).toMatchObject({
      name: "Mike Johnson",
      title: "House Speaker",
    });
  });

  it("makes no claim of a dateline on a line of its own, as a PDF or a web page sets it", () => {
    const set =
      "Harbor board limits night shipping\n\nCALDER, Wash., June 10, 2025 —\n\nThe board voted 5-2 on Monday.";
    const claims = extractClaims(set, { publishedOn: "2025-06-10" });
    expect(claims.some((c) => c.quote.includes("CALDER"))).toBe(false);
    expect(claimQuoting(claims, "voted 5-2").dates.map((d) => d.value)).toEqual(["2025-06-09"]);
  });
});

describe("transcripts", () => {
  const transcript = [
    "GOVERNOR ANA REYES: Good morning. Our budget closes a $2.1 billion deficit without raising taxes.",
    "REPORTER: Governor, the teachers' union says class sizes have grown. Is that true?",
    "REYES: That's simply not accurate.",
    "",
    "NOTE: The deficit figure is the state's own.",
  ].join("\n");
  const all = extractClaims(transcript, { publishedOn: PUBLISHED });

  it("gives each turn to the speaker its label names, as direct speech, without the label", () => {
    const budget = claimQuoting(all, "$2.1 billion deficit");
    expect(budget.claimant).toEqual({ name: "Ana Reyes", type: "person", via: null, title: "Governor" });
    expect(budget.flags).toContain("quotation");
    expect(budget.text).toBe(
      "Governor Ana Reyes said: “Our budget closes a $2.1 billion deficit without raising taxes”",
    );
    expect(claimQuoting(all, "class sizes have grown").text.startsWith("The reporter said: “Governor,")).toBe(true);
    expect(claimQuoting(all, "simply not accurate").claimant).toMatchObject({ name: "Ana Reyes", title: "Governor" });
    expect(all.some((c) => c.quote.includes("REYES:"))).toBe(false);
  });

  it("makes no claim of a note about the story, and no speaker of its lead-in", () => {
    expect(all.some((c) => c.quote.includes("deficit figure"))).toBe(false);
  });
});

describe("more shapes of news copy", () => {
  it.each([
    ["Ortega denied the port had ignored complaints.", "the article", "Ortega denied the port had ignored complaints"],
    // The rejection is the article's; what the claims said is theirs, disputed (decision 260).
    ["Ortega rejected claims that noise had tripled.", "the article", "Ortega rejected claims"],
    [
      "Fares will rise 5 percent in July, the company said.",
      "company",
      "According to the company, fares will rise 5 percent in July",
    ],
    [
      "On Thursday, the port authority said the pause would begin in October.",
      "port authority",
      "According to the port authority, the pause would begin in October",
    ],
    [
      '"Fares will rise 5 percent in July," said the company.',
      "company",
      "The company said: “Fares will rise 5 percent in July”",
    ],
    [
      "A port official, who spoke on condition of anonymity, said two carriers were leaving.",
      "unnamed sources",
      "According to unnamed sources, two carriers were leaving",
    ],
    [
      "Crime fell 12 percent last year, said Mayor Dana Kim.",
      "Dana Kim",
      "According to Mayor Dana Kim, crime fell 12 percent last year",
    ],
    [
      "Two carriers said on Friday they would move 12 weekly calls.",
      "two carriers",
      // Bodies in the plural: "they" stands for them.
      "Two carriers said they would move 12 weekly calls",
    ],
    [
      "Sales rose 3 percent, according to its annual report.",
      "its annual report",
      "According to its annual report, sales rose 3 percent",
    ],
    [
      '"The benefits level off after about 10,000 steps," said lead author Dr. Mei Chen. The study ended.',
      "Mei Chen",
      "The lead author Dr. Mei Chen said: “The benefits level off after about 10,000 steps”",
    ],
    [
      "The White House said Wednesday that the administration would spend $2 billion on trails.",
      "White House",
      "According to the White House, the administration would spend $2 billion on trails",
    ],
    [
      "Researchers at Stanford University found that walkers lived longer.",
      "researchers at Stanford University",
      "According to researchers at Stanford University, walkers lived longer",
    ],
    [
      "Investigators say at least $3.4 million was later transferred to accounts in Panama.",
      "investigators",
      "According to investigators, at least $3.4 million was later transferred to accounts in Panama",
    ],
  ])("%s", (sentence, claimant, text) => {
    const [c] = claims(sentence);
    expect(c!.claimant.name).toBe(claimant);
    expect(c!.text.toLowerCase()).toBe(text.toLowerCase());
  });

  it("gives 'she said' to the person the article last named, and a denial to nobody but the article", () => {
    const all = claims(
      'The audit found that 1 in 5 referrals was lost. Rosa Delgado disputed the figures. "Waits fell 10 percent this summer," she said.',
    );
    expect(claimQuoting(all, "Waits fell").claimant.name).toBe("Rosa Delgado");
  });

  it("hands reported content over to a second speaker joined by 'while', 'but' or 'and he added'", () => {
    const all = claims(
      "The White House said the plan would cost $2 billion, while critics said it would cost twice that. Officials said prices rose, but economists say wages fell faster.",
    );
    expect(all.map((c) => [c.claimant.name, c.quote])).toEqual([
      ["White House", "the plan would cost $2 billion"],
      ["critics", "it would cost twice that"],
      ["officials", "prices rose"],
      ["economists", "wages fell faster"],
    ]);
  });

  it("credits both sides of a mid-sentence 'according to' to the source", () => {
    const all = claims("Burglaries fell 8 percent, according to police data, though robberies rose 4 percent.");
    expect(all.map((c) => c.claimant.name)).toEqual(["police data", "police data"]);
  });

  it("makes no claim of a page's time stamp, teaser, photo credit, newsletter prompt or correction", () => {
    const all = claims(
      [
        "June 12, 2025",
        "Updated 4:15 p.m. EDT, Oct. 2, 2025",
        "Read more: Hospital board fires CEO after $4 million loss",
        "Photo by Sam Ito",
        "Sign up for our Health Watch newsletter to get updates.",
        "Jordan Lee contributed reporting.",
        "*Correction: An earlier version of this story misstated the date.*",
        "The shelter opens at 5 a.m. and housed 40 people.",
      ].join("\n\n"),
    );
    expect(all.map((c) => c.quote)).toEqual(["The shelter opens at 5 a.m. and housed 40 people"]);
    expect(all[0]!.quantities.map((q) => q.text)).toEqual(["40 people"]);
  });
});
