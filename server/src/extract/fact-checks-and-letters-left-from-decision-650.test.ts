import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * A letters page's heading, the headline and standfirst over its first unsalutated letter, a
 * fact-checker's credit under the verdict and a maker named mid-paragraph, left by decision 650
 * (decision 690). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const claimantOf = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

const CHECK = 'CLAIM: "Net migration has tripled since Brexit."\n';
const CLAIMED = "What was claimed\nNet migration has tripled since Brexit.\n";

const SALUTED =
  "Sir, The council has cut 38 bus routes this year. Villages are now cut off.\nAnne Holloway\nLeeds\n\n" +
  "Sir, Rail fares have risen 5% again. Commuters cannot afford it.\nMartin Lowe\nYork";
const FIRST = "The council has cut 38 bus routes this year, and the villages around Leeds are now cut off.";
const SECOND = "Rail fares have risen by 5% again this January, and commuters simply cannot afford it.";
const UNSALUTED = (top: string, first = FIRST) =>
  `${top}\n\n${first}\nAnne Holloway\nLeeds\n\n${SECOND}\nMartin Lowe\nYork`;

describe("a letters page's heading", () => {
  it("reads 'Letters to the Editor' over a page of letters as no claim", () => {
    const body = `Letters to the Editor\n\n${SALUTED}`;
    expect(quotes(body)).not.toContain("Letters to the Editor");
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });

  it("reads 'Readers' letters' over a page of unsalutated letters as no claim", () => {
    const body = UNSALUTED("Readers' letters");
    expect(quotes(body)).not.toContain("Readers' letters");
    expect(claimantOf(body, "Rail fares have risen")).toBe("Martin Lowe");
  });

  it("reads 'Letters to the Editor' over a story with no letters as before", () => {
    const body = "Letters to the Editor\n\nThe council has cut 38 bus routes this year.";
    expect(quotes(body)).toContain("Letters to the Editor");
  });
});

describe("the top of a page of unsalutated letters", () => {
  it("leaves a headline that ends a sentence out of the first letter", () => {
    const body = UNSALUTED("Letters\n\nRail fares are too high!");
    // Decision 755: the headline is the page's, no claim at all (it was the article's claim here).
    expect(quotes(body).some((q) => q.includes("Rail fares are too high"))).toBe(false);
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });

  it("leaves a standfirst under the heading out of the first letter", () => {
    const body = UNSALUTED("Letters\nReaders respond to our report on the rise in rail fares.");
    expect(claimantOf(body, "Readers respond")).toBe("the article");
    expect(claimantOf(body, "the villages around Leeds")).toBe("Anne Holloway");
  });

  it("keeps a first letter's short opening line run on in its paragraph", () => {
    const body = UNSALUTED("Letters", `Our buses are a national scandal!\n${FIRST}`);
    expect(claimantOf(body, "Our buses are a national scandal")).toBe("Anne Holloway");
  });

  it("keeps a first letter that opens 'I wish to respond to …' in a paragraph of its own", () => {
    const body = UNSALUTED("Letters", `I wish to respond to Polly Toynbee's column on rail fares.\n\n${FIRST}`);
    expect(claimantOf(body, "I wish to respond")).toBe("Anne Holloway");
  });

  it("keeps a later letter's short first paragraph its writer's", () => {
    const body = `Letters\n\n${FIRST}\nAnne Holloway\nLeeds\n\nBuses are a lifeline for us!\n\n${SECOND}\nMartin Lowe\nYork`;
    expect(claimantOf(body, "Buses are a lifeline")).toBe("Martin Lowe");
  });
});

