import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { pointedOut, REPORTING_OR_POINTED } from "./analysis/pointed-out.ts";
import { tokenize } from "./analysis/tokens.ts";
import { LOWERCASE_REPORTING_VERB, POINTED } from "./analysis/word-flags.ts";

/**
 * Decision 615: attribution's verb reader tests one flag per token for a reporting verb, "pointed"
 * or "points", and reads "points out" only at those tokens (analysis/pointed-out.ts). The claims do
 * not change; the cases at the gate's edge below read as they did before it.
 */
const { quoting } = claimsOn("2026-05-10");

/** pointedOut at the token of `body` that starts with `word`. */
function pointedOutAt(body: string, word: string): boolean {
  const tokens = tokenize(body, 0, body.length);
  const i = tokens.findIndex((t) => body.startsWith(word, t.start));
  return (tokens[i]!.flags & POINTED) !== 0 && pointedOut(body, tokens, i);
}

describe("the verb reader's one flag per token (decision 615)", () => {
  it("stops at a reporting verb and at 'pointed' or 'points' alike", () => {
    expect(REPORTING_OR_POINTED & LOWERCASE_REPORTING_VERB).toBe(LOWERCASE_REPORTING_VERB);
    expect(REPORTING_OR_POINTED & POINTED).toBe(POINTED);
  });
  it("reads 'pointed out' and 'points out' as reporting, not 'points' as a noun or 'pointed to'", () => {
    expect(pointedOutAt("Smith points out that 40% rose.", "points")).toBe(true);
    expect(pointedOutAt("Jones pointed out that 4% rose.", "pointed")).toBe(true);
    expect(pointedOutAt("The side took 40 points in 60 games.", "points")).toBe(false);
    expect(pointedOutAt("The minister pointed to a 12% rise.", "pointed")).toBe(false);
    expect(pointedOutAt("Points out of reach, the club fell.", "Points")).toBe(false);
    expect(pointedOutAt("Pointed out by critics, the rise fell.", "Pointed")).toBe(false);
  });
});

describe("claims at the gate's edge read as before it (decision 615)", () => {
  it("gives 'points out' and 'pointed out' to their speakers", () => {
    expect(quoting("Smith points out that unemployment rose to 40% last year.", "unemployment").claimant.name).toBe(
      "Smith",
    );
    expect(quoting("Jones pointed out that prices rose 4% last year.", "prices rose").claimant.name).toBe("Jones");
  });
  it("keeps 'points' as a noun, before 'out' too, and 'pointed to' as the article's", () => {
    expect(quoting("Inflation rose 2 percentage points last year, the ONS said.", "Inflation").claimant.name).toBe(
      "ONS",
    );
    expect(quoting("The side took 40 points out of 60 last season, the coach said.", "40 points").claimant.name).toBe(
      "coach",
    );
    const reach = "Points out of reach: the club is 12 points behind the leaders after 30 games.";
    expect(quoting(reach, "12 points").claimant.name).toBe("the article");
    expect(quoting("The minister pointed to a 12% rise in arrests.", "12%").claimant.name).toBe("the article");
  });
});
