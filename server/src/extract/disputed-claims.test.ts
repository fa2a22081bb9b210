import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * The article's own verdict on what a speaker said ("falsely claimed", "without evidence", "…, a
 * figure disputed by …", "That is not true.") flags the speaker's claims `disputed`, and only
 * theirs. The texts are written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-06-12" });
}

const disputed = (c: ExtractedClaim): boolean => c.flags.includes("disputed");

describe("the article calls what a speaker said false", () => {
  it("reads an adverb on the reporting verb, before or after the content", () => {
    const before = claims(
      "Earle-Sears had falsely claimed that the rolls held 800,000 dead voters; a review by the state found 1,400 such records.",
    );
    expect(disputed(claimQuoting(before, "800,000"))).toBe(true);
    expect(disputed(claimQuoting(before, "1,400"))).toBe(false);
    const after = claimQuoting(claims("Crime rose 50 percent last year, Trump falsely claimed."), "50 percent");
    expect(after.claimant.name).toBe("Trump");
    expect(disputed(after)).toBe(true);
  });

  it("flags only the speaker the verdict is about", () => {
    const all = claims(
      "The senator wrongly said that the bill would cost $4 trillion, while the budget office said it would cost $1.2 trillion.",
    );
    expect(disputed(claimQuoting(all, "$4 trillion"))).toBe(true);
    expect(disputed(claimQuoting(all, "$1.2 trillion"))).toBe(false);
  });

  it("reads “without evidence” set off by commas, and attributes the content past it", () => {
    const c = claimQuoting(
      claims("Trump claimed, without evidence, that the election had been stolen by millions of illegal votes."),
      "stolen",
    );
    expect(c.quote).toBe("the election had been stolen by millions of illegal votes");
    expect(c.claimant.name).toBe("Trump");
    expect(disputed(c)).toBe(true);
  });

  it("reads a judging adjective on the claim a speaker repeats", () => {
    const c = claimQuoting(claims("Kennedy repeated the debunked claim that vaccines cause autism."), "autism");
    expect(c.quote).toBe("vaccines cause autism");
    expect(c.claimant.name).toBe("Kennedy");
    expect(disputed(c)).toBe(true);
  });

  it("reads the article's comment after the figure", () => {
    const all = claims("Hale claimed that violent crime had fallen 20%, a figure disputed by criminologists.");
    expect(disputed(claimQuoting(all, "20%"))).toBe(true);
    expect(disputed(claimQuoting(all, "criminologists"))).toBe(false);
    const which = claims("The minister said exports doubled in 2024, which is not true.");
    expect(disputed(claimQuoting(which, "exports doubled"))).toBe(true);
  });

  it("reads a rebuttal that opens the next sentence, quoted or not", () => {
    const plain = claims(
      "The governor said unemployment had doubled since January. That is not true: the rate rose from 3.9% to 4.1%.",
    );
    expect(disputed(claimQuoting(plain, "unemployment had doubled"))).toBe(true);
    expect(disputed(claimQuoting(plain, "3.9%"))).toBe(false);
    const quoted = claims(
      "Dunmore said the plant would close in 2026.\n\n“That's simply false,” said Maria Lopez, a spokesperson for the company.",
    );
    expect(disputed(claimQuoting(quoted, "plant would close"))).toBe(true);
  });
});

describe("more ways an article rebuts", () => {
  it("reads “He provided no evidence” after the claim, and “a charge that … did not support”", () => {
    const evidence = claims(
      "Paul Treanor claimed the force was fiddling the figures. He provided no evidence for the claim.",
    );
    expect(disputed(claimQuoting(evidence, "fiddling"))).toBe(true);
    const charge = claims(
      "Tor Eide wrote in 2014 that she had exaggerated the pace of melting, a charge that later satellite data did not support.",
    );
    const c = claimQuoting(charge, "exaggerated");
    expect(c.quote).toBe("she had exaggerated the pace of melting");
    expect(disputed(c)).toBe(true);
  });
});

describe("the checkworthy score of a disputed claim", () => {
  it("rises by the listed rule", () => {
    const c = claimQuoting(claims("Kennedy repeated the debunked claim that vaccines cause autism."), "autism");
    const plain = claimQuoting(claims("Kennedy repeated his claim that vaccines cause autism."), "autism");
    expect(c.reasons.checkworthy[0]).toMatchObject({ feature: "rule:disputed", effect: 1 });
    expect(c.scores.checkworthy).toBeGreaterThan(plain.scores.checkworthy);
    expect(c.scores.factual).toBe(plain.scores.factual);
  });
});

describe("what is not the article's verdict", () => {
  /** Every claim of `body`, none flagged, with at least `reported` of them someone else's. */
  function noneDisputed(body: string, reported: number): void {
    const all = claims(body);
    expect(all.filter((c) => c.claimant.type !== "article").length).toBeGreaterThanOrEqual(reported);
    for (const c of all) expect(disputed(c), c.text).toBe(false);
  }

  it("leaves a cue inside what the speaker said alone", () => {
    noneDisputed(
      "The chief said officers mistakenly arrested 20 people and released 12 of them the next day. Critics spread false claims about the plan, the mayor said.",
      2,
    );
  });

  it("leaves the article's own statements alone, and a new statement after a speaker's", () => {
    noneDisputed(
      "The virus spreads through droplets, health officials said. There is no evidence that it spreads through food. The storm was not the case study the agency wanted; it was worse.",
      1,
    );
  });

  it("does not carry a qualified rebuttal (“not true of …”) over to the sentence before", () => {
    noneDisputed(
      "The company said the plant employs 1,200 people. That is not true of the other plant, which employs 300.",
      1,
    );
  });

  it("reads no verdict in a cue about the speaker or a lead phrase", () => {
    noneDisputed("Without evidence of wrongdoing, the board said it would not renew the contract.", 1);
    noneDisputed(
      "Smith, a senator who has been accused of spreading false claims, said taxes would rise 5 percent.",
      1,
    );
    noneDisputed("Activists falsely accused of vandalism said police had arrested 40 people.", 1);
  });

  it("reads a negated comment as agreement", () => {
    noneDisputed("The minister said exports doubled in 2024, a figure nobody disputed.", 1);
    noneDisputed("The minister said exports doubled in 2023, which is not false.", 1);
  });
});

describe("rebuttals without commas or with a plural", () => {
  it("reads “claimed without evidence that” and “Those claims are false”", () => {
    const stolen = claimQuoting(claims("Trump claimed without evidence that the election had been stolen."), "stolen");
    expect(stolen.quote).toBe("the election had been stolen");
    expect(disputed(stolen)).toBe(true);
    const all = claims("The post claimed that vaccines caused autism. Those claims are false, Lopez said.");
    expect(disputed(claimQuoting(all, "autism"))).toBe(true);
  });
});

describe("which speaker a rebuttal judges", () => {
  it("is the one a trailing tag names, not the next speaker", () => {
    const all = claims("Crime rose 50 percent last year, Trump falsely claimed, but the FBI said it fell 2 percent.");
    expect(disputed(claimQuoting(all, "50 percent"))).toBe(true);
    expect(disputed(claimQuoting(all, "2 percent"))).toBe(false);
  });

  it("reads “which is simply not true” as the article's verdict", () => {
    const all = claims("The minister said exports doubled in 2022, which is simply not true.");
    const c = claimQuoting(all, "exports doubled");
    expect(c.quote).toBe("exports doubled in 2022");
    expect(disputed(c)).toBe(true);
  });
});
