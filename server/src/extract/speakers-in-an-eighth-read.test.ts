import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Speakers, figures and dates from the eighth read of news copy (decision 250). The texts are
 * written for these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const who = (body: string) => claims(body).map((c) => [c.claimant.name, c.claimant.type]);

describe("speakers' names", () => {
  it("keeps a surname in “-ly” whole (“Mark Kelly”), where a trailing adverb is dropped", () => {
    expect(
      who(
        "Senator Mark Kelly said the bill was dead. Anne Connolly said it had cost 3 million euros. Smith reportedly said taxes were 40% higher.",
      ),
    ).toEqual([
      ["Mark Kelly", "person"],
      ["Anne Connolly", "person"],
      ["Smith", "person"],
    ]);
  });

  it("reads a spokesperson for a department whose name lists areas with commas", () => {
    const [claim] = claims(
      "A spokesperson for the Ministry of Housing, Communities and Local Government said the programme had built 4,000 homes.",
    );
    expect(claim!.quote).toBe("the programme had built 4,000 homes");
    expect(claim!.claimant.name).toBe("spokesperson for the Ministry of Housing, Communities and Local Government");
  });

  it("reads “The opposition Left party” whole before “…, saying”", () => {
    const claim = claimQuoting(
      claims("The opposition Left party criticised the plan, saying it would cost 3 billion euros."),
      "it would cost",
    );
    expect([claim.claimant.name, claim.claimant.type]).toEqual(["opposition Left party", "organization"]);
  });

  it("reads some of a party's members or unnamed lawmakers as unnamed sources, not as a person", () => {
    expect(
      who(
        "Some Democrats said the bill was unfair. Several Republican senators said the bill was dead. Senator Ana Ruiz said the bill was dead.",
      ),
    ).toEqual([
      ["Some Democrats", "unnamed_sources"],
      ["Several Republican senators", "unnamed_sources"],
      ["Ana Ruiz", "person"],
    ]);
  });
});

describe("loaded words", () => {
  it("does not take “scheme” for loaded language: British copy names every programme so", () => {
    const [plain, loaded] = claims(
      "The government said the furlough scheme had cost £70 billion. Critics said the scheming minister had lied about 40 contracts.",
    );
    expect(plain!.flags).not.toContain("loaded_language");
    expect(loaded!.loadedTerms).toEqual(["scheming"]);
  });
});

describe("questions", () => {
  it("scores a question below 0.5 on both heads however many figures it names", () => {
    const all = claims(
      "Fact check: Did the mayor cut police funding by 30%? Were 12 people killed? The mayor cut police funding by 4% in 2024.",
    );
    for (const q of all.slice(0, 2)) {
      expect(q.scores.checkworthy).toBeLessThan(0.5);
      expect(q.scores.factual).toBeLessThan(0.5);
      expect(q.reasons.checkworthy[0]!.feature).toBe("rule:question");
    }
    expect(all[2]!.scores.checkworthy).toBeGreaterThan(0.9);
  });

  it("lets a rhetorical question assert what it asks about", () => {
    const [rhetorical] = claims("Do you realize we spend $73 billion a year on it?");
    expect(rhetorical!.reasons.checkworthy.map((r) => r.feature)).not.toContain("rule:question");
  });
});

describe("documents that speak", () => {
  it("reads court papers, a lawsuit and emails as what says it, typed as bodies", () => {
    const all = claims(
      "Papers filed in federal court allege that the firm hid $3 million in losses. The lawsuit alleges that the company overcharged 40,000 customers. The minister knew of 40 complaints, the emails show.",
    );
    expect(
      ["$3 million", "40,000", "40 complaints"].map((f) => {
        const c = claimQuoting(all, f);
        return [c.claimant.name, c.claimant.type];
      }),
    ).toEqual([
      ["papers", "organization"],
      ["lawsuit", "organization"],
      ["emails", "organization"],
    ]);
  });
});

