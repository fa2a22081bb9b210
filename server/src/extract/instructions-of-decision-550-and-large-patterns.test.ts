import { describe, expect, it } from "vitest";
import { commaOrCloserWithin, mayEndOnLevelWord } from "./analysis/large-pattern-gates.ts";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 695: cheap tests asked before three large patterns (a level's verb before a bare
 * figure, a verb of speech after "would" in a quotation's tag, a note that someone did not
 * comment), so that each is run, and compiled, only for a text that could match. No reading
 * changes: the claim cases read the same on the tree before the decision.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const quantities = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit]));
const checkworthy = (body: string) => claims(body).flatMap((c) => c.reasons.checkworthy.map((r) => r.feature));

describe("the ending of the word before a bare figure", () => {
  it("lets through the endings of a level's words, in either case, after spaces", () => {
    for (const before of [
      "The death toll rose to ",
      "now stands at\u00a0",
      "it reached  ",
      "The toll HITS ",
      "sales totaled ",
    ])
      expect(mayEndOnLevelWord(before)).toBe(true);
    // The pattern's /iu folds "ſ" to "s".
    expect(mayEndOnLevelWord("the count totalſ ")).toBe(true);
  });

  it("stops a word that no level ends on, and a text with no space at its end", () => {
    for (const before of ["the acid test of ", "one of the ", "rose to", "", "   "])
      expect(mayEndOnLevelWord(before)).toBe(false);
  });
});

describe("a comma or a closing mark before “would”", () => {
  it("is found where a quotation's tag can open", () => {
    const tag = "“Of course,” she would reply";
    expect(commaOrCloserWithin(tag, 0, tag.indexOf("would"))).toBe(true);
    const straight = '"Not now" he would say';
    expect(commaOrCloserWithin(straight, 0, straight.indexOf("would"))).toBe(true);
  });

  it("is not found in a plain sentence, nor outside the span asked about", () => {
    const plain = "The plant would close by June";
    expect(commaOrCloserWithin(plain, 0, plain.indexOf("would"))).toBe(false);
    expect(commaOrCloserWithin("Yes, and the plant would close", 5, 26)).toBe(false);
  });
});

describe("readings at the tests' edges, the same as before", () => {
  it("reads a level a count rose, stood or now stands at", () => {
    expect(quantities("The death toll rose to nine on Friday.")).toEqual([["nine", 9, "deaths"]]);
    expect(quantities("The death toll stood at twelve on Monday.")).toEqual([["twelve", 12, "deaths"]]);
    expect(quantities("The death toll now stands at\u00a0eleven, police said.")).toEqual([["eleven", 11, "deaths"]]);
    expect(quantities("The number of migrants held at the border rose to 4,000 last month.")).toEqual([
      ["4,000", 4000, "migrants"],
    ]);
  });

  it("reads no level where the word before the figure is none", () => {
    expect(quantities("It was the acid test of nine members, the chair said.")).toEqual([
      ["nine members", 9, "members"],
    ]);
    expect(quantities("The toll rose to\tnine, police said.")).toEqual([]);
  });

  it("keeps a quotation's tag with “would” out of the forecasts, and a plain “would” in them", () => {
    expect(quoting("“Of course,” she would reply.", "Of course").kind).toBe("other");
    expect(quoting('"Not now," he would say.', "Not now").kind).toBe("attributed_statement");
    expect(quoting("“Not now,” he would often say.", "Not now").kind).toBe("attributed_statement");
    expect(quoting("The plant would close by June.", "plant").kind).toBe("prediction");
    expect(quoting("Officials said the plant would close.", "plant").kind).toBe("prediction");
  });

  it("scores a note that someone did not comment, whatever its case, and not a return or a report not available", () => {
    expect(checkworthy("The coast guard declined to comment.")).toContain("rule:no_comment");
    expect(checkworthy("The ministry did not return requests for comment.")).toContain("rule:no_comment");
    expect(checkworthy("THE MINISTRY DID NOT RESPOND TO REQUESTS FOR COMMENT.")).toContain("rule:no_comment");
    expect(checkworthy("The company had no immediate comment.")).toContain("rule:no_comment");
    expect(checkworthy("Prices will return to normal levels, the minister said.")).not.toContain("rule:no_comment");
    expect(checkworthy("The report is not available in Welsh, the council said.")).not.toContain("rule:no_comment");
  });
});
