import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Who says what in sports, wildfire, trial and fact-check copy: speakers with an age, a list of
 * counts as what they report, a titled person a later "he" stands for, a post that "falsely
 * claims". The texts are written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-08-14" });
}

describe("the speaker", () => {
  it("is the person without the title the article gives them, so two titles make one claimant", () => {
    const all = claims(
      "Finance Minister Rachel Reeves said growth would reach 1.5 percent next year. Chancellor Rachel Reeves also said borrowing fell by 3 billion pounds in May. Reeves added that inflation was 3.4 percent.\n\nDefense Secretary Pete Hegseth said the Pentagon had cut 60,000 civilian jobs. Hegseth said the cuts would save $8 billion a year.",
    );
    const growth = claimQuoting(all, "growth would reach");
    expect(growth.claimant).toEqual({ name: "Rachel Reeves", type: "person", via: null, title: "Finance Minister" });
    // The wording keeps the title as the sentence wrote it.
    expect(growth.text).toBe("According to Finance Minister Rachel Reeves, growth would reach 1.5 percent next year");
    expect(claimQuoting(all, "borrowing fell").claimant).toMatchObject({ name: "Rachel Reeves", title: "Chancellor" });
    expect(claimQuoting(all, "inflation was").claimant.name).toBe("Rachel Reeves");
    expect(new Set(all.filter((c) => c.claimant.type === "person").map((c) => c.claimant.name))).toEqual(
      new Set(["Rachel Reeves", "Pete Hegseth"]),
    );
    // A surname alone keeps only titles; a three-part name is whole; an office "of" a place is a title.
    const more = claims(
      "Dr. Okoro said cases rose. Governor Maria Ortiz Delgado said 40 homes burned. Secretary of State Marco Rubio said talks would resume. Republican Winsome Earle-Sears said turnout rose.",
    );
    expect(more.map((c) => [c.claimant.title, c.claimant.name])).toEqual([
      ["Dr.", "Okoro"],
      ["Governor", "Maria Ortiz Delgado"],
      ["Secretary of State", "Marco Rubio"],
      ["Republican", "Winsome Earle-Sears"],
    ]);
  });

  it("is the name before an age between commas", () => {
    const all = claims(
      'Okafor, 26, said he was not thinking about records. "I\'d swap every goal for the title," he said.\n\nCarla Mendes, 54, who lives off Dersch Road, said she got the evacuation text at 4 p.m.',
    );
    expect(claimQuoting(all, "not thinking").claimant.name).toBe("Okafor");
    expect(claimQuoting(all, "swap every goal").claimant.name).toBe("Okafor");
    expect(claimQuoting(all, "evacuation text").claimant.name).toBe("Carla Mendes");
  });

  it("reports a list of counts as one subject", () => {
    const c = claimQuoting(
      claims(
        "Incident commander Jeanette Ruiz said more than 1,350 personnel, 96 engines and 14 helicopters were assigned to the fire.",
      ),
      "96 engines",
    );
    expect(c.claimant).toMatchObject({ name: "Jeanette Ruiz", title: "incident commander" });
    expect(c.quote).toBe("more than 1,350 personnel, 96 engines and 14 helicopters were assigned to the fire");
    expect(c.quantities.map((q) => q.unit)).toEqual(["personnel", "engines", "helicopters"]);
  });

  it("is the titled person a sentence before introduced, for a later “he”", () => {
    const all = claims(
      "Harlow manager Steve Barnard said the win was deserved. Castleford manager Ian Holt was less impressed with the officiating. He said his side should have had a penalty.",
    );
    expect(claimQuoting(all, "penalty").claimant.name).toBe("Ian Holt");
  });

  it("keeps reporting after “but cautioned that”", () => {
    const all = claims(
      "Analysts at Leerink Partners estimated that the drug could reach peak sales of $4.5bn, but cautioned that pricing would be a hurdle.",
    );
    const c = claimQuoting(all, "pricing");
    expect(c.quote).toBe("pricing would be a hurdle");
    expect(c.text).toBe("According to analysts at Leerink Partners, pricing would be a hurdle");
  });

  it("is the post a fact-check answers, named before what describes it", () => {
    const all = claims(
      'A social media post shared more than 40,000 times since Sunday falsely claims that the outbreak was caused by the vaccine. The post also claims that "every case was in someone who got the shot." It also claims, without evidence, that officials are hiding data.',
    );
    const first = claimQuoting(all, "caused by the vaccine");
    expect(first.claimant).toMatchObject({ name: "social media post", type: "organization" });
    expect(first.flags).toContain("disputed");
    expect(claimQuoting(all, "every case").claimant.name).toBe("post");
    const third = claimQuoting(all, "hiding data");
    expect(third.claimant.type).toBe("organization");
    expect(third.flags).toContain("disputed");
  });
});