describe("professions and plans", () => {
  it("reads a profession by its ending (“a neurologist said”), not as the speaker before", () => {
    const all = claims(
      'The company said the drug worked. "The difference is small," a neurologist said. Psychiatrists said the gain was small.',
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["company", "organization"],
      ["neurologist", "person"],
      ["psychiatrists", "unnamed_sources"],
    ]);
  });

  it("dates a month after “will cut”, “will set” and “would present detailed …” ahead", () => {
    const dated = (body: string, publishedOn: string) =>
      claims(body, publishedOn).flatMap((c) => c.dates.map((d) => d.value));
    expect(dated("The Fed will cut rates in September. The board will set rates in September.", "2025-08-01")).toEqual([
      "2025-09",
      "2025-09",
    ]);
    expect(dated("The company said it would present detailed results at a conference in July.", "2025-03-10")).toEqual([
      "2025-07",
    ]);
    expect(dated("The firm cut jobs in September.", "2025-08-01")).toEqual(["2024-09"]);
    expect(
      dated(
        "The OBR forecast in March that debt would peak at 97.4% of GDP. The autumn budget is expected in October. A ruling is due in March. The film is set in 2010.",
        "2025-06-12",
      ),
    ).toEqual(["2025-03", "2025-10", "2026-03", "2010"]);
  });
});

describe("reported clauses and their speakers", () => {
  it("reads a reported clause whose verb is a past written as the base form, or a plural present", () => {
    expect(
      who(
        "The ministry said the campaign cost 2.1 billion shillings. The ministry said the storm hurt farmers. Rubio said the army and the police share the blame.",
      ),
    ).toEqual([
      ["ministry", "organization"],
      ["ministry", "organization"],
      ["Rubio", "person"],
    ]);
  });

  it("reads plural speakers after a time (“On Monday, the rebels said”, “Last week the tenants said”)", () => {
    expect(
      who(
        "On Monday, the rebels said the offer was too low. In 2014, the bishops said the vaccine was unsafe. Last week the tenants said the rent was too high. Last year Smith said the rent was too high.",
      ),
    ).toEqual([
      ["rebels", "person"],
      ["bishops", "person"],
      ["tenants", "person"],
      ["Smith", "person"],
    ]);
  });

  it("gives a quotation that closes its own sentence to the speaker before it, not to a “He said” after", () => {
    expect(
      who(
        'A spokesperson said it could not comment. John Smith said: "Victims are ignored." He said that victims wait two years for court.',
      ),
    ).toEqual([
      ["spokesperson", "person"],
      ["John Smith", "person"],
      ["John Smith", "person"],
    ]);
  });
});

describe("who “it” and “she” stand for", () => {
  it("gives “It said” to the body that opened the sentence before, not to the last body quoted", () => {
    expect(
      who(
        "BEUC said the fines were too small. The Commission closed its investigation. It said Apple had made changes. NASA launched the probe on Monday. It said the probe cost $2 billion.",
      ).filter(([, type]) => type !== "article"),
    ).toEqual([
      ["BEUC", "organization"],
      ["Commission", "organization"],
      ["NASA", "organization"],
    ]);
  });

  it("reads colleagues as a group, whom a later “she” never stands for", () => {
    const all = claims(
      'Anna Lindqvist died on Tuesday. Colleagues said Lindqvist was a demanding mentor. Asked about the Nobel Prize in 2008, she said: "Prizes are for the living."',
    );
    expect(all.slice(1).map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Colleagues", "unnamed_sources"],
      ["Anna Lindqvist", "person"],
    ]);
  });

  it("types companies and a ministry named by one word as bodies, worded with “the” where English has it", () => {
    const all = claims("Apple said it would appeal the fine. The Treasury said spending would grow by 2%.");
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Apple", "organization"],
      ["Treasury", "organization"],
    ]);
    expect(all[1]!.text).toBe("According to the Treasury, spending would grow by 2%");
  });
});

