import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Speakers and wordings the fourteenth read of news copy left open (decision 290's "Not done",
 * decision 305). The texts are written for these tests; each rule has counter-examples that must
 * not change.
 */
function claims(body: string, publishedOn = "2026-02-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.via ?? null]);

describe("a relay after the speaker's tag", () => {
  it("gives “…, Lavrov said, according to Interfax” to Lavrov, via Interfax", () => {
    expect(
      who(
        "Russia will not accept the plan, Lavrov said, according to Interfax. Prices rose 4%, the minister told reporters on Monday, according to the TASS news agency. Exports fell 3%, the ministry said, according to state media.",
      ),
    ).toEqual([
      ["Russia will not accept the plan", "Lavrov", "Interfax"],
      ["Prices rose 4%", "minister", "TASS"],
      ["Exports fell 3%", "ministry", "state media"],
    ]);
  });

  it("keeps a source that is no outlet, and a relay with no tag before it, as before", () => {
    expect(
      who(
        "The man had fled, the suspect said, according to prosecutors. Prices rose 4%, the ministry said, according to court documents. Russia will not accept the plan, according to Interfax.",
      ),
    ).toEqual([
      ["The man had fled, the suspect said", "prosecutors", null],
      ["Prices rose 4%, the ministry said", "court documents", null],
      ["Russia will not accept the plan", "Interfax", null],
    ]);
  });
});

describe("a court told something by someone it names", () => {
  it("gives “was told by prosecutor Tom Reid that …” to the prosecutor", () => {
    const [first] = claims("Leeds Crown Court was told by prosecutor Tom Reid that the defendant had fled.");
    expect([first!.quote, first!.claimant.name, first!.claimant.type]).toEqual([
      "the defendant had fled",
      "Tom Reid",
      "person",
    ]);
    expect(claims("The jury was told by Dr. Ann Lee that the wound was fatal.")[0]!.claimant.name).toBe("Ann Lee");
  });

  it("keeps evidence heard by the court when the teller is no name, or a time", () => {
    expect(
      who(
        "Leeds Crown Court was told that the defendant had fled. The court was told by prosecutors that the man had lied. The court was told by prosecutors on Monday that the man had lied. The jury was told by Leeds detectives that he ran.",
      ).map(([, name]) => name),
    ).toEqual([
      "evidence heard by Leeds Crown Court",
      "evidence heard by the court",
      "evidence heard by the court",
      "evidence heard by the jury",
    ]);
  });
});
