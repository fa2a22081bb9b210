import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * A fact-check's claim makers, hedged verdicts and ruling sections, left by decision 570
 * (decision 610). The column is tests/fixtures/newsroom-read-565/3-fact-check-column.txt; the
 * other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const disputed = (body: string) => claims(body).map((c) => c.flags.includes("disputed"));

const CLAIMED = "What was claimed\nNet migration has tripled since Brexit.\n";
const EVIDENCE = "Official figures show net migration rose from 200,000 to 400,000.";

describe("the maker a fact-check names beside its CLAIM block", () => {
  it("gives the checked claim to the maker on a 'WHO SAID IT:' line, which is no claim", () => {
    const body = `CLAIM: "Net migration has tripled since Brexit."\nWHO SAID IT: Nigel Farage\nVERDICT: Mostly false\n\n${EVIDENCE}`;
    const found = claims(body);
    expect(found.map((c) => c.quote)).toEqual([
      '"Net migration has tripled since Brexit."',
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(found[0]!.claimant.name).toBe("Nigel Farage");
    expect(found[0]!.flags).toContain("disputed");
  });

  it("reads a 'Claimed by:' line under the verdict, the maker without the post after the comma", () => {
    const body = `Claim: Net migration has tripled since Brexit.\nVerdict: False\nClaimed by: Nigel Farage, Reform UK leader\n\n${EVIDENCE}`;
    const found = claims(body);
    expect(found.map((c) => c.quote)).toEqual([
      "Net migration has tripled since Brexit",
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(found[0]!.claimant).toEqual({ name: "Nigel Farage", type: "person", via: null });
    expect(found[0]!.flags).toContain("disputed");
  });

  it("reads a 'Claimed by:' line as before where there is no check to name", () => {
    const body = "The jackpot of £4m was won last week.\nClaimed by: Anne Holloway, Leeds";
    expect(quotes(body)).toContain("Claimed by: Anne Holloway, Leeds");
  });

  it("leaves a checked claim a later claim in the column follows as before", () => {
    const body = `CLAIM: "Net migration has tripled since Brexit."\nVERDICT: False\n\nNigel Farage said on Monday that the figures were wrong.`;
    expect(quoting(body, "Net migration").claimant.type).toBe("article");
    expect(quoting(body, "figures were wrong").claimant.name).toBe("Nigel Farage");
  });
});

describe("the speaker's own quotation of the checked claim", () => {
  it("marks Helen Whately's quotation disputed, as the box's claim is", () => {
    const found = fixtureClaims("newsroom-read-565/3-fact-check-column.txt");
    const own = found.filter((c) =>
      c.quote.startsWith("The number of people claiming sickness benefits has doubled since 2019"),
    );
    expect(own.map((c) => [c.claimant.name, c.flags.includes("disputed")])).toEqual([
      ["Helen Whately", true],
      ["Helen Whately", true],
    ]);
    // Her next sentence is no part of the checked claim.
    expect(claimQuoting(found, "That is not sustainable").flags).not.toContain("disputed");
  });

  it("leaves the speaker's quotation unmarked when the verdict agrees", () => {
    const body = `${CLAIMED}Our verdict\nThat's correct.\n\nNigel Farage said: "Net migration has tripled since Brexit."`;
    expect(disputed(body)).toEqual([false, false]);
  });
});

describe("a hedged verdict", () => {
  it("reads 'That's mostly false.' as the rating: no claim, the checked claim disputed", () => {
    const found = claims(`${CLAIMED}Our verdict\nThat's mostly false. ${EVIDENCE}`);
    expect(found.map((c) => c.quote)).toEqual([
      "Net migration has tripled since Brexit",
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(found.map((c) => c.flags.includes("disputed"))).toEqual([true, false]);
  });

  it("reads 'This is missing context.' and 'This needs context.' as ratings that mark nothing", () => {
    for (const rating of ["This is missing context.", "This needs context."]) {
      const body = `${CLAIMED}Our verdict\n${rating} ${EVIDENCE}`;
      expect(quotes(body)).toEqual([
        "Net migration has tripled since Brexit",
        "net migration rose from 200,000 to 400,000",
      ]);
      expect(disputed(body)).toEqual([false, false]);
    }
  });

  it("reads a hedged verdict that gives its reason as a claim, and marks nothing", () => {
    const body = `${CLAIMED}Our verdict\nThis is mostly false because net migration doubled.`;
    expect(quotes(body)).toContain("This is mostly false because net migration doubled");
    expect(disputed(body)).toEqual(quotes(body).map(() => false));
  });
});

describe("'What we found' and 'Our ruling'", () => {
  it("reads BBC Verify's 'What we found' as the verdict's section", () => {
    const found = claims(`${CLAIMED}What we found\nMostly false. ${EVIDENCE}`);
    expect(found.map((c) => c.quote)).toEqual([
      "Net migration has tripled since Brexit",
      "net migration rose from 200,000 to 400,000",
    ]);
    expect(found.map((c) => c.flags.includes("disputed"))).toEqual([true, false]);
    expect(found[0]!.claimant.type).toBe("unnamed_sources");
  });

  it("reads PolitiFact's ruling: 'We rate this claim Mostly False.' rates the checked claim, not the evidence", () => {
    const body = `Claim: Net migration has tripled since Brexit.\n\n${EVIDENCE}\n\nOur ruling\nFarage said net migration has tripled since Brexit. Official figures show it doubled. We rate this claim Mostly False.`;
    const found = claims(body);
    expect(quoting(body, "Net migration has tripled").flags).toContain("disputed");
    expect(quoting(body, "it doubled").flags).not.toContain("disputed");
    expect(found.some((c) => c.quote.startsWith("We rate"))).toBe(false);
  });

  it("reads 'What we found' over an investigation's finding as a claim, and marks nothing", () => {
    const body = "What we found\nThe council spent £2m on consultants in 2025.";
    expect(quotes(body)).toEqual(["The council spent £2m on consultants in 2025"]);
    expect(disputed(body)).toEqual([false]);
  });

  it("reads 'Our ruling' wrapped into prose as before", () => {
    const body = "The court said that in its view Our ruling\nwas overturned on appeal in 2024, the judge said.";
    expect(quotes(body).join(" ")).toContain("was overturned on appeal in 2024");
  });

  it("still reads 'We rate it False.' without a check as the rebuttal of the sentence before", () => {
    const body = "Tom Reid said crime in London rose by 40% last year. We rate it False.";
    expect(quotes(body)).toEqual(["crime in London rose by 40% last year"]);
    expect(disputed(body)).toEqual([true]);
  });
});

describe("a letters page's signatures and salutations", () => {
  const writers = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name]);

  it("reads a signature with initials and the town after a comma", () => {
    const body =
      "Sir, The council has cut 38 bus routes since 2020.\nAnne Holloway\nWiveliscombe\n\nSir, Class sizes have risen to 34 pupils in our town.\nJ. R. Hartley, Sheffield";
    expect(writers(body)).toEqual([
      ["The council has cut 38 bus routes since 2020", "Anne Holloway"],
      ["Class sizes have risen to 34 pupils in our town", "J. R. Hartley"],
    ]);
  });

  it("reads a bishop's 'The Rt Rev' signature set apart from the letter by a blank line", () => {
    const body =
      "Sir, The council has cut 38 bus routes since 2020.\nAnne Holloway\nWiveliscombe\n\nSir, Lead thefts from church roofs doubled in 2025.\n\nThe Rt Rev Anne Smith\nBishop of Bath";
    const found = claims(body);
    expect(found.map((c) => c.quote)).toEqual([
      "The council has cut 38 bus routes since 2020",
      "Lead thefts from church roofs doubled in 2025",
    ]);
    expect(found[1]!.claimant.name).toBe("Anne Smith");
  });

  it("leaves 'Sir, …' out of a letter's first claim, and 'Sir Keir' in a sentence", () => {
    const body =
      "The council received a letter on Friday.\nSir, The council's plan will cut 40 jobs.\nAnne Holloway\nLangport";
    expect(quoting(body, "40 jobs").quote).toBe("The council's plan will cut 40 jobs");
    expect(quotes("Sir Keir Starmer said 40 schools would close.")).toEqual(["40 schools would close"]);
  });

  it("reads a name after a blank line under a news story's last sentence as before", () => {
    const body = "The council said 40 jobs would go.\n\nKeir Starmer\nThe prime minister said 12 schools would close.";
    expect(quoting(body, "40 jobs").claimant.name).toBe("council");
    expect(quoting(body, "12 schools").claimant.type).not.toBe("article");
  });
});

describe("near-misses of decision 610's rules (its review)", () => {
  const writers = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name]);

  it("keeps a figure's comma and 'in' before a capital in the maker's name", () => {
    const line = (maker: string) =>
      claims(`Claim: Net migration has tripled since Brexit.\nVerdict: False\nClaimed by: ${maker}\n\n${EVIDENCE}`)[0]!
        .claimant.name;
    expect(line("An Instagram post shared 10,000 times")).toBe("Instagram post shared 10,000 times");
    expect(line("Friends in Need charity")).toBe("Friends in Need charity");
    expect(line("Reform UK in a leaflet")).toBe("Reform UK");
  });

  it("reads no maker from a credit under a later story, past the verdict's paragraph", () => {
    const body = `${CLAIMED}Our verdict\nThe figures show a rise of 4%, not 40%.\n\nIn other news, the mayor said fares will be frozen.\n\nMade by: Full Fact`;
    expect(quoting(body, "Net migration").claimant.name).not.toBe("Full Fact");
    // Under the verdict's own paragraph the line still names the maker.
    const named = `${CLAIMED}Our verdict\nThe figures show a rise of 4%, not 40%.\n\nWho said it: Tom Reid, Reform UK candidate`;
    expect(quoting(named, "Net migration").claimant.name).toBe("Tom Reid");
  });

  it("leaves a later claim that qualifies the checked words unmarked", () => {
    const body =
      "What was claimed\nThe NHS waiting list is at a record high.\nOur verdict\nFalse.\n\nThe health secretary said the NHS waiting list is at a record high in some regions, but not nationally.";
    expect(quoting(body, "in some regions").flags).not.toContain("disputed");
  });

  it("reads a ruling past a restating verdict's paragraph as the rebuttal of the sentence before", () => {
    const body = `${CLAIMED}Our verdict\nThe figures show a rise of 4%, not 40%.\n\nSadiq Khan said knife crime had halved. We rate that claim Mostly False.`;
    expect(quoting(body, "knife crime had halved").flags).toContain("disputed");
    expect(quoting(body, "Net migration").flags).not.toContain("disputed");
  });

  it("takes no salutation off a sentence that goes on in lower case", () => {
    expect(quotes("Sir, said the butler, dinner is served at 8pm.")[0]).toMatch(/^Sir, said/);
  });

  it("reads no heading set apart by blank lines between letters as a signature", () => {
    for (const heading of ["The End", "More Letters", "Share This"]) {
      const body = `Sir, The council's plan will cut 40 jobs at the depot.\n\n${heading}\n\nSir, Fares rose 20% last year.\n\nMartin Lowe\nHarrogate`;
      expect(writers(body)[0]).toEqual(["The council's plan will cut 40 jobs at the depot", "the article"]);
    }
  });
});
