import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 845: the clauses and kinds decision 790 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const LONG =
  "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";

describe("a quotation the figures 'will tell you'", () => {
  it("is the article's, as a quotation the figures show is", () => {
    for (const [body, fragment] of [
      ["“Prices are rising,” the data will tell you.", "Prices"],
      ["“Sales fell 12% in the quarter,” the figures will tell you.", "Sales"],
      ["“Prices are rising,” the statistics will tell you.", "Prices"],
    ] as const)
      expect(quoting(body, fragment).claimant?.type, body).toBe("article");
  });

  it("keeps a person's, a body's and a report's 'will tell', and the figures' own 'show', as they were", () => {
    expect(quoting("“Prices are rising,” the chancellor will tell you.", "Prices").claimant?.name).toBe("chancellor");
    expect(quoting("“The economy is growing,” Reeves will tell MPs.", "economy").claimant?.name).toBe("Reeves");
    expect(quoting("“Prices are rising,” the report will tell ministers.", "Prices").claimant?.name).toBe("report");
    expect(quoting("“Prices are rising,” the data shows.", "Prices").claimant?.type).toBe("article");
    const shows = quoting("The data shows that prices rose by 3% last year.", "prices");
    expect(shows.text).toBe("According to data, prices rose by 3% last year");
  });
});

describe("'would insist that' after a named subject", () => {
  it("is the speaker's statement, as 'would say that' is", () => {
    const smith = quoting("Smith would insist that the policy was working.", "policy");
    expect(smith.claimant?.name).toBe("Smith");
    expect(smith.text).toBe("According to Smith, the policy was working");
    expect([smith.kind, ...smith.alsoKinds]).not.toContain("prediction");
    const role = quoting("The chancellor would insist that growth was back.", "growth");
    expect(role.text).toBe("According to the chancellor, growth was back");
  });

  it("leaves 'could', a pronoun, no one, 'that' the pronoun and other verbs the article's", () => {
    for (const body of [
      // "could say" is a guess at what Smith is able to say, as "might say" is (decision 790's review).
      "Smith could say that the policy was working.",
      "Smith could argue that the policy was working.",
      "He would argue that the policy was working.",
      "He would insist that the policy was working.",
      "No one would insist that the policy was working.",
      "Smith would insist that in public.",
      "Smith would not insist that the policy was working.",
      // "Smith would claim that …" is Smith's since decision 890 and "would maintain that …" since
      // decision 975; "would contend" stays the article's.
      "Smith would contend that the policy was working.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("a briefing's 'It is understood, however, that'", () => {
  it("is the unnamed sources' claim, worded as written", () => {
    const body = "It is understood, however, that the minister will resign on Friday.";
    const c = quoting(body, "minister");
    expect(c.claimant?.type).toBe("unnamed_sources");
    expect(c.flags).toContain("unnamed_source");
    expect(c.text).toBe("It is understood, however, that the minister will resign on Friday");
    const though = quoting("It is understood, though, that talks will resume on Monday.", "talks");
    expect(though.claimant?.type).toBe("unnamed_sources");
  });

  it("keeps a long quotation of a speech to come whole, with the briefing's frame", () => {
    const body = `It is understood, however, that Reeves will tell MPs: ${LONG}`;
    expect(claims(body)).toHaveLength(1);
    const c = quoting(body, "tax rises");
    expect(c.claimant?.type).toBe("unnamed_sources");
    expect(c.text).toMatch(/^It is understood, however, that Reeves will tell MPs/);
  });

  it("leaves an aside that names someone, and a speaker's own 'however', as they were", () => {
    const said = quoting("It is understood, he said, that the minister will resign on Friday.", "minister");
    expect(said.claimant?.type).not.toBe("unnamed_sources");
    expect(claims(`Reeves, however, will tell MPs: ${LONG}`).every((c) => c.claimant?.type !== "unnamed_sources")).toBe(
      true,
    );
    expect(
      quoting(`Reeves, who said last week that she would not raise taxes, will tell MPs: ${LONG}`, "tax rises").claimant
        ?.name,
    ).toBe("Reeves");
  });
});

describe("near-misses of decision 845's rules", () => {
  it("keeps a statistics body named with a capital as the speaker of its 'will tell'", () => {
    for (const [body, fragment, name] of [
      [
        "“Inflation rose to 4% in April,” the Office for National Statistics will tell MPs.",
        "Inflation",
        "Office for National Statistics",
      ],
      [
        "“Jobs growth slowed in March,” the Bureau of Labor Statistics will tell Congress.",
        "Jobs",
        "Bureau of Labor Statistics",
      ],
    ] as const)
      expect(quoting(body, fragment).claimant?.name, body).toBe(name);
  });

  it("leaves a demand's 'would insist that … be', or its bare verb, the article's", () => {
    for (const body of [
      "Smith would insist that the meeting be held in private.",
      "Brussels would insist that any deal include access to British fishing waters.",
      "The unions would insist that any pay rise be backdated to April.",
      "The manager would insist that players arrive an hour before training.",
      "The landlord would insist that tenants pay six months' rent in advance.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });

  it("reads no time's opener as part of the speaker of 'would insist that'", () => {
    for (const body of [
      "For years Smith would insist that the policy was working.",
      "Throughout the inquiry Smith would insist that he had never seen the memo.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });

  it("takes 'is understood, however, that' as a briefing's only after 'It'", () => {
    for (const body of [
      "Little is understood, however, that could explain the collapse.",
      "The plan is understood, however, that only a few ministers have seen.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});
