import { describe, expect, it } from "vitest";
import {
  mayChallengeBy,
  mayCommentAfterComma,
  mayDisputeBefore,
  mayJudgeASpeaker,
  mayOpenRebuttal,
} from "./analysis/dispute-pattern-gates.ts";
import { asciiPlainWord, mayAskWhatCaused, mayBeNegation } from "./analysis/large-pattern-gates.ts";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 760: cheap tests asked before the dispute readers' large patterns, so that a sentence
 * that holds a dispute word ("support", "true", "case") but could match none of them does not run,
 * nor compile, them. No reading changes: the claim cases read the same on the tree before.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const disputed = (body: string) => claims(body).map((c) => c.flags.includes("disputed"));
const qualifiers = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.qualifier));
const kinds = (body: string) => claims(body).map((c) => c.kind);

// The sentence that compiled five of the patterns again for two-byte text in the tool's window.
const WIDE =
  "Who has the integrity and stability to get the job done?Ã¢â€°Â¤ My fellow Americans, I am that man and I ask for your support.";

describe("the tests before the dispute patterns", () => {
  it("let through every opening a rebuttal can have", () => {
    for (const s of [
      "That is not true.",
      "“This claim is false,”",
      "He provided no evidence.",
      "ALL of it was wrong.",
      "ſuch claims are false.",
      "Both are untrue.",
    ])
      expect(mayOpenRebuttal(s)).toBe(true);
  });

  it("stop a sentence that opens otherwise", () => {
    for (const s of [WIDE, "“Who said so?”", "", "Nobody disputed that."]) expect(mayOpenRebuttal(s)).toBe(false);
  });

  it("let through a comma before “a”, “the”, “an” or “which”, after any spaces", () => {
    expect(mayCommentAfterComma("Crime doubled, a figure disputed by criminologists.")).toBe(true);
    expect(mayCommentAfterComma("Crime doubled,\u00a0which is false.")).toBe(true);
    expect(mayCommentAfterComma("Crime doubled,THE CLAIM REJECTED BY ALL.")).toBe(true);
    expect(mayCommentAfterComma(WIDE)).toBe(false);
    expect(mayCommentAfterComma("No comma here at all")).toBe(false);
  });

  it("let through the words each pattern must hold, in any case", () => {
    expect(mayChallengeBy("The claim has been CHALLENGED BY a think tank.".toLowerCase())).toBe(true);
    expect(mayChallengeBy(WIDE.toLowerCase())).toBe(false);
    expect(mayDisputeBefore("The IFS DISPUTED that figure.".toLowerCase())).toBe(true);
    expect(mayDisputeBefore("FBI data does not support that.".toLowerCase())).toBe(true);
    expect(mayDisputeBefore("Criminologists have queſtioned those numbers.".toLowerCase())).toBe(true);
    expect(mayDisputeBefore(WIDE.toLowerCase())).toBe(false);
    expect(mayJudgeASpeaker("Trump falsely claimed that crime doubled.".toLowerCase())).toBe(true);
    expect(mayJudgeASpeaker("He said, without evidence, that it was rigged.".toLowerCase())).toBe(true);
    expect(mayJudgeASpeaker("She dismissed the reports that she would resign.".toLowerCase())).toBe(true);
    expect(mayJudgeASpeaker("He rejected Smith's contention that it failed.".toLowerCase())).toBe(true);
    expect(mayJudgeASpeaker(WIDE.toLowerCase())).toBe(false);
  });
});

describe("the tests before three patterns first run among the measured articles", () => {
  it("let through each word a negation can be, and stop one that ends or opens otherwise", () => {
    for (const w of ["not", "NEVER", "cannot", "nobody", "didn't", "won’t", "CAN'T"])
      expect(mayBeNegation(w)).toBe(true);
    for (const w of ["tanks", "more", "their", "", "no", "nut", "nevers", "notably"])
      expect(mayBeNegation(w)).toBe(false);
  });

  it("tell an ASCII word's letters without the pattern, and leave a wider one to it", () => {
    expect(asciiPlainWord("tanks")).toBe(true);
    expect(asciiPlainWord("Tanks")).toBe(true);
    for (const w of ["", "3,000", "didn't", "tanks."]) expect(asciiPlainWord(w)).toBe(false);
    expect(asciiPlainWord("zürich")).toBe(null);
  });

  it("let through “what” before a cause's verb, in the pattern's case", () => {
    for (const t of [
      "It is not known what caused the crash",
      "what led to the delay",
      "asked what triggered it",
      "what sparked",
      "what causes it",
    ])
      expect(mayAskWhatCaused(t)).toBe(true);
    for (const t of ["what we have to do", "What caused it", "somewhat caused", "whatcaused"])
      expect(mayAskWhatCaused(t)).toBe(t === "somewhat caused");
  });
});