describe("the speaker, continued", () => {
  it("keeps a verbless tail with a figure as the speaker's, worded with what it goes on from", () => {
    const all = claims(
      "Spain has just had its hottest June since records began in 1961, the state weather agency Aemet said on Tuesday, with an average temperature of 23.6C, 3.5C above the 1991-2020 average. Prices rose, the minister said, in a speech to parliament.",
    );
    const tail = claimQuoting(all, "23.6C");
    expect(tail.claimant.name).toBe("state weather agency Aemet");
    expect(tail.text).toBe(
      "According to the state weather agency Aemet, Spain has just had its hottest June since records began in 1961, with an average temperature of 23.6C, 3.5C above the 1991-2020 average",
    );
    expect(all.some((c) => c.quote.includes("speech to parliament"))).toBe(false);
  });

  it("is the body in a relative clause opened by “where”", () => {
    const c = claimQuoting(
      claims(
        "Two evacuation centers have opened, at Shasta College, where the Red Cross said 312 people stayed overnight.",
      ),
      "312",
    );
    expect(c.claimant.name).toBe("Red Cross");
    expect(c.quote).toBe("312 people stayed overnight");
  });

  it("reads past an aside in the reported subject or after the speaker", () => {
    const trial = claimQuoting(
      claims(
        "The company said a second trial, in 4,000 patients with more severe disease, would report results early next year.",
      ),
      "second trial",
    );
    expect(trial.claimant.name).toBe("company");
    const analysis = claimQuoting(
      claims(
        "A rapid analysis by the World Weather Attribution group, published on Wednesday, found that the peak was about 2.8C hotter.",
      ),
      "peak",
    );
    expect(analysis.claimant.name).toBe("rapid analysis by the World Weather Attribution group");
    expect(analysis.quote).toBe("the peak was about 2.8C hotter");
  });

  it("names a speaker tagged after a quotation with a team and a role before the name", () => {
    const c = claimQuoting(
      claims(
        '"I thought we were excellent after the first 20 minutes," Harlow manager Steve Barnard told BBC Radio Essex.',
      ),
      "excellent",
    );
    expect(c.claimant).toMatchObject({ name: "Steve Barnard", title: "Harlow manager" });
    expect(c.text).toBe("Harlow manager Steve Barnard said: “I thought we were excellent after the first 20 minutes”");
  });

  it("types a named officer of a body as a person, so a later “he” is him", () => {
    const all = claims(
      'Det Insp Mark Haines of Gloucestershire Police said Whitcombe had "lived a life of luxury". He added: "I hope today\'s sentence sends a clear message."',
    );
    expect(claimQuoting(all, "luxury").claimant).toMatchObject({ type: "person" });
    expect(claimQuoting(all, "clear message").claimant).toMatchObject({
      name: "Mark Haines of Gloucestershire Police",
      title: "Det Insp",
    });
  });
});

