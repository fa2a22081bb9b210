import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Speakers, sentence shapes, figures and dates from the eleventh read of news copy (decision
 * 260). The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2024-10-17"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

describe("a debate's answers and the people in them", () => {
  it("reads “he replied”, “countered that” and “retorted that” as speech", () => {
    const all = claims(
      '"Waiting lists have grown by 300,000 since July," Kemi Badenoch told the Commons. Keir Starmer was ready. "The waiting list is 7.6 million, down from a peak of 7.8 million," he replied. Starmer countered that the previous government had left a £22 billion black hole. Reeves retorted that taxes had risen 4%.',
    );
    expect(claimQuoting(all, "7.6 million").claimant.name).toBe("Keir Starmer");
    expect(claimQuoting(all, "black hole").claimant.name).toBe("Keir Starmer");
    expect(claimQuoting(all, "taxes had risen").claimant.name).toBe("Reeves");
  });

  it("remembers “Okafor also thanked …” for a later “she said”, past an unnamed official", () => {
    const all = claims(
      'Police Chief Dana Okafor said crime fell 5%. A police union official, who spoke on the condition he not be named, said at least 25 officers had left. Okafor also thanked residents for attending community meetings. "We could not do this without you," she said.',
    );
    expect(claimQuoting(all, "without you").claimant.name).toBe("Dana Okafor");
  });

  it("reads people familiar with “the plans” and unnamed ministers, bankers, MPs and whips as unnamed sources", () => {
    expect(
      who(
        "People familiar with the plans said Halvern is considering a further 10% price increase. One cabinet minister said the numbers had risen by 300,000. A senior banker said lenders would cut rates. A Labour MP said the plan cost £4bn. Labour whips privately told journalists that 40 MPs would rebel.",
      ).map(([, , type]) => type),
    ).toEqual(["unnamed_sources", "unnamed_sources", "unnamed_sources", "unnamed_sources", "unnamed_sources"]);
    // "this is" is no noun after a determiner.
    expect(who("And this is the reason why AARP has said that your plan would weaken Medicare.")[0]![2]).toBe(
      "article",
    );
  });

  it("keeps “the” before an office named alone and drops it from an outlet told", () => {
    const all = claims(
      "The Prime Minister said taxes would rise. Jane Smith told the Guardian that the plan cost £4bn.",
    );
    expect(all.map((c) => c.text)).toEqual([
      "According to the Prime Minister, taxes would rise",
      "According to Jane Smith (via Guardian), the plan cost £4bn",
    ]);
  });
});

describe("what a speaker did besides saying, and asides", () => {
  it("words an act only a speaker does after “said A and …” with the speaker, not A's subject", () => {
    const all = claims(
      "City Council member Brenda Haas said the homicide clearance rate had dropped to 41% and questioned whether the decline reflected fewer crimes. The mayor said the budget was too costly and vetoed 14 spending bills. Officials said the rebels had seized the town and vowed to march on the capital.",
    );
    expect(claimQuoting(all, "questioned").text).toBe(
      "City Council member Brenda Haas questioned whether the decline reflected fewer crimes",
    );
    expect(claimQuoting(all, "vetoed").text).toBe("The mayor vetoed 14 spending bills");
    expect(all.some((c) => c.text.startsWith("Officials vowed"))).toBe(false);
  });

  it("reads “X, Nationwide's chief economist, said” as X's and a later “he said” too", () => {
    const all = claims(
      'Robert Gardner, Nationwide\'s chief economist, said prices rose 3.7% in November. "Affordability is still stretched," he said.',
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["Robert Gardner", "Robert Gardner"]);
  });

  it("reads a participle's aside inside what was said, and “including …” after the speaker", () => {
    expect(
      who(
        "The NTSB said the jet, operated by North Star Connect, was descending through 6,200 feet. Critics, including the Home Builders Federation, said the target was unrealistic.",
      ),
    ).toEqual([
      ["the jet, operated by North Star Connect, was descending through 6,200 feet", "NTSB", "organization"],
      ["the target was unrealistic", "critics", "unnamed_sources"],
    ]);
  });
});

