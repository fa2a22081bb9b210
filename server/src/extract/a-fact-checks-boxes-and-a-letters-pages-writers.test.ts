import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Full Fact's "What was claimed" and "Our verdict" boxes, and the writers of a letters page's
 * letters (decision 570), left by the twenty-second read (decision 565). The articles are in
 * tests/fixtures/newsroom-read-565; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);

const BOX = "What was claimed\nCrime in London rose by 40% last year.\nOur verdict\n";

describe("a fact-check's boxes", () => {
  it("reads the claim under 'What was claimed' as the checked claim the verdict calls false", () => {
    const found = claims(`${BOX}Incorrect. Police data show a rise of 4%.`);
    expect(found.map((c) => c.quote)).toEqual([
      "Crime in London rose by 40% last year",
      "Police data show a rise of 4%",
    ]);
    expect(found[0]!.flags).toContain("disputed");
    // Nobody is named: the claim under check is not the fact-checker's own.
    expect(found[0]!.claimant.type).toBe("unnamed_sources");
    expect(found[1]!.flags).not.toContain("disputed");
  });

  it("gives the checked claim to the speaker the column quotes saying it", () => {
    const body = `${BOX}That's not right. Police data show a rise of 4%.\n\nOn LBC, the mayor's rival, Tom Reid, said: "Crime in London rose by 40% last year."`;
    const checked = claims(body)[0]!;
    expect(checked.quote).toBe("Crime in London rose by 40% last year");
    expect(checked.claimant.name).toBe("Tom Reid");
    expect(checked.flags).toContain("disputed");
  });

  it("makes no claim of the verdict's rating, and marks nothing when it agrees", () => {
    const found = claims(`${BOX}That's correct. Police data show a rise of 40%.`);
    expect(found.map((c) => c.quote)).toEqual([
      "Crime in London rose by 40% last year",
      "Police data show a rise of 40%",
    ]);
    expect(found.some((c) => c.flags.includes("disputed"))).toBe(false);
  });

  it("reads a verdict that gives its reason in the same sentence, and marks nothing", () => {
    const found = claims(`${BOX}This is wrong because police data show a rise of 4%.`);
    expect(found.map((c) => c.quote)).toContain("This is wrong because police data show a rise of 4%");
    expect(found.some((c) => c.flags.includes("disputed"))).toBe(false);
  });

  it("reads 'What was claimed' inside prose as before", () => {
    const body = "Tom Reid said 40 jobs would go. What was claimed was that 40 jobs would go, the union said.";
    expect(quoting(body, "40 jobs would go").claimant.name).toBe("Tom Reid");
    expect(quoting(body, "What was claimed was").claimant.name).toBe("union");
    expect(claims(body).some((c) => c.flags.includes("disputed"))).toBe(false);
  });

  it("reads the column's boxes: the claim is Helen Whately's and disputed, the rating no claim", () => {
    const found = fixtureClaims("newsroom-read-565/3-fact-check-column.txt");
    // The third claim: the masthead "Full Fact" over the column is no claim since decision 595.
    const checked = found[2]!;
    expect(checked.quote).toBe("The number of people claiming sickness benefits has doubled since 2019");
    expect(checked.claimant.name).toBe("Helen Whately");
    expect(checked.flags).toContain("disputed");
    expect(found.some((c) => /^(?:What was claimed|Our verdict|That's not right)/.test(c.quote))).toBe(false);
    expect(claimQuoting(found, "rose by about 40%").claimant.type).toBe("article");
  });
  it("reads a sentence wrapped at 'What was claimed' or 'Our verdict' as a sentence, not a box (review)", () => {
    const wrapped = "What was claimed\nin the leaflet was never checked, the council said.";
    expect(quoting(wrapped, "never checked").claimant.name).toBe("council");
    const verdict = "The inquiry heard what was claimed.\nOur verdict\nthe judge said, was final.";
    expect(quotes(verdict).some((q) => q.includes("was final"))).toBe(true);
  });

  it("gives the checked claim to a speaker the column reports in the past tense (review)", () => {
    const body =
      "What was claimed\nThe number of nurses has fallen by 5,000 since 2020.\nOur verdict\nIncorrect. NHS figures show a rise of 40,000.\n\nWes Streeting claimed on Sky News that the number of nurses had fallen by 5,000 since 2020.";
    const checked = claims(body)[0]!;
    expect(checked.claimant.name).toBe("Wes Streeting");
    expect(checked.flags).toContain("disputed");
  });
});

describe("a letters page's writers", () => {
  const PAGE =
    "Sir, The council says the saving will be £2.4 million a year. It does not say what the closures will cost.\nDr Anne Holloway\nRetired GP, Wiveliscombe, Somerset\n\nSir, Footfall rose by 3% in the first year, according to the district council. The spaces were filled by 8am.\nJanet Corby\nStroud";

  it("gives each letter's claims to the writer who signs it", () => {
    expect(quoting(PAGE, "closures will cost").claimant.name).toBe("Anne Holloway");
    expect(quoting(PAGE, "spaces were filled").claimant.name).toBe("Janet Corby");
  });

  it("keeps the speaker a letter names for what it reports", () => {
    expect(quoting(PAGE, "£2.4 million").claimant.name).toBe("council");
    expect(quoting(PAGE, "3% in the first year").claimant.name).toMatch(/district council/);
  });

  it("leaves a news story that quotes one letter the article's", () => {
    const body =
      "The council received a letter on Friday.\nSir, The council's plan will cut 40 jobs.\nAnne Holloway\nLangport, Somerset\n\nThe council said it would reply within 14 days.";
    expect(quoting(body, "cut 40 jobs").claimant.type).toBe("article");
    expect(quotes(body)).not.toContain("Anne Holloway");
  });

  it("reads the Times' letters as their writers'", () => {
    const found = fixtureClaims("newsroom-read-565/4-letters-page.txt");
    expect(claimQuoting(found, "11 of the 14 people").claimant.name).toBe("Anne Holloway");
    expect(claimQuoting(found, "I know how easy it is").claimant.name).toBe("Lord Tyler of Linkinhorne");
    expect(claimQuoting(found, "seven sheep").claimant.name).toBe("Patrick Ellery");
    expect(claimQuoting(found, "it was 1962").claimant.name).toBe("Richard Dane");
    // What a letter reports of others stays theirs; the page's headline stays the newspaper's.
    expect(claimQuoting(found, "fell by 29%").claimant.name).toBe("Department for Transport");
    expect(claimQuoting(found, "fewer than four passengers").claimant.name).toBe("Bill Revans");
    expect(claimQuoting(found, "Times letters").claimant.type).toBe("article");
  });

  it("leaves a letter's report of what someone unnamed said, and keeps the writer's own (review)", () => {
    const page =
      "Sir, She said the ward would close. It did.\nAnne Holloway\nWiveliscombe\n\nSir, Rates should fall, the Bank's governor, Andrew Bailey, said last week. I said in 2019 that they would.\nTom Reid\nBath";
    expect(quoting(page, "She said the ward").claimant.type).toBe("article");
    expect(quoting(page, "It did").claimant.name).toBe("Anne Holloway");
    expect(quoting(page, "Rates should fall").claimant.name).not.toBe("Tom Reid");
    expect(quoting(page, "I said in 2019").claimant.name).toBe("Tom Reid");
  });
});
