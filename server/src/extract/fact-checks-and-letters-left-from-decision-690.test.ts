import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * A pronoun maker in a fact-check, a maker whose name holds "in", a craft's "Made by:" line,
 * signatures in capitals with "Mc", "Mac" or an honour, a page of unsalutated letters with no
 * "Letters" heading or signed with names alone, and the top of such a page, left by decision 690
 * (decision 755). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const claimantOf = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

const CHECK = 'CLAIM: "Net migration has tripled since Brexit."\n';
const CLAIMED = "What was claimed\nNet migration has tripled since Brexit.\n";
const VERDICT = `${CLAIMED}\nOur verdict\nFalse. It has roughly doubled.`;
const FIRST = "The council has cut 38 bus routes this year, and the villages around Leeds are now cut off.";
const SECOND = "Rail fares have risen by 5% again this January, and commuters simply cannot afford it.";

describe("a pronoun maker in a fact-check", () => {
  it("gives the checked claim to the person named before 'He told LBC'", () => {
    const body = `${VERDICT} Nigel Farage said the figures were a scandal. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body)).not.toContain("He told LBC on Monday");
  });

  it("reads 'She said it on GB News' by a CLAIM block the same way", () => {
    const body = `${CHECK}Suella Braverman said the figures were a scandal. She said it on GB News last week.\nVERDICT: False`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Suella Braverman");
    expect(quotes(body)).not.toContain("She said it on GB News last week");
  });

  it("keeps 'He told LBC' with no check, and one that says more, as before", () => {
    const plain = "Nigel Farage said the figures were a scandal. He told LBC on Monday.";
    expect(quotes(plain)).toContain("He told LBC on Monday");
    const more = `${VERDICT} Nigel Farage said the figures were a scandal. He told LBC that 1.2 million people arrived.`;
    expect(quotes(more).some((q) => q.includes("1.2 million"))).toBe(true);
  });

  it("names no maker when no one person was named in the sentence before", () => {
    const body = `${VERDICT} The figures are published every quarter. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("unnamed claimant");
    const two = `${VERDICT} Nigel Farage and Richard Tice said the figures were a scandal. He told LBC on Monday.`;
    expect(claimantOf(two, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("reads the line under the sentence that named him the same way", () => {
    const body = `${CLAIMED}Nigel Farage said the figures were a scandal.\nHe told LBC on Monday.\n\nOur verdict\nFalse. It has roughly doubled.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(quotes(body)).not.toContain("He told LBC on Monday");
  });
});

describe("a maker whose name holds 'in'", () => {
  const made = (rest: string) => `${VERDICT} The claim was made by ${rest}`;

  it("keeps 'Friends in Need' whole", () => {
    expect(claimantOf(made("Friends in Need."), "Net migration")).toBe("Friends in Need");
    expect(claimantOf(made("Women in Business on Twitter."), "Net migration")).toBe("Women in Business");
  });

  it("still ends the maker at a month, a place or a person's 'in'", () => {
    expect(claimantOf(made("Lee Anderson in March."), "Net migration")).toBe("Lee Anderson");
    expect(claimantOf(made("Lee Anderson in Parliament."), "Net migration")).toBe("Lee Anderson");
    expect(claimantOf(made("Reform in March."), "Net migration")).toBe("Reform");
  });
});

describe("a craft's 'Made by:' line", () => {
  it("names no maker in 'Made by: hand in a workshop in Devon'", () => {
    const under = `${CHECK}VERDICT: False\nMade by: hand in a workshop in Devon`;
    expect(claimantOf(under, "Net migration")).not.toBe("hand");
    const verdict = `${VERDICT}\nMade by: hand in a workshop in Devon`;
    expect(claimantOf(verdict, "Net migration")).not.toBe("hand");
  });

  it("still names the maker on 'Made by: Nigel Farage'", () => {
    expect(claimantOf(`${CHECK}Made by: Nigel Farage\nVERDICT: False`, "Net migration")).toBe("Nigel Farage");
  });
});

describe("a signature in capitals", () => {
  const signed = (name: string) =>
    `Sir, The council has cut 38 bus routes this year. Villages are now cut off.\n${name}\nLeeds\n\n` +
    "Sir, Rail fares have risen 5% again. Commuters cannot afford it.\nMartin Lowe\nYork";
  const writer = (name: string) => claimantOf(signed(name), "The council has cut");

  it("keeps the case a page shows for 'Mc' and 'Mac'", () => {
    expect(writer("ANNE McDONALD")).toBe("Anne McDonald");
    expect(writer("ANNE MacDONALD")).toBe("Anne MacDonald");
  });

  it("keeps an honour the list does not name in capitals", () => {
    expect(writer("ANNE HOLLOWAY FRCP")).toBe("Anne Holloway FRCP");
  });

  it("reads 'MACDONALD', which shows no case, and 'MCDONALD' as before", () => {
    expect(writer("ANNE MACDONALD")).toBe("Anne Macdonald");
    expect(writer("ANNE MCDONALD")).toBe("Anne McDonald");
    expect(writer("ANNE NG")).toBe("Anne Ng");
  });
});

describe("a page of unsalutated letters with no 'Letters' heading", () => {
  const THIRD = "Our library now opens two days a week, and the children of Stroud have nowhere to read.";

  it("reads letters signed with a name and a place as their writers'", () => {
    const body = `Rail fares are too high\n\n${FIRST}\nAnne Holloway\nBristol\n\n${SECOND}\nMartin Lowe\nYork`;
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
    expect(claimantOf(body, "Rail fares have risen")).toBe("Martin Lowe");
  });

  it("reads letters signed with a name alone as their writers' when two are signed so", () => {
    const body = `Letters\n\n${FIRST}\nAnne Holloway\n\n${SECOND}\nMartin Lowe\n\n${THIRD}\nJanet Corby`;
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
    expect(claimantOf(body, "Rail fares have risen")).toBe("Martin Lowe");
    expect(claimantOf(body, "Our library now opens")).toBe("Janet Corby");
  });

  it("keeps one signed letter in a story, a live blog's entries and one name alone the article's", () => {
    const placed = `${FIRST}\nAnne Holloway\nBristol\n\nThe council said it had no choice and blamed a 9% cut in its grant.`;
    expect(claimantOf(placed, "The council has cut")).toBe("the article");
    const live = `Live: Budget day\n\n${FIRST}\nJane Smith\nWestminster\n\n${SECOND}\nJohn Brown\nLondon`;
    expect(claimantOf(live, "Rail fares have risen")).toBe("the article");
    const bare = `Letters\n\n${FIRST}\nAnne Holloway\n\n${SECOND}`;
    expect(claimantOf(bare, "The council has cut")).toBe("the article");
  });
});

describe("the top of a page of unsalutated letters", () => {
  const PAGE = (top: string, first = FIRST) =>
    `${top}\n\n${first}\nAnne Holloway\nLeeds\n\n${SECOND}\nMartin Lowe\nYork`;

  it("keeps a first letter's 'I agree!' in a paragraph of its own the writer's", () => {
    expect(claimantOf(PAGE("Letters", `I agree!\n\n${FIRST}`), "I agree")).toBe("Anne Holloway");
  });

  it("reads a headline ending '!' over the page as the page's headline, no claim", () => {
    const body = PAGE("Letters\n\nRail fares are too high!");
    expect(quotes(body).some((q) => q.includes("Rail fares are too high"))).toBe(false);
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });

  it("keeps a standfirst the article's, and a later letter's short first paragraph its writer's", () => {
    const standfirst = PAGE("Letters\nReaders respond to our report on the rise in rail fares.");
    expect(claimantOf(standfirst, "Readers respond")).toBe("the article");
    const later = `Letters\n\n${FIRST}\nAnne Holloway\nLeeds\n\nBuses are a lifeline for us!\n\n${SECOND}\nMartin Lowe\nYork`;
    expect(claimantOf(later, "Buses are a lifeline")).toBe("Martin Lowe");
  });

  it("keeps a headline ending '!' over a story, not a letters page, a claim", () => {
    const body = `Rail fares are too high!\n\n${FIRST}\n\nThe council said it had no choice.`;
    expect(quotes(body).some((q) => q.includes("Rail fares are too high"))).toBe(true);
  });
});

describe("near-misses of decision 755's rules", () => {
  it("gives the checked claim to no critic named before 'She told the BBC'", () => {
    const body = `${VERDICT} Yvette Cooper said the claim was nonsense. She told the BBC on Sunday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("ends the maker before a paper's name that holds a possessive", () => {
    const body = `${VERDICT} The claim was made by Reform in Today's Telegraph.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Reform");
  });

  it("still names makers on 'Made by:' lines that open 'machine-' or 'hand-'", () => {
    const researchers = `${VERDICT}\nMade by: machine-learning researchers at Oxford`;
    expect(claimantOf(researchers, "Net migration has tripled")).toBe("machine-learning researchers");
    const posts = `${CHECK}Made by: hand-written posts on Facebook\nVERDICT: False`;
    expect(claimantOf(posts, "Net migration has tripled")).toBe("hand-written posts");
  });

  it("keeps a live page's entries signed over places the article's, however its title says live", () => {
    for (const title of ["Budget 2026: Reeves raises taxes – as it happened", "Budget 2026 live: Reeves's speech"]) {
      const body = `${title}\n\n${FIRST}\nJane Smith\nWestminster\n\n${SECOND}\nJohn Brown\nLondon`;
      expect(claimantOf(body, "Rail fares have risen")).toBe("the article");
    }
  });

  it("keeps a headline ending '!' that holds a figure a claim over a letters page", () => {
    const body = `Letters\n\nFares up 5% again!\n\n${FIRST}\nAnne Holloway\nLeeds\n\n${SECOND}\nMartin Lowe\nYork`;
    expect(quotes(body).some((q) => q.includes("Fares up 5% again"))).toBe(true);
    expect(claimantOf(body, "The council has cut")).toBe("Anne Holloway");
  });
});