describe("a fact-checker's credit under the verdict", () => {
  it("reads 'Made by: the Full Fact team' under 'Our verdict' as no maker and no claim", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\nMade by: the Full Fact team`;
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit", "It has roughly doubled"]);
    expect(claimantOf(body, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("reads 'Made by: Full Fact' by a CLAIM block as no maker", () => {
    const body = `${CHECK}Made by: Full Fact\nVERDICT: False`;
    expect(quotes(body)).toEqual(['"Net migration has tripled since Brexit."']);
    expect(claimantOf(body, "Net migration has tripled")).not.toBe("Full Fact");
  });

  it("still reads a campaign's team as the maker: 'Who said it: the Conservative campaign team'", () => {
    const body = `${CHECK}Who said it: the Conservative campaign team\nVERDICT: False`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Conservative campaign team");
  });
});

describe("the maker named mid-paragraph", () => {
  it("gives the checked claim to the maker named after the verdict's reason", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled. The claim was made by Lee Anderson on GB News.`;
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit", "It has roughly doubled"]);
    expect(claimantOf(body, "Net migration has tripled")).toBe("Lee Anderson");
  });

  it("gives the checked claim to the maker named after it in the CLAIM block", () => {
    const body = "CLAIM: Net migration has tripled since Brexit. The claim was made by Nigel Farage.\nVERDICT: False";
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit"]);
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
  });

  it("keeps the rest of a maker's sentence that says more, and names the maker", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled. The claim was made by Nigel Farage, who said 1.2 million people arrived last year.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body).some((q) => q.includes("1.2 million"))).toBe(true);
  });

  it("reads 'The claim was made by …' mid-paragraph as before where there is no check", () => {
    const body = "Crime rose by 10% in Leeds. The claim was made by Lee Anderson on GB News last week.";
    expect(quotes(body)).toContain("The claim was made by Lee Anderson on GB News last week");
  });

  it("reads it as before under another story past the check", () => {
    const body = `${CHECK}VERDICT: False\n\nCrime rose by 10% in Leeds last year. The claim was made by Lee Anderson on GB News.`;
    expect(quotes(body)).toContain("The claim was made by Lee Anderson on GB News");
    expect(claimantOf(body, "Net migration has tripled")).not.toBe("Lee Anderson");
  });
});

describe("a letter signed in capitals", () => {
  const signed = (first: string, second: string) =>
    `Sir, The council has cut 38 bus routes this year. Villages are now cut off.\n${first}\nLeeds\n\n` +
    `Sir, Rail fares have risen 5% again. Commuters cannot afford it.\n${second}\nHouse of Lords`;

  it("gives the letter signed 'DR ANNE HOLLOWAY' to Anne Holloway", () => {
    const body = signed("DR ANNE HOLLOWAY", "Martin Lowe");
    expect(quoting(body, "The council has cut").claimant).toEqual(
      quoting(signed("Dr Anne Holloway", "Martin Lowe"), "The council has cut").claimant,
    );
  });

  it("reads 'LORD TYLER OF LINKINHORNE' as a signature, its letter the peer's", () => {
    const body = signed("Anne Holloway", "LORD TYLER OF LINKINHORNE");
    expect(quotes(body)).not.toContain("LORD TYLER OF LINKINHORNE");
    expect(claimantOf(body, "Rail fares have risen")).toBe("Lord Tyler of Linkinhorne");
  });

  it("keeps a topic in capitals with 'OF' between letters no signature", () => {
    const body = `${signed("Anne Holloway", "Martin Lowe")}\n\nBANK OF ENGLAND\nSir, Interest rates rose to 5% in 2023.\nJanet Corby\nStroud`;
    expect(quotes(body).some((q) => q.includes("BANK OF ENGLAND"))).toBe(false);
    expect(claimantOf(body, "Commuters cannot afford it")).toBe("Martin Lowe");
    expect(claimantOf(body, "Interest rates rose")).toBe("Janet Corby");
  });
});

