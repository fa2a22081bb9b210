import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 990 (decision 1035). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("a time with a finite verb right after it, the subject of what was said (decision 1035)", () => {
  it("gives the claim to the speaker, with the listener and its participle's object out of the wording", () => {
    for (const [text, fragment, wording] of [
      [
        "The minister told staff working nights this year would be different.",
        "different",
        "According to the minister, this year would be different",
      ],
      [
        "The minister told staff this year would be different.",
        "different",
        "According to the minister, this year would be different",
      ],
      [
        "The minister said this year would be different.",
        "different",
        "According to the minister, this year would be different",
      ],
      [
        "The governor said last month had been the warmest on record.",
        "warmest",
        "According to the governor, last month had been the warmest on record",
      ],
      ["Smith told MPs yesterday was a mistake.", "mistake", "According to Smith, yesterday was a mistake"],
      [
        "The mayor said Friday is the last day to register.",
        "register",
        "According to the mayor, Friday is the last day to register",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
  it("reads the speaker as the claimant", () => {
    expect(
      quoting("The minister told staff working nights this year would be different.", "different").claimant,
    ).toMatchObject({ name: "minister", type: "person" });
  });
});

describe("near-misses of decision 1035's rules", () => {
  it("keeps a time said when, before a clause with its own subject, a quotation or 'that'", () => {
    for (const [text, fragment, wording] of [
      [
        "The minister said last week the plan would be dropped.",
        "dropped",
        "According to the minister, the plan would be dropped",
      ],
      [
        "The chancellor said next year the economy would grow by 2%.",
        "grow",
        "According to the chancellor, the economy would grow by 2%",
      ],
      [
        "The minister told staff working nights they would be paid more this year.",
        "paid more",
        "According to the minister, they would be paid more this year",
      ],
      [
        "The health secretary told MPs this week that waiting lists had fallen.",
        "waiting lists",
        "According to the health secretary, waiting lists had fallen",
      ],
      ["The minister said last week she would resign.", "resign", "The minister said she would resign"],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
  it("keeps 'on' a weekday and 'in a statement' as when it was said, never a subject", () => {
    for (const [text, fragment, wording] of [
      ["Smith said on Monday would be a bank holiday.", "bank holiday", "Smith said on Monday would be a bank holiday"],
      [
        "The firm said in a statement would be issued later.",
        "issued",
        "The firm said in a statement would be issued later",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
  it("keeps an instruction to a listener whole, as decision 800 reads it", () => {
    expect(quoting("Police told residents to stay indoors this weekend.", "indoors").text).toBe(
      "Police told residents to stay indoors this weekend",
    );
  });
});

describe("near-misses of decision 1035's rules (review)", () => {
  it("keeps a time said when before a past form that describes the next noun", () => {
    for (const [text, fragment, wording] of [
      [
        "The minister said Monday increased funding would help schools.",
        "schools",
        "According to the minister, increased funding would help schools",
      ],
      [
        "Police said yesterday armed officers were called to the scene.",
        "scene",
        "According to the police, armed officers were called to the scene",
      ],
      [
        "The firm said last week proposed job cuts would affect 300 staff.",
        "300 staff",
        "According to the firm, proposed job cuts would affect 300 staff",
      ],
    ]) {
      expect(quoting(text!, fragment!).text).toBe(wording);
    }
  });
  it("keeps what was said, the object of a saying before a time, as the article's sentence", () => {
    for (const [text, fragment] of [
      ["Everything the mayor said today is untrue.", "untrue"],
      ["The figures the minister said last month were accurate have been revised.", "revised"],
      ["Nothing the coach said Saturday was a surprise.", "surprise"],
    ]) {
      const claim = quoting(text!, fragment!);
      expect(claim.text).toBe(text!.slice(0, -1));
      expect(claim.claimant.type).toBe("article");
    }
  });
});
