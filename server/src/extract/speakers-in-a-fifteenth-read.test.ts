import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Speakers and wording from the fifteenth read of news copy (decision 320). The texts are written
 * for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const said = (body: string, publishedOn?: string) =>
  claims(body, publishedOn).map((c) => [c.quote, c.claimant.name, c.text]);

describe("a “joined by …” aside after a name", () => {
  it("keeps the dissenter as the one “She” stands for, not the justice who spoke before", () => {
    const all = claims(
      "“The fees are lawful,” Alito wrote. Justice Sonia Sotomayor, joined by Justice Elena Kagan, dissented. She wrote that the ruling “turns a blind eye to poor families.”",
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["Alito", "the article", "Sonia Sotomayor"]);
  });

  it("splits “… “turns a blind eye …” and said …” into the dissenter's two claims", () => {
    expect(
      said(
        "Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented. She wrote that the ruling “turns a blind eye to a scheme” and said the majority had misread precedent.",
      ).slice(1),
    ).toEqual([
      [
        "the ruling “turns a blind eye to a scheme”",
        "Sonia Sotomayor",
        "According to Justice Sonia Sotomayor, the ruling “turns a blind eye to a scheme”",
      ],
      [
        "the majority had misread precedent",
        "Sonia Sotomayor",
        "According to Justice Sonia Sotomayor, the majority had misread precedent",
      ],
    ]);
  });

  it("counter-examples: a person in the reported clause may be the one who said it; an aside of another kind", () => {
    // "the man" may have said it himself: one claim, as before.
    expect(said("Officials said the man insists he is innocent and said he had fled.").map((c) => c[0])).toEqual([
      "the man insists he is innocent and said he had fled",
    ]);
    // Not a "joined by" aside: the name is not read past it (as before).
    expect(
      claims(
        "“The fees are lawful,” Alito wrote. Justice Sonia Sotomayor, writing alone, dissented. She wrote that the fees were unfair.",
      ).map((c) => c.claimant.name),
    ).toEqual(["Alito", "the article", "Alito"]);
  });
});

describe("quotations whose speaker the same sentence names after an opening scene", () => {
  const BBC = "The swing was 14.8 points, according to calculations by the BBC. ";

  it("gives a victory speech's quotation to the winner, not to the source of the sentence before", () => {
    expect(
      said(
        `${BBC}In her victory speech, Ms Rahman thanked voters “who stuck with us when it would have been easier not to” and said the result showed that “people want change, but they want it delivered, not shouted about.”`,
      ).slice(1),
    ).toEqual([
      [
        "“people want change, but they want it delivered, not shouted about.”",
        "Rahman",
        "Ms Rahman said: “people want change, but they want it delivered, not shouted about.”",
      ],
    ]);
  });

  it("gives the shorter form to the winner too", () => {
    const all = claims(
      `Labour candidate Aisha Rahman won 9,871 votes. ${BBC}In her victory speech, Ms Rahman thanked voters “who stuck with us” and said the result showed that “people want change.”`,
    );
    expect(all[all.length - 1]!.claimant.name).toBe("Aisha Rahman");
  });

  it("counter-examples: a comma inside the subject is still no subject; a lone relative quotation stays", () => {
    // "On Monday, the mayor and Kim …": a joiner in the subject, so no coordinated speaker.
    expect(
      claims(`${BBC}On Monday, the mayor and Kim visited the plant and said jobs would return.`).map(
        (c) => c.claimant.name,
      ),
    ).not.toContain("Kim");
    // One quotation only, opening with "who": kept (nothing else would be left).
    expect(claims("“who stuck with us when it would have been easier not to,” Ms Rahman said.")).toHaveLength(1);
  });
});

describe("“he said X did” after a semicolon", () => {
  it("gives the pronoun to the name that opens the sentence, and fills the elliptical “did”", () => {
    expect(
      said(
        "“Murder doubled,” spokesperson Carla Ynez said in an email. But Mr. Dunmore did not say homicides doubled; he said violent crime did.",
      ).slice(1),
    ).toEqual([
      ["But Mr. Dunmore did not say homicides doubled", "the article", "But Mr. Dunmore did not say homicides doubled"],
      ["violent crime did", "Dunmore", "According to Mr. Dunmore, violent crime doubled"],
    ]);
  });

  it("counter-examples: a name the text shows is not “he”; a comma instead of a semicolon", () => {
    // Mrs. Lee is not "he": the pronoun goes to the last speaker that fits, as before.
    expect(
      claims("Tom Berg said taxes rose. But Mrs. Lee did not say taxes doubled; he said fees did.").map(
        (c) => c.claimant.name,
      ),
    ).not.toContain("Lee");
    expect(
      claims(
        "“Murder doubled,” spokesperson Carla Ynez said. Dunmore spoke later, and he said violent crime rose.",
      ).map((c) => c.claimant.name),
    ).not.toContain("Dunmore");
  });
});