describe("sentences and clauses", () => {
  it("ends a sentence after a temperature glued to its unit", () => {
    const all = claims(
      'The previous record, set in June 2017, was 23.0C. Aemet spokeswoman Laura Bermejo told reporters the margin was "extraordinary".',
    );
    expect(claimQuoting(all, "23.0C").quote).toBe("The previous record, set in June 2017, was 23.0C");
    expect(claimQuoting(all, "margin").claimant.name).toMatch(/Laura Bermejo$/);
  });

  it("keeps a term of years and months in one claim", () => {
    const c = claimQuoting(claims("Whitcombe was jailed for six years and four months on Thursday."), "six years");
    expect(c.quote).toBe("Whitcombe was jailed for six years and four months on Thursday");
  });

  it("does not cut at the semicolons of a bracket", () => {
    const all = claims(
      "Deaths fell to 16.3% of patients, compared with 19.1% on a placebo (hazard ratio 0.72; 95% CI 0.64-0.81; P<0.001).",
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.quote).toMatch(/P<0\.001\)$/);
  });
});

describe("the subject a verb phrase continues", () => {
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("is the latest clause's subject, not the sentence's", () => {
    expect(
      texts(
        "Castleford took the lead when Tom Reilly headed in, but Okafor equalised on 34 minutes and put the hosts ahead four minutes after the break.",
      ),
    ).toContain("Okafor put the hosts ahead four minutes after the break");
  });

  it("is a subordinate clause's subject when its verb comes last before “and”", () => {
    const all = texts(
      "Shares of Nimbra Systems rose 14% after the cloud software company reported record revenue and raised its full-year forecast.",
    );
    expect(all).toContain("The cloud software company raised its full-year forecast");
    // Past a comma the main clause goes on: "Hours before …, the Secretary met … and signed …".
    expect(
      texts("Hours before the meeting with Petro, the DHS Secretary met with Sarabia and signed the letter of intent."),
    ).toContain("The DHS Secretary signed the letter of intent");
  });

  it("keeps a pronoun subject lowercase after “said”", () => {
    const all = texts(
      "Calloway Therapeutics reported the results. Calloway said it planned to file for approval before the end of the year and expected a decision in the second half of 2026.",
    );
    expect(all).toContain("Calloway Therapeutics said it expected a decision in the second half of 2026");
  });

  it("is the speaker for “and claimed” inside what the speaker said", () => {
    expect(
      texts(
        'Barnard said Okafor was "the best finisher in this division" and claimed the club had turned down a £2.5m bid.',
      ),
    ).toContain("According to Barnard, the club had turned down a £2.5m bid");
  });
});

describe("sources and forecasts", () => {
  it("gives a clause after “according to X, and” to the article", () => {
    const all = claims(
      "Markets had priced in an 82 per cent chance of a cut on Monday, according to ASX data, and 27 of 31 economists surveyed by Bloomberg had forecast the move.",
    );
    expect(claimQuoting(all, "82 per cent").claimant.name).toBe("ASX data");
    const economists = claimQuoting(all, "economists");
    expect(economists.claimant.type).toBe("article");
    expect(economists.quote).toBe("27 of 31 economists surveyed by Bloomberg had forecast the move");
  });

  it("reads “expects” and “forecasts” as a prediction", () => {
    expect(claims("Westpac expects two further cuts in 2026.")[0]!.kind).toBe("prediction");
    expect(claims("The bank's forecasts show growth of 1.9 per cent in 2026.")[0]!.kind).toBe("prediction");
  });
});

