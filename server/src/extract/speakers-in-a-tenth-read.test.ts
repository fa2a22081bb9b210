import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Speakers, sentence shapes, figures and dates from the tenth read of news copy and the open
 * items of the last note (decision 260). The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

describe("who a claim rests on without “said”", () => {
  it("gives a fear or a calculation to those who hold it, not to the article", () => {
    expect(
      who(
        "Officials feared the death toll would rise above 1,000. Researchers calculated that the scheme cost £4 billion. Residents feared for their lives as 40 homes burned.",
      ),
    ).toEqual([
      ["the death toll would rise above 1,000", "officials", "unnamed_sources"],
      ["the scheme cost £4 billion", "researchers", "unnamed_sources"],
      ["Residents feared for their lives as 40 homes burned", "the article", "article"],
    ]);
  });

  it("does not read “fear” as a noun for a verb of belief", () => {
    const [claim] = claims("The campaign ran on commercials and fear messages and personal attacks of every kind.");
    expect(claim!.kind).not.toBe("attributed_statement");
  });

  it("gives what a court heard to the evidence, which no one is named for and the court has not found", () => {
    expect(
      who(
        "The court heard that Smith had transferred $2 million to an offshore account in 2019. The jury was told the defendant earned £40,000 a year. The court heard how the boy, 14, was stabbed twice. The court heard evidence for three days.",
      ),
    ).toEqual([
      [
        "Smith had transferred $2 million to an offshore account in 2019",
        "evidence heard by the court",
        "unnamed_sources",
      ],
      ["the defendant earned £40,000 a year", "evidence heard by the jury", "unnamed_sources"],
      ["the boy, 14, was stabbed twice", "evidence heard by the court", "unnamed_sources"],
      ["The court heard evidence for three days", "the article", "article"],
    ]);
  });

  it("gives a figure a body “put” at a number to that body; estimates and people stay the article's", () => {
    expect(
      who(
        "AFAD put the number of dead at 870 on Tuesday. The UN has put the number of displaced at more than 1.2 million. Official estimates put the toll at 300. Anna Berg put the cost at 9 million euros.",
      ).map(([, name, type]) => [name, type]),
    ).toEqual([
      ["AFAD", "organization"],
      ["UN", "organization"],
      ["the article", "article"],
      ["the article", "article"],
    ]);
  });

  it("reads a share of people standing alone as unnamed sources, not as a person called “Many”", () => {
    expect(
      who("Many feared that the bridge, built in 1932, would collapse. Others said the plan cost $4 million.").map(
        ([, name, type]) => [name, type],
      ),
    ).toEqual([
      ["many", "unnamed_sources"],
      ["others", "unnamed_sources"],
    ]);
  });
});

describe("two that-clauses", () => {
  it("splits “said A, and that B” where neither verb is one the reader knows", () => {
    const all = claims(
      "Dr Lee said herd immunity requires 95% coverage, and that several counties now sit below 80%. The report says the program costs $2 billion a year and that 40,000 families use it.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["herd immunity requires 95% coverage", "Lee"],
      ["several counties now sit below 80%", "Lee"],
      ["the program costs $2 billion a year", "report"],
      ["40,000 families use it", "report"],
    ]);
  });

  it("splits “said that A and that B” where the second verb is an unknown present", () => {
    const all = claims("The mayor said that crime fell 10% and that most residents feel safe.");
    expect(all.map((c) => c.quote)).toEqual(["crime fell 10%", "most residents feel safe"]);
    expect(claimQuoting(all, "residents").claimant.name).toBe("mayor");
  });
});

describe("denied reports", () => {
  it("gives what “reports” or “claims” said to them, unnamed and disputed, not to “minister denied”", () => {
    const all = claims(
      "The minister denied reports that the government had spent $40 million on consultants. The ministry rejected media reports that 300 people had died. The minister denied reports of a $40 million bill.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name, c.claimant.type, c.flags.includes("disputed")])).toEqual([
      ["The minister denied reports", "the article", "article", false],
      ["the government had spent $40 million on consultants", "reports", "unnamed_sources", true],
      ["The ministry rejected media reports", "the article", "article", false],
      ["300 people had died", "media reports", "unnamed_sources", true],
      ["The minister denied reports of a $40 million bill", "the article", "article", false],
    ]);
  });
});

