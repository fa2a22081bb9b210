import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 790: the clauses and kinds decision 750 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("a speech to come tagged 'will tell' and a listener after the quotation", () => {
  it("names the speaker and words the tag as the text does", () => {
    const mps = quoting("“The economy is growing,” Reeves will tell MPs.", "economy");
    expect(mps.claimant?.name).toBe("Reeves");
    expect(mps.text).toBe("Reeves will tell MPs: “The economy is growing”");
    const commons = quoting("“The economy is growing,” Rachel Reeves will tell the Commons on Wednesday.", "economy");
    expect(commons.claimant?.name).toBe("Rachel Reeves");
    expect(commons.text).toBe("Rachel Reeves will tell the Commons: “The economy is growing”");
    const she = quoting("Rachel Reeves will speak in Leeds. “The economy is growing,” she will tell MPs.", "economy");
    expect(she.text).toBe("Rachel Reeves will tell MPs: “The economy is growing”");
  });

  it("keeps 'will say', 'will argue', a passive and a tag that tells a story as they were", () => {
    expect(quoting("“The economy is growing,” Reeves will say.", "economy").text).toBe(
      "Reeves will say: “The economy is growing”",
    );
    // Decision 645 pins an after-quotation "will argue" worded "will say".
    expect(quoting("“The economy is growing,” Reeves will argue.", "economy").text).toBe(
      "Reeves will say: “The economy is growing”",
    );
    expect(quoting("“The economy is growing,” Reeves will be told.", "economy").claimant?.name).not.toBe("Reeves");
    expect(quoting("“Sales fell 12%,” the figures will tell their own story.", "Sales").claimant?.type).toBe("article");
    // A pronoun that stands for no one named leaves the tag in the article's text, as decision 685 does.
    expect(
      quoting("My father was a miner. “Never trust a Tory,” he will tell anyone who listens.", "Tory").claimant?.type,
    ).toBe("article");
  });
});

