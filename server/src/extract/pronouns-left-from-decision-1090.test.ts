import { describe, expect, it } from "vitest";
import { speakers, texts } from "./pronoun-cases.test-helper.ts";

/**
 * A role owned by "his" or "her" written as an aside between a name and its verb ("Mr Reid, his
 * lawyer, said …"), which names the aside's own person, and an aside of how the one named speaks
 * ("Reid, his voice breaking, said …"), which keeps the full name the article wrote (decision 1125,
 * left from decision 1090). The texts are written for these tests.
 */
const COURT = "Tom Smith appeared at Leeds Crown Court on Friday.";
const REID = "Tom Reid opened a school in Leeds.";
const HOLLIS = "Jane Hollis opened a school in Leeds.";
const COST = "said the school had cost £4m.";

describe("a role owned by 'his' or 'her' as an aside between a name and its verb", () => {
  it("speaks, as the aside's own person", () => {
    for (const [sentence, speaker] of [
      ["Mr Patel, his lawyer, said the case had cost £4m.", "Patel"],
      ["Ravi Patel, his lawyer, said the case had cost £4m.", "Ravi Patel"],
      ["Mr Patel, his barrister, has said the case had cost £4m.", "Patel"],
      ["Ms Okafor, his solicitor, said the case had cost £4m.", "Okafor"],
      ["Mr Patel, his former aide, said the case had cost £4m.", "Patel"],
      ["Outside court, Mr Patel, his lawyer, said the case had cost £4m.", "Patel"],
    ])
      expect(speakers(`${COURT} ${sentence}`).at(-1), sentence).toBe(speaker);
  });

  it("is someone else of the surname than the full name the article wrote", () => {
    expect(speakers(`${REID} Mr Reid, his lawyer, ${COST}`).at(-1)).toBe("Reid");
    expect(speakers(`${REID} “It cost £4m,” Mr Reid, his lawyer, said.`).at(-1)).toBe("Reid");
  });

  it("speaks as the full name the article wrote after 'their', a group's", () => {
    expect(speakers(`${REID} Mr Reid, their leader, ${COST}`).at(-1)).toBe("Tom Reid");
  });
});

describe("an aside of how the one named speaks, between the name and its verb", () => {
  it("keeps the full name the article wrote", () => {
    for (const aside of ["his voice breaking", "his voice cracking with emotion", "his hands shaking"]) {
      expect(speakers(`${REID} Reid, ${aside}, ${COST}`).at(-1), aside).toBe("Tom Reid");
      expect(speakers(`${REID} Mr Reid, ${aside}, ${COST}`).at(-1), aside).toBe("Tom Reid");
    }
    expect(speakers(`${HOLLIS} Ms Hollis, her eyes filled with tears, ${COST}`).at(-1)).toBe("Jane Hollis");
    expect(texts(`${REID} Reid, his voice breaking, told reporters the school had cost £4m.`).at(-1)).toBe(
      "According to Tom Reid, the school had cost £4m",
    );
  });
});

describe("a family tie written as an aside in a sentence before the one that speaks", () => {
  it("gives the next 'he' or 'she' to the one the tie names, not to the full name the article wrote", () => {
    for (const [tie, pronoun, speaker] of [
      ["Ms Reid, his daughter,", "she", "Reid"],
      ["Mr Reid, his son,", "he", "Reid"],
    ]) {
      const quoted = `${REID} ${tie} cut the ribbon. “It cost £4m,” ${pronoun} said.`;
      expect(speakers(quoted).at(-1), quoted).toBe(speaker);
      const reported = `${REID} ${tie} cut the ribbon. ${pronoun === "he" ? "He" : "She"} ${COST}`;
      expect(speakers(reported).at(-1), reported).toBe(speaker);
    }
    expect(speakers(`${HOLLIS} Mr Hollis, her husband, cut the ribbon. “It cost £4m,” he said.`).at(-1)).toBe("Hollis");
    expect(texts(`${REID} Ms Reid, his daughter, cut the ribbon. Ms Reid ${COST}`).at(-1)).toBe(
      "According to Ms Reid, the school had cost £4m",
    );
  });

  it("gives a 'she' after the tie's own sentence of speech to her", () => {
    const body = `${REID} Ms Reid, his daughter, ${COST} “It will open in May,” she said.`;
    expect(texts(body).at(-1)).toBe("Ms Reid said: “It will open in May”");
  });

  it("gives the next 'he' to the one who acts for the pronoun's person", () => {
    expect(speakers(`${COURT} Mr Patel, his lawyer, left the court. “We will appeal,” he said.`).at(-1)).toBe("Patel");
  });
});

describe("near-misses of decision 1125's rules", () => {
  it("keeps the article's reading where the role is not the pronoun's, or the aside names no manner", () => {
    for (const sentence of [
      "Mr Reid, his party's leader, said the school had cost £4m.",
      "Mr Reid, her voice breaking, said the school had cost £4m.",
      "Reid, his wife beside him, said the school had cost £4m.",
    ])
      expect(speakers(`${REID} ${sentence}`).at(-1), sentence).toBe("the article");
    expect(speakers(`${HOLLIS} Ms Hollis, his hands shaking, ${COST}`).at(-1)).toBe("the article");
  });

  it("keeps the full name for another title, no title, or a pronoun the tie's person does not fit", () => {
    for (const sentence of [
      "Mr Reid said the school had cost £4m.",
      "Reid said the school had cost £4m.",
      "“It cost £4m,” he said.",
    ])
      expect(speakers(`${REID} Ms Reid, his daughter, cut the ribbon. ${sentence}`).at(-1), sentence).toBe("Tom Reid");
  });

  it("keeps the full name for the one who speaks where the role is someone else's in the sentence", () => {
    for (const sentence of [
      "Mr Reid thanked Ms Reid, his wife, and said the school had cost £4m.",
      "Mr Reid thanked Mr Cole, his lawyer, and said the school had cost £4m.",
      "Speaking beside Mr Cole, his lawyer, Mr Reid said the school had cost £4m.",
    ])
      expect(speakers(`${REID} ${sentence}`).at(-1), sentence).toBe("Tom Reid");
  });
});

describe("near-misses of decision 1125's rules (review)", () => {
  it("keeps the full name of one who acts for someone, where the full name has spoken or someone else is named", () => {
    const agent =
      "Harry Kane missed training. Mark Wells said talks had begun. Mr Wells, his agent, said the club had offered £4m. Mr Wells said the offer would rise to £5m.";
    expect(speakers(agent).slice(-2)).toEqual(["Mark Wells", "Mark Wells"]);
    const barrister =
      "Tom Smith, 45, denies fraud. Ravi Patel, defending, said the loss was £2m. “Smith repaid £4m,” Mr Patel, his barrister, said.";
    expect(speakers(barrister).at(-1)).toBe("Ravi Patel");
    const solicitor =
      "Jane Hollis was charged in March. Amira Okafor said the loss was £2m. Ms Okafor, her solicitor, said Hollis had repaid £4m.";
    expect(speakers(solicitor).at(-1)).toBe("Amira Okafor");
  });

  it("gives a titled surname to a full name of it the article writes after the tie", () => {
    const body = `${REID} Ms Reid, his daughter, cut the ribbon. Sarah Reid, 40, ${COST} Ms Reid said it would open in May.`;
    expect(speakers(body).at(-1)).toBe("Sarah Reid");
    const role = `${REID} Mr Patel, his lawyer, cut the ribbon. Ravi Patel ${COST} “It will open in May,” Mr Patel said.`;
    expect(speakers(role).at(-1)).toBe("Ravi Patel");
  });
});