describe("speakers the tenth read found missing", () => {
  it("reads an appositive inside the reported clause as the subject's, not as the end of the speaker's words", () => {
    expect(
      who(
        "Police say the suspect, a 34-year-old man, was arrested at the scene. The ministry said the drug, a generic version of Ozempic, was unsafe.",
      ),
    ).toEqual([
      ["the suspect, a 34-year-old man, was arrested at the scene", "police", "organization"],
      ["the drug, a generic version of Ozempic, was unsafe", "ministry", "organization"],
    ]);
  });

  it("reads people close to someone and an official no one names as unnamed sources", () => {
    expect(
      who(
        "Sources close to the club said Arsenal are preparing a £60m bid for Ivan Toney. Aides loyal to the mayor said the budget rose 5%. A government official said at least 150 homes had been damaged. A U.S. official said 30 troops were hurt. A spokesperson for the ministry said 40 homes burned.",
      ).map(([, name, type]) => [name, type]),
    ).toEqual([
      ["unnamed sources", "unnamed_sources"],
      // The description is kept where it says more than "sources".
      ["aides loyal to the mayor", "unnamed_sources"],
      ["a government official", "unnamed_sources"],
      ["a U.S. official", "unnamed_sources"],
      // A spokesperson speaks for the body on the record.
      ["spokesperson for the ministry", "person"],
    ]);
  });

  it("gives “said as many as 40 per cent …” to the speaker", () => {
    expect(who("Ms Lee said as many as 40 per cent of institutions could be in deficit.")).toEqual([
      ["as many as 40 per cent of institutions could be in deficit", "Lee", "person"],
    ]);
  });

  it("gives “X, a Republican, has said …” to X", () => {
    expect(who("Frank LaRose, a Republican, has said there was no evidence of widespread fraud in Ohio.")).toEqual([
      ["there was no evidence of widespread fraud in Ohio", "Frank LaRose", "person"],
    ]);
  });

  it("reads a speaker's tag inside the sentence and words the claim without it", () => {
    const all = claims(
      "The rankings, Okafor said, measure research spending. The cuts, critics say, will cost 4,000 jobs. Crime fell by 40 percent, the mayor said, adding that the city is safer than ever.",
    );
    expect(all.map((c) => [c.claimant.name, c.text])).toEqual([
      ["Okafor", "According to Okafor, the rankings measure research spending"],
      ["critics", "According to critics, the cuts will cost 4,000 jobs"],
      ["mayor", "According to the mayor, crime fell by 40 percent"],
      ["mayor", "According to the mayor, the city is safer than ever"],
    ]);
  });
});

describe("pronouns, present-tense sourcing and hedges", () => {
  it("gives a later “He said” to a person introduced as Professor, and keeps Dr. as a title", () => {
    const all = claims(
      "Professor Alan Greaves sent an email to staff. He said research income had doubled. Dr. Jane Kerr chaired the panel. She said the study cost £2 million.",
    );
    expect(claimQuoting(all, "research income").claimant.name).toBe("Alan Greaves");
    expect(claimQuoting(all, "study cost").claimant).toMatchObject({ name: "Jane Kerr", title: "Dr." });
  });

  it("reads “Sources tell 3TV that …” as unnamed sources", () => {
    const all = claims(
      "Sources tell 3TV that the county is considering opening a second respite center in Mesa. Officials tell the Journal that 40 homes burned. Let me tell you that taxes rose.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name, c.claimant.via])).toEqual([
      ["the county is considering opening a second respite center in Mesa", "unnamed sources", "3TV"],
      ["40 homes burned", "officials", "Journal"],
      ["Let me tell you that taxes rose", "the article", null],
    ]);
  });

  it("flags the claim a joined hedge qualifies, not the quotation before it", () => {
    const all = claims(
      '"You just try to stay in the shade," Marcus Bell said.\n\nSources say the county is considering a second respite center, though officials have not confirmed the plan.',
    );
    expect(claimQuoting(all, "shade").flags).not.toContain("unconfirmed");
    expect(claimQuoting(all, "respite center").flags).toContain("unconfirmed");
  });

  it("leaves out who declined to comment, which would drag the claim's score down", () => {
    const all = claims(
      "Two people briefed on the matter said the NHTSA had opened a preliminary review of whether the fix was adequate, though the agency declined to comment. The NHTSA had opened a review of 40,000 cars, but a spokesperson did not respond to a request for comment.",
    );
    expect(all.map((c) => c.quote)).toEqual([
      "the NHTSA had opened a preliminary review of whether the fix was adequate",
      "The NHTSA had opened a review of 40,000 cars",
    ]);
  });

  it("gives only the hedged clause to unnamed sources, not the article's clause before it", () => {
    expect(
      who(
        "Toney, 28, has 12 months left on his contract, and Brentford are understood to value him at closer to £80m.",
      ),
    ).toEqual([
      ["Toney, 28, has 12 months left on his contract", "the article", "article"],
      ["Brentford are understood to value him at closer to £80m", "unnamed sources", "unnamed_sources"],
    ]);
  });
});

