import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 1055: the sources decision 1010 left. A conceding present ("admits", "concedes",
 * "maintains", "boasts") before a clause whose verb is a past of a change in "-ed" before its figure
 * or at the sentence's end, and before "today", "tonight" or "this week" and the like; the pasts
 * "admitted", "acknowledged" and the rest dating their statement by a date right after them. The
 * texts are written for these tests.
 */

const { claims } = claimsOn("2026-05-10");
const read = (body: string) => claims(body).map((c) => ({ text: c.text, claimant: c.claimant.name }));
const article = (sentence: string) => [{ text: sentence.replace(/\.$/, ""), claimant: "the article" }];
const saidOn = (body: string) =>
  claims(body).flatMap((c) => c.dates.filter((d) => d.ofStatement).map((d) => `${c.claimant.name}: ${d.text}`));

describe("a conceding present before a clause whose verb is a past of a change in '-ed'", () => {
  it("credits the source with the clause when a figure follows the past", () => {
    expect(read("Tesco concedes sales slumped 4% in May.")).toEqual([
      { text: "According to Tesco, sales slumped 4% in May", claimant: "Tesco" },
    ]);
    for (const [sentence, source] of [
      ["The council admits fees increased by £40m last year.", "council"],
      ["The government concedes net migration doubled to 900,000.", "government"],
      // Every past of a multiple is a change (`MULTIPLIER_PASTS`), "trebled" and "quadrupled" too.
      ["The council admits fees trebled to £40m.", "council"],
      ["Tesco concedes costs quadrupled 40% in a decade.", "Tesco"],
    ] as const)
      expect(read(sentence)[0]!.claimant, sentence).toBe(source);
  });

  it("credits the source with the clause when the past ends the sentence", () => {
    expect(read("Tesco admits profits dropped.")).toEqual([
      { text: "According to Tesco, profits dropped", claimant: "Tesco" },
    ]);
  });
});

describe("a conceding present before 'today', 'tonight' or 'this week'", () => {
  it("credits the source before 'that' and at the sentence's end", () => {
    for (const sentence of [
      "Tesco admits this week that sales fell 4%.",
      "Tesco admits today that sales fell 4%.",
      "Sales fell 4%, Tesco admits this week.",
    ])
      expect(read(sentence)[0], sentence).toEqual({ text: "According to Tesco, sales fell 4%", claimant: "Tesco" });
  });

  it("dates the statement by the time, as '…, Tesco said this week' does", () => {
    expect(saidOn("Sales fell 4%, Tesco admits this week.")).toEqual(["Tesco: this week"]);
  });
});

describe("a conceding past before a date", () => {
  it("dates the statement, as 'Tesco said last month that …' does", () => {
    expect(saidOn("Tesco admitted last month that sales fell 4%.")).toEqual(["Tesco: last month"]);
    expect(saidOn("Sales fell 4%, Tesco admitted on Monday.")).toEqual(["Tesco: on Monday"]);
    expect(saidOn("The bank acknowledged in a letter on Friday that rates would rise.")).toEqual(["bank: on Friday"]);
  });
});

describe("near-misses of decision 1055's rules", () => {
  it("keeps an object and a past of a change that describes it the article's", () => {
    for (const sentence of [
      "The hospital admits patients dropped off by ambulances.",
      "The firm maintains prices increased by its rivals.",
      "The hospital admits patients recovered from surgery.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
  });

  it("keeps an object after 'this week' and 'this week's' as before", () => {
    const sentence = "The hospital admits this week 40 patients who were injured.";
    expect(read(sentence)).toEqual(article(sentence));
    expect(read("Tesco admits this week's figures were wrong.")[0]!.text).toBe(
      "According to Tesco, this week's figures were wrong",
    );
  });

  it("dates no statement by a conceding past that takes an object before the date", () => {
    for (const sentence of [
      "The hospital, which admitted 40 patients a day since March, said waiting times rose 10%.",
      "Jones said inflation would reach 5%, a figure the bank acknowledged in its forecast for June.",
    ])
      expect(saidOn(sentence), sentence).toEqual([]);
  });
});

describe("near-misses of decision 1055's rules (review)", () => {
  it("reads 'tonight' or 'this week' before a verb as what is admitted, as before", () => {
    expect(read("The minister admits tonight was a mistake.")).toEqual([
      { text: "According to the minister, tonight was a mistake", claimant: "minister" },
    ]);
  });

  it("dates no statement by a conceding past in a passive or after 'having'", () => {
    for (const sentence of [
      "Smith, who was admitted on Monday, said she had been attacked.",
      "Smith said he was sorry, having admitted in 2019 that he had lied.",
    ])
      expect(saidOn(sentence), sentence).toEqual([]);
  });

  it("dates no claim by a conceding past in a clause that describes a noun after it", () => {
    const sentence = "Jones said inflation would reach 5%, a figure the bank acknowledged last month.";
    expect(saidOn(sentence)).toEqual([]);
  });
});
