import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Sources and speakers from the fifteenth read of news copy (decision 325): a quarterly earnings
 * story, a by-election night, a Supreme Court ruling, a fact-check and a comet flyby. The texts
 * are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const byClaimant = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type]);

describe("forecasts and estimates as the object of a verb", () => {
  it("keeps “beat forecasts”, “revised their estimates” and “cut its forecast” the article's", () => {
    for (const sentence of [
      "Halvorsen Foods beats forecasts but cuts full-year outlook as cocoa costs bite",
      "Halvorsen Foods beat forecasts in the first quarter.",
      "Economists revised their estimates upward.",
      "Halvorsen lowered its profit forecast on Tuesday.",
      "Tesla topped estimates in the quarter.",
      "Tesla topped Wall Street estimates in the quarter.",
      "Inflation exceeded forecasts in April.",
    ]) {
      const all = claims(sentence);
      expect(
        all.map((c) => c.claimant.name),
        sentence,
      ).toEqual(["the article"]);
    }
    // A beaten forecast is a result, not a forecast the claim makes.
    expect(claims("Halvorsen Foods beat forecasts in the first quarter.")[0]!.kind).not.toBe("prediction");
  });

  it("gives “X has forecast …” to X, without the auxiliary", () => {
    expect(byClaimant("The IMF has forecast growth of 3% next year.")).toEqual([
      ["The IMF has forecast growth of 3% next year", "IMF", "organization"],
    ]);
    expect(
      claims(
        "The International Cocoa Organization has forecast a third straight global supply deficit for the 2025-26 season.",
      )[0]!.claimant.name,
    ).toBe("International Cocoa Organization");
  });

  it("still reads forecasters, described groups and a forecast noun's own figures as before", () => {
    expect(claims("The IMF forecasts growth of 3.1% next year.")[0]!.claimant.name).toBe("IMF");
    expect(claims("Goldman Sachs expects Brent to average $56.")[0]!.claimant.name).toBe("Goldman Sachs");
    expect(claims("Analysts polled by Reuters expect revenue of $4 billion.")[0]!.claimant.name).toBe(
      "Analysts polled by Reuters",
    );
    expect(claims("Police estimates of the crowd ranged from 2,000 to 5,000.")[0]!.claimant.name).toBe("the article");
    expect(claims("The bank's forecasts show growth of 1.9pc in 2026.")[0]!.kind).toBe("prediction");
  });
});

describe("an analyst's verdict and the note that carried it", () => {
  it("keeps “X of Firm called … and said …, according to a note” with X", () => {
    const all = claims(
      'Tom Verhoeven of Ashgrove Securities called the quarter "better than feared" and said the stock\'s pullback was an overreaction, according to a note sent to clients on Tuesday evening.',
    );
    expect(all.map((c) => c.claimant.name)).toEqual([
      "Tom Verhoeven of Ashgrove Securities",
      "Tom Verhoeven of Ashgrove Securities",
    ]);
    expect(all[1]!.text).toBe(
      "According to Tom Verhoeven of Ashgrove Securities, the stock's pullback was an overreaction, according to a note sent to clients on Tuesday evening",
    );
  });

  it("reads “at” before a firm the same way, and not a place in a debate", () => {
    const all = claims("Priya Raman at Halberd Securities cut her rating and said the shares were too expensive.");
    expect(all.map((c) => c.claimant.name)).toEqual(["the article", "Priya Raman at Halberd Securities"]);
    // Unchanged: a lowercase word after the preposition is no firm.
    expect(
      claims("Governor Romney at the beginning of this debate praised the plan and said it worked.").some((c) =>
        c.claimant.name.includes("beginning"),
      ),
    ).toBe(false);
  });
});

describe("a present-tense speaker before a subject with a figure's aside", () => {
  it("gives “The county says the money, about $1.1 million a year, funds …” to the county", () => {
    expect(
      byClaimant("The county says the money, about $1.1 million a year, funds jail operations and inmate programs."),
    ).toEqual([
      // "the county" is a body since decision 335 (it was typed a person here before).
      ["the money, about $1.1 million a year, funds jail operations and inmate programs", "county", "organization"],
    ]);
    expect(byClaimant("Harlan says the money, about $4,800, went on calls.")).toEqual([
      ["the money, about $4,800, went on calls", "Harlan", "person"],
    ]);
  });

  it("leaves a verb that takes no clause, and an aside with no figure, as they were", () => {
    expect(claims("The mayor announced the budget, about $4 million, covers parks.")[0]!.claimant.name).toBe(
      "the article",
    );
    expect(claims("Kim visited the town, about 40 miles north, and thanks volunteers.")[0]!.claimant.name).toBe(
      "the article",
    );
    expect(claims("Kim says the money, roughly speaking, funds programs.")[0]!.claimant.name).toBe("the article");
  });
});

