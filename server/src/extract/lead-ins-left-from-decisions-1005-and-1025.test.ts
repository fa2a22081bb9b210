import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Lead-ins left from decisions 1005 and 1025 (decision 1050): a one-word lead-in whose speaker's
 * verb has a word after it ("Otherwise, ministers told reporters", "Meanwhile, ministers said
 * little") and a lead-in that names only a time ("Last week, the minister said") stand apart from a
 * line under that opens with its own speaker, as "Otherwise, ministers said" does since decision
 * 1025; and "leaders" is an unnamed group, typed as "ministers" is.
 */
const { claims } = claimsOn("2026-05-10");
const BEFORE = "Rents rose sharply across the country in the first quarter.";
const ANALYSTS = "Analysts said prices would rise by 5% next year.";
/** The tag at the end of a line of the article's, over `next`. */
const under = (tag: string, next: string) => `${BEFORE} ${tag}\n${next}`;
/** Who is given the claim that quotes `fragment`, and its wording. */
const read = (body: string, fragment: string) => {
  const c = claims(body).find((x) => x.quote.includes(fragment));
  return c && { who: c.claimant.name, text: c.text };
};
const ANALYSTS_WORDS = { who: "analysts", text: "According to analysts, prices would rise by 5% next year" };

describe("a one-word lead-in, its speaker, a verb of saying and one word, over a line with its own speaker", () => {
  it("leaves the line under to its own speaker after 'told reporters'", () => {
    expect(read(under("Otherwise, ministers told reporters", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });

  it("leaves the line under to its own speaker after 'said little'", () => {
    expect(read(under("Meanwhile, ministers said little", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });
});

describe("a lead-in that names only a time, over a line with its own speaker", () => {
  it("leaves the line under to its own speaker after 'Last week'", () => {
    expect(read(under("Last week, the minister said", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });

  it("leaves the line under to its own speaker after 'On Monday'", () => {
    expect(read(under("On Monday, the union said", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });

  it("leaves the line under to its own speaker after 'Earlier this year'", () => {
    expect(read(under("Earlier this year, critics said", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });

  it("leaves a named speaker's line to them after 'Two days ago' and 'In March'", () => {
    const SMITH = "Mr Smith said he had never met the victim.";
    for (const tag of ["Two days ago, police said", "In March, the council said"])
      expect(read(under(tag, SMITH), "never met")?.who, tag).toBe("Smith");
  });
});

describe("'leaders' as an unnamed group", () => {
  it("types 'leaders' as ministers are typed", () => {
    const leaders = claims("Prices fell, leaders said.").find((c) => c.claimant.name === "leaders");
    const ministers = claims("Prices fell, ministers said.").find((c) => c.claimant.name === "ministers");
    expect(leaders?.claimant.type).toBe(ministers?.claimant.type);
  });
});

describe("near-misses of decision 1050's rules", () => {
  it("still runs on a tag whose verb wants the line under ('said that')", () => {
    expect(read(under("Otherwise, critics said that", "the plan would fail."), "plan would fail")).toEqual({
      who: "critics",
      text: "According to critics, the plan would fail",
    });
  });

  it("still runs on 'told reporters' over a line with no speaker of its own", () => {
    expect(read(under("Otherwise, ministers told reporters", "the plan would fail."), "plan would fail")?.who).toBe(
      "ministers",
    );
  });

  it("still runs on a lead-in that names a medium or a place, not only a time", () => {
    for (const tag of ["In a statement read to the court, his lawyer said", "Outside court, his lawyer said"])
      expect(read(under(tag, "Mr Smith said he had never met the victim."), "never met")?.who, tag).toBe("his lawyer");
  });

  it("still runs on a lead-in of time over a line with no speaker of its own", () => {
    expect(read(under("Last week, the minister said", "the plan would fail."), "plan would fail")?.who).toBe(
      "minister",
    );
  });

  it("reads a time lead-in and its words on one line as before", () => {
    expect(read("Last week, the minister said the plan would fail.", "plan would fail")?.who).toBe("minister");
    expect(read("On Monday, the union said pay had fallen by 9%.", "fallen by 9%")?.who).toBe("union");
  });

  it("keeps a named body of leaders and a role of one leader as before", () => {
    expect(claims("Prices fell, the Labour leader said.")[0]?.claimant.type).toBe("person");
  });
});

describe("near-misses of decision 1050's rules (review)", () => {
  // Written for the review: a capital after "said" or "says" at a line's end may open the line
  // under's speaker, hard-wrapped ("said Mr" over "Smith said …"): one report of another, as before.
  it("still runs on 'said Mr' or 'said Dr' over the rest of the name and its 'said'", () => {
    expect(read(under("Meanwhile, the minister said Mr", "Smith said he would resign by March."), "resign")).toEqual({
      who: "minister",
      text: "According to the minister, Mr Smith said he would resign by March",
    });
    expect(read(under("Finally, the report said Dr", "Patel said 300 patients waited a year."), "300")?.who).toBe(
      "report",
    );
  });

  it("still runs on 'said Labour' over 'MPs said …'", () => {
    expect(read(under("Yesterday, the minister said Labour", "MPs said the bill would cost £2bn."), "£2bn")).toEqual({
      who: "minister",
      text: "According to the minister, Labour MPs said the bill would cost £2bn",
    });
  });

  it("still stands 'told' and a capitalised hearer apart ('told Sky')", () => {
    expect(read(under("Afterwards, the coach told Sky", ANALYSTS), "rise by 5%")).toEqual(ANALYSTS_WORDS);
  });
});