describe("readings at the tests' edges, the same as before", () => {
  it("flags what the article calls false, and not a sentence that only holds a dispute word", () => {
    expect(disputed("Trump falsely claimed that crime had doubled.")).toEqual([true]);
    expect(disputed("The minister said crime had doubled, a figure disputed by criminologists.")[0]).toBe(true);
    expect(disputed("The minister said crime had doubled. That is not true.")).toEqual([true, false]);
    expect(disputed("The minister said crime had doubled. The IFS disputed that figure.")[0]).toBe(true);
    expect(disputed("The minister's claim that crime doubled has been challenged by a think tank.")[0]).toBe(true);
    expect(disputed("The minister said crime had doubled, and I ask for your support.")).toEqual([false]);
  });

  it("reads a bound a negation flips, in ASCII words and wider ones, and one no negation flips", () => {
    expect(qualifiers("The temperature did not fall below 25C on Monday.")).toEqual(["at_least"]);
    expect(qualifiers("Cases didn't drop much under 400 last week.")).toEqual(["at_least"]);
    expect(qualifiers("Nobody paid more than $35 for a ticket.")).toEqual(["at_most"]);
    expect(qualifiers("Zürich rents never rose above 3,000 francs.")).toEqual(["at_most"]);
    expect(qualifiers("Rents in Zürich did not fall below 3,000 francs.")).toEqual(["at_least"]);
    expect(qualifiers("The Ukrainian tanks rose above 300 in June.")).toEqual(["more_than"]);
    expect(qualifiers("Prices in São Paulo rose by more than 20 percent.")).toEqual(["more_than"]);
  });

  it("reads no cause where what caused something is asked, and one where it is told", () => {
    // "other" since decision 750: a cause asked about makes no event either (it was "event").
    expect(kinds("Police are investigating what caused the fire.")).toEqual(["other"]);
    expect(kinds("Officials did not say what led to the delay.")).toEqual(["attributed_statement"]);
    expect(kinds("The storm caused the fire, and what we know is that 3 died.")).toEqual(["causal", "statistic"]);
  });

  it("keeps a quotation's tag with “would” out of the forecasts, whatever follows the verb", () => {
    expect(quoting("“Of course,” she would reply.", "Of course").kind).toBe("other");
    expect(quoting("“Of course,” she would reply…", "Of course").kind).toBe("other");
    expect(quoting("“Of course,” she would replyingly.", "Of course").kind).toBe("prediction");
  });
});

/**
 * Texts at the tests' edges that a narrower test would lose: an opening single quotation mark, a
 * Kelvin sign or a long s (which the patterns' /iu fold to "k" and "s"), white space after a comma
 * that is no plain space, a curly apostrophe, a capital inside a negation. Each reads the same on
 * the tree before.
 */
describe("near-misses of decision 760's gates", () => {
  const C = "The minister said crime had doubled to 40,000 cases last year.";

  it("lets through a rebuttal that opens on a single quotation mark, and flags the claim before it", () => {
    for (const s of ["‘This figure is wrong.’", "'Those numbers are untrue.'", "‘ſuch claims are false.’"]) {
      expect(mayOpenRebuttal(s)).toBe(true);
      expect(disputed(`${C} ${s}`)[0]).toBe(true);
    }
  });

  it("flags a claim disputed, or judged, in words the patterns fold (long s, Kelvin sign)", () => {
    expect(disputed(`${C} The IFS diſputed that figure.`)[0]).toBe(true);
    expect(disputed(`${C} Analysts debun\u212aed the claim.`)[0]).toBe(true);
    expect(disputed("The minister mista\u212aenly said 500 jobs went.")).toEqual([true]);
  });

  it("flags a comment after a comma and white space other than a plain space", () => {
    for (const space of ["\u2028", "\ufeff", "\u3000", "\n ", " \u00a0 \u2009"])
      expect(disputed(`The minister said crime rose to 40,000 cases,${space}which is false.`)[0]).toBe(true);
  });

  it("reads a negation with a curly apostrophe or a capital inside it", () => {
    expect(qualifiers("Cases didn’t drop below 400.")).toEqual(["at_least"]);
    expect(qualifiers("Rents nevEr fell below 3,000.")).toEqual(["at_least"]);
    expect(qualifiers("Rents nót more than 3,000.")).toEqual(["more_than"]);
  });
});
