import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * "He" or "She" after a sentence that names a month, and a fact-check's pronoun maker after a
 * surname written alone (decision 815). The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);
const claimantOf = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

const VERDICT =
  "What was claimed\nNet migration has tripled since Brexit.\n\nOur verdict\nFalse. It has roughly doubled.";
const JOBS = "She has cut 40 jobs since 2024.";

describe("a month in the sentence before names no one", () => {
  it("names the person before a month, as before a weekday", () => {
    expect(texts(`Mayor Jane Hollis cut the budget in March. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Tom Reid took office in January 2021. He has cut 40 jobs since 2024.`)[1]).toBe(
      "Tom Reid has cut 40 jobs since 2024",
    );
    expect(texts(`Tom Reid took office on 4 March. He has cut 40 jobs since 2024.`)[1]).toBe(
      "Tom Reid has cut 40 jobs since 2024",
    );
  });

  it("reads 'May', 'June' and 'August' as months where a date's words stand beside them", () => {
    expect(texts(`Jane Hollis was elected in May 2021. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis cut the budget last June. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
    expect(texts("Jane Hollis was elected in August. She may stand again in 2028.")[1]).toBe(
      "Jane Hollis may stand again in 2028",
    );
  });

  it("still names the person before a weekday", () => {
    expect(texts(`Mayor Jane Hollis cut the budget on Friday. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });

  it("keeps the pronoun where 'May' or 'June' is someone's name", () => {
    expect(texts(`Jane Hollis met Theresa May in Leeds. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis succeeded May as leader in 2019. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis met June on Friday. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });

  it("keeps the pronoun where someone else is named beside the month", () => {
    expect(texts("Tom Reid took office in March and Ann Wells left. He has cut 40 jobs since 2024.")[1]).toBe(
      "He has cut 40 jobs since 2024",
    );
    expect(texts("Jane Hollis said the budget was cut in March. She has cut 40 jobs since 2024.")[1]).toBe(
      "She has cut 40 jobs since 2024",
    );
  });
});

describe("a fact-check's pronoun maker after a month or a surname written alone", () => {
  it("gives the checked claim to the person a sentence naming a month named", () => {
    const body = `${VERDICT} Nigel Farage said the figures were a scandal. Farage spoke at a rally in March. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(texts(body)).not.toContain("He told LBC on Monday");
  });

  it("gives it to the person named in full before, by the surname that opens the sentence", () => {
    const body = `${VERDICT} Nigel Farage said the figures were a scandal. Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(body, "Net migration has tripled")).toBe("Nigel Farage");
    expect(texts(body)).not.toContain("He told LBC on Monday");
    const leads = `${VERDICT} Nigel Farage leads Reform UK. Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(leads, "Net migration has tripled")).toBe("Nigel Farage");
  });

  it("names no maker for one word the article never gives in full, or gives only later", () => {
    const place = `${VERDICT} Nigel Farage said the figures were a scandal. Clacton flooded on Friday. He told LBC on Monday.`;
    expect(claimantOf(place, "Net migration has tripled")).toBe("unnamed claimant");
    const later = `${VERDICT} Farage spoke at a rally in Clacton on Friday. He told LBC on Monday. Nigel Farage has led Reform since 2024.`;
    expect(claimantOf(later, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("names no maker when the surname is someone else's", () => {
    const cooper = `${VERDICT} Yvette Cooper was in Leeds. Nigel Farage said the figures were a scandal. Cooper spoke in Leeds on Friday. She told LBC on Monday.`;
    expect(claimantOf(cooper, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("names no maker when 'May' is a person met, not a month", () => {
    const may = `${VERDICT} Nigel Farage met May in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(may, "Net migration has tripled")).toBe("unnamed claimant");
  });

  it("reads the same sentences with no check as the article's own pronoun reader does", () => {
    // Kept as "He told LBC on Monday" by this decision; decision 855 reads "in Clacton" as where he was.
    const plain = "Nigel Farage was born in 1964. Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.";
    expect(texts(plain)).toContain("Nigel Farage told LBC on Monday");
  });
});

describe("near-misses of decision 815's rules", () => {
  it("keeps the pronoun where 'May', 'April' or 'June' beside a date's word is still a person", () => {
    expect(texts(`Jane Hollis served in May's cabinet. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis hired April, 34, last year. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis has been in post since June took over. ${JOBS}`)[1]).toBe(
      "She has cut 40 jobs since 2024",
    );
    expect(texts(`Jane Hollis was elected on May 4, 2021. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
  });

  it("reads 'May', 'April' and 'June' as months in a date's other wordings before a fact-check's pronoun maker", () => {
    const maker = (sentence: string) => claimantOf(`${VERDICT} ${sentence} He told LBC on Monday.`, "Net migration");
    expect(maker("Nigel Farage spoke at a rally in Clacton at the end of May.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage spoke at a rally in Clacton on the first of May.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage campaigned in the May elections.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage made the claim between April and June.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage made the claim from April to June.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage said the figures were a scandal. The figures are published every May.")).toBe(
      "Nigel Farage",
    );
    expect(maker("Nigel Farage made the claim in a June speech.")).toBe("Nigel Farage");
    expect(maker("Nigel Farage made the claim at his party’s June conference.")).toBe("Nigel Farage");
  });

  it("names no maker by a surname that two people named in full share", () => {
    const brothers = `${VERDICT} Boris Johnson said the figures were a scandal, his brother Jo Johnson recalled. Johnson repeated them in Henley on Friday. He told LBC on Monday.`;
    expect(claimantOf(brothers, "Net migration")).toBe("unnamed claimant");
  });

  it("names no maker by a full name read across a sentence's end", () => {
    const quoted = `${VERDICT} “It is a scandal,” said Nigel Farage. Farage spoke at a rally in Clacton on Friday. He told LBC on Monday.`;
    expect(claimantOf(quoted, "Net migration")).not.toBe("Nigel Farage. Farage");
  });
});
