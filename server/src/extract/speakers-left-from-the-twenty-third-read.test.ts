import { describe, expect, it } from "vitest";
import { claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers left from the twenty-third read (decision 1075): a surname alone as a sentence's
 * subject in the perfect ("Goold has defended …", also with the post between commas) and a
 * surname alone after an age word ("18-year-old Yusuf got …") are the next "he" or "she" when
 * the article named the person in full before. The articles are in tests/fixtures/newsroom-read-1065;
 * the other texts are written for these tests.
 */

const { quoting } = claimsOn("2026-05-10");
const LEAD_SPEAKER = "Tom Reid said the plan would cost 40 jobs.";
const GOOLD = `Rupert Goold directs the play.\n\n"It is far too long," Adrian Lester told me.`;
const YUSUF = `Amira Yusuf is a student at the college.\n\n${LEAD_SPEAKER}`;

describe("a surname alone in the perfect after the full name", () => {
  it("names the director after his post between commas", () => {
    const body = `${GOOLD}\n\nGoold, the National's incoming artistic director, has defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Rupert Goold");
  });

  it("names the director with no aside", () => {
    const body = `${GOOLD}\n\nGoold has defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Rupert Goold");
  });

  it("names her after the past perfect", () => {
    const body = `Anna Berg ran the firm for 12 years.\n\n${LEAD_SPEAKER}\n\nBerg had resigned in March. "I had no choice," she said.`;
    expect(quoting(body, "I had no choice").claimant.name).toBe("Anna Berg");
  });
});

describe("a surname alone after an age word", () => {
  it("names the student after her age", () => {
    const body = `${YUSUF}\n\n18-year-old Yusuf got three A*s. "I didn't sleep at all," she said.`;
    expect(quoting(body, "I didn't sleep at all").claimant.name).toBe("Amira Yusuf");
  });

  it("names the student after an opening scene and her age", () => {
    const body = `${YUSUF}\n\nAt the college in Sunderland, 18-year-old Yusuf got three A*s. "I cried," she said.`;
    expect(quoting(body, "I cried").claimant.name).toBe("Amira Yusuf");
  });
});

describe("the twenty-third read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-1065/${name}`);

  it("gives the director his defence of the running time", () => {
    const found = read("5-theatre-review.txt");
    expect(found.find((c) => c.quote.includes("Chekhov needs air"))?.claimant.name).toBe("Rupert Goold");
    expect(found.find((c) => c.quote.includes("We have cut nothing"))?.claimant.name).toBe("Rupert Goold");
  });
});

describe("near-misses of decision 1075's rules", () => {
  it("names no one after a surname in the present", () => {
    // "Goold directs …": a club or a town reads alike in the present, so only the past and the perfect.
    const body = `${GOOLD}\n\nGoold directs with a heavy hand. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Adrian Lester");
  });

  it("names no one after a club in the perfect", () => {
    const body = `${LEAD_SPEAKER}\n\nBrentford has signed a striker. "It is a coup," he said.`;
    expect(quoting(body, "It is a coup").claimant.name).toBe("Tom Reid");
  });

  it("names no one after a surname the article never named in full", () => {
    const body = `${LEAD_SPEAKER}\n\n18-year-old Yusuf got three A*s. "I cried," she said.`;
    expect(quoting(body, "I cried").claimant.name).toBe("Tom Reid");
  });

  it("names no one after an age word before a place", () => {
    const body = `${LEAD_SPEAKER}\n\n18-year-old Leeds got three points. "It was hard," he said.`;
    expect(quoting(body, "It was hard").claimant.name).toBe("Tom Reid");
  });

  it("names no one after a surname that is no subject", () => {
    // "has" with no past participle after it: a possession, not the perfect.
    const body = `${GOOLD}\n\nGoold has a new play. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Adrian Lester");
  });
});

describe("near-misses of decision 1075's rules (review)", () => {
  it("gives the second man's answer in the perfect's negative to him", () => {
    // "Lester has not.": the actor answers the director, so the "he" after is the actor's.
    const body = `${GOOLD}\n\nGoold has defended the length. Lester has not. "It drags," he said.`;
    expect(quoting(body, "It drags").claimant.name).toBe("Adrian Lester");
  });

  it("gives the second woman's answer in the past perfect's negative to her", () => {
    const body = `Anna Berg ran the firm for 12 years.\n\nMaria Lopez chaired the board.\n\n${LEAD_SPEAKER}\n\nLopez had resigned. Berg had not. "I had no choice," she said.`;
    expect(quoting(body, "I had no choice").claimant.name).toBe("Anna Berg");
  });

  it("names no one who has not commented", () => {
    // Someone who said nothing is no speaker: the "he" stays with the man quoted before.
    const body = `David Okafor runs the trust.\n\n${LEAD_SPEAKER}\n\nOkafor has not commented. "The figures are wrong," he said.`;
    expect(quoting(body, "The figures are wrong").claimant.name).toBe("Tom Reid");
  });

  it("names no one after a club in the perfect's negative", () => {
    const body = `${LEAD_SPEAKER}\n\nBrentford has not signed a striker. "It is a blow," he said.`;
    expect(quoting(body, "It is a blow").claimant.name).toBe("Tom Reid");
  });
});