describe("'would argue that' after a named subject, and 'might say that' the article's guess", () => {
  it("is the speaker's statement, not the article's forecast", () => {
    const argue = quoting("Smith would argue that the policy was working.", "policy");
    expect(argue.claimant?.name).toBe("Smith");
    expect([argue.kind, ...argue.alsoKinds]).not.toContain("prediction");
  });

  it("leaves a subject that names no one and the pronoun 'that' the article's", () => {
    for (const body of [
      "No one would argue that the policy was working.",
      "Few would argue that the policy was working.",
      "Nobody might say that the policy was working.",
      // What the article supposes Smith could say is no statement of Smith's (decision 790's review).
      "Smith might say that the policy was working.",
      "The Fed might argue that inflation is transitory.",
      "Smith would argue that in public.",
      "Smith might say that to anyone.",
      "Smith would argue that the policy was working if asked.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("a routine a speaker pledges", () => {
  it("gives no second claim as a habit", () => {
    const body = "Every month Starmer would visit a hospital, Downing Street pledged.";
    expect(claims(body)).toHaveLength(1);
    expect(kindsOf(body, "hospital")).toContain("prediction");
  });

  it("keeps a participle after a comma its own claim, and a title-case headline one claim", () => {
    expect(claims("Storms hit the coast, killing four people.")).toHaveLength(2);
    expect(claims("Storm Hits Coast, Killing Four People")).toHaveLength(1);
  });
});

describe("a briefing's frame before a long quotation of a speech to come", () => {
  it("keeps the unnamed source's wording", () => {
    const body =
      "It is understood that Reeves will tell MPs: “There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";
    const c = quoting(body, "tax rises");
    expect(c.claimant?.name).not.toBe("Reeves");
    expect(c.text).toMatch(/^It is understood/);
    expect(claims(body)).toHaveLength(1);
    const insiders = quoting(
      "Insiders said Reeves will tell MPs: “There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”",
      "tax rises",
    );
    expect(insiders.claimant?.name).not.toBe("Reeves");
  });

  it("leaves a speech to come its speaker names, or whose verb of speech is an aside, the speaker's", () => {
    const long =
      "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";
    expect(quoting(`Rachel Reeves will tell MPs: ${long}`, "tax rises").claimant?.name).toBe("Rachel Reeves");
    expect(
      quoting(`Reeves, who said last week that she would not raise taxes, will tell MPs: ${long}`, "tax rises").claimant
        ?.name,
    ).toBe("Reeves");
  });
});

describe("a routine set in the past by 'used to'", () => {
  it("stays a habit whoever tells it", () => {
    expect(
      kindsOf("Every Sunday Mbappé would visit the club he used to play for, the mayor of Bondy said.", "club"),
    ).not.toContain("prediction");
  });

  it("is a plan still when it is announced", () => {
    expect(
      kindsOf(
        "Every year Biden would visit Ireland, where his family used to live, the White House announced.",
        "Ireland",
      ),
    ).toContain("prediction");
    expect(kindsOf("Every year Biden would visit Ireland, the White House said.", "Ireland")).toContain("prediction");
    expect(
      kindsOf(
        "Every week, Reeves would meet her counterparts, which she used to avoid, the Treasury said on Monday.",
        "counterparts",
      ),
    ).toContain("prediction");
  });
});

describe("near-misses of decision 790's rules", () => {
  it("stops the listener after 'will tell' before a clause or purpose that follows it", () => {
    for (const [body, text] of [
      [
        "“It is time to act,” Reeves will tell MPs why she changed course.",
        "Reeves will tell MPs: “It is time to act”",
      ],
      [
        "“The rules were broken,” the chancellor will tell the Commons why the review was needed.",
        "The chancellor will tell the Commons: “The rules were broken”",
      ],
      [
        "“We got it wrong,” the minister will tell MPs it is time to move on.",
        "The minister will tell MPs: “We got it wrong”",
      ],
      [
        "“There is no money left,” Reeves will tell MPs because the books do not balance.",
        "Reeves will tell MPs: “There is no money left”",
      ],
      ["“This bill matters,” Reeves will tell MPs to win them over.", "Reeves will tell MPs: “This bill matters”"],
      [
        "“We did our best,” Southgate will tell reporters if England lose.",
        "Southgate will tell reporters: “We did our best”",
      ],
    ] as const)
      expect(
        claims(body).map((c) => c.text),
        body,
      ).toContain(text);
  });

  it("leaves 'would argue that' and 'might say that' before a noun and a stop or a place the article's", () => {
    for (const body of [
      "The lawyer would argue that case before the Supreme Court.",
      "Smith would argue that point with anyone.",
      "Ms Cole would argue that position for years.",
      "Smith might say that word in public.",
      "Smith would argue that case again.",
      "Mr Jones would argue that motion at the conference.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
    expect(quoting("The defence would argue that evidence should be excluded.", "evidence").claimant?.name).toBe(
      "defence",
    );
  });

  it("keeps a routine a plan when 'used to' is a passive or 'accustomed to', with no subject of its own", () => {
    for (const [body, fragment] of [
      ["Every month Charles would visit a hospital used to treat veterans, the mayor said.", "hospital"],
      ["Every day Kane would visit the stadium to get used to the pitch, the manager said.", "stadium"],
      [
        "Every Sunday Mbappé would visit the warehouse used to store the club's kit, the mayor of Bondy said.",
        "warehouse",
      ],
    ] as const)
      expect(kindsOf(body, fragment), body).toContain("prediction");
  });

  it("leaves a long quotation of a speech to come the speaker's when 'expected' is an adjective or another clause's", () => {
    const long = "“There will be no tax rises, and that is a promise I intend to keep.”";
    for (const lead of [
      "The expected announcement means Reeves will tell MPs:",
      "Sterling is expected to rally and Reeves will tell MPs:",
    ])
      expect(quoting(`${lead} ${long}`, "tax rises").claimant?.name, lead).toBe("Reeves");
  });
});
