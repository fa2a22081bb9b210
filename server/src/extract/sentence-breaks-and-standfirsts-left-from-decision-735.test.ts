import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks and standfirsts left from decision 735 (decision 780): a first sentence under a
 * standfirst that opens with a name and a verb in the present or an irregular past, a standfirst
 * that ends on its speaker over a sentence with a speaker of its own, a line that ends on a verb of
 * knowing and a time phrase over the clause it wants, and "will pay" after a speaker's aside in the
 * past over the amount it pays.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const HEAD = "Water company fined 12 million pounds over sewage spills in the Thames";
const STANDFIRST = "The regulator said the fine was the largest it had ever imposed on a water firm";
const STANDFIRST_QUOTE = "the fine was the largest it had ever imposed on a water firm";

describe("a first sentence under a standfirst that opens with a name and a verb in the present or an irregular past", () => {
  it("ends the standfirst at its line", () => {
    for (const first of [
      "Ofwat fines the company 12 million pounds on Tuesday for spills in London.",
      "Thames Water invests 2 billion pounds a year in its pipes, its chief executive said.",
      "Ofwat found the company had let sewage into the river 300 times last year.",
      "Ofwat took the rare step of fining the company for a third year running.",
    ]) {
      for (const body of [`${HEAD}\n${STANDFIRST}\n${first}`, `${STANDFIRST}\n${first}`]) {
        expect(quotes(body)).toContain(STANDFIRST_QUOTE);
        expect(kept(body, "water firm\n")).toBe(false);
      }
    }
  });
});

describe("near-misses of decision 780's rules", () => {
  it("runs a standfirst on into a name and a plural noun, or a verb in '-s' with no object after it", () => {
    for (const next of [
      "Thames Water customers in London will pay 40 pounds a year more from April.",
      "Water bills rose by 40 pounds a year in London.",
    ])
      expect(kept(`${HEAD}\n${STANDFIRST}\n${next}`, `water firm\n${next.slice(0, 12)}`)).toBe(true);
  });

  it("runs a line on into a name and an irregular past after a clause word or a role", () => {
    for (const [line, next] of [
      [
        "The regulator said the firm had broken its licence for the third year running after",
        "Ofwat found it had failed to report 400 spills.",
      ],
      [
        "Manchester United drew 1-1 with Fulham on Sunday after a late header from captain",
        "Bruno Fernandes won them a point at Craven Cottage.",
      ],
    ] as const)
      expect(kept(`${HEAD}\n${line}\n${next}`, `${line.slice(-8)}\n${next.slice(0, 12)}`)).toBe(true);
  });
});
