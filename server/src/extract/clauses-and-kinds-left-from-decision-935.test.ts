import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 975: the clauses and kinds decision 935 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const LONG =
  "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";

describe("'Smith would maintain that …'", () => {
  it("is the speaker's view, as 'would claim that' is", () => {
    for (const [body, name, text] of [
      ["Smith would maintain that the policy was working.", "Smith", "According to Smith, the policy was working"],
      [
        "The chancellor would maintain that growth was back.",
        "chancellor",
        "According to the chancellor, growth was back",
      ],
      ["The firm would maintain that its accounts were accurate.", "firm", "The firm said its accounts were accurate"],
      [
        "Labour would maintain that the cuts had gone too far.",
        "Labour",
        "According to Labour, the cuts had gone too far",
      ],
    ] as const) {
      const all = claims(body);
      expect(all, body).toHaveLength(1);
      const c = all[0]!;
      expect(c.claimant?.name, body).toBe(name);
      expect(c.text, body).toBe(text);
      expect([c.kind, ...c.alsoKinds], body).not.toContain("prediction");
    }
  });

  it("keeps a thing kept, a future's 'will maintain', a pronoun and the article's doubt as the article's", () => {
    for (const body of [
      "Smith would maintain that rate until June.",
      "The bank would maintain that rate until June.",
      "Smith would maintain that level of spending.",
      "The team would maintain that lead until half-time.",
      "The bank will maintain rates.",
      "The council would maintain that road until it was rebuilt.",
      "The trust would maintain that building that was listed in 1990.",
      "The council would maintain that bridge which was built in 1960.",
      "Smith would maintain that, wouldn't he?",
      "Of course Smith would maintain that the policy was working.",
      "He would maintain that the policy was working.",
      "Smith would not maintain that the policy was working.",
      "Smith would maintain that the policy works.",
      "Smith would maintain that the policy was working if asked.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("a thing claimed before a relative clause", () => {
  it("is the article's after 'would claim that' too, as after 'maintains that'", () => {
    for (const body of [
      "The trust would claim that building that was listed in 1990.",
      "The council would claim that bridge which was built in 1960.",
      "The club would claim that title whose trophy was lost in 1990.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("'Any economist would tell you …' and its kin", () => {
  it("is no forecast: 'would', 'Every', 'Ask any … and they' and a speaker's adverb", () => {
    for (const body of [
      "Any economist would tell you that prices are rising.",
      "Every economist will tell you that prices are rising.",
      "Every good doctor would tell you that waiting lists have grown.",
      "Ask any economist and they will tell you that prices are rising.",
      "Ask any economist, and they would tell you that prices are rising.",
      "Frankly, any economist will tell you that prices are rising.",
    ]) {
      const c = quoting(body, "tell you");
      expect([c.kind, ...c.alsoKinds], body).not.toContain("prediction");
      expect(c.claimant?.type, body).toBe("article");
    }
  });

  it("keeps things still to come, a question or time to come, a longer subject and other openers as forecasts", () => {
    for (const body of [
      "Any economist would tell you that prices will rise next year.",
      "Every economist will tell you whether the policy worked.",
      "Any economist would tell you whether the policy worked.",
      "Every recount will tell you who won the seat.",
      "Ask any economist and they will tell you on Thursday that prices are rising.",
      "Ask any economist at the briefing and they will tell you that prices are rising.",
      "Ask the economist and they will tell you that prices are rising.",
      "Every new figure will tell you that prices are rising.",
      "Any more delays would tell you that the project has failed.",
      "Every week will tell you that prices are rising.",
      "Every Treasury official will tell you that prices are rising.",
      "Shortly, any economist will tell you that prices are rising.",
      "On Thursday, any economist will tell you that prices are rising.",
      "The data would tell you that prices are rising.",
      "The minister would tell you that prices are rising.",
      "Any economist would tell us that prices are rising.",
    ]) {
      const c = quoting(body, "tell");
      expect([c.kind, ...c.alsoKinds], body).toContain("prediction");
    }
  });
});

describe("a briefing's 'It was however understood that' and 'It is, however understood that'", () => {
  it("is the unnamed sources', worded as written, as 'It is however understood that' is", () => {
    for (const body of [
      "It was however understood that the minister would resign on Friday.",
      "It is, however understood that the minister will resign on Friday.",
      "It was, however, understood that the minister had resigned.",
      "It was understood, however, that the minister had resigned.",
    ]) {
      const c = quoting(body, "minister");
      expect(c.claimant?.type, body).toBe("unnamed_sources");
      expect(c.flags, body).toContain("unnamed_source");
      expect(c.text, body).toBe(body.slice(0, -1));
    }
    for (const lead of ["It is, however understood that", "It was however understood that"]) {
      const long = `${lead} Reeves will tell MPs: ${LONG}`;
      expect(claims(long), lead).toHaveLength(1);
      expect(quoting(long, "tax rises").claimant?.type, lead).toBe("unnamed_sources");
    }
  });

  it("leaves a plain 'It was understood', another subject, another frame and 'to be' as they were", () => {
    for (const body of [
      "It was understood that the minister had resigned.",
      "It was however understood to be a matter for the minister.",
      "Little was however understood that could explain the fall.",
      "The plan was however understood by few ministers.",
      "It was however expected that the minister would resign.",
      "It was though understood that the minister would resign.",
      "It was however not understood that the minister would resign.",
      "It is, however widely understood that the minister will resign.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("near-misses of decision 975's rules (review)", () => {
  it("keeps a thing kept or claimed before 'and' and a second verb, or before a possessive's clause, as the article's", () => {
    for (const body of [
      "The club would maintain that form through the winter and was promoted in May.",
      "The club would claim that title in 2019 and was relegated a year later.",
      "Smith would maintain that discipline his father had taught him.",
      "The club would claim that title their rivals had won in 2019.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });

  it("leaves a past 'It was however understood that' after a year or a century to the article", () => {
    for (const body of [
      "In 1997 it was however understood that Labour would win a landslide.",
      "In the 18th century it was, however, understood that the heir would marry within the family.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
    // A weekday dates a briefing, not a history.
    const body = "On Monday it was however understood that talks had collapsed.";
    expect(quoting(body, "talks").claimant?.type, body).toBe("unnamed_sources");
  });
});