describe("dates and figures the tenth read found wrong", () => {
  const dated = (body: string, publishedOn: string) =>
    extractClaims(body, { publishedOn }).flatMap((c) => c.dates.map((d) => d.value));

  it("dates what “could” happen and what someone “expects the first cut to” do ahead, not a past ability", () => {
    expect(dated("The ECB has said it could start lowering borrowing costs in June.", "2024-03-21")).toEqual([
      "2024-06",
    ]);
    expect(dated("Raja expects the first cut to come in June.", "2024-03-21")).toEqual(["2024-06"]);
    expect(dated("Residents said they could see flames from the plant on Monday.", "2024-03-21")).toEqual([
      "2024-03-18",
    ]);
  });

  it("dates a team's fixture in the plural ahead, but not a weekday before a noun", () => {
    expect(dated("Arsenal face Bayern Munich in the Champions League on Wednesday.", "2024-04-15")).toEqual([
      "2024-04-17",
    ]);
    expect(dated("Thursday face masks were handed out in 40 schools.", "2024-04-15")).toEqual(["2024-04-11"]);
  });

  it("reads “Last July” and “Next July” as the nearest such month before and after the publication's", () => {
    expect(
      dated(
        "Last July, temperatures topped 110 degrees. Next July, the city will open 20 more cooling centers.",
        "2024-07-17",
      ),
    ).toEqual(["2023-07", "2025-07"]);
  });

  it("counts no financial year's end, range's last day or year compared with", () => {
    const figures = (body: string) =>
      extractClaims(body, { publishedOn: "2024-10-29" }).flatMap((c) => c.quantities.map((q) => q.text));
    expect(
      figures(
        "The council faces a funding gap of £18 million by 2026/27. The poll of 1,104 likely voters was conducted Oct. 21-26. The county confirmed 645 heat deaths, a 52% increase over 2022. Over 2000 people attended.",
      ),
    ).toEqual(["£18 million", "1,104 likely voters", "645 heat deaths", "52%", "Over 2000 people"]);
  });
});

describe("people a magazine's scenes introduce", () => {
  it("remembers a person named after an opening scene for a later “she”", () => {
    const scene = claims(
      'On a grey morning, Priya Raman stood in the queue.\n\n"I did not understand the numbers when I signed," she told me.',
    );
    expect(claimQuoting(scene, "numbers").claimant.name).toBe("Priya Raman");
  });

  it("reads where a scene is as no description of the speaker", () => {
    expect(
      who("Outside a cooling center, Marcus Bell, 58, said he had been sleeping outdoors for three weeks.").map(
        ([, name, type]) => [name, type],
      ),
    ).toEqual([["Marcus Bell", "person"]]);
  });

  it("names an office holder introduced as “The vice-chancellor, Professor X,” for a later “He said”", () => {
    const all = claims(
      "Priya Raman stood in the queue. The vice-chancellor, Professor Alan Greaves, sent an email to all staff on Monday. He said research income had doubled in five years to £310 million.",
    );
    expect(claimQuoting(all, "research income").claimant.name).toBe("Alan Greaves");
  });

  it("reads an audience told something as no outlet, and “told reporters the plan cost …” as reported", () => {
    const all = claims(
      "Helen Marsh told MPs the authority had no choice. Council leader Helen Marsh told the meeting the authority had no choice. John Smith told Reuters the plan cost $4 million.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name, c.claimant.via])).toEqual([
      ["the authority had no choice", "Helen Marsh", null],
      ["the authority had no choice", "Helen Marsh", null],
      ["the plan cost $4 million", "John Smith", "Reuters"],
    ]);
  });

  it("leaves a joining word out of a claim worded without its inside tag", () => {
    expect(claims("But the rankings, critics say, measure research spending.")[0]!.text).toBe(
      "According to critics, the rankings measure research spending",
    );
  });
});

