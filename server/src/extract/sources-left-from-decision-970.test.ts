import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 1010: the sources decision 970 left. A conceding present ("admits", "concedes",
 * "maintains", "boasts") before a clause whose verb is a past unlike its participle, before its
 * speaker in a quotation's tag, and before "on" and a weekday; ", adding that …" after a trailing
 * tag that names its medium and runs past 4 words. The texts are written for these tests.
 */

const { claims } = claimsOn("2026-05-10");
const read = (body: string) => claims(body).map((c) => ({ text: c.text, claimant: c.claimant.name }));
const article = (sentence: string) => [{ text: sentence.replace(/\.$/, ""), claimant: "the article" }];
const PRICES = "Prices will rise by 5% next year";
const BY_TESCO = { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" };

describe("a conceding present before a clause whose verb is a past unlike its participle", () => {
  it("credits the source with the clause", () => {
    expect(read("Tesco admits prices rose by 5% last year.")).toEqual([
      { text: "According to Tesco, prices rose by 5% last year", claimant: "Tesco" },
    ]);
    for (const [sentence, source] of [
      ["Tesco concedes sales fell 4% in May.", "Tesco"],
      ["The firm concedes the cost of the scheme grew by £40m.", "firm"],
      ["The minister concedes turnout fell to 29.6% in 2024.", "minister"],
    ] as const)
      expect(read(sentence)[0]!.claimant, sentence).toBe(source);
  });
});

describe("a conceding present before its speaker in a quotation's tag", () => {
  it("credits the speaker named after the verb", () => {
    expect(read(`“${PRICES},” admits Tesco.`)).toEqual([
      { text: "Tesco said: “Prices will rise by 5% next year”", claimant: "Tesco" },
    ]);
    expect(read(`“${PRICES},” concedes the chief executive in a statement.`)[0]!.claimant).toBe("chief executive");
    expect(read("“We got it wrong,” admits the club, adding that ticket prices will fall.")).toEqual([
      { text: "The club said: “We got it wrong”", claimant: "club" },
      { text: "According to the club, ticket prices will fall", claimant: "club" },
    ]);
  });
});

describe("a conceding present before 'on' and a weekday", () => {
  it("credits the source before 'that', a clause and at the sentence's end", () => {
    for (const sentence of [
      `Tesco admits on Monday that prices will rise by 5% next year.`,
      `Tesco admits on Monday prices will rise by 5% next year.`,
      `${PRICES}, Tesco admits on Monday.`,
    ])
      expect(read(sentence)[0], sentence).toEqual(BY_TESCO);
  });

  it("dates the statement by the day, as '…, Tesco said on Monday' does", () => {
    const [claim] = claims(`${PRICES}, Tesco admits on Monday.`);
    expect(claim!.dates.filter((d) => d.ofStatement).map((d) => d.value)).toEqual(["2026-05-04"]);
  });
});

describe("', adding that …' after a trailing tag that names its medium", () => {
  it("credits the tag's source with what it adds", () => {
    expect(
      read(
        `${PRICES}, Tesco said in a statement to the stock exchange in London on Monday morning, adding that profits would fall.`,
      ),
    ).toEqual([BY_TESCO, { text: "According to Tesco, profits would fall", claimant: "Tesco" }]);
    for (const sentence of [
      `${PRICES}, Tesco said in a statement to staff on Monday, adding that profits would fall.`,
      `${PRICES}, Tesco said in an email to staff at its head office in Welwyn on Monday, adding that 40 stores would close.`,
    ])
      expect(
        read(sentence).map((c) => c.claimant),
        sentence,
      ).toEqual(["Tesco", "Tesco"]);
  });
});

describe("near-misses of decision 970's rules", () => {
  it("keeps an object and the participle that describes it the article's", () => {
    for (const sentence of [
      "The hospital admits patients hurt in the crash.",
      "The council maintains roads built in 1960.",
      "The hospital admits children who fell ill.",
      "The hospital admits patients who were injured in the crash.",
      "The shop boasts a saw.",
      "The hospital admits on Monday 40 patients who were injured.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
  });

  it("keeps a quotation's tag with an object, a pronoun or a title's aside the article's", () => {
    for (const sentence of [
      `“${PRICES},” admits it.`,
      `“${PRICES},” admits Tesco's chief executive.`,
      "“The Crown,” boasts Netflix, was watched by 40 million households.",
      "A hospital dubbed “the best in Leeds,” admits 40 patients a day.",
    ])
      for (const c of read(sentence)) expect(c.claimant, sentence).toBe("the article");
  });

  it("keeps a long tag with a clause of its own the article's, addition and all", () => {
    for (const sentence of [
      `${PRICES}, Tesco said in a statement on Monday as shares fell 4%, adding that profits would fall.`,
      `${PRICES}, Tesco said in London on Monday at a meeting with suppliers, adding that profits would fall.`,
    ])
      expect(read(sentence)[0]!.claimant, sentence).toBe("the article");
  });
});

describe("near-misses of decision 1010's rules (review)", () => {
  const saidOn = (body: string) =>
    claims(body).flatMap((c) => c.dates.filter((d) => d.ofStatement).map((d) => `${c.claimant.name}: ${d.text}`));

  it("dates no statement by a conceding present that takes an object before the date", () => {
    for (const sentence of [
      "The hospital, which admits 40 patients a day since March, said waiting times rose 10%.",
      "Sales fell 4%, Tesco said, as Asda boasts of price cuts in June.",
      "Jones said inflation would reach 5%, a figure the bank maintains in its forecast for June.",
    ])
      expect(saidOn(sentence), sentence).toEqual([]);
  });

  it("still dates the statement by a day right after the present or after where it was said", () => {
    expect(saidOn("Inflation will fall to 2% by December, the bank concedes in a letter on Friday.")).toEqual([
      "bank: on Friday",
    ]);
    expect(saidOn("The council admits on Thursday in a statement that bins were not collected.")).toEqual([
      "council: on Thursday",
    ]);
  });

  it("words ', and says' with a figure after a conceding present's clause as the speaker's own", () => {
    expect(read("The firm concedes its shares fell 4% on Monday, and says 40 stores will close.")).toEqual([
      { text: "The firm said its shares fell 4% on Monday", claimant: "firm" },
      { text: "According to the firm, 40 stores will close", claimant: "firm" },
    ]);
  });

  it("keeps a weekday that a date goes on from the article's", () => {
    const sentence = "The minister admits on Monday 14 May that things went wrong.";
    expect(read(sentence)).toEqual(article(sentence));
  });
});
