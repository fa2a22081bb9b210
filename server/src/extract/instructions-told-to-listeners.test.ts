import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Instructions told to listeners, and listeners with a clause (decision 800). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("an instruction told to a listener keeps the listener and the instruction (decision 800)", () => {
  it("words 'told residents to keep …' as the sentence has it", () => {
    const told = quoting("Police told residents to keep their windows shut after the fire on Monday.", "windows");
    expect(told.text).toBe("Police told residents to keep their windows shut after the fire on Monday");
  });
  it("words 'warned residents to keep …' as the sentence has it", () => {
    const warned = quoting("Police warned residents to keep their windows shut after the fire.", "windows");
    expect(warned.text).toBe("Police warned residents to keep their windows shut after the fire");
  });
  it("near-misses: what was told, with 'that' or a colon, drops the listener as before", () => {
    expect(quoting("Smith told residents the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
    expect(quoting("Smith told MPs that the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
    expect(quoting("Smith warned costs to consumers would rise by 10%.", "10%").text).toBe(
      "According to Smith, costs to consumers would rise by 10%",
    );
    expect(quoting("Police told residents to stay indoors.", "indoors").text).toBe(
      "Police told residents to stay indoors",
    );
  });
});

describe("two listeners joined by 'and' (decision 800)", () => {
  it("drops 'parents and governors' as it drops 'parents'", () => {
    expect(quoting("The head told parents and governors the school would close in July.", "school").text).toBe(
      "According to the head, the school would close in July",
    );
  });
  it("near-miss: a second noun with a verb after it is the subject of what was said", () => {
    expect(quoting("The head told parents and pupils were sent home.", "pupils").text).toBe(
      "The head told parents and pupils were sent home",
    );
  });
});

describe("a listener with a participle or a relative clause (decision 800)", () => {
  it("leaves the listener's participle and its place out of what was said", () => {
    expect(quoting("Smith told residents living near the site the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
  });
  it("leaves a relative clause's verb group and its place out of what was said", () => {
    const text = "The guard told passengers who had travelled from Leeds the train was cancelled.";
    expect(quoting(text, "train").text).toBe("According to the guard, the train was cancelled");
  });
  it("reads past a relative clause's verb group in '-ing'", () => {
    const text = "The guard told passengers who were waiting at the station the train was cancelled.";
    expect(quoting(text, "train").text).toBe("According to the guard, the train was cancelled");
  });
  it("keeps the listener whole where its clause has no place whose end is clear", () => {
    expect(quoting("Smith told fans who had travelled to Leeds the team would win.", "team").text).toBe(
      "According to Smith, fans who had travelled to Leeds the team would win",
    );
    expect(quoting("Smith told residents living nearby the plant would close.", "plant").text).toBe(
      "According to Smith, residents living nearby the plant would close",
    );
  });
});