describe("bodies, live blogs and disputed figures", () => {
  it("reads “Met Éireann said” as the weather service's, without “the”", () => {
    const all = claims(
      "Met Éireann said the storm's central pressure had fallen to 958 millibars. A gust of 93mph was recorded at Mace Head, Met Éireann said.",
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Met Éireann", "organization"],
      ["Met Éireann", "organization"],
    ]);
    expect(all[0]!.text).toBe("According to Met Éireann, the storm's central pressure had fallen to 958 millibars");
  });

  it("splits “said A but that B”", () => {
    expect(
      claims(
        "Citigroup analyst Harald Hendrikse said the cost savings looked credible but that Nordvik was losing share in China.",
      ).map((c) => c.quote),
    ).toEqual(["the cost savings looked credible", "Nordvik was losing share in China"]);
  });

  it("makes no claim of a live blog's time stamps", () => {
    expect(
      claims(
        "14.05 BST\n\nThe Met Office has upgraded its wind warning to amber.\n\n14:20 BST\n\nThe Environment Agency has issued 27 flood warnings.\n\n2:05 p.m. ET:\n\nPower was cut to 4,000 homes.",
      ).map((c) => c.quote),
    ).toEqual([
      "The Met Office has upgraded its wind warning to amber",
      "The Environment Agency has issued 27 flood warnings",
      "Power was cut to 4,000 homes",
    ]);
  });

  it("flags the claim whose figure a hedge names, not the sentence before the hedge", () => {
    const all = claims(
      "The Home Office said 2,300 people had been returned to France under the deal. Laura Finch said asylum hotel costs had risen to £8m a day. The claim that 2,300 people have been returned to France could not be verified.",
    );
    expect(claimQuoting(all, "2,300 people had").flags).toContain("unconfirmed");
    expect(claimQuoting(all, "£8m").flags).not.toContain("unconfirmed");
  });

  it("ends a body's estimate at “, but” when another subject follows", () => {
    const all = claims(
      "The National Audit Office put the cost at £8m a day in 2023, but Home Office accounts published in March show it had fallen to about £5.5m a day by the end of 2024.",
    );
    expect(all.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["The National Audit Office put the cost at £8m a day in 2023", "National Audit Office"],
      [
        "Home Office accounts published in March show it had fallen to about £5.5m a day by the end of 2024",
        "the article",
      ],
    ]);
  });

  it("gives “X's claim that A has been challenged” to X, disputed, and the challenge to the article", () => {
    const all = claims("The minister's claim that crossings have halved has been challenged by a think tank.");
    expect(all.map((c) => [c.text, c.claimant.name, c.flags.includes("disputed")])).toEqual([
      ["According to the minister, crossings have halved", "minister", true],
      ["The minister's claim has been challenged by a think tank", "the article", false],
    ]);
  });
});

describe("bodies and names the eleventh read lost", () => {
  it("gives “X said it respects … and noted that …” to X, split at the second report, a sports body as a body", () => {
    const all = claims(
      'Athletics Kenya said it "respects the decision" and noted that it had increased its budget to 100 million shillings this year.',
    );
    expect(all.map((c) => [c.quote, c.claimant.name, c.claimant.type])).toEqual([
      ['it "respects the decision"', "Athletics Kenya", "organization"],
      ["it had increased its budget to 100 million shillings this year", "Athletics Kenya", "organization"],
    ]);
  });

  it("names the speaker after “said the World Bank's chief economist,” and keeps a name's particles", () => {
    const all = claims(
      '"Five people have died," said the World Bank\'s chief economist, Indermit Gill. "Every extra 1,000 steps made a difference," said Dr Borja del Pozo Cruz of the University of Southern Denmark. He said the target was not necessary.',
    );
    expect(all.map((c) => c.claimant.name)).toEqual(["Indermit Gill", "Borja del Pozo Cruz", "Borja del Pozo Cruz"]);
  });
});

describe("sources in relative clauses, participles and documents", () => {
  it("gives “which he said cost $4.2 million” to the speaker", () => {
    const all = claims(
      "Mayor Luis Ortega credited the violence interruption program, which he said cost $4.2 million and reached more than 900 young people.",
    );
    expect(claimQuoting(all, "$4.2 million").claimant.name).toBe("Luis Ortega");
  });

  it("reads “X used …, saying …” as X's, a past too short for the “-ed” test", () => {
    const all = claims(
      "Ed Davey used his two questions to raise care homes, saying more than 13,000 beds had closed since 2015.",
    );
    expect(claimQuoting(all, "13,000").claimant.name).toBe("Ed Davey");
  });

  it("gives what “Figures from the Bank of England showed” to those figures", () => {
    expect(who("Figures from the Bank of England showed that mortgage approvals rose to 68,300.")).toEqual([
      ["mortgage approvals rose to 68,300", "figures from the Bank of England", "organization"],
    ]);
  });
});