describe("recall, health and fact-check copy", () => {
  it("keeps a figure's thousands comma inside the source's name", () => {
    const c = claimQuoting(
      claims(
        "According to a 2024 review of 45 studies covering more than 330,000 children, every extra hour of screen use was linked to a 21% higher chance of myopia.",
      ),
      "myopia",
    );
    expect(c.claimant.name).toBe("2024 review of 45 studies covering more than 330,000 children");
    expect(c.text).toMatch(/^According to the 2024 review of 45 studies covering more than 330,000 children, every/);
    const middle = claims("Myopia rose, according to a review of 330,000 children, and doctors worry.");
    expect(claimQuoting(middle, "Myopia rose").claimant.name).toBe("review of 330,000 children");
  });

  it("names the speaker set off by commas after a quotation, with a description or an age", () => {
    const all = claims(
      '"Safety is our first priority," Halvern\'s head of North American quality, Renee Calder, said in a statement. She said the repair takes about 90 minutes.\n\n"We are moving fast," Tom Reyes, head of quality at Halvern, said.\n\n"We will fix every car," Ana Ruiz, 48, said.',
    );
    expect(claimQuoting(all, "first priority").claimant.name).toBe("Renee Calder");
    expect(claimQuoting(all, "90 minutes").claimant.name).toBe("Renee Calder");
    expect(claimQuoting(all, "moving fast").claimant.name).toBe("Tom Reyes");
    expect(claimQuoting(all, "every car").claimant.name).toBe("Ana Ruiz");
  });

  it("does not take a new sentence after a closed quotation for its speaker tag", () => {
    const all = claims(
      "“Thank you very much, my friend, for everything.” Sarabia, for her part, highlighted the progress of the talks.",
    );
    expect(claimQuoting(all, "Thank you").claimant.name).not.toBe("Sarabia");
  });

  it("reads a carmaker's recall as an act, not as speech", () => {
    const c = claimQuoting(
      claims(
        "Carmaker Halvern Motors is recalling 412,000 SUVs. In April, Halvern recalled 98,000 of the SUVs to fix a fuel-pump fault, and a brake-software recall covering 140,000 vehicles followed in 2023.",
      ),
      "98,000",
    );
    expect(c.claimant.type).toBe("article");
    expect(c.quote).toBe("In April, Halvern recalled 98,000 of the SUVs to fix a fuel-pump fault");
  });

  it("keeps what the article says about the speaker between the name and the verb", () => {
    const post = claims(
      "A social media post shared more than 40,000 times since Sunday falsely claims that the outbreak was caused by the vaccine.",
    );
    expect(claimQuoting(post, "40,000").text).toBe(
      "A social media post was shared more than 40,000 times since Sunday",
    );
    const study = claims(
      "A rapid analysis by the World Weather Attribution group, published on Wednesday, found that the peak was about 2.8C hotter.",
    );
    const published = claimQuoting(study, "published");
    expect(published.text).toBe("A rapid analysis by the World Weather Attribution group was published on Wednesday");
    expect(published.dates.map((d) => d.value)).toEqual(["2025-08-13"]);
  });
});

describe("a company named by its short name", () => {
  it("is the company the article named in full, without “the”", () => {
    const all = claims(
      "Carmaker Halvern Motors is recalling 412,000 SUVs. Halvern said it was aware of 17 crashes. Engineers found that one bracket in 2,500 could fracture.",
    );
    const crashes = claimQuoting(all, "17 crashes");
    expect(crashes.claimant).toMatchObject({ name: "Halvern Motors", type: "organization" });
    expect(crashes.text).toBe("Halvern Motors said it was aware of 17 crashes");
    expect(claimQuoting(all, "could fracture").text).toMatch(/^According to engineers, /);
  });
});

describe("after a trailing attribution", () => {
  it("gives a clause joined by “and” to the speaker, one joined by “but” to the article", () => {
    const all = claims(
      "Low-dose atropine drops can slow progression by 30% to 50%, Dr. Okoro said, and special lenses worn overnight have shown similar results. Crime fell 12 percent, the mayor said, but police records show a rise in burglaries.",
    );
    const lenses = claimQuoting(all, "special lenses");
    expect(lenses.claimant).toMatchObject({ name: "Okoro", title: "Dr." });
    expect(lenses.quote).toBe("special lenses worn overnight have shown similar results");
    expect(claimQuoting(all, "atropine").text).toMatch(/^According to Dr\. Okoro, low-dose atropine/);
    expect(claimQuoting(all, "police records").claimant.type).toBe("article");
  });

  it("reads pledges and expectations as predictions", () => {
    for (const text of [
      "Unity has promised to cut transit fares and build 20,000 homes by 2030.",
      "Final results are expected by Friday.",
      "Parts are not expected to be available until January 15.",
    ])
      expect(claims(text)[0]!.kind).toBe("prediction");
  });
});