describe("a speaker described before a relative clause", () => {
  it("names the speaker past an age and a description", () => {
    expect(
      who("Mehmet Yildiz, 52, a teacher, who lost his wife, said the building was eight years old.").at(-1),
    ).toEqual(["Mehmet Yildiz", "person"]);
  });

  it("names the speaker, not the description, and keeps the relative clause as the article's about them", () => {
    const all = claims(
      "Dr Joeri Rogelj, director of research at Imperial College London, who led the study, said the findings were sobering.",
    );
    expect(all.map((c) => [c.text, c.claimant.name])).toEqual([
      ["Dr Joeri Rogelj led the study", "the article"],
      ["According to Dr Joeri Rogelj, the findings were sobering", "Joeri Rogelj"],
    ]);
    // "who was not involved in the study" only discloses that the speaker is independent: no claim
    // (decision 330).
    expect(
      claims(
        "Dr Joeri Rogelj, director of research at Imperial College London, who was not involved in the study, said the findings were sobering.",
      ).map((c) => [c.text, c.claimant.name]),
    ).toEqual([["According to Dr Joeri Rogelj, the findings were sobering", "Joeri Rogelj"]]);
  });
});

describe("figures that rest on a body", () => {
  it("reads a body that reported or recorded a figure as its claimant, a person's report as the article's", () => {
    expect(
      who(
        "The health ministry reported 1,240 new cholera cases last week. Police recorded 89 offences per 1,000 people. Smith reported 40 cases.",
      ),
    ).toEqual([
      ["health ministry", "organization"],
      ["Police", "organization"],
      ["the article", "article"],
    ]);
  });

  it("reads a trailing “its developer said” and “said in its closely watched … report on Friday”", () => {
    const all = claims(
      "An experimental drug slowed decline by 31% in a trial, its developer said on Monday. Nonfarm payrolls increased by 73,000 jobs last month, the Bureau of Labor Statistics said in its closely watched employment report on Friday.",
      "2025-03-10",
    );
    expect(all.map((c) => [c.quote, c.claimant.name, c.claimant.type])).toEqual([
      ["An experimental drug slowed decline by 31% in a trial", "its developer", "organization"],
      ["Nonfarm payrolls increased by 73,000 jobs last month", "Bureau of Labor Statistics", "organization"],
    ]);
  });
});

describe("speakers in longer sentences", () => {
  it("gives a warning after “, but” to the speaker, not to the reported clause's subject", () => {
    const all = claims(
      "The minister said the outbreak was under control, but warned it could spread to Darfur. The hurricane center warned of flash flooding and said tornadoes were possible through Thursday night.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["the outbreak was under control", "minister"],
      ["it could spread to Darfur", "minister"],
      ["The hurricane center warned of flash flooding", "the article"],
      ["tornadoes were possible through Thursday night", "hurricane center"],
    ]);
  });

  it("reads “Separately, X did Y, saying …”, an aside inside the reported clause, a long department, a two-city dateline", () => {
    expect(
      who(
        "Separately, the Commission closed its investigation into Apple, saying the company had made changes in 2024. The minister said the rate, excluding fraud, was 89 offences per 1,000 people. A spokesperson for the Department for Energy Security and Net Zero said the UK would cut emissions by 81% by 2035.\n\nBRUSSELS/WASHINGTON (AP) — The European Union said it was prepared to impose tariffs of 25% on American goods.",
      ).filter(([, type]) => type !== "article"),
    ).toEqual([
      ["Commission", "organization"],
      ["minister", "person"],
      ["spokesperson for the Department for Energy Security and Net Zero", "person"],
      ["European Union", "organization"],
    ]);
  });
});

describe("what a figure counts", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => [q.value, q.unit, q.qualifier]));

  it("counts past a name, a disease and a clause word, and reads “edged up to” as the level reached", () => {
    expect(
      figures(
        "Isak scored 23 Premier League goals. Officials recorded 1,834 suspected measles cases. A surge of 8 to 12 feet along parts of the coast is likely. At least 47 civilians were killed and 130 wounded when shells hit the camp. The average workweek edged up to 34.3 hours. The storm could bring up to 12 inches of rain.",
      ),
    ).toEqual([
      [23, "goals", null],
      [1834, "cases", null],
      [8, "feet", "at_least"],
      [12, "feet", "at_most"],
      [47, "civilians", "at_least"],
      [130, "wounded", null],
      [34.3, "hours", null],
      [12, "inches", "at_most"],
    ]);
  });

  it("counts past a modifier in “-s” that is no plural, and not a preposition after the figure", () => {
    expect(
      figures(
        "The firm shipped 4,870 autonomous mobile robots. The city cut 11 bus routes. The population grew by about 3 million over the period.",
      ),
    ).toEqual([
      [4870, "robots", null],
      [11, "routes", null],
      [3000000, null, "approximately"],
    ]);
  });
});

