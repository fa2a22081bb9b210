import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * A fact-check's makers named in lower case, in a sentence or in prose, its hedged verdicts, and
 * the Telegraph's "SIR – ", left by decision 610 (decision 650). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const disputed = (body: string) => claims(body).map((c) => c.flags.includes("disputed"));

const CHECK = 'CLAIM: "Net migration has tripled since Brexit."\n';
const CLAIMED = "What was claimed\nNet migration has tripled since Brexit.\n";
const EVIDENCE = "Official figures show net migration rose from 200,000 to 400,000.";

describe("the maker a fact-check's line names", () => {
  it("cuts 'Nigel Farage said it on LBC.' to the maker", () => {
    const body = `${CHECK}Who said it: Nigel Farage said it on LBC.\nVERDICT: Mostly false\n\n${EVIDENCE}`;
    expect(quotes(body)).toEqual([
      '"Net migration has tripled since Brexit."',
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(quoting(body, "Net migration has tripled").claimant).toEqual({
      name: "Nigel Farage",
      type: "person",
      via: null,
    });
  });

  it("reads a maker that opens in lower case: 'pundit Gary Neville'", () => {
    const body = `${CHECK}VERDICT: False\nClaimed by: pundit Gary Neville\n\n${EVIDENCE}`;
    expect(quotes(body)).not.toContain("Claimed by: pundit Gary Neville");
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("Gary Neville");
  });

  it("reads 'various Facebook pages' as the maker", () => {
    const body = `${CHECK}Made by: various Facebook pages\nVERDICT: False`;
    expect(quotes(body)).toEqual(['"Net migration has tripled since Brexit."']);
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("various Facebook pages");
  });

  it("reads the maker's line under a verdict that rates and then gives its reason", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\n\nWho said it: Nigel Farage`;
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit", "It has roughly doubled"]);
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("Nigel Farage");
    expect(disputed(body)).toEqual([true, false]);
  });

  it("keeps 'Nigel Farage' whole where the line names no more", () => {
    const body = `${CHECK}WHO SAID IT: Nigel Farage.\nVERDICT: False`;
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("Nigel Farage");
  });

  it("reads a lower-case 'Made by:' line as before where there is no check to name", () => {
    const body = "The chairs cost £400 each.\nMade by: hand in a workshop in Devon";
    expect(quotes(body)).toContain("Made by: hand in a workshop in Devon");
  });
});

describe("the maker a fact-check's prose names", () => {
  it("gives the checked claim to 'the Reform UK MP Lee Anderson', and reads the sentence after", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\n\nThe claim was made by the Reform UK MP Lee Anderson on GB News. ${EVIDENCE}`;
    expect(quotes(body)).toEqual([
      "Net migration has tripled since Brexit",
      "It has roughly doubled",
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(quoting(body, "Net migration has tripled").claimant).toEqual({
      name: "Lee Anderson",
      type: "person",
      via: null,
      title: "Reform UK MP",
    });
  });

  it("reads 'This claim was first made by Nigel Farage.' under a CLAIM block", () => {
    const body = `${CHECK}\nThis claim was first made by Nigel Farage.\n\nVERDICT: False`;
    expect(quotes(body)).toEqual(['"Net migration has tripled since Brexit."']);
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("Nigel Farage");
  });

  it("reads 'The claim was made by …' as before where there is no check", () => {
    const body = "The claim was made by Lee Anderson on GB News last week.";
    expect(quotes(body)).toEqual(["The claim was made by Lee Anderson on GB News last week"]);
  });

  it("reads 'The claim was made by …' as before under another story past the check", () => {
    const body = `${CHECK}VERDICT: False\n\nCrime rose by 10% in Leeds last year.\n\nThe claim was made by Lee Anderson on GB News.`;
    expect(quotes(body)).toContain("The claim was made by Lee Anderson on GB News");
    expect(quoting(body, "Net migration has tripled").claimant.type).toBe("article");
  });
});

describe("a hedged verdict", () => {
  it("reads 'That needs more context.' as a rating that marks nothing", () => {
    const body = `${CLAIMED}\nOur verdict\nThat needs more context.`;
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit"]);
    expect(disputed(body)).toEqual([false]);
  });

  it("reads 'Not quite.' as a rating that marks nothing, its reason a claim", () => {
    const body = `${CLAIMED}\nOur verdict\nNot quite. It has roughly doubled.`;
    expect(quotes(body)).toEqual(["Net migration has tripled since Brexit", "It has roughly doubled"]);
    expect(disputed(body)).toEqual([false, false]);
  });

  it("reads 'VERDICT: Not quite' and 'That's not quite right.' as ratings", () => {
    expect(quotes(`${CHECK}VERDICT: Not quite.`)).toEqual(['"Net migration has tripled since Brexit."']);
    expect(quotes(`${CLAIMED}\nOur verdict\nThat's not quite right.`)).toEqual([
      "Net migration has tripled since Brexit",
    ]);
  });

  it("reads 'Not quite 40% of voters …' and 'That needs more funding.' as claims", () => {
    expect(quotes(`${CLAIMED}\nOur verdict\nNot quite 40% of voters backed the plan.`)).toContain(
      "Not quite 40% of voters backed the plan",
    );
    expect(quotes(`${CLAIMED}\nOur verdict\nThat needs more funding.`)).toContain("That needs more funding");
  });
});

describe("the Telegraph's 'SIR – '", () => {
  const PAGE =
    "SIR – The council's plan will cut 40 jobs in the library service.\n\nAnne Holloway\nLeeds\n\n" +
    "SIR – Rail fares rose by 5% this year while services got worse.\n\nJ. R. Hartley\nSheffield";

  it("reads a page of letters opened 'SIR – ': each letter its writer's, the salutation off", () => {
    const found = claims(PAGE);
    expect(found.map((c) => [c.quote, c.claimant.name])).toEqual([
      ["The council's plan will cut 40 jobs in the library service", "Anne Holloway"],
      ["Rail fares rose by 5% this year while services got worse", "J. R. Hartley"],
    ]);
  });

  it("leaves a story that quotes one 'SIR – ' letter the article's", () => {
    const body =
      "The Telegraph printed a reader's letter on Monday.\nSIR – Rail fares rose by 5% this year.\nAnne Holloway\nLeeds";
    expect(quoting(body, "Rail fares rose").claimant.type).toBe("article");
  });

  it("reads 'SIR KEIR STARMER' in a headline as no salutation", () => {
    const body = "SIR KEIR STARMER – PM vows to cut NHS waiting lists by 20%\n\nThe prime minister spoke on Monday.";
    expect(quotes(body).some((q) => q.startsWith("KEIR"))).toBe(false);
  });
});

describe("a page of letters with no salutation", () => {
  const PAGE =
    "Letters\nRail fares are too high\n\n" +
    "The council's plan will cut 40 jobs in the library service, and the town deserves better.\n\n" +
    "It is the third round of cuts since 2020, and each one has hit the poorest wards hardest.\nAnne Holloway\nLeeds\n\n" +
    "Rail fares rose by 5% this year while services on my line got worse every single month.\nJ. R. Hartley\nSheffield";

  it("gives each letter, every paragraph of it, to the writer signed under it", () => {
    const found = claims(PAGE);
    expect(quoting(PAGE, "council's plan").claimant.name).toBe("Anne Holloway");
    expect(quoting(PAGE, "third round of cuts").claimant.name).toBe("Anne Holloway");
    expect(quoting(PAGE, "Rail fares rose").claimant.name).toBe("J. R. Hartley");
    // The topic over the first letter is the page's, and the names are no claims.
    expect(quoting(PAGE, "Rail fares are too high").claimant.type).toBe("article");
    expect(found.map((c) => c.quote)).not.toContain("Anne Holloway");
  });

  it("leaves a story with its writer's name and post under its last line the article's", () => {
    const body =
      "The council's plan will cut 40 jobs in the library service from April, and more may follow.\n" +
      "Anne Holloway\nLocal democracy reporter";
    expect(quoting(body, "council's plan").claimant.type).toBe("article");
  });

  it("leaves a live blog's entries, each signed with a reporter and a desk, the article's", () => {
    const body =
      "Live: Budget day\n\nThe chancellor will cut fuel duty by 5p a litre from April, the Treasury has confirmed.\n" +
      "Jane Smith\nWestminster\n\nMarkets rose 2% in early trading after the fuel duty announcement was confirmed.\n" +
      "John Brown\nCity desk";
    expect(quoting(body, "Markets rose 2%").claimant.type).toBe("article");
  });

  it("leaves two names under short lines the article's: no letter's prose above them", () => {
    const body = "Winners were named.\nAnne Holloway\nLeeds\n\nThe prize was £400.\nJ. R. Hartley\nSheffield";
    expect(claims(body).every((c) => c.claimant.type !== "person")).toBe(true);
  });
});

describe("near-misses of decision 650's rules", () => {
  it("names no maker on a line that says none is known: 'unknown', 'it is not clear who …'", () => {
    for (const line of ["Who said it: unknown", "Who said it: it is not clear who first made the claim"]) {
      const body = `${CHECK}${line}\nVERDICT: False`;
      expect(quoting(body, "Net migration has tripled").claimant.type).toBe("article");
    }
  });

  it("names no maker cut from a clause: 'a man who said he was a nurse'", () => {
    const body = `${CHECK}Who said it: a man who said he was a nurse\nVERDICT: False`;
    expect(quoting(body, "Net migration has tripled").claimant.type).toBe("article");
  });

  it("reads 'The claim was made by mistake in a Reform leaflet.' as no maker", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\n\nThe claim was made by mistake in a Reform leaflet.`;
    expect(quoting(body, "Net migration has tripled").claimant.name).not.toBe("mistake");
  });

  it("reads the rest of a maker's sentence that says more: '…, who said 1.2 million people arrived'", () => {
    const body = `${CHECK}\nThe claim was made by Nigel Farage, who said 1.2 million people arrived last year.\n\nVERDICT: False`;
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("Nigel Farage");
    expect(quotes(body)).toContain("1.2 million people arrived last year");
  });

  it("ends the maker before 'before': 'both main parties before the 2024 election'", () => {
    const body = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.\n\nThe claim was made by both main parties before the 2024 election.`;
    expect(quoting(body, "Net migration has tripled").claimant.name).toBe("both main parties");
  });

  it("reads 'SIR, YES SIR!' shouted on parade as no salutation", () => {
    const body = "SIR, YES SIR! the recruits shouted as 300 cadets passed out.\nSIR, YES SIR! they shouted again.";
    expect(quotes(body)[0]).toMatch(/^SIR, YES SIR!/);
  });

  it("leaves a story headed 'Letters of support pour in …' the article's", () => {
    const body =
      "Letters of support pour in for closure-threatened library\n\n" +
      "The library has received more than 400 letters of support since the council announced it would close.\n" +
      "Jane Smith\nFriends of Leek Library\n\nThe council said the closure would save £120,000 a year.\nTom Baker\nCouncil spokesman";
    expect(quoting(body, "The library has received").claimant.type).toBe("article");
  });

  it("reads an unsalutated letter whose signature a blank line sets apart", () => {
    const body =
      "Letters\n\nThe council's plan will cut 40 jobs in the library service, and the town deserves better.\n\n" +
      "Anne Holloway\nLeeds\n\nRail fares rose by 5% this year while services on my line got worse every single month.\n\n" +
      "J. R. Hartley\nSheffield";
    expect(quoting(body, "council's plan").claimant.name).toBe("Anne Holloway");
    expect(quoting(body, "Rail fares rose").claimant.name).toBe("J. R. Hartley");
  });
});
