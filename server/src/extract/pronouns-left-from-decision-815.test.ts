import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * "He" or "She" after a sentence that opens with the person's name and says where they were ("Farage
 * spoke at a rally in Clacton on Friday."), and after "May" written as a person after "faith in"
 * (decision 855, left from decision 815). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);
const claimantOf = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

const VERDICT =
  "What was claimed\nNet migration has tripled since Brexit.\n\nOur verdict\nFalse. It has roughly doubled.";
const TOWNS = "He has visited 40 towns since 2024.";
const JOBS = "She has cut 40 jobs since 2024.";

describe("a place after 'in', 'at' or 'near' in a sentence that opens with the person's name", () => {
  it("names the person by a surname alone whose full name the article wrote before", () => {
    expect(texts(`Nigel Farage was born in 1964. Farage spoke at a rally in Clacton on Friday. ${TOWNS}`)[2]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
    expect(texts(`Nigel Farage was born in 1964. Farage campaigned near Clacton on Friday. ${TOWNS}`)[2]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
  });

  it("names the person by the full name too", () => {
    expect(texts(`Jane Hollis opened a school in Leeds on Friday. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });
});

describe("'May' after 'faith in', 'confidence in' or 'trust in' is a person", () => {
  it("keeps the pronoun, as after 'backed May'", () => {
    expect(texts(`Jane Hollis had faith in May. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis lost confidence in May. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis put her trust in June. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("names no fact-check maker, as after 'met May'", () => {
    const faith = `${VERDICT} Nigel Farage had faith in May. He told LBC on Monday.`;
    expect(claimantOf(faith, "Net migration has tripled")).toBe("unnamed claimant");
  });
});

describe("a place the article writes as one, opening the sentence before a fact-check's pronoun maker", () => {
  it("gives the checked claim to the person named before the place", () => {
    const flood = `${VERDICT} Nigel Farage said the figures were a scandal at a rally in Hebden Bridge. Hebden Bridge flooded on Friday. He told LBC on Monday.`;
    expect(claimantOf(flood, "Net migration has tripled")).toBe("Nigel Farage");
    const near = `${VERDICT} Nigel Farage said the figures were a scandal. Clacton flooded on Friday. He told LBC on Monday near Clacton.`;
    expect(claimantOf(near, "Net migration has tripled")).toBe("Nigel Farage");
  });

  it("gives it to no place when no one is named before, and leaves the article's own pronoun", () => {
    const flood = `${VERDICT} Homes flooded in Hebden Bridge. Hebden Bridge flooded again in March. He told LBC on Monday.`;
    expect(claimantOf(flood, "Net migration has tripled")).toBe("unnamed claimant");
    expect(texts(`Homes flooded in Hebden Bridge. Hebden Bridge flooded again in March. ${TOWNS}`)[2]).toBe(
      "He has visited 40 towns since 2024",
    );
  });
});

describe("near-misses of decision 855's rules", () => {
  it("keeps the pronoun where the place may be a person, or someone else is named", () => {
    // A place's name of two words may be a person's ("in Kemi Badenoch").
    expect(texts(`Nigel Farage was born in 1964. Farage had faith in Kemi Badenoch. ${TOWNS}`)[2]).toBe(
      "He has visited 40 towns since 2024",
    );
    expect(texts(`Nigel Farage was born in 1964. Farage spoke at a rally in Hebden Bridge. ${TOWNS}`)[2]).toBe(
      "He has visited 40 towns since 2024",
    );
    // A person after 'faith in', or a name the article gives a person.
    expect(texts(`Jane Hollis had faith in Reeves. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(
      texts(`Rachel Reeves was born in 1979. Jane Hollis met officials in Leeds with Reeves on Friday. ${JOBS}`)[2],
    ).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Ann Wells was elected. Jane Hollis confided in Wells on Friday. ${JOBS}`)[2]).toBe(
      "She has cut 40 jobs since 2024",
    );
    // Sent or brought in as a player, or named with a given name before the place.
    expect(texts(`Tom Reid sent in Smith. He has scored 40 goals since 2024.`)[1]).toBe(
      "He has scored 40 goals since 2024",
    );
    expect(texts(`Tom Reid lives in Barnet with Sue. ${TOWNS}`)[1]).toBe("He has visited 40 towns since 2024");
    // Someone else opens the sentence, or another name stands outside the place.
    expect(texts(`Nigel Farage was born in 1964. Tice spoke at a rally in Clacton on Friday. ${TOWNS}`)[2]).toBe(
      "He has visited 40 towns since 2024",
    );
    expect(texts(`Petro met Noem in Bogota on Friday. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("keeps the pronoun after a sentence that does not open with the name", () => {
    expect(texts(`On Friday Jane Hollis opened a school in Leeds. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("still reads 'May' and 'June' after 'in' as months beside other words", () => {
    expect(texts(`Jane Hollis was elected in May. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis lost the vote in June. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis had faith in the plan in May. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Jane Hollis backed May. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("leaves a name opening the sentence before the pronoun as before, unless written as a place", () => {
    const maker = (sentences: string) => claimantOf(`${VERDICT} ${sentences} He told LBC on Monday.`, "Net migration");
    // Never written after "in" or "near".
    expect(maker("Nigel Farage said the figures were a scandal. Hebden Bridge flooded on Friday.")).toBe(
      "unnamed claimant",
    );
    // Written after "in", but as a person: after "faith in", or before their things.
    expect(maker("Nigel Farage said he had lost faith in Kemi Badenoch. Kemi Badenoch spoke in Leeds on Friday.")).toBe(
      "unnamed claimant",
    );
    expect(
      maker("Nigel Farage said the figures were a scandal in Sam Hill's presence. Sam Hill spoke on Friday."),
    ).toBe("unnamed claimant");
    // A surname the article gives a person, though written after "in".
    expect(
      maker("Jo Hill said the figures were a scandal in Hill. Nigel Farage said so too. Hill spoke on Friday."),
    ).toBe("unnamed claimant");
  });
  it("keeps the pronoun after more words that take a person after 'in' (review)", () => {
    const GOALS = "He has scored 40 goals since 2024.";
    for (const taken of ["pulled in", "swore in", "took in", "found a mentor in"])
      expect(texts(`Tom Reid ${taken} Smith. ${GOALS}`)[1]).toBe("He has scored 40 goals since 2024");
    for (const taken of ["was interested in", "was disappointed in", "saw something in"])
      expect(texts(`Jane Hollis ${taken} Reeves. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    const maker = (sentences: string) => claimantOf(`${VERDICT} ${sentences} He told LBC on Monday.`, "Net migration");
    expect(maker("Nigel Farage pulled in Yusuf. Yusuf spoke on Friday.")).toBe("unnamed claimant");
    expect(maker("Nigel Farage took in Yusuf. Yusuf spoke on Friday.")).toBe("unnamed claimant");
  });

  it("keeps the pronoun before a person's things written with the apostrophe alone (review)", () => {
    expect(texts(`Jane Hollis spoke in Reeves' defence. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis spoke in Reeves’ defence. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("reads a month after 'was sent in', 'was called in' as the month, as before (review)", () => {
    for (const sent of [
      "was sent in May",
      "was called in May",
      "was called in May to give evidence",
      "was brought in May to run the unit",
      "was drafted in May",
    ])
      expect(texts(`Jane Hollis ${sent}. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
    expect(texts(`Tom Reid was swapped in August for two players. He has scored 40 goals since 2024.`)[1]).toBe(
      "Tom Reid has scored 40 goals since 2024",
    );
    expect(texts(`Tom Reid was called in May and told to resign. He has cut 40 jobs since 2024.`).at(-1)).toBe(
      "Tom Reid has cut 40 jobs since 2024",
    );
  });

  it("opens no place where the sentence gives the name the maker's pronoun (review)", () => {
    const maker = claimantOf(
      `${VERDICT} Nigel Farage spoke in Victoria. Victoria said on Friday she disagreed. She told LBC on Monday.`,
      "Net migration",
    );
    expect(maker).toBe("unnamed claimant");
  });
});