describe("furniture and notes on the reporting", () => {
  it("leaves out time stamps with a clock time, captions with a photo credit, copyright lines and a byline with a place", () => {
    expect(
      claims(
        "Last updated 18:40 GMT\n\nSteelworkers at the ArcelorMittal plant in Ghent, Belgium, on March 12, 2025. (AP Photo/Virginia Mayo)\n\nCopyright 2025 The Associated Press. All rights reserved.\n\nBy Sam Whitaker at St James' Park\n\nThe plant cut 400 jobs in May.",
      ).map((c) => c.quote),
    ).toEqual(["The plant cut 400 jobs in May"]);
  });

  it("scores “did not comment” and “did not give details” as notes on the reporting", () => {
    for (const c of claims("The Ministry of Defence did not comment. The White House did not give details."))
      expect(c.reasons.checkworthy[0]!.feature).toBe("rule:no_comment");
  });
});

describe("whose verb phrase it is", () => {
  it("words a verb phrase after a named appositive or a who-clause with that name", () => {
    expect(
      claims(
        "Michael, a Category 5 storm, made landfall near Mexico Beach and caused about $25 billion in damage. The club rejected a bid for Alexander Isak, who did not travel and watched from a private box. The firm hired Ana Ruiz, who had led the bank and cut 400 jobs.",
      )
        .filter((c) => c.text !== c.quote)
        .map((c) => c.text),
    ).toEqual([
      "Michael caused about $25 billion in damage",
      "Alexander Isak watched from a private box",
      "Ana Ruiz cut 400 jobs",
    ]);
  });
});

describe("a figure compared after the attribution", () => {
  it("keeps the comparison with the speaker's figure, currency sign and all", () => {
    const all = claims(
      "Borrowing was £151.9 billion, the ONS said, £14.9 billion more than expected. Police employed 147,000 officers, according to Home Office data, roughly 1,000 fewer than a year earlier.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["Borrowing was £151.9 billion", "ONS"],
      ["£14.9 billion more than expected", "ONS"],
      ["Police employed 147,000 officers", "Home Office data"],
      ["roughly 1,000 fewer than a year earlier", "Home Office data"],
    ]);
    expect(all[1]!.text).toBe("According to the ONS, borrowing was £151.9 billion, £14.9 billion more than expected");
    expect(all[1]!.quantities.map((q) => q.unit)).toEqual(["GBP"]);
  });
});

describe("second clauses, shares and disputes", () => {
  it("splits “and that taxes would rise” off, and keeps “14 of them women” with the figure it is a share of", () => {
    expect(
      claims(
        'Mel Stride said the plans were "a spending spree" and that taxes would rise by £10 billion. Holm said she had supervised 31 doctoral students, 14 of them women.',
      ).map((c) => c.quote),
    ).toEqual([
      'the plans were "a spending spree"',
      "taxes would rise by £10 billion",
      "she had supervised 31 doctoral students, 14 of them women",
    ]);
  });

  it("reads a body named with its short form in brackets as disputing the claim before", () => {
    const [claim] = claims(
      "The minister said the outbreak was under control. The World Health Organization (WHO) disputed that.",
    );
    expect(claim!.flags).toContain("disputed");
  });
});

describe("years before a noun", () => {
  it("dates “a 1997 law” and “the 2019 elections”, not “the 2000 people”", () => {
    expect(
      claims(
        "A 1997 law banned smoking in bars. The 2019 elections were close. The 2000 people who voted were angry.",
      ).map((c) => c.dates.map((d) => d.value)),
    ).toEqual([["1997"], ["2019"], []]);
  });
});

describe("leads and kinds", () => {
  it("makes no claim of “In a statement posted on Telegram,” before the speaker", () => {
    expect(
      claims("In a statement posted on Telegram, the RSF said it had lost 12 fighters.").map((c) => c.quote),
    ).toEqual(["it had lost 12 fighters"]);
  });

  it("types a plan that already drew protests as an event, not a prediction", () => {
    expect(
      claims("The plan to close 12 schools drew protests. The council plans to close 12 schools.").map((c) => c.kind),
    ).toEqual(["statistic", "prediction"]);
  });
});

