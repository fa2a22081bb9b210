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
      // Since decision 930 "boasts" closes a claim as "says" does, so the tag is the firm's, not the quote's.
      ["We use cookies to track children, the firm boasts.", "We use cookies to track children"],
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

describe("near-misses of decision 765's rules", () => {
  it("drops a banner's clause after a name or a body's word that is no source", () => {
    for (const notice of [
      "We use cookies to measure traffic, Google Analytics enabled.",
      "We use cookies to measure traffic, Hotjar installed.",
      "This site uses cookies, Last updated in May 2024.",
      "We use cookies to give you the best experience, Cookie Settings saved.",
      "By continuing to use this site, you agree to our use of cookies, Privacy Policy updated.",
      "We use cookies to personalise content and ads, Facebook Pixel embedded.",
      "We use cookies to improve your experience, the group brands.",
      "We use cookies to improve the site, the company websites.",
    ]) {
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
      expect(quotes(`${LEAD}\n\nWe value your privacy\n${notice}\nAccept all\nReject all`)).toEqual([LEAD_QUOTE]);
    }
  });

  it("keeps an app's prompt that names a device a prompt", () => {
    expect(quotes(`${LEAD}\n\nDownload the BBC News app on any device, Apple approved.`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a headline with 'News' and a paper's word joined after another word", () => {
    for (const headline of ["Bad News and Times", "Good News and Times", "Fox News and Post", "Fake News and Guardian"])
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
  });

  it("reads a story's long sentence in the box's words that closes on its source or its own clause", () => {
    const opening =
      "We and our partners use cookies and similar technologies to follow every reader across the web and to sell what we learn to data brokers in Russia and China";
    for (const close of [
      "court papers show",
      "Meta's own documents reveal",
      "internal emails suggest",
      "Information Commissioner John Edwards disclosed",
      "Google's chief executive, Sundar Pichai, boasted",
      "the New York Times reported on Sunday",
      "its owner brags in a pitch deck seen by the BBC",
      "the watchdog's report into the company concludes",
      "and Meta used the data to target them with ads",
      "and then to sell the data to brokers and target them with ads",
    ])
      expect(quotes(`${LEAD}\n\n${opening}, ${close}.`)).toHaveLength(2);
    for (const sentence of [
      "We and our partners use cookies and similar technologies only with readers' consent, and your correspondent (Letters, 12 May) is wrong to suggest that we track children or sell their data to anyone.",
      "We and our partners use cookies and similar technologies to keep this site free for readers, and no data from the site has been sold to data brokers or shared with political campaigns in the last five years.",
      "We and our partners use cookies and similar technologies to track every child who opens the app and to sell that data to brokers in breach of the law since at least 2019 without telling parents.",
      "We and our partners store and/or access information on a device, such as cookies and process personal data for personalised advertising, the box tells readers before they have agreed to anything at all.",
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toHaveLength(2);
  });

  it("still drops the box's long notices that close on what the data is for", () => {
    for (const notice of [
      "We and our partners use cookies and similar technologies to recognise you when you return, to measure how you use our site, to personalise content and advertising and to improve our services.",
      "We and our vendors store and/or access information on your device, such as cookies and process personal data, such as browsing data and device identifiers for personalised advertising and content, advertising and content measurement, audience research and services development.",
      "We and our partners use cookies and similar technologies to understand how you use our site, to personalise ads and content, to measure their performance and for audience research.",
      "We and our partners use cookies and similar technologies to improve your experience on our website, to personalise content and ads, to provide social media features, and to analyse how our site is used.",
      "We and our partners use cookies and similar technologies to recognise your device, to remember your choices, to personalise content and ads and to measure the performance of our marketing campaigns.",
    ])
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
  });
});
