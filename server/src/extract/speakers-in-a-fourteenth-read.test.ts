import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Speakers and sentence shapes from the fourteenth read of news copy (decision 290). The texts
 * are written for these tests.
 */
function claims(body: string, publishedOn = "2025-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const quotes = (body: string) => claims(body).map((c) => c.quote);

describe("questions put to a speaker", () => {
  it("makes no claim of “Asked whether …,” before the answer", () => {
    expect(
      quotes(
        "Asked whether she would resign, Kim said she would not. When asked if the plan would cost $4 million, Kim told reporters it would cost less. Asked whether she would resign, Mayor Dana Kim told reporters: “I have done nothing wrong.”",
      ),
    ).toEqual(["she would not", "it would cost less", "“I have done nothing wrong.”"]);
  });

  it("keeps a lead of the article's own that only opens with “asked”", () => {
    expect(quotes("Asked to leave, the protesters refused and stayed until 9 p.m.")).toEqual([
      "Asked to leave, the protesters refused and stayed until 9 p.m",
    ]);
  });
});

describe("documents and whose they are", () => {
  it("reads “Data compiled by X show …” as the data's claim", () => {
    const all = claims(
      "Data compiled by analytics firm Acme Research show that the price rose 40%. Figures released by the ministry on Monday showed exports fell 3%.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["the price rose 40%", "data compiled by analytics firm Acme Research"],
      ["exports fell 3%", "figures released by the ministry on Monday"],
    ]);
    // A company that published something is its verb's subject, not a document.
    expect(claims("Acme published new figures on Monday.")[0]!.claimant.type).toBe("article");
  });
});

describe("asides between a speaker and the verb", () => {
  it("reads past a relative clause and a participle's aside to the name that speaks", () => {
    const all = claims(
      "The man, who was arrested at the scene, speaking through an interpreter, said he had paid $5,000. Kim, who chairs the committee, speaking at City Hall, said taxes rose 4%.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["was arrested at the scene", "the article"],
      ["he had paid $5,000", "man"],
      ["taxes rose 4%", "Kim"],
    ]);
  });
});

describe("what a speaker has not made public", () => {
  it("gives “…, but it has not announced a recall” to the article, worded of the speaker", () => {
    const all = claims(
      "Halvern Motors said it was investigating reports of brake failures, but it has not announced a recall. Police said a man had been arrested but would not say whether he had been charged. The ministry said 40 people died, but did not say how many were children.",
    );
    expect(all.map((c) => [c.quote, c.text, c.claimant.name])).toEqual([
      [
        "it was investigating reports of brake failures",
        "Halvern Motors said it was investigating reports of brake failures",
        "Halvern Motors",
      ],
      ["it has not announced a recall", "Halvern Motors has not announced a recall", "the article"],
      ["a man had been arrested", "According to the police, a man had been arrested", "police"],
      ["would not say whether he had been charged", "Police would not say whether he had been charged", "the article"],
      ["40 people died", "According to the ministry, 40 people died", "ministry"],
      ["did not say how many were children", "The ministry did not say how many were children", "the article"],
    ]);
  });

  it("keeps the speaker's own words: a backshifted past and a verb of acting", () => {
    const all = claims(
      "The company said it had not announced a recall. Reyes said she backed the plan but would not vote for it.",
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["company", "Reyes"]);
  });
});

describe("months ahead", () => {
  const monthsOf = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => d.value));

  it("dates a month after “could reach” and in a condition under “would” ahead", () => {
    expect(
      monthsOf(
        "Inflation could reach 4% in March, the bank said. The minister said prices would fall if the deal was signed in June.",
      ),
    ).toEqual(["2026-03", "2025-06"]);
  });

  it("keeps a past condition and a past that did not happen behind", () => {
    expect(
      monthsOf(
        "He would have won 40 seats if the vote was held in June. If the deal was signed in June, prices fell 3%.",
      ),
    ).toEqual(["2024-06", "2024-06"]);
  });
});