describe("shapes of attribution from the tenth read", () => {
  it("gives what “one of whom said” to an unnamed person and the clause before to the article", () => {
    const all = claims(
      'The NHTSA has received 10 complaints from owners, one of whom said the trim "came off at 70 mph".',
    );
    expect(all.map((c) => [c.quote, c.claimant.type])).toEqual([
      ["The NHTSA has received 10 complaints from owners", "article"],
      ['the trim "came off at 70 mph"', "unnamed_sources"],
    ]);
  });

  it("reads “according to” between a subject and its verb as the whole sentence's source", () => {
    const [claim] = claims("The company, according to its annual report, employs 12,000 people.");
    expect([claim!.claimant.name, claim!.text]).toEqual([
      "company's annual report",
      "According to the company's annual report, the company employs 12,000 people",
    ]);
  });

  it("gives an accusation in the accuser's words to the accuser, worded as written", () => {
    const [claim] = claims(
      'Opposition leader Peter Dutton accused the government of "losing control" of the migration programme.',
    );
    expect([claim!.claimant.name, claim!.text]).toEqual([
      "Peter Dutton",
      "Opposition leader Peter Dutton accused the government of “losing control” of the migration programme",
    ]);
  });

  it("gives a count doctors “reported treating” to the doctors", () => {
    expect(who("Doctors at the Sotiria hospital reported treating 13 people for breathing problems.")[0]![2]).toBe(
      "unnamed_sources",
    );
  });

  it("keeps a list inside a “backed by” aside with the subject it describes", () => {
    expect(
      claims(
        "More than 700 firefighters, backed by 200 fire engines and 35 water-dropping aircraft, were battling the flames, the fire service said.",
      ).map((c) => c.quote),
    ).toEqual([
      "More than 700 firefighters, backed by 200 fire engines and 35 water-dropping aircraft, were battling the flames",
    ]);
  });
});

describe("quotations, sources' descriptions and furniture from the tenth read", () => {
  it("words a quotation interrupted by its tag as one", () => {
    const all = claims('"We are ready," Bailey said, "to cut rates as soon as the data allow."');
    expect(all.map((c) => [c.kind, c.text])).toEqual([
      ["quote", "Bailey said: “We are ready to cut rates as soon as the data allow”"],
    ]);
  });

  it("makes no claim of what a source does (“…, according to AdImpact, which tracks political advertising”)", () => {
    expect(
      claims(
        "Spending in the race has topped $450 million, according to AdImpact, which tracks political advertising.",
      ).map((c) => c.quote),
    ).toEqual(["Spending in the race has topped $450 million"]);
  });

  it("drops a byline that names the ground, and reads no count in a headline's “Thousands flee”", () => {
    const all = claims(
      "Thousands flee as wildfire reaches Athens suburbs\n\nBy Jacob Steinberg at the Emirates Stadium\n\nThe fire destroyed 40 homes.",
    );
    expect(all.map((c) => c.quote)).toEqual([
      "Thousands flee as wildfire reaches Athens suburbs",
      "The fire destroyed 40 homes",
    ]);
    expect(all[0]!.quantities).toEqual([]);
  });
});

describe("figures and dates in sports and features copy", () => {
  const figures = (body: string) =>
    extractClaims(body, { publishedOn: "2024-09-18" }).flatMap((c) =>
      c.quantities.map((q) => [q.text, q.value, q.unit]),
    );

  it("reads rates written with hyphens or per person, and a model's name before what it counts", () => {
    expect(
      figures(
        "The striker earns £300,000-a-week. The fertility rate fell to 1.63 babies per woman in 2022. The company recalled 112,000 F-150 pickups.",
      ),
    ).toEqual([
      ["£300,000-a-week", 300000, "GBP per week"],
      ["1.63 babies per woman", 1.63, "babies per woman"],
      ["112,000 F-150 pickups", 112000, "pickups"],
    ]);
  });

  it("keeps a league margin with the standing it qualifies", () => {
    expect(
      claims("Villa are fourth on 63 points, six clear of Tottenham, who have played a game fewer.").map(
        (c) => c.quote,
      ),
    ).toEqual(["Villa are fourth on 63 points, six clear of Tottenham, who have played a game fewer"]);
  });

  it("dates “Thursday morning in late August” by its month, not as the publication week's Thursday", () => {
    const [claim] = extractClaims("On a grey Thursday morning in late August, Priya Raman stood in the queue.", {
      publishedOn: "2024-09-18",
    });
    expect(claim!.dates.map((d) => d.value)).toEqual(["2024-08"]);
  });
});