describe("a ninth read: speakers", () => {
  it("reads “But the unions said”, “Hartley, a Republican, also said” and “Senate candidate Daniel Hartley said”", () => {
    expect(
      who(
        "But the unions said the offer was too low. Hartley, a Republican, also said the state had added 2 million jobs. Senate candidate Daniel Hartley said crime fell. He said jobs rose.",
      ),
    ).toEqual([
      ["unions", "organization"],
      // The surname is the one the article names in full.
      ["Daniel Hartley", "person"],
      ["Daniel Hartley", "person"],
      ["Daniel Hartley", "person"],
    ]);
  });

  it("ends the aside before “also” and reads a list inside a relative clause as no speaker", () => {
    const all = claims(
      "The post, which was written by an anonymous account, also says the vaccination rate fell to 60 percent. DigitalEurope, which represents Apple, Google and Microsoft, said few firms were ready.",
    );
    expect(all.map((c) => [c.text, c.claimant.name])).toEqual([
      ["The post was written by an anonymous account", "the article"],
      ["According to the post, the vaccination rate fell to 60 percent", "post"],
      ["According to DigitalEurope, few firms were ready", "DigitalEurope"],
    ]);
  });

  it("gives a quotation tagged “said one GOP consultant who requested anonymity” to unnamed sources", () => {
    expect(
      who(
        'Hartley said he would release a plan soon. "He is speaking to the base," said one GOP consultant who requested anonymity.',
      )[1],
    ).toEqual(["unnamed sources", "unnamed_sources"]);
  });

  it("reads “FBI data does not support that” and “We rate this claim False” as disputing the claim before", () => {
    const all = claims(
      "Hartley said violent crime was down 50 percent. FBI data does not support that. The post claimed Ohio had 40,000 measles cases in 2024. We rate this claim False.\n\nOur ruling\n\nThe post was shared 4,000 times.",
    );
    expect(claimQuoting(all, "50 percent").flags).toContain("disputed");
    expect(claimQuoting(all, "40,000").flags).toContain("disputed");
    expect(all.map((c) => c.quote)).not.toContain("Our ruling");
  });
});

describe("a ninth read: interviews, press releases and wire copy", () => {
  it("gives the answers of a Q&A to the titled person the introduction names, not to the paper", () => {
    for (const intro of [
      "Energy Minister Priya Raman spoke to The Herald on Tuesday.",
      "The Herald spoke to Energy Minister Priya Raman on Tuesday.",
    ]) {
      const all = claims(
        `${intro}\n\nQ: How much have bills fallen?\n\nA: The price cap has fallen by £149 a year since January.`,
      );
      expect(claimQuoting(all, "£149").claimant.name).toBe("Priya Raman");
    }
  });

  it("leaves out a press release's contacts, its legal disclaimer, its “About” heading and wire datelines", () => {
    const all = claims(
      "Nov 5 (Reuters) - Castellan Brands has agreed to buy Harlow for $14.2 billion.\n\nAUSTIN, Texas, March 4, 2025 /PRNewswire/ -- Veridane Robotics said revenue rose 40%.\n\nVeridane also announced a share buyback of up to $250 million.\n\nAbout Veridane Robotics\n\nThis press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ.\n\nMedia contact: Jane Doe, +1 512-555-0148",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["Castellan Brands has agreed to buy Harlow for $14.2 billion", "the article"],
      ["revenue rose 40%", "Veridane Robotics"],
      ["Veridane also announced a share buyback of up to $250 million", "the article"],
    ]);
  });

  it("ends a sentence at the pronoun “I.”, not at an initial", () => {
    expect(
      claims("Neither am I. The government cut income tax by 5 per cent in April. John I. Smith said so.").map(
        (c) => c.quote,
      ),
    ).toEqual(["Neither am I", "The government cut income tax by 5 per cent in April", "John I. Smith said so"]);
  });

  it("reads “the companies said”, “the people said”, a place that is no person, a later “said” after a modal", () => {
    expect(
      who(
        "Castellan will buy Harlow for $14.2 billion, the companies said. Ortiz will not join the combined company, the people said.",
      ),
    ).toEqual([
      ["companies", "organization"],
      ["people", "unnamed_sources"],
    ]);
    expect(
      claims(
        'Kansas City went fare-free in 2020. In a statement, his office said the changes "affect fewer than 4 per cent of service hours."',
      )[1]!.claimant.name,
    ).toBe("his office");
    expect(
      claims(
        "The WHO warned that 200,000 people could need help and said the risk of disease outbreaks in the camps was very real.",
      ).map((c) => c.text),
    ).toEqual([
      "According to the WHO, 200,000 people could need help",
      "According to the WHO, the risk of disease outbreaks in the camps was very real",
    ]);
  });
});

