import { describe, expect, it } from "vitest";
import { quotes, STORY, STORY_QUOTE, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture decision 740 left (decision 765): a player's line with its time, a story's cookie
 * sentence closed by a named source or a verb in the present, mastheads in capitals and joined by
 * "&" after "News", a county's "News", and a consent box's notice past 160 chars.
 */

describe("a player's line with its time, alone on its line", () => {
  it("gives no claim for it", () => {
    for (const player of [
      "Listen · 4:32",
      "Listen 4:32",
      "Watch · 2:15",
      "Watch 2:15",
      "Play video, 1:03",
      "Play video 1:03",
      "LISTEN · 4:32",
      "Watch – 1:02:45",
    ])
      expect(quotes(`${LEAD}\n\n${player}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a story's line that holds the same words and more (near-misses)", () => {
    for (const [sentence, quote] of [
      [
        "Watch 2:15 of the video, where 40 officers charge the crowd, the court heard.",
        "Watch 2:15 of the video, where 40 officers charge the crowd",
      ],
      [
        "Listen 4:32 into the tape and the minister admits the cut, the BBC said.",
        "Listen 4:32 into the tape and the minister admits the cut",
      ],
      ["Play video, 1:03, shows 12 cars on fire, police said.", "Play video, 1:03, shows 12 cars on fire"],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
  });
});

describe("a story's cookie sentence closed by a named source or a verb in the present", () => {
  it("reads it as a claim", () => {
    for (const [sentence, quote] of [
      [
        "We and our partners store information on a device only with consent, Meta responded.",
        "We and our partners store information on a device only with consent, Meta responded",
      ],
      ["We use cookies to track children, Google boasted.", "We use cookies to track children, Google boasted"],
      [
        "We use cookies to track children, Google boasted in a slide shown to investors.",
        "We use cookies to track children, Google boasted in a slide shown to investors",
      ],
      ["We use cookies to track children, the firm boasts.", "We use cookies to track children, the firm boasts"],
      [
        "Our website uses cookies to follow every reader, its maker brags.",
        "Our website uses cookies to follow every reader, its maker brags",
      ],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
  });

  it("drops a banner's own sentences as before (near-misses)", () => {
    for (const notice of [
      "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.",
      "We use cookies to improve your experience, and to show you ads.",
      "We use cookies to measure traffic, Google Analytics included.",
      "We use cookies to give you the best experience, a few cookies.",
      "We use cookies to show you personalised ads, Google ads.",
      "By clicking Accept, you agree to the storing of cookies on your device.",
      "We and our partners store and/or access information on a device, such as cookies and process personal data.",
    ])
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
  });
});

describe("mastheads left by decision 740", () => {
  it("drops 'POST AND COURIER', 'News & Star' and a county's 'News' alone on the first line", () => {
    for (const name of ["POST AND COURIER", "News & Star", "NEWS & STAR", "Kent News", "Essex News", "Surrey News"])
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("reads headlines of the same shape (near-misses)", () => {
    for (const headline of [
      "Good News & Bad",
      "Rock and Star",
      "Fake News",
      "Jobs News",
      "Fake News Times",
      "Police Hunt Courier",
    ])
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
    expect(quotes(`${LEAD}\n\nKent News\n${STORY}`)).toContain("Kent News");
  });
});

const LONG_NOTICE =
  "We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to provide social media features and to analyse our traffic.";
const IAB_NOTICE =
  "We and our 842 partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, ad and content measurement, and audience insights.";

describe("a consent box's notice past 160 chars", () => {
  it("gives no claim for it", () => {
    for (const notice of [LONG_NOTICE, IAB_NOTICE]) {
      expect(notice.length).toBeGreaterThan(160);
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
      expect(quotes(`${LEAD}\n\nWe value your privacy\n${notice}\nAccept all\nReject all`)).toEqual([LEAD_QUOTE]);
    }
  });

  it("reads a long sentence that opens with the box's words and holds a claim (near-misses)", () => {
    for (const sentence of [
      "We and our partners use cookies and similar technologies to track children across 40 sites without their parents' consent, a former engineer at the company told the committee on Tuesday.",
      "We and our partners use cookies and similar technologies to follow every reader across the web and sell what we learn to advertisers for profit, Meta admitted in its court filing on Monday.",
      "We and our partners use cookies and similar technologies to follow every reader across the web and sell what we learn to advertisers for profit, Google boasted.",
      "We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, the company boasts in its annual report to shareholders.",
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toHaveLength(2);
  });
});