describe("people described but not named", () => {
  it("reads “…, mission controllers said” as unnamed sources", () => {
    expect(
      byClaimant("The probe sent back the sharpest images ever taken of a comet, mission controllers said."),
    ).toEqual([
      ["The probe sent back the sharpest images ever taken of a comet", "mission controllers", "unnamed_sources"],
    ]);
    // A controller that is a thing, and controllers who act, report nothing.
    expect(claims("The game controllers sold out in an hour.")[0]!.claimant.name).toBe("the article");
    expect(claims("Air traffic controllers went on strike on Friday.")[0]!.claimant.name).toBe("the article");
  });

  it("flags “Advocates said” as unnamed, like “Legal experts said”", () => {
    const all = claims("Advocates said the decision would hurt families.");
    expect(all.map((c) => [c.claimant.name, c.claimant.type, c.flags.includes("unnamed_source")])).toEqual([
      ["advocates", "unnamed_sources", true],
    ]);
    // "The advocates" the article has introduced are no unnamed group.
    expect(claims("The advocates said the decision would hurt families.")[0]!.claimant.type).not.toBe(
      "unnamed_sources",
    );
  });
});

describe("an anonymous figure's charge", () => {
  it("gives “…, who asked not to be named, blamed … for “…”” to unnamed sources, the aside no claim", () => {
    const all = claims(
      'Another senior figure in the party, who asked not to be named, blamed the national leadership for "running a campaign that took Westmere for granted."',
    );
    expect(all.map((c) => [c.claimant.type, c.flags.includes("unnamed_source")])).toEqual([["unnamed_sources", true]]);
    expect(all[0]!.text).toBe(
      "Another senior figure in the party blamed the national leadership for “running a campaign that took Westmere for granted.”",
    );
  });

  it("reads a blame in the speaker's words as the speaker's, but not a relative clause's or a passive", () => {
    expect(byClaimant('Police blamed the crash on "reckless driving" by a teenager.')[0]![1]).toBe("Police");
    expect(
      claims('Smith, who blamed the council for "delays", resigned on Monday.').map((c) => c.claimant.name),
    ).toEqual(["the article", "the article"]);
    expect(claims('Smith, blamed by many for "the mess", resigned.')[0]!.claimant.name).toBe("the article");
    expect(claims('The crash was blamed on "reckless driving".')[0]!.claimant.name).toBe("the article");
    expect(claims("The party blamed the leadership for the defeat.")[0]!.claimant.name).toBe("the article");
  });
});

describe("the outlet's own sources", () => {
  it("reads “Criminologists we spoke with also cautioned that …” as unnamed criminologists", () => {
    expect(
      byClaimant(
        "Criminologists we spoke with also cautioned that changes in reporting practices can affect the numbers.",
      ),
    ).toEqual([["changes in reporting practices can affect the numbers", "criminologists", "unnamed_sources"]]);
    expect(byClaimant("Residents we spoke to said the road was dangerous.")[0]!.slice(1)).toEqual([
      "residents",
      "unnamed_sources",
    ]);
  });

  it("leaves the outlet's own acts and a reduced relative clause as they were", () => {
    expect(claims("We spoke to residents who said the road was dangerous.")[0]!.claimant.name).toBe("the article");
    expect(claims("The documents we obtained show that the council knew.")[0]!.claimant.name).toBe("the article");
    expect(
      byClaimant("A social media post shared 40,000 times since Sunday falsely claims that the vaccine is unsafe.")[1],
    ).toEqual(["the vaccine is unsafe", "social media post", "organization"]);
  });
});

describe("a reason given with “blaming”", () => {
  it("gives “…, blaming a 40% jump in cocoa prices” to the company, worded with the verb", () => {
    const all = claims("Halvorsen lowered its profit forecast, blaming a 40% jump in cocoa prices.");
    expect(all.map((c) => [c.claimant.name, c.text])).toEqual([
      ["the article", "Halvorsen lowered its profit forecast"],
      ["Halvorsen", "Halvorsen blamed a 40% jump in cocoa prices"],
    ]);
  });

  it("takes the subject of the clause the participle ends, not an earlier one", () => {
    const all = claims(
      "Halvorsen Foods Inc. reported first-quarter earnings on Tuesday that topped Wall Street estimates, but the snack maker lowered its full-year profit forecast, blaming a 40% jump in cocoa prices.",
    );
    expect(all.at(-1)!.text).toBe("The snack maker blamed a 40% jump in cocoa prices");
    expect(
      claims("Halvorsen beat estimates, but rival Brennan cut its forecast, blaming cocoa prices.").at(-1)!.claimant
        .name,
    ).toBe("rival Brennan");
  });

  it("reads no blame without the comma of a participle's clause", () => {
    expect(claims("Stop blaming the workers for the losses.").map((c) => c.claimant.name)).toEqual(["the article"]);
    expect(claims("The union ran a campaign blaming managers for the losses.")[0]!.claimant.name).toBe("the article");
  });
});