describe("a ninth read: fact-check copy", () => {
  it("gives “It has previously claimed” to the account the sentence before named, not to the survey quoted earlier", () => {
    const all = claims(
      "The CDC survey found that 89.6% of kindergartners were vaccinated. The account did not respond to a request for comment. It has previously claimed that the MMR vaccine causes autism.",
    );
    expect(claimQuoting(all, "autism").claimant.name).toBe("account");
  });

  it("ends a claim at a semicolon before figures that put the record straight", () => {
    expect(
      claims("The post also claimed the vaccination rate fell to 60 percent; federal data puts it at 89.6%.").map(
        (c) => [c.quote, c.claimant.name],
      ),
    ).toEqual([
      ["the vaccination rate fell to 60 percent", "post"],
      ["federal data puts it at 89.6%", "the article"],
    ]);
  });

  it("reads a duty under a law as no opinion, an exhortation as one", () => {
    const [law, exhortation] = claims(
      "Under the law, providers must be registered in an EU database before launch. We must be strong.",
    );
    expect(law!.flags).not.toContain("opinion");
    expect(exhortation!.flags).toContain("opinion");
  });
});

describe("ranges of sums and qualifiers before “a”", () => {
  const figures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => [q.value, q.unit, q.qualifier]));

  it("reads “$6 billion to $9 billion” and “$5 to $10 a day” as ranges, not a change from one to the other", () => {
    expect(figures("Analysts expect losses of $6 billion to $9 billion. It costs $5 to $10 a day.")).toEqual([
      [6e9, "USD", "at_least"],
      [9e9, "USD", "at_most"],
      [5, "USD per day", "at_least"],
      [10, "USD per day", "at_most"],
    ]);
    expect(figures("Profit rose from $6 billion to $9 billion.").map((f) => f[2])).toEqual([null, null]);
  });

  it("keeps “about” in “about an 80% chance”", () => {
    expect(figures("Traders see about an 80% chance of a cut.")).toEqual([[80, "%", "approximately"]]);
  });
});

describe("sourcing at a sentence's end, and scenes to imagine", () => {
  it("reads “…, citing people familiar with the matter” as unnamed sources via the outlet, with no claim of its own", () => {
    const all = claims(
      "Bloomberg reported on Monday that Castellan was in talks to buy Harlow, citing people familiar with the matter.",
    );
    expect(all.map((c) => [c.quote, c.claimant.type, c.claimant.via])).toEqual([
      ["Castellan was in talks to buy Harlow", "unnamed_sources", "Bloomberg"],
    ]);
  });

  it("scores a scene the reader is asked to imagine low", () => {
    const [scene] = claims("Imagine waiting forty minutes in the rain for a bus that never comes.");
    expect(scene!.scores.checkworthy).toBeLessThan(0.5);
    expect(scene!.reasons.checkworthy[0]!.feature).toBe("rule:hypothetical");
  });
});

describe("a dispute that names its figure", () => {
  it("flags the claim that holds the figure named, not the sentence just before", () => {
    const [salary, talks] = claims(
      "The group said the average salary was £65,000. It added that it remained open to talks. Aslef disputed the salary figure.",
    );
    expect(salary!.flags).toContain("disputed");
    expect(talks!.flags).not.toContain("disputed");
  });
});

