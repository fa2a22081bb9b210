import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * "He" or "She" one sentence past a sentence that names no one but opens with a word off the
 * common-word list ("Turnout was low."), and past a sentence whose only person is the pronoun's own
 * ("The crowd booed him.") (decision 1030, left from decision 985). The texts are written for these
 * tests.
 */
const { claims } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);

const JOBS = "She has cut 40 jobs since 2024.";
const TOWNS = "He has visited 40 towns since 2024.";
const RALLY = "Nigel Farage spoke at a rally in Clacton on Friday.";
const SCHOOL = "Jane Hollis opened a school in Leeds.";
const HIS = "Nigel Farage has visited 40 towns since 2024";
const HERS = "Jane Hollis has cut 40 jobs since 2024";

describe("a 'He' or 'She' past a sentence opening with a word that names no one", () => {
  it("names the person of the sentence before it", () => {
    for (const between of ["Turnout was low.", "Attendance fell.", "Rain fell.", "Traffic was heavy."])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe(HIS);
    expect(texts(`${SCHOOL} Turnout was low. ${JOBS}`).at(-1)).toBe(HERS);
  });
});

describe("a 'He' or 'She' past a sentence whose only person is the pronoun's own", () => {
  it("names the person of the sentence before it", () => {
    for (const between of ["The crowd booed him.", "The crowd cheered his speech."])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe(HIS);
    for (const between of ["Reporters asked her about it.", "The crowd booed her."])
      expect(texts(`${SCHOOL} ${between} ${JOBS}`).at(-1), between).toBe(HERS);
  });
});

describe("near-misses of decision 1030's rules", () => {
  it("keeps the pronoun past a sentence opening with a name, a body or someone unnamed", () => {
    for (const between of [
      "Smith cheered.",
      "Tice was absent.",
      "Turnout was low, Tice said.",
      "Turnout fell as Tice spoke.",
      "The protester was removed.",
      // Two sentences between.
      "Turnout was low. Rain fell.",
    ])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe("He has visited 40 towns since 2024");
  });

  it("keeps the pronoun past a pronoun that does not fit it, or someone beside it", () => {
    for (const between of [
      "The crowd booed her.",
      "He was cheered.",
      "They booed him.",
      "Tice booed him.",
      "A woman booed him.",
      "The protester booed him.",
      "The council thanked him.",
    ])
      expect(texts(`${RALLY} ${between} ${TOWNS}`).at(-1), between).toBe("He has visited 40 towns since 2024");
    expect(texts(`${SCHOOL} The crowd booed him. ${JOBS}`).at(-1)).toBe("She has cut 40 jobs since 2024");
  });
});
