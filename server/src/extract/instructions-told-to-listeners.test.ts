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

describe("near-misses of decision 800's rules", () => {
  it("reads an '-ing' word with a verb after it as what was said, not the listener's participle", () => {
    expect(quoting("The Fed chair told lawmakers borrowing costs would stay high for longer.", "costs").text).toBe(
      "According to the Fed chair, borrowing costs would stay high for longer",
    );
    expect(quoting("Company bosses told shareholders trading was strong in the first quarter.", "trading").text).toBe(
      "According to Company bosses, trading was strong in the first quarter",
    );
    expect(quoting("The minister told staff working hours would be cut.", "hours").text).toBe(
      "According to the minister, working hours would be cut",
    );
    expect(quoting("The minister told reporters nothing had changed since March.", "changed").text).toBe(
      "According to the minister, nothing had changed since March",
    );
    expect(quoting("The chancellor told investors lending to small firms had risen by 6%.", "6%").text).toBe(
      "According to the chancellor, lending to small firms had risen by 6%",
    );
  });
  it("leaves 'during' to the reader of what was said, not a listener's clause", () => {
    const text = "The coach told reporters during a visit to Leeds the team would be ready for Saturday.";
    expect(quoting(text, "team").text).toBe(
      "According to the coach, during a visit to Leeds the team would be ready for Saturday",
    );
  });
  it("reads a subject and its verb before 'to' as a reported clause, not an instruction", () => {
    expect(quoting("Smith told the BBC he wanted to stand down before the election.", "stand").text).toBe(
      "Smith (via the BBC) said he wanted to stand down before the election",
    );
    expect(quoting("The company told investors it expects to return to profit by 2027.", "profit").text).toBe(
      "The company said it expects to return to profit by 2027",
    );
    expect(quoting("The coach told reporters something had to change after the defeat.", "change").text).toBe(
      "According to the coach, something had to change after the defeat",
    );
  });
  it("reads 'the plan to close …' with a verb after it as what was said, not an instruction", () => {
    expect(quoting("The governor warned the plan to close the hospital would cost lives.", "hospital").text).toBe(
      "According to the governor, the plan to close the hospital would cost lives",
    );
    expect(quoting("The official told AFP talks to end the strike would resume on Monday.", "strike").text).toBe(
      "According to the official (via AFP), talks to end the strike would resume on Monday",
    );
    expect(
      quoting("Doctors warned patients to stay away from A&E unless their condition was serious.", "A&E").text,
    ).toBe("Doctors warned patients to stay away from A&E unless their condition was serious");
  });
  it("keeps both listeners whole where the second's place has no clear end", () => {
    expect(quoting("The boss told workers and managers at the plant 300 jobs would go.", "jobs").text).toBe(
      "According to the boss, workers and managers at the plant 300 jobs would go",
    );
  });
});