describe("counter-examples from a review of the eighth and ninth reads", () => {
  it("keeps past months after “than expected in” and “originally due in” behind", () => {
    expect(
      claims(
        "UK inflation fell more than expected in May, to 3.4%. The inquiry report, originally due in March, was published on Monday.",
      ).flatMap((c) => c.dates.map((d) => d.value)),
    ).toEqual(["2025-05", "2025-03", "2025-06-09"]);
  });

  it("leaves an official's “He said” with the official after a sentence about a suspect", () => {
    expect(
      claims(
        'Det Supt Paul Jones said the attack was "senseless". A 23-year-old man was arrested at the scene. He said officers wanted to hear from 12 witnesses.',
      ).at(-1)!.claimant.name,
    ).toBe("Paul Jones");
  });

  it("keeps people named Page, Banks or Park, and a lead developer, people", () => {
    expect(
      who(
        "Carter Page said he had never met Russian officials. Lead developer John Smith said the game had sold 2 million copies. Senator Jim Banks introduced the bill in March. Banks said it would cost $4 billion. John Lee said the plan was flawed. Sarah Park criticised the bill on Monday. She said it would cost 5,000 jobs.",
      ).filter(([, type]) => type !== "article"),
    ).toEqual([
      ["Carter Page", "person"],
      ["John Smith", "person"],
      ["Jim Banks", "person"],
      ["John Lee", "person"],
      ["Sarah Park", "person"],
    ]);
  });

  it("keeps a poll's houses, a currency pair and sentences that open with “Copyright” or “Safe harbor”", () => {
    expect(
      claims(
        "Biden's approval rating fell to 36%, the lowest of his presidency (Reuters/Ipsos).\n\nCopyright holders have filed more than 30 lawsuits against OpenAI since 2023.\n\nSafe harbor protections shield platforms from most lawsuits. Critics say that has let 2 million false posts spread.",
      ).length,
    ).toBe(4);
  });

  it("reads opposing a policy as no dispute of a figure", () => {
    const [figure] = claims(
      "The mayor said the new bus lanes had cut journey times by 12%. Most residents do not support the scheme, a poll found.",
    );
    expect(figure!.flags).not.toContain("disputed");
  });

  it("reads a change then a level as no range, and “can go up to” as a bound", () => {
    const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.value, q.qualifier]));
    expect(
      figures(
        "Shares of Nvidia gained $4.10 to $131.20 in early trading. The minimum wage will rise by $1.50 to $16.50 an hour.",
      ),
    ).toEqual([
      [4.1, null],
      [131.2, null],
      [1.5, null],
      [16.5, null],
    ]);
    expect(figures("Fines can go up to 4% of a company's global turnover.")).toEqual([[4, "at_most"]]);
  });

  it("keeps “-led” and the won out of the past, stock words out of opinion, and blocks and rates out of dates", () => {
    const [coalition] = claims("The US-led coalition will withdraw its troops from Iraq by September 2026.");
    expect(coalition!.kind).toBe("prediction");
    const [results] = claims("The company reported disappointing quarterly results, with revenue falling 8%.");
    expect(results!.flags).not.toContain("opinion");
    const [block, rise] = claims(
      "Officers found the victim in the 1900 block of Elm Street. The city saw a 2000 per cent rise in complaints.",
    );
    expect(block!.dates).toEqual([]);
    expect(rise!.quantities.map((q) => q.value)).toEqual([2000]);
  });

  it("keeps “I. M. Pei” whole, “HIV/AIDS” in its claim, and a country's reading the article's", () => {
    expect(claims("The museum was designed by I. M. Pei and opened in 1989.")[0]!.quote).toBe(
      "The museum was designed by I. M. Pei",
    );
    expect(claims("HIV/AIDS — once a death sentence — now affects 39 million people worldwide.")[0]!.quote).toMatch(
      /^HIV\/AIDS/,
    );
    expect(claims("The UK recorded 40.3C at Coningsby in 2022.")[0]!.claimant.type).toBe("article");
  });

  it("does not split “and that means …”, nor take “did not provide details of …” for a note", () => {
    expect(
      claims("The minister said the plant would reopen in March and that means 400 jobs will return to the town.")
        .length,
    ).toBe(1);
    const [audit] = claims("The department did not provide details of how the funds were spent, the auditor found.");
    expect(audit!.reasons.checkworthy.map((r) => r.feature)).not.toContain("rule:no_comment");
  });
});

