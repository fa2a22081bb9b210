import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * A line under a speaker's tag that names its own speaker (decision 1025): a line that ends on a
 * one-word lead-in and its speaker's "said" ("Otherwise, critics said", "Meanwhile, the union
 * said") stands apart from a line under it that opens with a speaker and "said" of its own, which
 * keeps its speaker as it would with no tag line above it; so does a line under that opens with
 * "According to".
 */
const { claims } = claimsOn("2026-05-10");
const BEFORE = "Rents rose sharply across the country in the first quarter.";
/** The tag at the end of a line of the article's, over `next`. */
const under = (tag: string, next: string) => `${BEFORE} ${tag}\n${next}`;
/** Who is given the claim that quotes `fragment`, and its wording. */
const read = (body: string, fragment: string) => {
  const c = claims(body).find((x) => x.quote.includes(fragment));
  return c && { who: c.claimant.name, text: c.text };
};

describe("a one-word lead-in and its speaker at a line's end, over a line with its own speaker", () => {
  it("leaves the line under to its own speaker", () => {
    const ANALYSTS = "Analysts said prices would rise by 5% next year.";
    const WORDS = { who: "analysts", text: "According to analysts, prices would rise by 5% next year" };
    for (const tag of [
      "Otherwise, critics said",
      "Otherwise, ministers said",
      "Meanwhile, the union said",
      "Likewise, senators said",
      "Later, ministers said",
      "Separately, members said",
    ])
      expect(read(under(tag, ANALYSTS), "rise by 5%"), tag).toEqual(WORDS);
  });

  it("leaves a body's and a named speaker's line to them", () => {
    expect(read(under("Meanwhile, leaders said", "The NHS said waiting lists fell by 40,000."), "40,000")?.who).toBe(
      "NHS",
    );
    expect(read(under("Otherwise, critics said", "Mr Smith said he had never met the victim."), "never met")?.who).toBe(
      "Smith",
    );
  });

  it("gives the tag line none of the line under's words", () => {
    const body = under("Otherwise, critics said", "Analysts said prices would rise by 5% next year.");
    expect(claims(body).some((c) => c.claimant.name === "critics")).toBe(false);
  });
});

describe("a one-word lead-in and its speaker at a line's end, over a line that opens with 'According to'", () => {
  it("leaves the line under to the speaker it names", () => {
    for (const tag of ["Otherwise, critics said", "Meanwhile, the union said"])
      expect(read(under(tag, "According to analysts, prices would rise by 5% next year."), "rise by 5%"), tag).toEqual({
        who: "analysts",
        text: "According to analysts, prices would rise by 5% next year",
      });
  });
});

describe("near-misses of decision 1025's rules", () => {
  it("still runs on a tag over a line that opens with no speaker of its own", () => {
    for (const [next, fragment, text] of [
      ["the plan would fail.", "the plan would fail", "According to critics, the plan would fail"],
      ["Labour would lose the vote.", "Labour would lose", "According to critics, Labour would lose the vote"],
      ["Tesco would cut 400 jobs.", "Tesco would cut", "According to critics, Tesco would cut 400 jobs"],
      ["that the plan would fail.", "the plan would fail", "According to critics, the plan would fail"],
    ] as const)
      expect(read(under("Otherwise, critics said", next), fragment), next).toEqual({ who: "critics", text });
  });

  it("still runs on a tag over 'According to plan', an idiom that names no speaker", () => {
    // One claim of both lines, the article's as on the base tree: "plan" is given nothing.
    const body = under("Otherwise, critics said", "According to plan, the scheme would end in 2027.");
    expect(read(body, "scheme would end")).toEqual({
      who: "the article",
      text: "Otherwise, critics said According to plan, the scheme would end in 2027",
    });
  });

  it("still runs on a lead-in of more than one word, which names how the line under was relayed", () => {
    const body = under(
      "In a statement read to the court, his lawyer said",
      "Mr Smith said he had never met the victim.",
    );
    expect(read(body, "never met")?.who).toBe("his lawyer");
  });

  it("reads the tag and its words on one line as before", () => {
    expect(read("Otherwise, critics said, the plan would fail.", "plan would fail")?.who).toBe("critics");
    expect(read("Meanwhile, ministers said the figures were better than expected.", "better")?.who).toBe("ministers");
  });
});

describe("near-misses of decision 1025's rules (review)", () => {
  it("still runs on a tag over 'According to the plan' or 'the timetable', idioms that name no speaker", () => {
    // "the" before a word that is no speaker's (not a role, a body, an outlet, a document or a
    // plural group) is the idiom of "According to plan" with an article: no claimant is named.
    for (const [tag, next, fragment] of [
      ["Afterwards, the coach said", "According to the plan, the scheme would end in 2027.", "scheme would end"],
      ["Today, the charity said", "According to the timetable, the line opens in 2030.", "line opens"],
    ] as const) {
      const c = read(under(tag, next), fragment);
      expect(c?.who, next).toBe("the article");
      expect(c?.text, next).toBe(`${tag} ${next.slice(0, -1)}`);
    }
  });

  it("still stands apart over 'According to the' and a body, a role or a document", () => {
    for (const [next, who] of [
      ["According to the council, 400 homes were empty.", "council"],
      ["According to the minister, 400 homes were empty.", "minister"],
      ["According to the report, 400 homes were empty.", "report"],
      ["According to the ONS, 400 homes were empty.", "ONS"],
      ["According to the police, 400 homes were empty.", "police"],
      ["According to the latest figures, 400 homes were empty.", "latest figures"],
    ] as const)
      expect(read(under("Otherwise, critics said", next), "400 homes")?.who, next).toBe(who);
  });
});