describe("“He” or “She” opening a sentence of the article's own", () => {
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("names the person the sentence before named", () => {
    expect(texts("Mayor Dana Kim took office in 2021. She has cut the city budget by 4%.")).toEqual([
      "Mayor Dana Kim took office in 2021",
      "Dana Kim has cut the city budget by 4%",
    ]);
  });

  it("keeps “It”: after a body's sentence it is as often the thing the body acted on", () => {
    expect(
      texts(
        "The WHO declared the outbreak a global emergency on Friday. It has killed 600 people in Congo. The European Commission opened the inquiry in 2023. It fined the firm €4bn.",
      ),
    ).toEqual([
      "The WHO declared the outbreak a global emergency on Friday",
      "It has killed 600 people in Congo",
      "The European Commission opened the inquiry in 2023",
      "It fined the firm €4bn",
    ]);
  });

  it("keeps the pronoun after reported speech and after a person named by a lowercase word (a review)", () => {
    const second = (body: string) => texts(body)[texts(body).length - 1];
    expect(
      second("Prosecutor Tom Reid told the court the man had lied to investigators. He was jailed for six years."),
    ).toBe("He was jailed for six years");
    expect(second("Defence lawyer Ann Moss said her client was innocent. She denies all charges.")).toBe(
      "She denies all charges",
    );
    expect(
      second("Judge Ann Moss sentenced the woman to six years on Monday. She had stolen £40,000 from the charity."),
    ).toBe("She had stolen £40,000 from the charity");
    expect(second("Dr. Sarah Lin treated the patient for three weeks. She died on Friday.")).toBe("She died on Friday");
    expect(
      second("Coach Tom Reid dropped the striker after the defeat. He had missed three penalties this season."),
    ).toBe("He had missed three penalties this season");
    expect(second("Mark Hale was stabbed by a man he had met in a bar. He was later arrested.")).toBe(
      "He was later arrested",
    );
  });

  it("keeps the pronoun when someone else may be meant or the person was named further back", () => {
    expect(texts("Petro met Noem in Bogotá. She later flew to Mexico.")[1]).toBe("She later flew to Mexico");
    expect(texts("Dana Kim beat Tom Ridley in 2021. He has since left the city.")[1]).toBe(
      "He has since left the city",
    );
    expect(texts("Mayor Dana Kim took office in 2021. The city grew 4% in 2022. She has cut taxes by 2%.")[2]).toBe(
      "She has cut taxes by 2%",
    );
  });
});

describe("speakers from the fourteenth read's court, sport and wire copy", () => {
  const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

  it("reads the ombudsman, the coroner, the striker and “the 23-year-old” as speakers", () => {
    expect(
      who(
        "Five people were killed in the clashes, the ombudsman said. Tomás Duarte, 23, joined City on Thursday. He had turned down three other clubs, the 23-year-old said. Chelsea were also interested, people close to the player said.",
      ),
    ).toEqual([
      ["Five people were killed in the clashes", "ombudsman", "person"],
      ["Tomás Duarte, 23, joined City on Thursday", "the article", "article"],
      ["He had turned down three other clubs", "Tomás Duarte", "person"],
      ["Chelsea were also interested", "people close to the player", "unnamed_sources"],
    ]);
  });

  it("reads “the 23-year-old” as the person last named only when the article gave them that age (a review)", () => {
    expect(
      who("Tom Reid, 45, was stabbed by a 23-year-old man. The 23-year-old said he had acted in self-defence.")[1]![1],
    ).toBe("23-year-old");
  });

  it("keeps a person who speaks after a trailing comma a person, whatever the words before the comma", () => {
    expect(who("He had turned down three other clubs, Tom Smith said.")[0]![2]).toBe("person");
  });

  it("reads “have since said” and “have long said”, but keeps “Since X said, …” a lead", () => {
    expect(
      who(
        "Ministers have since said the figure was a projection, not a promise. Critics have long said the dam killed 90 per cent of the salmon.",
      ).map(([, , type]) => type),
    ).toEqual(["unnamed_sources", "unnamed_sources"]);
    expect(who("Since the bank said it would cut rates, prices have risen 4%.")[0]![2]).toBe("article");
  });

  it("reads a pronoun or “found” in a tag inside the sentence", () => {
    expect(
      claims(
        "Mayor Ana Reyes spoke on Monday. The new lanes, she said, had cut collisions by 12 per cent. The old lanes, Reyes found, had cost £4m.",
      ).map((c) => c.text),
    ).toEqual([
      "Mayor Ana Reyes spoke on Monday",
      "According to Ana Reyes, the new lanes had cut collisions by 12 per cent",
      "According to Ana Reyes, the old lanes had cost £4m",
    ]);
  });

  it("gives “…, which said …” after a body's name to that body, the clause before to the article", () => {
    expect(
      who("The lawsuit was filed by the Sierra Club, which said the plant had released 400 tonnes of sulphur dioxide."),
    ).toEqual([
      ["The lawsuit was filed by the Sierra Club", "the article", "article"],
      ["the plant had released 400 tonnes of sulphur dioxide", "Sierra Club", "organization"],
    ]);
    // Not a noun without a name: the report is no speaker the article names.
    expect(who("The council published a report, which said crime fell.")[0]![1]).toBe("the article");
  });
});