describe("war, immigration and policy copy", () => {
  const claimantOf = (body: string, fragment: string) => claimQuoting(claims(body), fragment).claimant;

  it("finds speakers named by a plain noun, an abbreviation or a long reported subject", () => {
    expect(claimantOf("Poland scrambled jets, the operational command said.", "scrambled").name).toBe(
      "operational command",
    );
    expect(claimantOf("The US Commerce Department said that Washington would not stand by.", "stand by").name).toBe(
      "US Commerce Department",
    );
    expect(claimantOf("NATO said it had sent 300 troops.", "300 troops").name).toBe("NATO");
    expect(
      claimantOf("Ann Lee said a big old red brick school in the north district was destroyed.", "destroyed").name,
    ).toBe("Ann Lee");
  });

  it("marks a government source and a person familiar with the matter as unnamed", () => {
    for (const body of [
      "A government source said the bill would become law before Easter.",
      "According to a person familiar with the matter, investigators will look at the reports.",
    ]) {
      const c = claims(body)[0]!;
      expect(c.claimant.type).toBe("unnamed_sources");
      expect(c.flags).toContain("unnamed_source");
    }
  });

  it("reads “claims” after a verb as a noun, and keeps a titled name with its suffix", () => {
    const cbp = claimQuoting(
      claims(
        "The number of people allowed to pursue claims after an interview dropped to about 1,900 in April, CBP said.",
      ),
      "1,900",
    );
    expect(cbp.claimant.name).toBe("CBP");
    expect(
      claimantOf(
        "Prosecutor Anthony Reece KC said Whitcombe made 412 payments. Reece said the fraud came to light in 2023.",
        "came to light",
      ).name,
    ).toBe("Prosecutor Anthony Reece");
  });

  it("reads “the hottest hours of the day” as no record", () => {
    expect(
      claims("The council on Monday banned outdoor events during the hottest hours of the day.")[0]!.kind,
    ).not.toBe("comparison_record");
  });
});

describe("acts, rebuttals and tolls in conflict and policy copy", () => {
  it("words a speaker's act with the speaker, and flags only what the rebuttal judges", () => {
    const all = claims(
      "Senator Paloma Reyes said the centres were overcrowded and accused the government of hiding figures. Hugh Pendleton said the ban would drive landlords out and claimed, without providing evidence, that 40 per cent of landlords planned to sell up.",
    );
    expect(claimQuoting(all, "accused").text).toBe("Senator Paloma Reyes accused the government of hiding figures");
    const sellUp = claimQuoting(all, "sell up");
    expect(sellUp.quote).toBe("40 per cent of landlords planned to sell up");
    expect(sellUp.flags).toContain("disputed");
    expect(claimQuoting(all, "drive landlords out").flags).not.toContain("disputed");
  });

  it("gives “it” to the body named last, “the Kremlin”", () => {
    const all = claims(
      "Ukraine's military said Russia had lost 1,100 soldiers. The Kremlin said the strikes hit military targets. It claimed, without providing evidence, that the block had been hit by debris.",
    );
    const debris = claimQuoting(all, "debris");
    expect(debris.text).toBe("According to the Kremlin, the block had been hit by debris");
    expect(debris.flags).toContain("disputed");
  });

  it("scores a toll as check-worthy, with the rule listed", () => {
    const c = claims("Seven people died, according to Ukrainian officials.")[0]!;
    expect(c.reasons.checkworthy.some((r) => r.feature === "rule:casualties")).toBe(true);
    expect(c.scores.checkworthy).toBeGreaterThan(0.5);
  });
});

