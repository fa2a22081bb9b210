import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks and furniture left from decisions 510 and 515 (decision 550): a live blog's
 * time-stamped entries taken for a podcast's chapters, lines with no final mark run together, and
 * page furniture read as claims. The texts are written for these tests after the articles in
 * tests/fixtures/newsroom-read-515.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const LEAD_QUOTE = "The council voted 7-2 to adopt a $38.2 million budget";

describe("a live blog's time-stamped entries against a podcast's chapters", () => {
  it("reads a lone entry at a time of day that has a verb, or its source before a colon", () => {
    for (const [entry, fragment] of [
      ["(16:45) Dow closes down 800 points as bank stocks slump", "800 points"],
      ["(09:10) Shares in Rio Tinto slide 6 per cent", "Rio Tinto"],
      ["(27:32) GE Vernova: gas turbines are sold out until 2030", "sold out until 2030"],
      ["(13:05) Fed's Powell: rates will stay high into 2027", "rates will stay high"],
    ] as const)
      expect(kept(`${LEAD}\n\n${entry}`, fragment)).toBe(true);
  });

  it("reads entries that stand apart with their text, newest first", () => {
    const blog = `${LEAD}\n\n(16:45) Dow closes down 800 points as bank stocks slump\nThe index lost 2.1% in the last hour of trading.\n\n(15:30) Fed holds rates at 4.5%\nThe decision was unanimous.`;
    expect(kept(blog, "800 points")).toBe(true);
    expect(kept(blog, "holds rates at 4.5%")).toBe(true);
  });

  it("still makes no claim of a chapter: no time of day, a run of later stamps, or a title with no verb", () => {
    for (const chapter of [
      "(27:32) Gas turbines are sold out until 2030",
      "(00:00) Intro",
      "(11:40) Virginia's 40 gigawatts of requests",
      "(1:02:10) Utilities have doubled their forecasts",
      "(36:18) Can nuclear restarts help?",
    ])
      expect(quotes(`${LEAD}\n\n${chapter}`)).toEqual([LEAD_QUOTE]);
    const list = `${LEAD}\n\nIn this episode:\n(02:14) Data centers doubled their load in Virginia\n(11:40) Utilities have received 40 gigawatts of requests\n(19:05) Turbine makers are sold out until 2030`;
    expect(quotes(list)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a chapter's stamp from hiding a said or a rate in a run", () => {
    const list = `${LEAD}\n\n(02:14) Intro\n(11:40) The minister said 40% of the posts were cut`;
    expect(kept(list, "40% of the posts")).toBe(true);
  });
});
