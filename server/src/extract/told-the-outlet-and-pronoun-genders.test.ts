import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Decision 405: an outlet told with "the" and no "that" ("told the BBC the lorry …"), and a "he"
 * or "she" not given to a person the text shows to be of the other sex. The texts are written for
 * these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const lastClaim = (body: string) => claims(body).at(-1)!;
const lastText = (body: string) => lastClaim(body).text;

describe("an outlet after 'told the', with no 'that'", () => {
  it("starts what was said after the outlet's name, which relays it", () => {
    const c = lastClaim("Smith told the BBC the lorry had not stopped.");
    expect(c.text).toBe("According to Smith (via the BBC), the lorry had not stopped");
    expect(c.claimant.via).toBe("BBC");
    expect(lastText("Jane Doe told the Guardian the council had ignored her complaints.")).toBe(
      "According to Jane Doe (via the Guardian), the council had ignored her complaints",
    );
    expect(lastText("The driver told the BBC the lorry was travelling at 28mph.")).toBe(
      "According to the driver (via the BBC), the lorry was travelling at 28mph",
    );
    expect(lastClaim("Jane Doe told the Guardian she had been ignored.").claimant.via).toBe("Guardian");
    expect(lastText("Smith told the Times the plan would fail.")).toBe(
      "According to Smith (via the Times), the plan would fail",
    );
  });

  it("relays through the name only when it is an outlet's", () => {
    const pm = lastClaim("Smith told the Prime Minister the plan would fail.");
    expect([pm.text, pm.claimant.via]).toEqual(["According to Smith, the plan would fail", null]);
    const office = lastClaim("Smith told the Post Office the parcel had been lost.");
    expect([office.text, office.claimant.via]).toEqual(["According to Smith, the parcel had been lost", null]);
    const senate = lastClaim("Smith told the Senate the bill would pass.");
    expect([senate.text, senate.claimant.via]).toEqual(["According to Smith, the bill would pass", null]);
  });

  it("reads as before where no clause's opener follows the name, or the name is no whole recipient", () => {
    // "the Chinese government": the capitalised word describes the recipient.
    expect(lastText("Smith told the House of Commons the figures were wrong.")).toBe(
      "Smith told the House of Commons the figures were wrong",
    );
    expect(lastText("Smith told the Chinese government the tariffs would rise.")).toBe(
      "According to Smith, the Chinese government the tariffs would rise",
    );
    expect(lastText("Smith told the Guardian's reporter the council had lied.")).toBe(
      "According to Smith, the Guardian's reporter the council had lied",
    );
    // Already read: without "the", with "that", and an audience.
    expect(lastClaim("Smith told Reuters the lorry had not stopped.").claimant.via).toBe("Reuters");
    expect(lastText("Smith told the BBC that the lorry had not stopped.")).toBe(
      "According to Smith (via the BBC), the lorry had not stopped",
    );
    const inquest = lastClaim("Smith told the inquest the lorry had not stopped.");
    expect([inquest.text, inquest.claimant.via]).toEqual(["According to Smith, the lorry had not stopped", null]);
  });
});

describe("a pronoun of the other sex after a person the text has shown", () => {
  it("keeps a body's 'he' after a woman's title or role written before her name", () => {
    expect(lastText("Dame Sarah Jones resigned on Friday. The charity said he had raised £2 million.")).toBe(
      "According to the charity, he had raised £2 million",
    );
    expect(lastText("Ms Sarah Jones was injured in the crash. The charity said he was taken to hospital.")).toBe(
      "According to the charity, he was taken to hospital",
    );
    expect(lastText("Actress Sarah Jones was injured in the crash. The charity said he was taken to hospital.")).toBe(
      "According to the charity, he was taken to hospital",
    );
    expect(lastText("Sir Tom Reid resigned on Friday. The charity said she had raised £2 million.")).toBe(
      "According to the charity, she had raised £2 million",
    );
  });

  it("keeps the 'he' after a sentence whose reflexive showed her", () => {
    expect(lastText("Sarah Jones blamed herself for the crash. The charity said he was taken to hospital.")).toBe(
      "According to the charity, he was taken to hospital",
    );
    expect(lastText("Sarah Jones blamed herself for the crash. He was taken to hospital.")).toBe(
      "He was taken to hospital",
    );
  });

  it("does not read a possessive or an object pronoun as the person's own", () => {
    // The "her" may be someone else's: Tom Reid is still the "he".
    expect(lastText("Tom Reid praised her work on the project. The charity said he had raised £2 million.")).toBe(
      "According to the charity, Tom Reid had raised £2 million",
    );
    expect(lastText("Sarah Jones met him in 2019. She was taken to hospital.")).toBe(
      "Sarah Jones was taken to hospital",
    );
    // Left: "lost her home" may be hers or another woman's (decision 405).
    expect(lastText("Sarah Jones lost her home in the fire. The charity said he was taken to hospital.")).toBe(
      "According to the charity, Sarah Jones was taken to hospital",
    );
  });

  it("still names the person where the pronoun fits or nothing says otherwise", () => {
    expect(lastText("Dame Sarah Jones resigned on Friday. The charity said she had raised £2 million.")).toBe(
      "According to the charity, Dame Sarah Jones had raised £2 million",
    );
    expect(lastText("Mr Tom Reid was injured in the crash. The charity said he was taken to hospital.")).toBe(
      "According to the charity, Mr Tom Reid was taken to hospital",
    );
    expect(lastText("Tom Reid blamed himself for the crash. He was taken to hospital.")).toBe(
      "Tom Reid was taken to hospital",
    );
    expect(lastText("Sarah Jones blamed herself for the crash. The charity said she was taken to hospital.")).toBe(
      "According to the charity, Sarah Jones was taken to hospital",
    );
    // No first-name list: a name alone says nothing of the person's sex (left, decision 365).
    expect(lastText("Sarah Jones was injured in the crash. The charity said he was taken to hospital.")).toBe(
      "According to the charity, Sarah Jones was taken to hospital",
    );
  });
});
