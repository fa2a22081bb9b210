import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 1015: the clauses and kinds decision 975 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const LONG =
  "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";

/** Whose each claim of `body` is, in order. */
function owners(body: string): readonly (string | undefined)[] {
  return claims(body).map((c) => c.claimant?.type);
}

/** `body` is one claim, `name`'s view worded `text`, and no forecast. */
function expectOneView(body: string, name: string, text: string): void {
  const [c, ...more] = claims(body);
  expect(more, body).toHaveLength(0);
  expect([c?.claimant?.name, c?.text], body).toEqual([name, text]);
  expect([c?.kind, ...(c?.alsoKinds ?? [])], body).not.toContain("prediction");
}

/** The kinds of the claim quoting `words` in `body`. */
function kindsOf(body: string, words: string): readonly string[] {
  const c = quoting(body, words);
  return [c.kind, ...c.alsoKinds];
}

describe("'Everyone will tell you …', 'Anyone …' and 'Any economist worth their salt …'", () => {
  it("is a view held now, no forecast, as 'Any economist will tell you' is", () => {
    for (const body of [
      "Everyone will tell you that prices are rising.",
      "Anyone will tell you that prices are rising.",
      "Everybody would tell you that waiting lists have grown.",
      "Anybody will tell you that the trains are late.",
      "Any economist worth their salt will tell you that prices are rising.",
      "Anyone worth their salt would tell you that prices are rising.",
      "Ask anyone and they will tell you that prices are rising.",
      "Ask anyone, and they would tell you that the council has failed.",
      "Frankly, everyone will tell you that prices are rising.",
    ]) {
      expect(kindsOf(body, "tell you"), body).not.toContain("prediction");
      expect(quoting(body, "tell you").claimant?.type, body).toBe("article");
    }
  });
});

describe("'Smith would maintain that the policy that failed was working'", () => {
  it("is the speaker's view past a relative clause in the view's subject", () => {
    for (const [body, name, text] of [
      [
        "Smith would maintain that the policy that failed was working.",
        "Smith",
        "According to Smith, the policy that failed was working",
      ],
      [
        "The chancellor would maintain that the scheme which ministers backed had worked.",
        "chancellor",
        "According to the chancellor, the scheme which ministers backed had worked",
      ],
      [
        "Labour would maintain that the cuts that were made in 2010 had gone too far.",
        "Labour",
        "According to Labour, the cuts that were made in 2010 had gone too far",
      ],
      [
        "The union would maintain that the deal that it signed was fair.",
        "union",
        "According to the union, the deal that it signed was fair",
      ],
    ] as const)
      expectOneView(body, name, text);
  });
});

describe("'It is however understood that Reeves would tell MPs: “…, and …”'", () => {
  it("is one claim of the unnamed sources', whole, as with 'will'", () => {
    for (const lead of [
      "It is however understood that Reeves would tell MPs:",
      "It is understood that Reeves would tell MPs:",
      "It was however understood that Reeves would tell MPs:",
      "It is, however, understood that Reeves would say:",
    ]) {
      const long = `${lead} ${LONG}`;
      expect(claims(long), lead).toHaveLength(1);
      const c = quoting(long, "tax rises");
      expect(c.claimant?.type, lead).toBe("unnamed_sources");
      expect(c.flags, lead).toContain("unnamed_source");
    }
  });
});

describe("near-misses of decision 975's rules", () => {
  it("keeps a telling to come, a longer subject and another worth as forecasts", () => {
    for (const body of [
      "Everyone will tell you whether the policy worked.",
      "Everyone will tell you on Thursday that prices are rising.",
      "Anyone would tell you that prices will rise next year.",
      "Everyone at the briefing will tell you that prices are rising.",
      "Any economist worth hiring will tell you that prices are rising.",
      "Everyone will tell us that prices are rising.",
      "Every one of them will tell you that prices are rising.",
      "Ask anyone at the briefing and they will tell you that prices are rising.",
      "Shortly, everyone will tell you that prices are rising.",
    ])
      expect(kindsOf(body, "tell"), body).toContain("prediction");
    // "Anyway" is no "Any": the count's "the data will tell you" is read as before.
    const body = "Anyway, the data will tell you that prices are rising.";
    expect(kindsOf(body, "tell"), body).not.toContain("prediction");
  });

  it("keeps a thing kept before a relative clause the article's, whatever follows it", () => {
    for (const body of [
      "The trust would maintain that building that was listed in 1990.",
      "The council would maintain that bridge which was built in 1960.",
      "The council would maintain that road that was built in 1960 until it was rebuilt.",
      "The club would maintain that form that had won it the title and was promoted.",
      "The trust would maintain that house that had left it in debt.",
      "The firm would maintain that the road that was built in 1960 so it was safe.",
      "Smith would not maintain that the policy that failed was working.",
    ])
      expect(owners(body), body).toEqual(["article"]);
  });

  it("leaves a plain past 'It was understood that …' to the article, a narrative's as often as a briefing's", () => {
    for (const body of [
      "It was understood that the minister would resign.",
      "It was understood that the heir would marry within the family.",
      "It was understood that the minister had resigned.",
    ])
      expect(owners(body), body).toEqual(["article"]);
    // The present is a briefing's, as on the base tree.
    const body = "It is understood that the minister will resign.";
    expect(quoting(body, "minister").claimant?.type, body).toBe("unnamed_sources");
  });

  it("leaves a speech with 'would' that no unnamed sources' frame reports as it was", () => {
    for (const lead of [
      "Reeves would tell MPs:",
      "It was understood that Reeves would tell MPs:",
      "It was expected that Reeves would tell MPs:",
      "In 1997 it was however understood that Reeves would tell MPs:",
    ]) {
      const long = `${lead} ${LONG}`;
      expect(owners(long), lead).toEqual(["article", "article"]);
    }
  });
});

describe("near-misses of decision 1015's rules (review)", () => {
  it("keeps 'Everyone will tell you' a forecast when no 'that', 'so' or stop follows the telling", () => {
    // A telling to come, dated by an event or a place, or of a thing not a view: anyone at all tells
    // it later, as "Everyone will tell you whether …" does.
    for (const body of [
      "Everyone will tell you their name when they arrive.",
      "Anyone will tell you about the changes at Friday's meeting.",
      "Everybody will tell you once the count is done that Labour has won.",
      "Everyone will tell you at the meeting that prices are rising.",
      "Ask anyone and they will tell you their story.",
    ])
      expect(kindsOf(body, "tell"), body).toContain("prediction");
  });
});