describe("sources, second speakers, rejected claims and forecasts in one sentence", () => {
  const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

  it("keeps “a source at Benfica” for “the source said” after it", () => {
    expect(
      who(
        "The fee is payable in three instalments, according to a source at Benfica. The Lisbon club will also receive 10% of any future sale, the source said.",
      ).map(([, name, type]) => [name, type]),
    ).toEqual([
      ["a source at Benfica", "unnamed_sources"],
      ["a source at Benfica", "unnamed_sources"],
    ]);
  });

  it("hands over to a second speaker past a relative aside", () => {
    expect(
      who(
        "The charity Release said it was cautiously optimistic, while Adfam, which supports families, said funding had fallen by 25% since 2015.",
      )[1],
    ).toEqual(["funding had fallen by 25% since 2015", "Adfam", "organization"]);
  });

  it("gives the claim a judge rejected to its owner, disputed, and the rejection to the article", () => {
    const all = claims("The judge rejected the union's claim that managers had falsified the rotas.");
    expect(all.map((c) => [c.quote, c.claimant.name, c.flags.includes("disputed")])).toEqual([
      ["The judge rejected the union's claim", "the article", false],
      ["managers had falsified the rotas", "union", true],
    ]);
  });

  it("keeps a forecast and what “they” warned with the forecasters after another speaker", () => {
    expect(
      who(
        "Energy UK said suppliers were owed £3.7bn. Economists expect the cap to fall by around 1%, but they warned that prices could swing.",
      ).map(([quote, name]) => [quote, name]),
    ).toEqual([
      ["suppliers were owed £3.7bn", "Energy UK"],
      ["Economists expect the cap to fall by around 1%", "Economists"],
      ["prices could swing", "Economists"],
    ]);
  });

  it("leaves “that” out of a second that-clause opened by a bare noun", () => {
    expect(
      claims(
        "Health Minister Karin Smythe said 52,000 more people were in treatment, and that naloxone was now available in every A&E department. Rosa Quispe told AFP that residents had protested for two weeks and that police had opened fire without warning.",
      ).map((c) => c.quote),
    ).toEqual([
      "52,000 more people were in treatment",
      "naloxone was now available in every A&E department",
      "residents had protested for two weeks",
      "police had opened fire without warning",
    ]);
  });
});

describe("a description, then the name, then an act and “said”", () => {
  it("gives what was said to the name and the act to the article", () => {
    expect(
      claims(
        "Its chief executive, Adam Scorer, welcomed the cap and said 6 million households were in fuel poverty. The regulator, Ofwat, criticised the company and said 58 complaints had been upheld.",
      ).map((c) => [c.quote, c.claimant.name]),
    ).toEqual([
      ["Its chief executive, Adam Scorer, welcomed the cap", "the article"],
      ["6 million households were in fuel poverty", "Adam Scorer"],
      ["The regulator, Ofwat, criticised the company", "the article"],
      ["58 complaints had been upheld", "Ofwat"],
    ]);
  });
});

describe("“they” in a relative clause someone reports", () => {
  it("is the people the sentence opens with, not the body that spoke last", () => {
    const all = claims(
      "MMG said it had suspended operations. The protesters want the relocation of a waste dump that they say has contaminated rivers used by farmers.",
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["MMG", "the article", "protesters"]);
  });
});

describe("figures held up as proof", () => {
  it("gives what the figures prove to the one who hailed them, the act to the article", () => {
    expect(
      claims(
        "The minister hailed the figures as proof that the £267m strategy was working. Labour seized on the data as evidence that the policy had failed.",
      ).map((c) => [c.quote, c.claimant.name]),
    ).toEqual([
      ["The minister hailed the figures", "the article"],
      ["the £267m strategy was working", "minister"],
      ["Labour seized on the data", "the article"],
      ["the policy had failed", "Labour"],
    ]);
  });
});

describe("wordings from the fourteenth read's statistics copy", () => {
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("keeps “Its …, according to Ofwat data” the data's, with no “said Its”", () => {
    expect(texts("Its leakage rate is the third highest among the 11 companies, according to Ofwat data.")).toEqual([
      "According to Ofwat data, its leakage rate is the third highest among the 11 companies",
    ]);
    // A speaker's own "it" still reads as written.
    expect(texts("It has 300 stores, the company said.")).toEqual(["The company said it has 300 stores"]);
  });

  it("words what a source did after “according to X, which …” with its name", () => {
    expect(
      texts(
        "Conflicts have killed more than 100 people since 2011, according to the ombudsman's office, which recorded 198 active conflicts in September.",
      ),
    ).toEqual([
      "According to the ombudsman's office, conflicts have killed more than 100 people since 2011",
      "The ombudsman's office recorded 198 active conflicts in September",
    ]);
  });

  it("splits two acts when the second counts in words, not two verbs of one object", () => {
    expect(texts("The minister signed two contracts and opened three schools.")).toEqual([
      "The minister signed two contracts",
      "The minister opened three schools",
    ]);
    expect(texts("Police arrested and charged two men.")).toEqual(["Police arrested and charged two men"]);
  });
});

