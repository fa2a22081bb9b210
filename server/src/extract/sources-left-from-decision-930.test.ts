import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 970: the sources decision 930 left. A conceding present ("admits", "concedes",
 * "maintains", "boasts") before where it was said, in a quotation's tag and before a clause with
 * no "that"; a trailing tag that names its medium and runs past 8 words. The texts are written for
 * these tests.
 */

const { claims } = claimsOn("2026-05-10");
const read = (body: string) => claims(body).map((c) => ({ text: c.text, claimant: c.claimant.name }));
const article = (sentence: string) => [{ text: sentence.replace(/\.$/, ""), claimant: "the article" }];
const PRICES = "Prices will rise by 5% next year";

describe("a conceding present before where it was said", () => {
  it("credits the source of '…, Tesco admits in a statement'", () => {
    expect(read(`${PRICES}, Tesco admits in a statement.`)).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
    ]);
    expect(read(`Tesco admits in a statement that prices will rise by 5% next year.`)[0]!.claimant).toBe("Tesco");
  });

  it("keeps '…, as the company admits' the article's, as '…, as the company claims' is (near-miss)", () => {
    for (const sentence of [`${PRICES}, as the company admits.`, `${PRICES}, as the company claims.`])
      expect(read(sentence)).toEqual(article(sentence));
    const emergency = "The hospital admits in an emergency patients who were injured.";
    expect(read(emergency)).toEqual(article(emergency));
  });
});

describe("a conceding present in a quotation's tag", () => {
  it("credits the speaker after a quotation that hands over with a comma", () => {
    expect(read(`“${PRICES},” the company admits.`)).toEqual([
      { text: "The company said: “Prices will rise by 5% next year”", claimant: "company" },
    ]);
    expect(read(`“${PRICES},” Tesco concedes in a statement.`)[0]!.claimant).toBe("Tesco");
    expect(read(`“${PRICES},” Tesco boasts in a video posted on Monday.`)[0]!.claimant).toBe("Tesco");
  });

  it("keeps an object after the verb, a quotation with no comma and a name inside a sentence the article's (near-miss)", () => {
    for (const sentence of [
      `“${PRICES},” Tesco admits 40 times a year.`,
      `“${PRICES}”, the company admits.`,
      `“${PRICES}.” The company admits this.`,
      "A hospital dubbed “the best in Leeds” admits 40 patients a day.",
    ])
      for (const c of read(sentence)) expect(c.claimant, sentence).toBe("the article");
  });
});

describe("a conceding present before a clause with no 'that'", () => {
  it("credits the source when the clause's verb is an auxiliary or a modal", () => {
    expect(read(`Tesco admits prices will rise by 5% next year.`)).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
    ]);
    for (const [sentence, source] of [
      ["The firm concedes the cost of the scheme has doubled.", "firm"],
      ["Labour concedes the seat will go to the Greens.", "Labour"],
      ["Tesco admits mistakes were made.", "Tesco"],
      ["The trust maintains the building has been neglected for 40 years.", "trust"],
    ] as const)
      expect(read(sentence)[0]!.claimant, sentence).toBe(source);
  });

  it("keeps an object and what describes it the article's (near-miss)", () => {
    for (const sentence of [
      "The hospital admits 40 patients a day.",
      "The hospital admits patients who were injured in the crash.",
      "The hospital admits patients injured in the crash.",
      "The council maintains roads built in 1960.",
      "The council maintains roads the government has neglected.",
      "The hospital admits more patients than it can treat.",
      "The hospital admits 40 patients a day and has 30 beds.",
      "The hospital admits patients from Leeds who have been waiting.",
      "The council maintains 400 miles of roads that will be resurfaced.",
      "The stadium boasts seats for 40,000 fans and will host the final.",
      "The hotel boasts 40 rooms and a spa.",
      // "Tesco admits prices rose by 5% last year" is Tesco's since decision 1010.
      "Tesco admits patients hurt in the crash.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
  });
});

describe("a trailing tag that names its medium and runs past 8 words", () => {
  it("credits the source with what came before the tag", () => {
    for (const sentence of [
      `${PRICES}, Tesco said in a statement to the stock exchange in London on Monday morning.`,
      `${PRICES}, Tesco said in an email to staff at its head office in Welwyn on Monday.`,
      `${PRICES}, Tesco said in a letter to the chairman of the Treasury committee on Monday.`,
    ])
      expect(read(sentence)[0], sentence).toEqual({
        text: "According to Tesco, prices will rise by 5% next year",
        claimant: "Tesco",
      });
  });

  it("keeps a tail that may hold the article's own clause the article's (near-miss)", () => {
    for (const sentence of [
      `${PRICES}, Tesco said in a statement to the stock exchange in London on Monday the price of bread rises.`,
      `${PRICES}, Tesco said in London on Monday the price of bread rises by 10% every year.`,
      `${PRICES}, Tesco said in a statement to the stock exchange in London on Monday as shares fell 4%.`,
      `${PRICES}, the minister said in a speech to the conference in Liverpool as delegates cheered.`,
      `${PRICES}, Tesco said on Monday in London at a meeting with its suppliers and the staff of its stores.`,
    ])
      expect(read(sentence)).toEqual(article(sentence));
  });
});

describe("near-misses of decision 970's rules (review)", () => {
  it("keeps a title's quotation the sentence's subject when its conceding tag is an aside before an auxiliary", () => {
    const sentence = "“The Crown,” Netflix boasts, was watched by 40 million households.";
    expect(read(sentence)).toEqual(article(sentence));
    expect(read(`“${PRICES},” the chief executive concedes, adding that 40 stores will close.`)[0]!.claimant).toBe(
      "chief executive",
    );
  });

  it("keeps a named tag's tail the article's when a joined clause has a name and a present in '-s'", () => {
    for (const sentence of [
      `${PRICES}, Tesco said in a statement on Monday as its rival Sainsbury's cuts 400 jobs.`,
      `${PRICES}, Tesco said in a statement on Monday while its rival Asda cuts 400 jobs.`,
    ])
      expect(read(sentence)).toEqual(article(sentence));
    expect(
      read(`${PRICES}, the company said in a statement to Tesco shareholders in London on Monday morning.`)[0],
    ).toEqual({ text: "According to the company, prices will rise by 5% next year", claimant: "company" });
  });
});