describe("a tenth read: trials, launches, markets and studies", () => {
  it("keeps a victim's statement and her next quote hers, after “In a statement,”", () => {
    expect(
      who(
        'Defence barrister Simon Okonkwo said his client had lost everything. In a statement, Joanne Pryce said the news had reopened a wound. "We trusted those people," she said.',
      ).slice(1),
    ).toEqual([
      ["Joanne Pryce", "person"],
      ["Joanne Pryce", "person"],
    ]);
  });

  it("gives “she said” to a name that opened the sentence before after “But”", () => {
    expect(
      who(
        'Clara Moreau said the launch went well. But Amara Nwosu cautioned against expectations that the probe would find life. "It cannot tell us whether the oceans are inhabited," she said.',
      ).at(-1),
    ).toEqual(["Amara Nwosu", "person"]);
  });

  it("splits “said A but warned that B” with a present tense in A, both the speaker's", () => {
    expect(
      claims("Jane Smith said the appointment removes an overhang but warned that a turnaround could take years.").map(
        (c) => [c.quote, c.claimant.name],
      ),
    ).toEqual([
      ["the appointment removes an overhang", "Jane Smith"],
      ["a turnaround could take years", "Jane Smith"],
    ]);
  });

  it("gives “…, according to a study, although experts warned that …” to the experts", () => {
    expect(
      who(
        "Walnuts may reduce the risk of a heart attack by almost a fifth, according to a large study, although experts warned that the findings do not prove cause and effect.",
      ),
    ).toEqual([
      ["large study", "organization"],
      ["experts", "unnamed_sources"],
    ]);
  });

  it("keeps a list with an “-ing” noun in it whole, and dates a meeting ahead of a rate kept “unchanged”", () => {
    expect(claims("The researchers adjusted for age, income, smoking and diet.").map((c) => c.quote)).toEqual([
      "The researchers adjusted for age, income, smoking and diet",
    ]);
    expect(
      claims("Economists expect the central bank to keep rates unchanged on Wednesday.", "2025-03-14")[0]!.dates.map(
        (d) => d.value,
      ),
    ).toEqual(["2025-03-19"]);
  });
});

describe("an eleventh read: formats", () => {
  it("reads a transcript label with the name in brackets, and scores a question in a turn low", () => {
    const all = claims(
      "MODERATOR (KAREN WELLS): Violent crime in Phoenix fell 12% last year. Do you credit the current administration?",
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["Karen Wells", "Karen Wells"]);
    expect(all[1]!.scores.checkworthy).toBeLessThan(0.5);
  });

  it("joins a word hyphenated across a line break in the wording, the span as written", () => {
    const [claim] = claims(
      "The first decline since the depart-\nment began publishing the figures in 2015 was welcomed.",
    );
    expect(claim!.quote).toContain("depart-\nment");
    expect(claim!.text).toBe(
      "The first decline since the department began publishing the figures in 2015 was welcomed",
    );
  });

  it("leaves out a credit line's second sentence and a link's teaser, and reads a unit after a no-break space", () => {
    expect(
      claims(
        "*Reporting by Priya Natarajan. Edited by Sam Holloway.*\n\nFor more, see our full budget coverage.\n\nRecords are kept for at least 10\u00a0years.",
      ).flatMap((c) => c.quantities.map((q) => [c.quote, q.unit])),
    ).toEqual([["Records are kept for at least 10\u00a0years", "years"]]);
  });
});

describe("the day a dateline gives", () => {
  it("counts a story's “today” and weekdays from its dateline's day, filed the day before publication", () => {
    expect(
      claims(
        'NEW YORK, March 13 (Reuters) - Wall Street closed higher on Thursday.\n\n"Today\'s inflation print gave investors a reason to buy," said Lindsay Okafor, a strategist.',
        "2025-03-14",
      ).flatMap((c) => c.dates.map((d) => [d.text, d.value])),
    ).toEqual([
      ["on Thursday", "2025-03-13"],
      ["Today", "2025-03-13"],
    ]);
  });
});
