import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Faults a fact-checker's read of twelve articles in everyday newsroom styles turned up (an
 * election night, a price report, a health study, an earthquake, a housing row, quarterly
 * results, a golf final, a bribery trial, a live blog, an interview, an op-ed, a rally speech).
 * The texts are written for these tests.
 */
const PUBLISHED = "2026-06-25"; // a Thursday

function claims(body: string, publishedOn = PUBLISHED): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

function claimQuoting(all: ExtractedClaim[], fragment: string): ExtractedClaim {
  const c = all.find((x) => x.quote.includes(fragment));
  if (!c) throw new Error(`no claim quotes "${fragment}"; got ${JSON.stringify(all.map((x) => x.quote))}`);
  return c;
}

describe("a rebuttal or a source inside reported speech", () => {
  it("keeps the speaker of 'X said A, according to Y': Y is X's source, not the claimant", () => {
    const all = claims(
      "Vance said the city had produced only 4,100 affordable units since 2023, according to its own housing dashboard.",
    );
    const c = claimQuoting(all, "4,100 affordable units");
    expect(c.claimant.name).toBe("Vance");
    expect(c.text).toBe(
      "According to Vance, the city had produced only 4,100 affordable units since 2023, according to its own housing dashboard",
    );
  });

  it("gives 'though critics called it B' to the critics, not to the first speaker", () => {
    const all = claims("Yerlikaya said aid had reached every village, though economists called the figure inflated.");
    const first = claimQuoting(all, "aid had reached");
    expect(first.claimant.name).toBe("Yerlikaya");
    expect(first.quote).toBe("aid had reached every village");
    const rebuttal = claimQuoting(all, "called the figure inflated");
    expect(rebuttal.claimant.name).toBe("economists");
    expect(rebuttal.text).toBe("Economists called the figure inflated");
  });

  it("keeps the article's 'a figure disputed by X' out of the speaker's claim", () => {
    const all = claims(
      "President Robert Hale claimed on Monday that violent crime had fallen 20% under his administration, a figure disputed by criminologists.",
    );
    const claim = claimQuoting(all, "violent crime had fallen");
    expect(claim.claimant.name).toBe("President Robert Hale");
    expect(claim.quote).toBe("violent crime had fallen 20% under his administration");
    const comment = claimQuoting(all, "disputed by criminologists");
    expect(comment.claimant.type).toBe("article");
    expect(comment.quote).toBe("a figure disputed by criminologists");
  });

  it("takes no speaker from 'X repeated his claim that': the subject makes the claim", () => {
    const all = claims("The president repeated his claim that the economy added 2 million jobs this year.");
    const c = claimQuoting(all, "2 million jobs");
    expect(c.claimant.name).toBe("president");
    expect(c.text).toBe("According to the president, the economy added 2 million jobs this year");
  });

  it("reads a reported clause whose subject has a relative clause ('said people who walk more may')", () => {
    const all = claims("Walsh said people who walk more may also be healthier to begin with.");
    const c = claimQuoting(all, "people who walk more");
    expect(c.claimant.name).toBe("Walsh");
    expect(c.quote).toBe("people who walk more may also be healthier to begin with");
  });
});