describe("a fact-check summary's heading run into its first bullet", () => {
  it("makes no claim of “If your time is short:” and gives the bullet to the one it quotes", () => {
    expect(
      said(
        "If your time is short:\n- City Council member Ray Dunmore said violent crime in Brookhaven has “doubled” since Mayor Linda Kessler took office in 2022.\n- Police department data shows violent crime rose 14%.",
      ),
    ).toEqual([
      [
        "violent crime in Brookhaven has “doubled” since Mayor Linda Kessler took office in 2022",
        "Ray Dunmore",
        "According to City Council member Ray Dunmore, violent crime in Brookhaven has “doubled” since Mayor Linda Kessler took office in 2022",
      ],
      [
        "violent crime rose 14%",
        "Police department data",
        "According to police department data, violent crime rose 14%",
      ],
    ]);
  });

  it("counter-example: a line that is no heading still runs into the list under it", () => {
    expect(claims("The council approved:\n- A new budget of $4 million.").map((c) => c.quote)).toEqual([
      "The council approved:\n- A new budget of $4 million",
    ]);
  });
});

describe("“It also said …” after a body's forecast", () => {
  it("gives “it” to the forecaster", () => {
    const all = claims(
      "Acme Corp now expects sales of $4 billion this year. It also said organic growth would be flat, compared with an earlier forecast of 2%.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["Acme Corp now expects sales of $4 billion this year", "Acme Corp"],
      ["organic growth would be flat, compared with an earlier forecast of 2%", "Acme Corp"],
    ]);
  });

  it("counter-example: a person's forecast is not “it”", () => {
    expect(
      claims("Economists expect growth of 2% this year. It also said exports would fall.").map((c) => c.claimant.name),
    ).not.toContain("economists");
  });
});

describe("the audience a speaker told", () => {
  it("keeps “supporters” out of what was told", () => {
    const all = claims("Mr Petrakis told supporters the Greens had won the argument.");
    expect(all.map((c) => [c.quote, c.text, c.claimant.via])).toEqual([
      ["the Greens had won the argument", "According to Mr Petrakis, the Greens had won the argument", null],
    ]);
  });

  it("keeps “officers” out of what was told too (decision 620: a witness's listeners)", () => {
    // Read as before by decision 320 ("officers the keys had been stolen"); decision 620 lists the
    // listeners of police and court copy beside "reporters".
    expect(claims("Mr Petrakis told officers the keys had been stolen.").map((c) => c.quote)).toEqual([
      "the keys had been stolen",
    ]);
  });
});

describe("“…, saying in a statement that it …”", () => {
  it("leaves the frame out and words “it” as the thing the person praised", () => {
    expect(
      said(
        "Pecos County Judge Ramon Villarreal praised the decision, saying in a statement that it “confirms that local governments, not federal judges, set the terms of jail operations.”",
      )[1]!.slice(1),
    ).toEqual([
      "Ramon Villarreal",
      "According to Pecos County Judge Ramon Villarreal, the decision “confirms that local governments, not federal judges, set the terms of jail operations.”",
    ]);
  });

  it("counter-example: a body may be “it” itself", () => {
    expect(said("The council rejected the offer, saying in a statement that it would fight on.")[1]![2]).toBe(
      "According to the council, it would fight on",
    );
  });
});

describe("an aside after an opening “According to X,”", () => {
  it("leaves an anonymous official's aside out of the claim and makes no claim of it", () => {
    expect(
      said(
        "According to a mission official, who spoke on condition of anonymity because the data had not yet been formally reviewed, the spectrometer detected glycine in at least one sample.",
      ),
    ).toEqual([
      [
        "the spectrometer detected glycine in at least one sample",
        "unnamed sources",
        "According to unnamed sources, the spectrometer detected glycine in at least one sample",
      ],
    ]);
  });

  it("makes an aside that says something about the source the article's claim", () => {
    expect(said("According to police, who arrived at 9 p.m., the man had fled.")).toEqual([
      ["who arrived at 9 p.m", "the article", "Police arrived at 9 p.m."],
      ["the man had fled", "police", "According to the police, the man had fled"],
    ]);
  });

  it("counter-example: a source without an aside is read as before", () => {
    expect(said("According to a mission official, the spectrometer detected glycine.")[0]![0]).toBe(
      "the spectrometer detected glycine",
    );
  });
});