describe("near-misses of decision 690's rules", () => {
  it("reads a line that ends with 'letters' as a sentence, not the page's heading", () => {
    expect(quotes(`HMRC has sent 2 million letters\n\n${SALUTED}`)).toContain("HMRC has sent 2 million letters");
    const body = `Sir, The council has cut 38 bus routes.\nThey never answered our letters\nVillages are now cut off.\nAnne Holloway\nLeeds\n\n${SALUTED}`;
    expect(claimantOf(body, "They never answered our letters")).toBe("Anne Holloway");
  });

  it("reads a figure in a headline after 'Letters:' as a claim", () => {
    expect(quotes(UNSALUTED("Letters: Council tax rose 9% in Leeds this year"))).toContain(
      "Letters: Council tax rose 9% in Leeds this year",
    );
  });

  it("keeps a letter's sentence with 'respond to' in its first paragraph its writer's", () => {
    const first = `The council has still failed to respond to 4,000 objections from residents.\n\n${FIRST}`;
    expect(claimantOf(UNSALUTED("Letters", first), "failed to respond")).toBe("Anne Holloway");
    const critics = `Polly Toynbee replies to critics as if they had no buses at all.\n\n${FIRST}`;
    expect(claimantOf(UNSALUTED("Letters", critics), "replies to critics")).toBe("Anne Holloway");
  });

  it("keeps a first letter's short paragraph that ends with a full stop its writer's", () => {
    expect(claimantOf(UNSALUTED("Letters", `I agree.\n\n${FIRST}`), "I agree")).toBe("Anne Holloway");
    expect(claimantOf(UNSALUTED("Letters", `Fares rose 5% in 2025.\n\n${FIRST}`), "Fares rose")).toBe("Anne Holloway");
    expect(claimantOf(UNSALUTED("Letters", `"Buses are a lifeline."\n\n${FIRST}`), "lifeline")).toBe("Anne Holloway");
  });

  it("trims no later letter's top when the letter above it is signed with no place", () => {
    const body = `Letters\n\n${FIRST}\nAnne Holloway\n\nBuses are a lifeline for us!\n\n${SECOND}\nMartin Lowe\nYork\n\n${FIRST}\nJanet Corby\nStroud`;
    expect(claimantOf(body, "Buses are a lifeline")).toBe("Martin Lowe");
  });

  it("reads a group whose name opens with 'Our' as the maker, not a credit", () => {
    expect(claimantOf(`${CHECK}Who said it: Our Revolution staff\nVERDICT: False`, "Net migration")).toBe(
      "Our Revolution staff",
    );
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\nMade by: Our NHS campaign team`;
    expect(claimantOf(body, "Net migration")).toBe("Our NHS campaign team");
  });

  it("ends the maker named mid-paragraph at a month, a place or what was done after", () => {
    const made = (rest: string) =>
      `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled. The claim was made by ${rest}`;
    expect(claimantOf(made("Lee Anderson in March."), "Net migration")).toBe("Lee Anderson");
    expect(claimantOf(made("Lee Anderson in Parliament."), "Net migration")).toBe("Lee Anderson");
    const repeated = made("Anderson and repeated by the prime minister 14 times.");
    expect(claimantOf(repeated, "Net migration")).toBe("Anderson");
    expect(quotes(repeated).some((q) => q.includes("14 times"))).toBe(true);
  });

  it("keeps honours, initials and 'Mc' in a name signed in capitals", () => {
    const signed = (name: string) =>
      `Sir, The council has cut 38 bus routes this year. Villages are now cut off.\n${name}\nLeeds\n\n` +
      "Sir, Rail fares have risen 5% again. Commuters cannot afford it.\nMartin Lowe\nYork";
    for (const [capitals, lower] of [
      ["ANNE HOLLOWAY MBE", "Anne Holloway MBE"],
      ["ANNE HOLLOWAY MP", "Anne Holloway MP"],
      ["NHS CONFEDERATION", "NHS Confederation"],
      ["ANNE MCDONALD", "Anne McDonald"],
    ])
      expect(claimantOf(signed(capitals!), "The council has cut")).toBe(
        claimantOf(signed(lower!), "The council has cut"),
      );
  });
});
