import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks, headlines and standfirsts left by decision 670 (decision 710): "Click to" and
 * "Press here to" run on into their button's word, a byline whose desk is named for where it
 * reports ("Whitehall Editor"), and a headline's one-line standfirst run into the story's first
 * sentence when that sentence opens with its speaker.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const LEAD_QUOTE = "The council voted 7-2 to adopt a $38.2 million budget";
const STORY = "The chancellor will cut fuel duty by 5p a litre, the Treasury said.";
const HEAD = "Water company fined 12 million pounds over sewage spills in the Thames";
const STANDFIRST = "The regulator said the fine was the largest it had ever imposed on a water firm";

describe("a link's call to click over its button's word", () => {
  it("is no claim", () => {
    for (const call of ["Click to\nSubscribe.", "Press here to\nDonate.", "Tap to\nSubscribe."])
      expect(quotes(`${LEAD}\n\n${call}`)).toEqual([LEAD_QUOTE]);
  });

  it("is no claim alone on its line", () => {
    for (const call of ["Click to", "Press here to", "Press here to see the results"])
      expect(quotes(`${LEAD}\n\n${call}`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a byline whose desk is named for where it reports", () => {
  it("is dropped", () => {
    for (const byline of [
      "Jane Smith, Whitehall Editor",
      "Tom Reid, Europe Editor, Brussels",
      "Jane Smith, Washington Correspondent",
      "Jane Smith\nWhitehall Editor",
    ])
      expect(quotes(`${LEAD}\n\n${byline}\n\n${STORY}`)).toEqual([
        LEAD_QUOTE,
        "The chancellor will cut fuel duty by 5p a litre",
      ]);
  });
});

describe("a headline's one-line standfirst over a first sentence that opens with its speaker", () => {
  it("ends the standfirst at its line", () => {
    const said = `${HEAD}\n${STANDFIRST}\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(quotes(said)).toContain("it accepted the ruling and would invest in new works in London");
    expect(quotes(said)).toContain("the fine was the largest it had ever imposed on a water firm");
    const told = `${HEAD}\n${STANDFIRST}\nMr Hart told the BBC the company accepted the ruling and would invest in new works.`;
    expect(quotes(told)).toContain("the company accepted the ruling and would invest in new works");
    const pronoun = `${HEAD}\n${STANDFIRST}\nIt said it accepted the ruling and would invest in new works in London.`;
    expect(quotes(pronoun)).toContain("the fine was the largest it had ever imposed on a water firm");
  });
});

describe("near-misses of decision 710's rules", () => {
  it("reads calls in a sentence and a wrap on 'to' as before", () => {
    expect(kept(`${LEAD}\n\nPress here and there, the doctor said, and it hurts.`, "Press here and there")).toBe(true);
    expect(kept(`${LEAD}\n\nClick to win, the advert promised, and 4,000 people did.`, "Click to win")).toBe(true);
    expect(kept(`${LEAD}\n\nThe tickets went on sale to\nFans at 9am on Friday.`, "went on sale to\nFans")).toBe(true);
  });

  it("reads a desk's name in a sentence as before", () => {
    const body = `${LEAD}\n\nWhitehall Editor Tom Reid said the plan would cost 40 million pounds.`;
    expect(kept(body, "the plan would cost 40 million pounds")).toBe(true);
  });

  it("runs a wrap on into a speaker's line when it ends on a linking word, a name or a relative's clause", () => {
    const on = `${LEAD}\n\nThe regulator fined the company 12 million pounds on Tuesday, the largest fine it had ever imposed on\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(kept(on, "imposed on\nThames Water said")).toBe(true);
    const which = `${HEAD}\nThe company fined 12 million pounds on Tuesday, which its chief executive\nChris Weston said was fair, will appeal the ruling and invest in new works.`;
    expect(kept(which, "chief executive\nChris Weston said was fair")).toBe(true);
    const name = `Summary\n\nThe company said revenue would grow by 4% in 2027, and analysts at Goldman\nSachs said the shares were worth $40 each.`;
    expect(claims(name).find((c) => c.quote.includes("$40"))?.claimant.name).toContain("Goldman Sachs");
    const midLine = `${LEAD} The company fined 12 million pounds, which chief executive\nChris Weston said was fair, will appeal the ruling and invest in new works in London now.`;
    expect(kept(midLine, "chief executive\nChris Weston said was fair")).toBe(true);
  });

  // Decision 735 ends the standfirst at its line over a first sentence whose speaker goes on with
  // another verb, and at the body's top with no headline over it; below the body's top it runs on.
  it("ends the standfirst over a first sentence with another verb, or at the body's top with no headline", () => {
    const noVerb = `${HEAD}\n${STANDFIRST}\nThames Water is to invest in new works in London, its chief executive said.`;
    expect(kept(noVerb, "water firm\nThames Water is to invest")).toBe(false);
    const noHead = `${STANDFIRST}\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(kept(noHead, "water firm\nThames Water said")).toBe(false);
    const belowTop = `${LEAD}\n\n${noHead}`;
    expect(kept(belowTop, "water firm\nThames Water said")).toBe(true);
  });

  it("reads a rule's or a payment's name after 'Click to' or 'Tap to', and a call with a comma, as claims", () => {
    for (const line of [
      "Click to cancel is dead.",
      "Tap to pay arrives.",
      "Click to cancel becomes law.",
      "Press here to win, the sign said.",
    ])
      expect(kept(`${LEAD}\n\n${line}`, line.slice(0, -1))).toBe(true);
    const head = "Click to cancel blocked\nA federal appeals court struck down the rule on Tuesday, the agency said.";
    expect(kept(head, "Click to cancel blocked")).toBe(true);
  });

  it("keeps a speaker's title on the line over the name with the name's sentence", () => {
    const manager = `Arsenal beat Chelsea 2-1 to go top\nGabriel Jesus scored twice as Arsenal moved top of the league on Saturday, and manager\nMikel Arteta said the win was the best of his time at the club.`;
    expect(quotes(manager).some((q) => q.endsWith("and manager"))).toBe(false);
    expect(claims(manager).find((c) => c.quote.includes("the best of his time"))?.claimant.title).toBe("manager");
    const minister = `Chancellor cuts fuel duty by 5p a litre\nThe government will spend 2 billion pounds on new homes over five years, the housing minister\nMatthew Pennycook told MPs on Tuesday afternoon.`;
    expect(claims(minister).find((c) => c.quote.includes("2 billion pounds"))?.claimant.name).toBe("Matthew Pennycook");
    const deputy = `Chancellor cuts fuel duty\nThe chancellor defended the cut in a speech to business leaders on Tuesday, as her deputy\nDarren Jones told the BBC it would save drivers 3 pounds a tank.`;
    expect(kept(deputy, "as her deputy\nDarren Jones told")).toBe(true);
    const judge = `Man jailed for three years for £40,000 fraud\nA man who stole 40,000 pounds from his employer was jailed on Tuesday, and judge\nSarah Green said he had shown no remorse for what he had done.`;
    expect(quotes(judge).some((q) => q.endsWith("and judge"))).toBe(false);
  });
});
