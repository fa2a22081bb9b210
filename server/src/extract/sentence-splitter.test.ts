import { describe, expect, it } from "vitest";
import { splitSentences } from "./text/sentence-splitter.ts";

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("keeps titles, initials, acronyms and decimals inside a sentence", () => {
    expect(split("“With Mrs. Kristi Noem, U.S. Secretary of Homeland Security. We talked.")).toEqual([
      "“With Mrs. Kristi Noem, U.S. Secretary of Homeland Security.",
      "We talked.",
    ]);
    expect(split("Dr. J. R. Smith paid $1.5 million on Jan. 5. It rose 2.5% in the U.S. The end.")).toEqual([
      "Dr. J. R. Smith paid $1.5 million on Jan. 5.",
      "It rose 2.5% in the U.S.",
      "The end.",
    ]);
  });

  it("ends sentences after closing quotes and curly punctuation, and at CJK full stops", () => {
    expect(split("He said “yes.” Then he left! Did he?")).toEqual(["He said “yes.”", "Then he left!", "Did he?"]);
    expect(split("日本語です。次の文！")).toEqual(["日本語です。", "次の文！"]);
  });

  it("treats blank lines as paragraph breaks and short unpunctuated lines as headlines", () => {
    const s = splitSentences("Headline here\nThe body starts. More.\n\nNew paragraph.");
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 0, 1]);
  });
});
