import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 935: the clauses and kinds decision 890 left. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const LONG =
  "“There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";
const GOVERNMENT = "The government says the economy has turned a corner.\n\n";
const WAGES = "“Wages are rising faster than prices,”";

describe("'Any economist will tell you that …'", () => {
  it("is no forecast: anyone of the trade tells what is so now", () => {
    for (const body of [
      "Any economist will tell you that prices are rising.",
      "Any good economist will tell you that prices are rising.",
      "Any doctor will tell you that the waiting lists have grown.",
    ]) {
      const c = quoting(body, "Any");
      expect([c.kind, ...c.alsoKinds], body).not.toContain("prediction");
      expect(c.claimant?.type, body).toBe("article");
    }
  });

  it("keeps a forecast in the clause, a question to come, a body and a named speaker as forecasts", () => {
    for (const body of [
      "Any economist will tell you that prices will rise next year.",
      "Any economist will tell you whether the policy worked.",
      "Any recount will tell you who won the seat.",
      "Any economist will tell you on Thursday that prices are rising.",
      "Any Treasury official will tell you that prices are rising.",
      "Any economist at the briefing on Thursday will tell you that prices are rising.",
      "An economist will tell you that prices are rising.",
      "The economist will tell you that prices are rising.",
      // Figures to come: "will show" is how a newsroom previews a release, and the sentence alone
      // does not say whether they are out, so it stays a forecast (decision 935, section 1).
      "The figures will show that prices are rising.",
      "The figures on Thursday will show that prices are rising.",
      "Figures due on Thursday will show that inflation rose to 4%.",
    ]) {
      const c = quoting(body, "will");
      expect([c.kind, ...c.alsoKinds], body).toContain("prediction");
    }
  });
});

describe("a count's 'shows' quotation after a speaker's paragraph", () => {
  it("goes to no one: the paragraph's speaker did not say it", () => {
    for (const body of [
      `${GOVERNMENT}${WAGES} the data shows.`,
      `${GOVERNMENT}“Wages are rising faster than prices”, the figures show.`,
      `${GOVERNMENT}${WAGES} the statistics showed.`,
      `Reeves says the economy has turned a corner. ${WAGES} the data shows.`,
      `${WAGES} Reeves said.\n\n“Inflation is falling,” the figures show.`,
    ]) {
      const c = quoting(body, body.includes("Inflation") ? "Inflation" : "Wages");
      expect(c.claimant?.type, body).toBe("article");
      expect(c.text, body).not.toMatch(/^(The government|Reeves) /);
    }
  });

  it("keeps a quotation with no tag, someone's figures, a report and a speaker's tag as they were", () => {
    for (const [tag, name] of [
      [".”", "government"],
      [",” the Treasury figures show.", "government"],
      [",” the latest figures show.", "government"],
      [",” the report shows.", "government"],
      [",” the chancellor said.", "chancellor"],
    ] as const)
      expect(quoting(`${GOVERNMENT}“Wages are rising faster than prices${tag}`, "Wages").claimant?.name, tag).toBe(
        name,
      );
    // A quotation after the figures' tag, with no tag of its own, goes on as it did.
    const after = quoting(`${GOVERNMENT}${WAGES} the data shows. “Inflation is falling.”`, "Inflation");
    expect(after.claimant?.name).toBe("government");
  });
});

describe("a briefing's 'It is however understood that', no commas", () => {
  it("is the unnamed sources', worded as written, as 'It is, however, understood that' is", () => {
    const body = "It is however understood that the minister will resign on Friday.";
    const c = quoting(body, "minister");
    expect(c.claimant?.type).toBe("unnamed_sources");
    expect(c.flags).toContain("unnamed_source");
    expect(c.text).toBe("It is however understood that the minister will resign on Friday");
    const long = `It is however understood that Reeves will tell MPs: ${LONG}`;
    expect(claims(long)).toHaveLength(1);
    expect(quoting(long, "tax rises").claimant?.type).toBe("unnamed_sources");
  });

  it("leaves another subject, another frame and 'to be' as they were", () => {
    for (const body of [
      "Little is however understood that could explain the fall.",
      "The plan is however understood by few ministers.",
      "It is however expected that the minister will resign on Friday.",
      "It is however understood to be a matter for the minister.",
      "It is though understood that the minister will resign on Friday.",
    ])
      expect(
        claims(body).map((c) => c.claimant?.type),
        body,
      ).toEqual(["article"]);
  });
});

describe("near-misses of decision 935's rules", () => {
  it("keeps 'Any more …', 'Any further …' and 'Any new …' forecasts: what will tell is still to come", () => {
    for (const body of [
      "Any more delays will tell you that the project has failed.",
      "Any further delay will tell you that the project is in trouble.",
      "Any new figures will tell you that prices are rising.",
    ]) {
      const c = quoting(body, "will");
      expect([c.kind, ...c.alsoKinds], body).toContain("prediction");
    }
  });
});
