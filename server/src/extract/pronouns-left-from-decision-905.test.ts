import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * "He" or "She" one sentence past a sentence that names only a place, after a title the memory read
 * otherwise ("Labour leader Jane Hollis", "Mayor Hollis", "Ms Hollis"), and after "found a backer
 * in" a word the article writes as a place (decision 945, left from decision 905). The texts are
 * written for these tests.
 */
const { claims } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);

const JOBS = "She has cut 40 jobs since 2024.";
const TOWNS = "He has visited 40 towns since 2024.";
const GOALS = "He has scored 40 goals since 2024.";
const RALLY = "Nigel Farage spoke at a rally in Hebden Bridge on Friday.";

describe("a 'He' or 'She' past a sentence that names only a place", () => {
  it("names the person of the sentence before the place's", () => {
    expect(texts(`${RALLY} Hebden Bridge flooded in March. ${TOWNS}`)[2]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
    expect(texts(`Nigel Farage spoke at a rally in Clacton on Friday. Clacton flooded in March. ${TOWNS}`)[2]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
    expect(texts(`Jane Hollis opened a school in Hebden Bridge. Hebden Bridge flooded in March. ${JOBS}`)[2]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });
});

describe("a titled name the memory read otherwise", () => {
  it("names the person after a party's leader, and after a title and the surname alone", () => {
    expect(texts(`Labour leader Jane Hollis opened a school in Leeds. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Mayor Jane Hollis was elected in 2019. Mayor Hollis opened a school in Leeds. ${JOBS}`)[2]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });

  it("reads 'Ms Hollis' after 'Jane Hollis' as one person", () => {
    expect(texts(`Jane Hollis was elected in 2019. Ms Hollis opened a school in Leeds. ${JOBS}`)[2]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Tom Reid was born in 1990. Mr Reid played at Wembley on Saturday. ${GOALS}`)[2]).toBe(
      "Tom Reid has scored 40 goals since 2024",
    );
  });
});

describe("a backer found 'in' a word the article writes as a place", () => {
  it("names the person who found the backer", () => {
    expect(texts(`Tom Reid grew up in Leeds. Reid found a backer in Leeds. ${GOALS}`)[2]).toBe(
      "Tom Reid has scored 40 goals since 2024",
    );
    expect(texts(`Tom Reid spoke at Barnsley on Friday. Reid found a supporter in Barnsley. ${GOALS}`)[2]).toBe(
      "Tom Reid has scored 40 goals since 2024",
    );
  });
});

describe("near-misses of decision 945's rules", () => {
  it("keeps the pronoun past a place when someone else is named, or the person does not fit it", () => {
    for (const body of [
      // A second person between, or in the sentence that names the person.
      `${RALLY} Hebden Bridge flooded in March, and Tice visited. ${TOWNS}`,
      `Nigel Farage spoke with Richard Tice at a rally in Hebden Bridge. Hebden Bridge flooded in March. ${TOWNS}`,
      `Richard Tice spoke on Monday. ${RALLY} Hebden Bridge flooded in March. ${TOWNS}`,
      // The place's sentence names a body, or a body opens it.
      `${RALLY} Hebden Bridge was flooded by Yorkshire Water in March. ${TOWNS}`,
      `${RALLY} Hebden Bridge Town Council closed the roads in March. ${TOWNS}`,
      `${RALLY} Yorkshire Water flooded Hebden Bridge in March. ${TOWNS}`,
      // A name the article never writes as a place; a person the sentence before reported.
      `Nigel Farage spoke at a rally on Friday. Hebden Bridge flooded in March. ${TOWNS}`,
      `Nigel Farage said he would hold a rally in Hebden Bridge. Hebden Bridge flooded in March. ${TOWNS}`,
    ])
      expect(texts(body).at(-1), body).toBe("He has visited 40 towns since 2024");
    // "She" after a man's title.
    expect(
      texts(`Sir Keir Starmer spoke at a rally in Hebden Bridge. Hebden Bridge flooded in March. ${JOBS}`).at(-1),
    ).toBe("She has cut 40 jobs since 2024");
  });

  it("keeps the pronoun after a title given to a second person of the surname, or of the other sex", () => {
    expect(
      texts(`Jane Hollis was elected in 2019. Her husband Tom Hollis was not. Ms Hollis opened a school. ${JOBS}`)[3],
    ).toBe("She has cut 40 jobs since 2024");
    // "Mr Hollis" after "Mrs Jane Hollis" is someone else, named by the title the sentence gives him.
    expect(texts(`Mrs Jane Hollis was elected in 2019. Mr Hollis opened a school in Leeds. ${TOWNS}`)[2]).toBe(
      "Mr Hollis has visited 40 towns since 2024",
    );
    // Someone else in the sentence, two people after the role, or what she said.
    for (const body of [
      `Labour leader Jane Hollis opened a school with Reeves. ${JOBS}`,
      `Labour officials Jane Hollis and Tom Reid opened a school in Leeds. ${JOBS}`,
      `Jane Hollis was elected in 2019. Ms Hollis said the council would cut 40 jobs. ${JOBS}`,
    ])
      expect(texts(body).at(-1), body).toBe("She has cut 40 jobs since 2024");
  });

  it("keeps the pronoun after a backer found in a word the article writes nowhere else, or as a person", () => {
    for (const body of [
      `Tom Reid found a backer in Leeds. ${GOALS}`,
      `Tom Reid found a backer in Smith. ${GOALS} Smith spoke in Leeds on Friday.`,
      `Tom Reid grew up in Leeds. Reid found a backer in Smith. ${GOALS}`,
      // A surname the article gives a person.
      `Tom Reid found a backer in Wells. ${GOALS} Ann Wells lives in Wells.`,
    ])
      expect(
        texts(body).find((t) => t.endsWith("40 goals since 2024")),
        body,
      ).toBe("He has scored 40 goals since 2024");
  });
});

describe("near-misses of decision 945's rules (review)", () => {
  it("does not give an office before a surname alone to a full name the article never gives that office", () => {
    expect(
      texts(
        "Hunter Biden was pardoned in December 2024. President Biden signed the pardon on a Sunday. He has issued 40 pardons since 2021.",
      )[2],
    ).toBe("He has issued 40 pardons since 2021");
    // The office written after the full name, in its sentence, is theirs.
    expect(texts(`Jane Hollis was elected mayor in 2019. Mayor Hollis opened a school in Leeds. ${JOBS}`)[2]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });
});
