import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 950 (decision 990). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

const LATER = " The regulator said 12 offices would close.";

describe("a one-word name in a post, opening the article with 'told' a listener and 'she' (decision 990)", () => {
  it("gives the post's later claim to the person the opening sentence's pronoun shows", () => {
    for (const opening of [
      "Smith, the regulator, told MPs she would resign.",
      "Smith, the regulator, told MPs on Monday that she would resign.",
      "Smith, the regulator, told reporters he would stay on.",
      "Smith, the regulator, told the committee that he would cut 40 jobs.",
      "Smith, the regulator, tells staff she will cut 40 jobs.",
    ]) {
      expect(quoting(opening + LATER, "12 offices").claimant).toMatchObject({ name: "Smith", type: "person" });
    }
  });
});

describe("a listener's participle with an object, then a clause of its own (decision 990)", () => {
  it("keeps the participle and its object out of the wording", () => {
    for (const [text, fragment, wording] of [
      [
        "The minister told staff working nights they would be paid more.",
        "paid more",
        "According to the minister, they would be paid more",
      ],
      [
        "The minister told staff training new recruits they would be paid more.",
        "paid more",
        "According to the minister, they would be paid more",
      ],
      [
        "Smith told fans wearing the old shirts they would be let in.",
        "let in",
        "According to Smith, they would be let in",
      ],
      [
        "Smith told investors trading the shares the price would fall.",
        "price",
        "According to Smith, the price would fall",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
});

describe("near-misses of decision 990's rules", () => {
  it("leaves a body where the pronoun may be the listener's, or names no person", () => {
    for (const opening of [
      "Smith, the regulator, told Ms Jones she would be sacked.",
      "Smith, the regulator, told her she would be sacked.",
      "Smith, the regulator, told the minister she would resign.",
      "Smith, the regulator, told the mother she would be rehoused.",
      "Smith, the regulator, told MPs it would cut 40 jobs.",
      "Smith, the regulator, told MPs the board would cut 40 jobs.",
      "Smith, the regulator, told MPs who asked whether she would resign that it would not.",
      "The report was out. Smith, the regulator, told MPs she would resign.",
    ]) {
      expect(quoting(opening + LATER, "12 offices").claimant).toMatchObject({ name: "Smith", type: "organization" });
    }
  });
  it("keeps an '-ing' word with a verb after its phrase as the subject of what was said, and a place's end as before", () => {
    for (const [text, fragment, wording] of [
      [
        "The minister told staff training for new recruits would be cut.",
        "recruits",
        "According to the minister, staff training for new recruits would be cut",
      ],
      [
        "The minister told staff training for new recruits was cut.",
        "recruits",
        "According to the minister, staff training for new recruits was cut",
      ],
      [
        "The minister told players training for the final would rest.",
        "final",
        "According to the minister, players training for the final would rest",
      ],
      [
        "The minister told MPs spending on defence would rise.",
        "defence",
        "According to the minister, spending on defence would rise",
      ],
      [
        "Smith told residents living nearby the plant would close.",
        "plant",
        "According to Smith, residents living nearby the plant would close",
      ],
      [
        "Smith told residents living nearby the smell would go.",
        "smell",
        "According to Smith, residents living nearby the smell would go",
      ],
      [
        "Smith told reporters travelling with him the talks had stalled.",
        "talks",
        "According to Smith, reporters travelling with him the talks had stalled",
      ],
      [
        "Smith told staff working nights the hospital said would be paid more.",
        "hospital",
        "According to Smith, staff working nights the hospital said would be paid more",
      ],
      [
        "Smith told staff working at the depot they would be paid more.",
        "paid more",
        "According to Smith, they would be paid more",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
});

describe("near-misses of decision 990's rules (review)", () => {
  it("leaves a body where the listener is one person written in capitals, who may be the pronoun", () => {
    for (const opening of [
      "Carter, the regulator, told the CEO he would be fined.",
      "Carter, the regulator, told the MP she would resign.",
      "Carter, the regulator, told an MP she would resign.",
      "Carter, the regulator, told the GP she was unwell.",
    ]) {
      expect(quoting(opening + LATER, "12 offices").claimant).toMatchObject({ name: "Carter", type: "organization" });
    }
  });
  it("keeps the listener whole where the opener's verb has a verb right after it, as with a verb of saying", () => {
    for (const [text, fragment, wording] of [
      [
        "Smith told staff working nights the board agreed would be paid more.",
        "board",
        "According to Smith, staff working nights the board agreed would be paid more",
      ],
      [
        "Smith told staff working nights the managers knew were tired.",
        "managers",
        "According to Smith, staff working nights the managers knew were tired",
      ],
      [
        "Smith told investors owning the shares it agreed would be sold.",
        "agreed",
        "According to Smith, investors owning the shares it agreed would be sold",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
});