describe("acts and participles in crime and policy copy", () => {
  it("words “and credited”, “but described” with the speaker", () => {
    const texts = claims(
      'Adeyemi said the fall in knife crime was "encouraging" and credited an extra 240 officers with the drop. Kroft said the company would "cooperate fully" but described the investigation as "politically motivated".',
    ).map((c) => c.text);
    expect(texts).toContain("Adeyemi credited an extra 240 officers with the drop");
    expect(texts).toContain("Kroft described the investigation as “politically motivated”");
  });

  it("takes no speech participle for a speaker, and reads “all” as what was said", () => {
    const data = claimQuoting(
      claims("The Westbury Retail Consortium disputed that, saying its members' own data showed incidents had risen."),
      "incidents had risen",
    );
    expect(data.claimant).toMatchObject({ name: "Westbury Retail Consortium", type: "organization" });
    expect(claimQuoting(claims('A spokesperson said all removals "followed due process".'), "removals").text).toBe(
      "According to the spokesperson, all removals “followed due process”",
    );
  });
});

describe("a family as a speaker", () => {
  it("reads “Her family said” as the family of the person named before", () => {
    const c = claimQuoting(
      claims(
        "Margit Halvorsen has died aged 88. Her family said a memorial service would be held in Bergen on May 10.",
      ),
      "memorial",
    );
    expect(c.claimant.name).toBe("Margit Halvorsen's family");
  });
});

describe("what a verb after “and” inside reported speech is not", () => {
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("is no claim of the speaker's after “denied” or a plain “said”", () => {
    const denial = texts("The lawyer said his client was innocent and denied the charges were fair.");
    expect(denial.some((t) => /, the charges were fair$/.test(t))).toBe(false);
    expect(texts("Officials said the gunman entered the school and said he had a bomb.")).not.toContain(
      "According to officials, he had a bomb",
    );
  });

  it("is no act of the speaker's without the word that makes it one", () => {
    expect(
      texts("Prosecutors said Smith stalked the victim for months and called her 40 times a day.").join(" | "),
    ).not.toMatch(/Prosecutors called/);
    expect(texts("The agency said the hotline received 300 emails and calls every day.").join(" | ")).not.toMatch(
      /The agency calls/,
    );
  });

  it("keeps a party and a company name capitalised", () => {
    expect(claims("Liberal leader Mark Carney said taxes would fall by 2 percent.")[0]!.claimant).toMatchObject({
      name: "Mark Carney",
      title: "Liberal leader",
    });
    expect(claims("Farmers Insurance said premiums rose 8 percent.")[0]!.claimant.name).toBe("Farmers Insurance");
  });

  it("keeps no circumstance of the saying as a claim", () => {
    const all = claims("Crime fell 12 percent last year, the mayor said on Tuesday, in a speech to 300 supporters.");
    expect(all.map((c) => c.quote)).toEqual(["Crime fell 12 percent last year"]);
  });
});

describe("a country as a speaker", () => {
  it("is a body, so a later “it” is the country", () => {
    const all = claims("Russia said it had destroyed 30 drones overnight. It said the strikes hit military targets.");
    expect(claimQuoting(all, "30 drones").claimant).toMatchObject({ name: "Russia", type: "organization" });
    expect(claimQuoting(all, "military targets").claimant.name).toBe("Russia");
  });
});

describe("named bodies and a second “said”", () => {
  it("reads “the Polish armed forces' operational command” as the speaker, and “it” after it", () => {
    const all = claims(
      "Poland scrambled fighter jets, the Polish armed forces' operational command said. It said Polish airspace had not been violated.",
    );
    expect(claimQuoting(all, "airspace").claimant.name).toBe("Polish armed forces' operational command");
  });

  it("gives “and said” to the speaker when the reported subject is no person", () => {
    const all = claims(
      'Daniel Kroft spoke in Lisbon. He claimed Atlas-4 was "the safest model" and said Lumora had spent more than $400 million on safety research.',
    );
    expect(claimQuoting(all, "$400 million").text).toMatch(/^According to Daniel Kroft, Lumora had spent/);
  });

  it("words “another viral video” without “the”", () => {
    const c = claimQuoting(
      claims("Another viral video claims that eye doctors are hiding a cure, without evidence."),
      "hiding a cure",
    );
    expect(c.text).toMatch(/^According to another viral video, /);
  });
});
