import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { leadInLines, UNDER } from "./lead-in-lines.test-helper.ts";

/**
 * Lead-ins left from decision 925 (decision 965): "Otherwise" alone before "…, X said" runs on
 * into the speaker's words on the line under, as "Likewise" does; a place lead-in before a speaker
 * the attribution reader does not name ("Near the scene, a witness said") stands apart, and the
 * line under keeps its own speaker; and a plural's present in the base form before a trailing tag
 * ("Prices fall, analysts said") is the tag's speaker's.
 */
const { below, joined, speakerOf } = leadInLines("2026-05-10");
const { claims, quoting } = claimsOn("2026-05-10");
const SMITH = "Mr Smith said he had never met the victim in March.";
/** Each line over `next`, below the body's top: does it run on into it? */
const runsOn = (lines: readonly string[], next = UNDER) => lines.map((line) => [line, joined(line, next)] as const);
const all = (lines: readonly string[], value: boolean) => lines.map((line) => [line, value] as const);
/** Who is given the claim of a one-line text that quotes `fragment`. */
const whoSaid = (body: string, fragment: string) => quoting(body, fragment).claimant.name;

describe("'Otherwise' alone before '…, X said' below the body's top", () => {
  // Decision 965 ran these on; since decision 1025 a one-word lead-in's line over a line that opens
  // with its own speaker stands apart, and the line under keeps its speaker.
  it("stands apart from the speaker's words on the line under, which keep their own speaker", () => {
    const LINES = ["Otherwise, the union said", "Otherwise, Mr Jones said"];
    expect(runsOn(LINES)).toEqual(all(LINES, false));
    expect(runsOn(LINES, SMITH)).toEqual(all(LINES, false));
    expect(speakerOf(below("Otherwise, the union said", UNDER), "better than expected")).toBe("analysts");
  });
});

describe("a place lead-in before a speaker the attribution reader does not name, over a speaker's line", () => {
  const UNNAMED = [
    "Near Leeds bus station, a witness said",
    "Near Leeds bus stations, a witness said",
    "Near the scene, a neighbour said",
    "Outside court, a resident said",
  ];
  it("stands apart, and the line under keeps its own speaker", () => {
    expect(runsOn(UNNAMED, SMITH)).toEqual(all(UNNAMED, false));
    for (const line of UNNAMED) expect(speakerOf(below(line, SMITH), "never met the victim"), line).toBe("Smith");
  });
});

describe("a plural's present in the base form before a trailing '…, X said'", () => {
  it("is the speaker's, as the past is", () => {
    for (const body of [
      "Prices fall, analysts said.",
      "Prices fall across Europe, analysts said.",
      "House prices rise, analysts said.",
      "Energy costs rise, analysts said.",
      "Doubts remain, analysts said.",
      "Throughout Europe prices fall, analysts said.",
      "Across Europe prices rise, analysts said.",
    ])
      expect(whoSaid(body, body.slice(0, 8)), body).toBe("analysts");
  });
});

describe("near-misses of decision 965's rules", () => {
  it("still breaks more than 'Otherwise' before its speaker, and reads it on one line as before", () => {
    const STATEMENTS = ["Otherwise profits fall, the bank said", "Otherwise known as Jim, the witness said"];
    expect(runsOn(STATEMENTS)).toEqual(all(STATEMENTS, false));
    expect(speakerOf("Otherwise, the union said, members would strike.", "members would strike")).toBe("union");
  });

  it("still runs on a place lead-in before a speaker the attribution reader names", () => {
    const NAMED = [
      "Near the scene, a spokesman said",
      "Near the scene, police said",
      "Near the scene, witnesses said",
      "Outside court, his lawyer said",
      "Near Leeds bus stations, police said",
      "Near daybreak, the coastguard said",
    ];
    expect(runsOn(NAMED, SMITH)).toEqual(all(NAMED, true));
    expect(speakerOf(below("Near the scene, a spokesman said", SMITH), "never met the victim")).toBe("spokesman");
  });

  it("keeps a noun phrase, a possessive, a subordinate clause, a verb on no list and a lead-in with the article", () => {
    for (const body of [
      "Price falls, analysts said.",
      "Energy price rises, analysts said.",
      "Britain's rise, analysts said.",
      "Workers' pay rise, analysts said.",
      "The pound's fall, analysts said.",
      "Across London hospitals struggle, the NHS said.",
      "Near Leeds bus stations, police said.",
    ])
      expect(quoting(body, body.slice(0, 8)).claimant.type, body).toBe("article");
    // "As prices fall" states nothing of the analysts': what they said is after the tag.
    expect(quoting("As prices fall, analysts said, the pound will weaken.", "pound").text).toBe(
      "According to analysts, the pound will weaken",
    );
    // A past and a present in "-ing" are the analysts' on both trees.
    expect(whoSaid("Prices fell across Europe, analysts said.", "Prices")).toBe("analysts");
    expect(whoSaid("Prices are falling, analysts said.", "Prices")).toBe("analysts");
  });

  it("reads 'Taxpayers, critics said, will pay 12% more' on one line as the critics', as before", () => {
    const body = "Taxpayers, critics said, will pay 12% more. Just 5 per cent of the cost falls on the operators.";
    expect(whoSaid(body, "Taxpayers")).toBe("critics");
    expect(quoting(body, "Just 5 per cent").claimant.type).toBe("article");
  });
});

describe("near-misses of decision 965's rules (review)", () => {
  it("breaks 'Otherwise' off before one speaker the attribution reader does not name", () => {
    // A lone pronoun ("had" passed over) or "a witness" after the adverb: a run-on gave both lines
    // to the article.
    const UNNAMED = [
      "Otherwise, she said",
      "Otherwise, they said",
      "Otherwise, he had said",
      "Otherwise, a witness said",
    ];
    expect(runsOn(UNNAMED)).toEqual(all(UNNAMED, false));
    expect(runsOn(UNNAMED, SMITH)).toEqual(all(UNNAMED, false));
    for (const line of UNNAMED) expect(speakerOf(below(line, UNDER), "better than expected"), line).toBe("analysts");
  });

  it("gives no speaker a noun phrase opened by a determiner in '-s' before a trailing tag", () => {
    for (const body of [
      "His fall, critics said.",
      "His fall from grace, critics said.",
      "Its rise, analysts said.",
      "This rise, analysts said.",
    ])
      expect(
        claims(body).map((c) => c.claimant.type),
        body,
      ).not.toContain("unnamed_sources");
    // A plural after the determiner is the clause's subject, as before.
    expect(whoSaid("Its costs rise, the firm said.", "Its costs")).toBe("firm");
  });
});