describe("a claim repeated somewhere, then “adding that …”", () => {
  it("keeps when and where the claim was repeated as the article's claim", () => {
    expect(
      said(
        "Dunmore, who is challenging Kessler in the May 19 Democratic primary, repeated the claim at a candidates' forum on March 7, adding that “residents don't feel safe walking to the bus stop anymore.”",
      ),
    ).toEqual([
      [
        "is challenging Kessler in the May 19 Democratic primary",
        "the article",
        "Dunmore is challenging Kessler in the May 19 Democratic primary",
      ],
      [
        "repeated the claim at a candidates' forum on March 7",
        "the article",
        "Dunmore repeated the claim at a candidates' forum on March 7",
      ],
      [
        "“residents don't feel safe walking to the bus stop anymore.”",
        "Dunmore",
        "According to Dunmore, “residents don't feel safe walking to the bus stop anymore.”",
      ],
    ]);
  });

  it("counter-example: “repeated his claim that …” is the claim itself", () => {
    expect(said("Hale repeated his claim that the vote was rigged.").map((c) => c[0])).toEqual(["the vote was rigged"]);
  });
});

describe("a description for a claimant", () => {
  it("words a described council member with “the”", () => {
    expect(
      said(
        "A Brookhaven City Council member running for mayor says the city has become twice as dangerous on the incumbent's watch.",
      )[0]![2],
    ).toBe(
      "According to the Brookhaven City Council member running for mayor, the city has become twice as dangerous on the incumbent's watch",
    );
  });

  it("counter-example: a member named keeps the name", () => {
    expect(said("Labour Party member Ann Lee said the city has become twice as dangerous.")[0]![2]).toBe(
      "According to Labour Party member Ann Lee, the city has become twice as dangerous",
    );
  });
});

describe("counter-examples from reading the rules again", () => {
  it("keeps “it” that may stand for nothing, or after a plural", () => {
    expect(said("Senator Ann Lee visited the plant, saying it was time to act.")[1]![2]).toBe(
      "According to Senator Ann Lee, it was time to act",
    );
    expect(said("Senator Ann Lee praised the new rules, saying it would help.")[1]![2]).toBe(
      "According to Senator Ann Lee, it would help",
    );
  });

  it("reads a pronoun after a semicolon as before when the first clause is about no saying", () => {
    expect(
      claims("Tom Smith said taxes rose. Ann Kim met Bob Lee; he said the talks went well.").map(
        (c) => c.claimant.name,
      ),
    ).not.toContain("Ann Kim");
  });

  it("does not split at “and told”, whose content starts after whom it is told to", () => {
    expect(said("Kim said the law requires drivers to stop and told police the man fled.")).toHaveLength(1);
  });
});

describe("the day of a claim added after a repeated one", () => {
  it("dates what was added to the act's day, as the statement's date", () => {
    const all = claims(
      "Dunmore repeated the claim at a candidates' forum on March 7, adding that “residents don't feel safe walking to the bus stop anymore.”",
    );
    expect(all[1]!.dates.map((d) => [d.value, d.ofStatement === true])).toEqual([["2026-03-07", true]]);
  });

  it("counter-example: a participle that says nothing dates nothing", () => {
    const all = claims("Prices rose on Monday, adding to pressure on the bank.");
    expect(all.flatMap((c) => c.dates.filter((d) => d.ofStatement === true))).toEqual([]);
  });
});

