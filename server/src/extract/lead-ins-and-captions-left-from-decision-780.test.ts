import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Lead-ins and captions left from decision 780 (decision 805): a lead-in before "…, X said" whose
 * first word is not on decision 780's list, below the body's top, over a speaker's own "said"; a
 * caption that opens with a club's second word under a line that names the club in full, over a
 * photo credit.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does one claim's sentence hold both `a` and `b`, `a` first? */
const oneSentence = (body: string, a: string, b: string) =>
  claims(body).some((c) => c.sentenceStart <= body.indexOf(a) && c.sentenceEnd >= body.indexOf(b) + b.length);

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
/** A sentence before the lead-in on its line, as in a wrapped paragraph below the body's top. */
const BEFORE = "The defendant denied all of the charges against him.";

describe("a lead-in with no verb of its own before '…, X said' below the body's top", () => {
  it("runs on into the speaker's words on the line under", () => {
    for (const [line, next] of [
      ["Outside court, his lawyer said", "Mr Smith said he had never met the victim."],
      ["After the hearing, a spokesman said", "Thames Water said it would appeal against the ruling."],
      // "Later, the minister said" over "Labour says …" stands apart since decision 1025: a one-word
      // lead-in's line is a tag left hanging, and the line under keeps its own speaker.
      ["On the steps of Downing Street, she said", "Ministers said the plan would go ahead."],
    ] as const) {
      const body = `${LEAD}\n\n${BEFORE} ${line}\n${next}`;
      expect(oneSentence(body, line.slice(-12), next.slice(0, 12))).toBe(true);
    }
  });
});

describe("near-misses of decision 805's rules", () => {
  it("still breaks a statement with a verb of its own before '…, X said' over a speaker's 'said'", () => {
    for (const [line, next] of [
      [
        "Profits rose by 5 per cent in the year to March, the company said",
        "Analysts said the figures were better than expected.",
      ],
      ["The fine was the largest it had ever imposed, the regulator said", "Thames Water said it accepted the ruling."],
      ["Thames Water owes 2 billion pounds, the regulator said", "Ofwat said it would act."],
      // No verb hasOwnVerb reads, but the words open with the noun they are about, not a place.
      ["Profits up 5 per cent in the year to March, the company said", "Analysts said the figures were better."],
      ["Crime in the capital falls for a third year, police said", "Analysts said the figures were better."],
      ["No deal on the budget yet, the Treasury said", "Analysts said the talks would go on."],
    ] as const) {
      const body = `${LEAD}\n\n${line}\n${next}`;
      expect(oneSentence(body, line.slice(-12), next.slice(0, 12))).toBe(false);
    }
  });

  it("still breaks a statement opened by a sentence adverb or a place word, or of one word, below a sentence", () => {
    for (const [line, next] of [
      // A sentence adverb is a lead-in alone before its comma, not before a statement's words.
      ["Still no deal on the budget, the Treasury said", "Police said 12 people had been arrested on Saturday."],
      ["Recently no new cases in the region, health officials said", "Analysts said the figures were better."],
      ["Instead a 2 per cent rise, the union says", "Labour says the cost will reach £4bn by 2030."],
      // A place word before more than a place opens the statement's subject.
      ["Across the UK house prices fall for a third month, Nationwide said", "Mr Smith said he had never met her."],
      ["Inside the prison conditions remain poor, inspectors said", "Labour says the cost will reach £4bn by 2030."],
      ["Near record levels of debt in the sector, the IFS said", "Police said 12 people had been arrested."],
      // One word that is no adverb of time or manner: the statement itself.
      ["Unacceptable, the union said", "Analysts said the figures were better than expected."],
      ["Wrong, critics said", "Analysts said the figures were better than expected."],
      ["Guilty, the jury said", "Police said 12 people had been arrested on Saturday."],
    ] as const) {
      const body = `${LEAD}\n\n${BEFORE} ${line}\n${next}`;
      expect(oneSentence(body, line.slice(-12), next.slice(0, 12))).toBe(false);
    }
  });

  it("still runs on a short place before '…, X said' below a sentence", () => {
    for (const [line, next] of [
      // "Privately, one aide said", "Yesterday, the minister said" and "Elsewhere, the chancellor
      // said" stand apart since decision 1025 (a one-word lead-in over a line with its own speaker).
      ["Outside Leeds Crown Court, the family said", "Police said 12 people had been arrested on Saturday."],
    ] as const) {
      const body = `${LEAD}\n\n${BEFORE} ${line}\n${next}`;
      expect(oneSentence(body, line.slice(-12), next.slice(0, 12))).toBe(true);
    }
  });
});

const CREDIT = "Photograph: Jane Smith/PA";
const FIRST = "The council voted 30 to 12 on Tuesday to approve the plan.";

describe("a caption opening with a club's second word under a line that names the club in full", () => {
  it("is dropped over its credit line, not joined to the line above", () => {
    for (const [line, caption] of [
      [
        "Newcastle were held to a 1-1 draw by Manchester United on Sunday at Old Trafford",
        "United against Newcastle at Old Trafford on Sunday",
      ],
      ["Aston Villa moved up to fourth with a 2-0 win over Everton at Villa Park", "Villa on Sunday at Villa Park"],
    ] as const) {
      const body = `${line}\n${caption}\n${CREDIT}\n${FIRST}`;
      expect(quotes(body)).toContain(line);
    }
  });

  it("keeps a club's name cut across the lines when the line above names another club", () => {
    const line = "Manchester United fans celebrated after Sunday's 2-0 win over Manchester";
    const body = `${line}\nCity at Old Trafford, where Bruno Fernandes scored twice\n${CREDIT}\n${FIRST}`;
    expect(quotes(body).some((q) => q.includes("Manchester\nCity at Old Trafford"))).toBe(true);
  });

  it("keeps a club's name cut across the lines when the line above names a club with the same second word", () => {
    for (const [line, next] of [
      ["Fans of Leicester City booed the board after a 3-0 defeat by Manchester", "City at the King Power on Saturday"],
      [
        "Bolton Wanderers fans were left stunned after a 3-0 defeat by Wolverhampton",
        "Wanderers at the Reebok on Saturday",
      ],
    ] as const) {
      const body = `${line}\n${next}\n${CREDIT}\n${FIRST}`;
      expect(quotes(body).some((q) => q.includes(`${line.slice(-10)}\n${next.slice(0, 8)}`))).toBe(true);
    }
  });
});
