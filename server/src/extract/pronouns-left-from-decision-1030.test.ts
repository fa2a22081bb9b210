import { describe, expect, it } from "vitest";
import { texts, speakers, JOBS, TOWNS, RALLY, SCHOOL } from "./pronoun-cases.test-helper.ts";

/**
 * Two people of one surname told apart by a relation written as an aside ("Ms Reid, his daughter,
 * said …") or by a courtesy title of the other sex than the one the article writes before the full
 * name ("Miss Jane Hollis … Mr Hollis said"), and a "He" or "She" past a sentence whose only people
 * but the pronoun's own are a plural of the list of people's plurals ("Hecklers interrupted him.")
 * (decision 1090, left from decision 1030). The texts are written for these tests.
 */
const COST = "said the school had cost £4m.";

describe("a relation written as an aside between a titled surname and its verb", () => {
  it("speaks, as someone else of the surname", () => {
    for (const body of [
      `Mr Tom Reid opened a school in Leeds. Ms Reid, his daughter, ${COST}`,
      `Tom Reid opened a school in Leeds. Mr Reid, his son, ${COST}`,
      `Tom Reid opened a school in Leeds. Mrs Reid, his wife, ${COST}`,
    ])
      expect(speakers(body).at(-1), body).toBe("Reid");
    expect(speakers(`${SCHOOL} Mr Hollis, her husband, ${COST}`).at(-1)).toBe("Hollis");
  });
});

describe("a surname with a courtesy title of the other sex than 'Miss' before the full name", () => {
  it("is not the woman the article titled 'Miss'", () => {
    expect(speakers(`Miss Jane Hollis opened a school in Leeds. Mr Hollis ${COST}`).at(-1)).toBe("Hollis");
  });
});

describe("a 'He' or 'She' past a sentence whose only other people are a plural of people", () => {
  it("names the person of the sentence before it", () => {
    for (const between of ["Hecklers interrupted him.", "Protesters booed him.", "The protesters booed him."])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe(
        "Nigel Farage has visited 40 towns since 2024",
      );
    expect(texts(`${SCHOOL} Campaigners cheered her. ${JOBS}`).at(-1)).toBe("Jane Hollis has cut 40 jobs since 2024");
  });
});

describe("near-misses of decision 1090's rules", () => {
  it("keeps a titled surname the full name's where the aside names no relation or the title fits", () => {
    expect(speakers(`${SCHOOL} Ms Hollis, a teacher, ${COST}`).at(-1)).toBe("Jane Hollis");
    expect(speakers(`Miss Jane Hollis opened a school in Leeds. Miss Hollis ${COST}`).at(-1)).toBe("Miss Hollis");
    expect(speakers(`Mr Tom Reid opened a school in Leeds. Mr Reid ${COST}`).at(-1)).toBe("Tom Reid");
    // No gender from a given name: "Tom Reid … Mrs Reid" stays one person, as decisions 945 and 1030 read it.
    expect(speakers(`Tom Reid opened a school in Leeds. Mrs Reid ${COST}`).at(-1)).toBe("Tom Reid");
  });

  it("keeps two people of one surname told apart by their given names", () => {
    const body = `Tom Reid and his daughter Jane Reid opened a school in Leeds. Jane Reid ${COST}`;
    expect(speakers(body).at(-1)).toBe("Jane Reid");
  });

  it("keeps the pronoun past a plural surname, a body, a pronoun that does not fit or someone beside", () => {
    for (const between of [
      "Walters booed him.",
      "Hecklers interrupted her.",
      "Hecklers interrupted him and Tice.",
      "The council thanked him.",
      "Police escorted him out.",
    ])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe("He has visited 40 towns since 2024");
    expect(texts(`${SCHOOL} Campaigners cheered. ${JOBS}`).at(-1)).toBe("She has cut 40 jobs since 2024");
  });
});

describe("near-misses of decision 1090's rules (review)", () => {
  const REID = "Tom Reid opened a school in Leeds.";

  it("keeps the full name for the one who speaks where the tie is someone else's in the sentence", () => {
    for (const sentence of [
      "Mr Reid thanked Ms Reid, his wife, and said the school had cost £4m.",
      "Mr Reid told Ms Reid, his daughter, that the school had cost £4m.",
      "Speaking beside Ms Reid, his wife, Mr Reid said the school had cost £4m.",
      "Standing with Jane Reid, his daughter, Mr Reid said the school had cost £4m.",
      "With Ms Reid, his wife, at his side, Reid said the school had cost £4m.",
      "Reid said he was proud of Jane Reid, his daughter, who raised £4m.",
    ])
      expect(speakers(`${REID} ${sentence}`).at(-1), sentence).toBe("Tom Reid");
  });

  it("keeps the full name where the tie is written in the next sentence", () => {
    const body = `${REID} Mr Reid said the school had cost £4m. Ms Reid, his daughter, will run it.`;
    expect(speakers(body)[1]).toBe("Tom Reid");
  });

  it("reads the name before a relative clause whose object has the tie", () => {
    expect(speakers(`${SCHOOL} Ms Hollis, who thanked Mr Hollis, her husband, ${COST}`).at(-1)).toBe("Jane Hollis");
  });
});