describe("counter-examples from a review", () => {
  it("leaves “It also said” with the company, not a body that recorded a figure or forecast its shares", () => {
    expect(
      claims(
        "Acme Corp said on Tuesday it would close its Ohio plant. The state labor department recorded 2,100 layoffs in the county last year. It also said the closure would affect 800 workers.",
      ).map((c) => c.claimant.name),
    ).toEqual(["Acme Corp", "state labor department", "Acme Corp"]);
    expect(
      claims(
        "Halvorsen Foods said profit rose 12% in the quarter. Goldman Sachs expects its shares to rise 20% this year. It also said it would cut 300 jobs.",
      ).map((c) => c.claimant.name),
    ).toEqual(["Halvorsen Foods", "Goldman Sachs", "Halvorsen Foods"]);
  });

  it("keeps “who said …” after “According to X,” as X's, not the article's", () => {
    expect(
      said("According to Dr. Ana Ruiz, who said the data was incomplete, the outbreak began in March.").map(
        (c) => c[1],
      ),
    ).toEqual(["Dr. Ana Ruiz"]);
  });

  it("reads “who lives in Austin, Texas,” as one aside", () => {
    expect(
      said("According to Ann Lee, who lives in Austin, Texas, rents there doubled in five years.").map((c) => c[2]),
    ).toEqual(["Ann Lee lives in Austin, Texas", "According to Ann Lee, rents there doubled in five years"]);
  });

  it("makes no claim of “who was not authorized to discuss them publicly”", () => {
    expect(
      said(
        "According to a person familiar with the talks, who was not authorized to discuss them publicly, the deal is worth $4 billion.",
      ).map((c) => [c[1], c[2]]),
    ).toEqual([["unnamed sources", "According to unnamed sources, the deal is worth $4 billion"]]);
  });

  it("dates no statement by an event's date before “, saying that”", () => {
    for (const text of [
      "The company announced layoffs that will take effect in January, saying that sales had fallen 20%.",
      "Hale defended the decision to close the plant in March, saying that it had lost $40 million a year.",
      "The union said workers walked out at the plant on March 7, saying that managers had cut pay by 10%.",
    ])
      expect(claims(text).flatMap((c) => c.dates.filter((d) => d.ofStatement === true))).toEqual([]);
  });

  it("keeps an explainer's “Who qualifies:” on its bullet", () => {
    expect(
      claims(
        "The state launched a rent relief program on Monday.\n\nWho qualifies:\n- Families earning under $50,000 a year.",
      )[1]!.text,
    ).toBe("Who qualifies: - Families earning under $50,000 a year");
  });

  it("keeps the audience's place out of what was told, or the audience in it", () => {
    expect(claims("Hill told voters in Iowa the economy was stronger than ever.")[0]!.text).toBe(
      "According to Hill, the economy was stronger than ever",
    );
    // Decision 700 ends a lowercase place at its noun when a clause's opener follows it.
    expect(claims("The CEO told workers at the plant the factory would close.")[0]!.quote).toBe(
      "the factory would close",
    );
    expect(claims("The CEO told workers at the plant fire crews had left.")[0]!.quote).toBe(
      "workers at the plant fire crews had left",
    );
  });

  it("a semicolon “she said” after a name the text has not shown is “she” stays with the last speaker", () => {
    expect(
      said(
        "Councilwoman Maria Diaz said she had warned the mayor about the audit in March. Hill denied receiving any warning; she said she had emails to prove it.",
      )[2],
    ).toEqual(["she had emails to prove it", "Maria Diaz", "Councilwoman Maria Diaz said she had emails to prove it"]);
  });

  it("a “flanked by” aside does not make the man before it the next “She”", () => {
    for (const body of [
      "Senator Tom Hill, flanked by Mayor Ann Lee and Police Chief Rosa Diaz, announced the crime plan on Monday. She said the city would hire 200 officers.",
      "Senator Tom Hill, flanked by Mayor Ann Lee, announced the plan. She said the city would pay half.",
      "Senator Tom Hill, joined by Councilwoman Ann Lee, announced the plan. She said the city would pay half.",
    ])
      expect(claims(body).map((c) => c.claimant.name)).not.toContain("Tom Hill");
  });

  it("“and said” after a reported clause with a named subject of its own stays one claim", () => {
    expect(
      said("Prosecutors said Hale denies the charges and said he had never met the victim.").map((c) => c[2]),
    ).toEqual(["According to prosecutors, Hale denies the charges and said he had never met the victim"]);
    expect(said("Officials said Boeing disputes the findings and said its planes were safe.").map((c) => c[2])).toEqual(
      ["According to officials, Boeing disputes the findings and said its planes were safe"],
    );
  });

  it("a split quotation going on with “which …” keeps its part and its figures", () => {
    const lee = claims(
      "“It is a giveaway to developers,” Lee said of the bill, “which will cost taxpayers $2 billion over a decade.”",
    );
    expect(lee.map((c) => c.text)).toContain("Lee said: “which will cost taxpayers $2 billion over a decade.”");
    const mayor = claims(
      "“We inherited a mess,” the mayor said, “which is why the deficit hit $40 million last year.”",
    );
    expect(mayor.map((c) => c.text)).toEqual([
      "The mayor said: “We inherited a mess which is why the deficit hit $40 million last year”",
    ]);
  });

  it("a claim “She repeated” is worded with the person the pronoun stands for", () => {
    const all = claims(
      "Mayor Ann Lee spoke at the forum. She repeated the claim at a town hall on March 7, adding that the city had built 4,000 homes.",
    );
    expect(all.map((c) => c.text)).not.toContain("She repeated the claim at a town hall on March 7");
    expect(all.map((c) => c.text)).toContain("Ann Lee repeated the claim at a town hall on March 7");
  });
});
