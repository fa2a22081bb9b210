import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * A pronoun maker whose sentence goes on to what was said, group names with "in", and the headline
 * over a page of unsalutated letters that asks a question or counts in words, left by decision 755
 * (decision 795). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const claimantOf = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

const CLAIMED = "What was claimed\nNet migration has tripled since Brexit.\n";
const VERDICT = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.`;
const FIRST = "The council has cut 38 bus routes this year, and the villages around Leeds are now cut off.";
const SECOND = "Rail fares have risen by 5% again this January, and commuters simply cannot afford it.";
const PAGE = (top: string) => `${top}\n\n${FIRST}\nAnne Holloway\nLeeds\n\n${SECOND}\nMartin Lowe\nYork`;

describe("a pronoun maker whose sentence says what was said", () => {
  const FARAGE = `${VERDICT} Nigel Farage said the figures were a scandal.`;

  it("gives the checked claim to him, and its restatement is no claim of its own", () => {
    const body = `${FARAGE} He told LBC on Monday that it had tripled.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body)).not.toContain("it had tripled");
    const named = `${FARAGE} He told LBC that net migration had tripled since Brexit.`;
    expect(claimantOf(named, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(named).filter((q) => q.includes("tripled"))).toHaveLength(1);
  });

  it("keeps a figure he added a claim of his own", () => {
    const body = `${FARAGE} He told LBC on Monday that 1.2 million people arrived last year.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(claimantOf(body, "1.2 million people arrived")).toBe("Nigel Farage");
  });

  it("gives the checked claim to no critic, whichever sentence disputes it", () => {
    const before = `${VERDICT} Yvette Cooper said the claim was nonsense. She told the BBC on Sunday that it had not tripled.`;
    expect(claimantOf(before, "Net migration has tripled")).toBe("unnamed claimant");
    expect(claimantOf(before, "it had not tripled")).toBe("Yvette Cooper");
    const after = `${VERDICT} Yvette Cooper spoke about the figures. She told the BBC that the claim was false.`;
    expect(claimantOf(after, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("reads 'He said it on GB News that night' as a sentence that says only where and when", () => {
    const body = `${FARAGE} He said it on GB News that night.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body).some((q) => q.startsWith("He said it"))).toBe(false);
  });

  it("reads 'He told LBC that …' with no check as before", () => {
    const plain = "Nigel Farage said the figures were a scandal. He told LBC on Monday that it had tripled.";
    expect(claimantOf(plain, "it had tripled")).toBe("Nigel Farage");
  });
});