describe("results declared by an officer", () => {
  it("gives “according to results declared by the returning officer shortly after 3am on Friday” to the officer", () => {
    expect(
      byClaimant(
        "Aisha Rahman won 9,871 votes, according to results declared by the returning officer shortly after 3am on Friday.",
      ),
    ).toEqual([["Aisha Rahman won 9,871 votes", "returning officer", "organization"]]);
    expect(
      claims("Turnout was 29.6%, according to figures announced by the Electoral Commission on Friday.")[0]!.claimant
        .name,
    ).toBe("Electoral Commission");
  });

  it("keeps a declaration that names no body whole, and “posted by” as before", () => {
    expect(
      claims("Schools closed, according to a state of emergency declared by the governor.")[0]!.claimant.name,
    ).toBe("state of emergency declared by the governor");
    expect(
      claims(
        "Smith won 52%, according to unofficial results posted by the Franklin County Board of Elections shortly after 1 a.m. Wednesday.",
      )[0]!.claimant.name,
    ).toBe("Franklin County Board of Elections");
  });
});

describe("a relative clause some experts report, after a possessive", () => {
  it("gives “…, which some experts say tends to …” after “the FBI's new reporting system” to the experts", () => {
    const all = claims(
      "Brookhaven switched to the FBI's new reporting system in 2021, which some experts say tends to record slightly more offenses than the older system.",
    );
    expect(all.map((c) => [c.claimant.name, c.flags.includes("unnamed_source")])).toEqual([
      ["the article", false],
      ["some experts", true],
    ]);
    expect(all[1]!.text).toMatch(/^According to some experts, the FBI's new reporting system/);
  });

  it("reads the clause after a noun without a possessive as before", () => {
    expect(
      byClaimant("The governor praised the program, which she said had brought 4,000 jobs.").map((c) => c[1]),
    ).toEqual(["the article", "governor"]);
  });
});

describe("counter-examples from a review", () => {
  it("keeps a group described by a participle and a preposition as the forecaster", () => {
    for (const [sentence, forecaster] of [
      ["Analysts tracked by LSEG expect earnings of $1.20 a share.", "Analysts tracked by LSEG"],
      ["Economists based in London forecast growth of 1.2% next year.", "Economists based in London"],
      ["Economists employed by the Treasury forecast a deficit of £40bn.", "Economists employed by the Treasury"],
      ["Consultants hired by the council estimate the scheme will cost £12m.", "Consultants hired by the council"],
    ] as const)
      expect(claims(sentence)[0]!.claimant.name, sentence).toBe(forecaster);
  });

  it("reads “The Met forecasts” as a forecast: only a lowercase “met” beats one", () => {
    expect(claims("The Met forecasts snow for Scotland on Tuesday.")[0]!.kind).toBe("prediction");
    expect(claims("Halvorsen Foods met forecasts in the first quarter.")[0]!.kind).not.toBe("prediction");
  });

  it("keeps “Advocates for Youth”, a named body, no unnamed source", () => {
    const [c] = claims("Advocates for Youth said 40% of teenagers had no access to sex education.");
    expect(c!.claimant.type).not.toBe("unnamed_sources");
    expect(c!.flags).not.toContain("unnamed_source");
    // A cause in lowercase is a description: unnamed still.
    expect(claims("Advocates for Palestinian rights said 40% of homes were destroyed.")[0]!.claimant.type).toBe(
      "unnamed_sources",
    );
  });

  it("gives no reason to a figure that moved, or past another clause, with “, blaming”", () => {
    for (const sentence of [
      "Shares in Acme fell 20% after it cut its profit forecast, blaming weak demand in China.",
      "Ryanair's profits fell 40% in the first quarter, blaming weak demand.",
      "Prices at the pump rose 9p a litre in March, blaming the conflict in the Gulf.",
      "Police arrested a man who attacked a bus driver, blaming him for the delay.",
    ])
      expect(
        claims(sentence).map((c) => c.claimant.name),
        sentence,
      ).toEqual(["the article", "the article"]);
    // A body that acts still gives its reason, after a phrase with no verb of its own.
    expect(claims("Acme cut its forecast after a weak quarter, blaming cocoa prices.").at(-1)!.text).toBe(
      "Acme blamed cocoa prices",
    );
  });
});
