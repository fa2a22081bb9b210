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

const CONSENT_BOX = `${LEAD}

We value your privacy
We and our partners store and/or access information on a device, such as cookies and process personal data.
Accept all
Reject all
Manage preferences`;

describe("a cookie banner in other words", () => {
  it("gives no claim for 'We value your privacy' alone or over its consent box", () => {
    expect(quotes(`${LEAD}\n\nWe value your privacy`)).toEqual([LEAD_QUOTE]);
    expect(quotes(CONSENT_BOX)).toEqual([LEAD_QUOTE]);
  });

  // "Boasted" and "bragged" are no reporting verbs of the claim reader's, so the source stays in the quote.
  it("reads a story's cookie sentence that a source reports with a verb no list holds", () => {
    for (const [sentence, quote] of [
      ["We use cookies to track children, the firm boasted.", "We use cookies to track children, the firm boasted"],
      [
        "Our website uses cookies to follow every reader, its owner bragged.",
        "Our website uses cookies to follow every reader, its owner bragged",
      ],
      [
        "We and our partners use cookies to sell your data, a former engineer disclosed.",
        "We and our partners use cookies to sell your data",
      ],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
  });

  it("drops a banner's sentences as before and reads a privacy sentence that goes on (near-misses)", () => {
    for (const notice of [
      "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.",
      "We use cookies to give you the best experience, some of which are essential and others optional.",
      "By clicking 'Accept all', you agree to the storing of cookies on your device.",
      "We use cookies to improve our site, and to see how it is used.",
    ])
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nWe value your privacy, the bank wrote to 2 million customers in March.`)).toHaveLength(2);
  });
});

describe("a regional paper's name alone on the first line", () => {
  it("drops 'Express & Star', a place's 'News' and a two-word place's 'Courier'", () => {
    for (const name of [
      "Express & Star",
      "Post and Courier",
      "Cambridge News",
      "Bournemouth News",
      "Hemel Hempstead Courier",
      "HEMEL HEMPSTEAD COURIER",
    ])
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
    expect(quotes(`Cambridge News\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("reads headlines that end in 'News' or a paper's word, and the name inside a story (near-misses)", () => {
    for (const headline of [
      "Good News",
      "Jobs News",
      "Fake News",
      "Transport News",
      "Police Hunt Courier",
      "Police Station Courier",
      "Drug Gang Courier",
    ])
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
    expect(quotes(`${LEAD}\n\nCambridge News\n${STORY}`)).toContain("Cambridge News");
  });
});

describe("near-misses of decision 740's rules", () => {
  // The consent box's notice is told by its own words, "information on a device" or "such as
  // cookies"; a company's sentence about the data or cookies it keeps is read, as before decision 740.
  it("reads a company's statement on personal data that opens as a consent box's notice does", () => {
    for (const [sentence, quote] of [
      [
        "We and our partners process personal data only with users' consent, Meta responded.",
        "We and our partners process personal data only with users' consent, Meta responded",
      ],
      [
        "We and our partners process personal data in line with the law.",
        "We and our partners process personal data in line with the law",
      ],
      [
        "We and our partners store cookies only with users' consent, Meta responded.",
        "We and our partners store cookies only with users' consent, Meta responded",
      ],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
    const letter = `Letters
Sir, We and our partners store personal data on a device for no longer than 30 days, contrary to your report (November 12).
John Smith, chief privacy officer, Acme Media`;
    expect(quotes(letter).join(" | ")).toContain("store personal data on a device for no longer than 30 days");
  });

  // A banner's own clause in the passive after its last comma is no source that reports it.
  it("drops a banner's sentence that closes in the passive ('…, the data is anonymised')", () => {
    for (const notice of [
      "This website uses cookies to improve your experience, the data is anonymised.",
      "By continuing to browse, you agree to our use of cookies, the settings are saved.",
      "This site uses cookies for analytics, the data was anonymised.",
    ])
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
  });
});