describe("a pronoun maker whose person the column names without a reporting verb, or further back", () => {
  it("gives the checked claim to the person a sentence names without reporting what they said", () => {
    const body = `${VERDICT} Nigel Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body)).not.toContain("He told LBC on Monday");
  });

  it("reads a CLAIM block the same way, and leaves the column's own sentence the article's", () => {
    const body =
      'CLAIM: "Net migration has tripled since Brexit."\nSuella Braverman spoke at a rally in Kent. She said it on GB News last week.\nVERDICT: False';
    expect(claimantOf(body, "Net migration has tripled")).toBe("Suella Braverman");
    expect(claimantOf(body, "spoke at a rally")).toBe("the article");
    expect(quotes(body)).not.toContain("She said it on GB News last week");
  });

  it("gives it to the person named a sentence further back when the sentence between names no one", () => {
    const body = `${VERDICT} Nigel Farage said the figures were a scandal. The figures are published every quarter. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body)).not.toContain("He told LBC on Monday");
  });

  it("names no maker when someone else is named between, or the sentence names two, or a critic", () => {
    const between = `${VERDICT} Nigel Farage said the figures were a scandal. Yvette Cooper disagreed. He told LBC on Monday.`;
    expect(claimantOf(between, "Net migration has tripled")).toBe("unnamed claimant");
    const met = `${VERDICT} Nigel Farage met Rishi Sunak in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(met, "Net migration has tripled")).toBe("unnamed claimant");
    const nurse = `${VERDICT} Nigel Farage met a nurse in Clacton on Friday. She told LBC on Monday.`;
    expect(claimantOf(nurse, "Net migration has tripled")).toBe("unnamed claimant");
    const critic = `${VERDICT} Yvette Cooper said the claim was nonsense. The figures are published every quarter. She told the BBC on Sunday.`;
    expect(claimantOf(critic, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("reads the same sentences with no check as before", () => {
    const plain = "Nigel Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.";
    expect(quotes(plain)).toContain("He told LBC on Monday");
  });
});

describe("a group whose name holds 'in'", () => {
  const made = (rest: string) => `${VERDICT} The claim was made by ${rest}`;

  it("keeps 'Women in Journalism' and 'Carers in Crisis' whole", () => {
    expect(claimantOf(made("Women in Journalism."), "Net migration")).toBe("Women in Journalism");
    expect(claimantOf(made("Carers in Crisis on Facebook."), "Net migration")).toBe("Carers in Crisis");
  });

  it("still ends a person's or a party's name at 'in'", () => {
    expect(claimantOf(made("Lee Anderson in Parliament."), "Net migration")).toBe("Lee Anderson");
    expect(claimantOf(made("Reform in March."), "Net migration")).toBe("Reform");
    expect(claimantOf(made("Lee Anderson in Leeds."), "Net migration")).toBe("Lee Anderson");
  });

  it("ends the maker before a state a party is in, and before a cause the sentence runs past", () => {
    expect(claimantOf(made("Farage in Opposition."), "Net migration")).toBe("Farage");
    expect(claimantOf(made("Labour in Coalition."), "Net migration")).toBe("Labour");
    expect(claimantOf(made("Carers in Crisis talks with the council."), "Net migration")).toBe("Carers");
  });
});

describe("the headline over a page of unsalutated letters", () => {
  it("reads a headline ending '?' as the page's headline, no claim", () => {
    for (const headline of ["Rail fares are too high?", "A fair price for rail?"]) {
      const body = PAGE(`Letters\n\n${headline}`);
      expect(quotes(body).some((q) => q.includes(headline.slice(0, -1)))).toBe(false);
      expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
    }
  });

  it("keeps a question over a story a claim", () => {
    const body = `Rail fares are too high?\n\n${FIRST}\n\nThe council said it had no choice.`;
    expect(quotes(body).some((q) => q.includes("Rail fares are too high"))).toBe(true);
  });

  it("keeps a headline that counts in words a claim, as one with digits is", () => {
    const body = PAGE("Letters\n\nThirty-eight routes gone!");
    expect(quotes(body).some((q) => q.includes("Thirty-eight routes gone"))).toBe(true);
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });

  it("still drops a headline ending '!' with no figure", () => {
    const body = PAGE("Letters\n\nHands off our buses!");
    expect(quotes(body).some((q) => q.includes("Hands off our buses"))).toBe(false);
  });
});

describe("near-misses of decision 795's headline rules", () => {
  it("keeps a first letter's own question its writer's paragraph, not the page's headline", () => {
    const body = PAGE(`Letters\n\nAm I the only one who is angry?\n\nI am. ${FIRST}`);
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });

  it("drops a headline whose 'one' counts nothing, as before", () => {
    const body = PAGE("Letters\n\nNo one listens!");
    expect(quotes(body).some((q) => q.includes("No one listens"))).toBe(false);
  });
});

describe("near-misses of decision 795's rules", () => {
  it("gives the checked claim to no one who says after 'that' that it is untrue in other words", () => {
    for (const said of ["it was not true", "the claim was a lie", "the numbers had been exaggerated"]) {
      const body = `${VERDICT} Yvette Cooper spoke about the figures on Sunday. She told the BBC that ${said}.`;
      expect(claimantOf(body, "Net migration has tripled")).toBe("unnamed claimant");
      expect(claimantOf(body, said)).toBe("Yvette Cooper");
    }
  });

  it("gives the checked claim to no one who denies it in its own words", () => {
    const body = `${VERDICT} Yvette Cooper spoke about the figures on Sunday. She told the BBC that it had not tripled.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("unnamed claimant");
    expect(claimantOf(body, "it had not tripled")).toBe("Yvette Cooper");
  });

  it("leaves the column's sentences under a CLAIM block, before the one naming the maker, the article's", () => {
    const body =
      'CLAIM: "Net migration has tripled since Brexit."\nThe post was shared 40,000 times. Suella Braverman spoke at a rally in Kent. She said it on GB News last week.\nVERDICT: False';
    expect(claimantOf(body, "Net migration has tripled")).toBe("Suella Braverman");
    expect(claimantOf(body, "The post was shared")).toBe("the article");
  });

  it("still ends a surname's or a party's name before a place that ends as a cause does", () => {
    const made = (rest: string) => `${VERDICT} The claim was made by ${rest}`;
    expect(claimantOf(made("Farage in France."), "Net migration")).toBe("Farage");
    expect(claimantOf(made("Reform in Skegness on Friday."), "Net migration")).toBe("Reform");
    expect(claimantOf(made("Trump in Florence."), "Net migration")).toBe("Trump");
    expect(claimantOf(made("Teachers in Solidarity."), "Net migration")).toBe("Teachers in Solidarity");
  });

  it("drops a headline whose figure in words counts nothing, as before", () => {
    for (const headline of ["Three cheers for the council!", "Two-tier policing!", "Two wrongs don't make a right!"]) {
      const body = PAGE(`Letters\n\n${headline}`);
      expect(quotes(body).some((q) => q.includes(headline.slice(0, 12)))).toBe(false);
    }
  });
});