describe("counter-examples from a review of this read", () => {
  const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("keeps a failure the speaker describes, and “it” that is not the speaker, with what was said", () => {
    expect(
      texts("The report said the company knew of the defect in 2019 but did not disclose it to regulators."),
    ).toEqual([
      "According to the report, the company knew of the defect in 2019 but did not disclose it to regulators",
    ]);
    expect(who("Police said the victim was conscious but did not identify his attacker.")).toHaveLength(1);
  });

  it("gives no made-up quotation to the person it was put on, nor a party's account of what someone said", () => {
    for (const text of [
      "Starmer was quoted in a fake BBC news report as saying migrants would get free homes.",
      "Prosecutors cited Smith as saying he had destroyed the files.",
    ])
      expect(who(text)[0]![2]).toBe("article");
  });

  it("ends what was held up as proof at a second speaker, and reads no one in “No one has”", () => {
    expect(
      who(
        "The minister hailed the figures as proof that the strategy was working, but critics said crime had risen in 40 towns.",
      ).map(([, name]) => name),
    ).toEqual(["the article", "minister", "critics"]);
    expect(who("No one has presented the figures as evidence that crime has fallen.")[0]![2]).toBe("article");
  });

  it("gives “…, which said” to no recipient of a letter nor its signer", () => {
    for (const text of [
      "The warning came in a letter to Congress, which said the agency had run out of money.",
      "Officials pointed to a letter signed by President Biden, which said the program would end in March.",
    ])
      expect(who(text).map(([, name]) => name)).toEqual(["the article"]);
  });

  it("reads “would not confirm if …” as “whether”, not a condition ahead", () => {
    expect(
      claims("Officials would not confirm if the suspect was arrested on Friday.", "2025-10-14").flatMap((c) =>
        c.dates.map((d) => d.value),
      ),
    ).toEqual(["2025-10-10"]);
  });

  it("reads the story after a wire's note in brackets on the same line", () => {
    expect(
      who(
        "(Updates with details of casualties) KYIV, Oct 14 (Reuters) - Russian missiles killed 12 people in Kyiv overnight, officials said.",
      ),
    ).toEqual([["Russian missiles killed 12 people in Kyiv overnight", "officials", "unnamed_sources"]]);
  });

  it("keeps a second act counted in words joined inside a relative clause, a condition or after an aside", () => {
    expect(texts("The man who stole the car and injured two pedestrians was jailed for six years.")).toHaveLength(1);
    expect(texts("Reid, 45, denied the charges and faces two trials next year.")).toHaveLength(1);
  });

  it("takes no day for the owner of denied claims, and no demonstrative's “that” out", () => {
    expect(who("The club denied Sunday's claims that the manager had been sacked.")[1]![1]).toBe("claims");
    expect(texts("The minister said the plan was approved in 2019, and that decision was widely criticised.")[1]).toBe(
      "According to the minister, that decision was widely criticised",
    );
  });

  it("gives a forecast's “it” to no group of forecasters", () => {
    expect(
      who(
        "The union said 4,000 jobs were at risk. Economists expect the company to post a loss of £200m, but it insisted that its finances were sound.",
      ).some(([, name]) => name === "Economists" || name === "economists"),
    ).toBe(false);
  });

  it("keeps counsel for no one in particular unnamed, and “told the agency” no outlet", () => {
    expect(who("Some lawyers for asylum seekers say the backlog has doubled.")[0]![2]).toBe("unnamed_sources");
    expect(claims("Boeing told the agency that it had fixed the fault.")[0]!.claimant.via).toBeNull();
  });
});

describe("a reporting verb's past form used as an adjective", () => {
  it("reads “the number of confirmed cases” as no speaker", () => {
    expect(claims("The number of confirmed cases rose to nine on Friday.").map((c) => c.claimant.name)).toEqual([
      "the article",
    ]);
    // A speaker before the adjective still speaks.
    expect(claims("The ministry said the reported figures were wrong.")[0]!.claimant.name).toBe("ministry");
  });
});

describe("a day range written with a non-breaking space", () => {
  it("counts no figure in “Oct. 21–\u00a026”, as with a plain space", () => {
    expect(claims("The festival was held Oct. 21–\u00a026.", "2025-10-30")[0]!.quantities).toEqual([]);
  });
});
