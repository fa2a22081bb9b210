import { describe, expect, it } from "vitest";
import { quotes, STORY, STORY_QUOTE, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture decision 720 left (decision 740): a page's controls and a cookie banner in other
 * words, a story's cookie sentence reported by a verb no list holds, and regional papers' names of a
 * place and "News" or of a two-word place and a paper's word.
 */

describe("a page's controls in other words, each alone on its line", () => {
  it("gives no claim for them", () => {
    for (const control of [
      "Follow this topic",
      "Gift article",
      "Share full article",
      "Add to myFT",
      "Listen to article",
      "Listen to article · 5 min",
      "Listen to the article",
    ])
      expect(quotes(`${LEAD}\n\n${control}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a story's sentence that opens with the same words and goes on (near-misses)", () => {
    for (const [sentence, quote] of [
      [
        "Follow this topic closely, the minister told 300 MPs on Tuesday.",
        "Follow this topic closely, the minister told 300 MPs on Tuesday",
      ],
      ["Gift article sharing rose by 40% in 2025, the publisher said.", "Gift article sharing rose by 40% in 2025"],
      ["Listen to article 12 of the treaty, the judge told the court.", "Listen to article 12 of the treaty"],
      [
        "Add to myFT, the FT's tool, was used by 40% of readers, the paper said.",
        "Add to myFT, the FT's tool, was used by 40% of readers",
      ],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
  });
});
