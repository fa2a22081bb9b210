import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 860 (decision 910). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("'late' or 'early' before a weekday with no 'on', before a speaker (decision 910)", () => {
  it("gives the claim to the speaker after the time, not to the time", () => {
    for (const time of ["Late Tuesday", "Early Monday", "Late Tuesday night", "Early Friday morning"]) {
      expect(quoting(`${time} a spokeswoman said 40 staff would go.`, "40 staff").text).toBe(
        "According to the spokeswoman, 40 staff would go",
      );
    }
    expect(quoting("Early Monday morning Network Rail said 40 trains would run.", "40 trains").claimant).toMatchObject({
      name: "Network Rail",
      type: "organization",
    });
    expect(quoting("Late Friday Mr Holcroft said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Holcroft",
      title: "Mr",
    });
  });
  it("takes no weekday after 'late' or 'early' for a surname's given name", () => {
    expect(quoting("Late Tuesday Holcroft said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Holcroft",
      type: "person",
    });
  });
  it("near-misses: a programme after the weekday, a comma, and 'on', read as before", () => {
    expect(quoting("Late Friday Night Lights star Jo Reyes said 40 staff would go.", "40 staff").claimant.name).toBe(
      "Jo Reyes",
    );
    expect(quoting("Late Sunday Times columnist Jo Reyes said 40 staff would go.", "40 staff").claimant.title).toBe(
      "Late Sunday Times columnist",
    );
    expect(quoting("Late on Tuesday the company said 40 staff would go.", "40 staff").claimant.name).toBe("company");
    expect(quoting("Late Tuesday the 40 staff left.", "40 staff").claimant.type).toBe("article");
    expect(quoting("Early Years minister Jane Orme said 40 nurseries would close.", "40 nurseries").claimant.name).toBe(
      "Jane Orme",
    );
  });
});

describe("a titled namesake of a one-word body in a post (decision 910)", () => {
  it("leaves the operator's claim the operator's when the titled namesake is of another body", () => {
    const text =
      "Avanti, the operator, cut 40 trains. The operator said 12 stations would close. " +
      "Mr Avanti of the RMT said it was a disgrace.";
    expect(quoting(text, "12 stations").claimant).toMatchObject({ name: "Avanti", type: "organization" });
  });
  it("leaves it the operator's when the titled namesake founded the firm", () => {
    const text =
      "Avanti, the operator, cut 40 trains. The operator said 12 stations would close. " +
      "The union called it an insult to Mr Avanti, who founded the firm.";
    expect(quoting(text, "12 stations").claimant).toMatchObject({ name: "Avanti", type: "organization" });
  });
  it("near-misses: a titled name with no other body, or of a body's one word, is the person's as before", () => {
    const ofOfwat =
      "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close. " +
      "Mr Holcroft of Ofwat took the post in May.";
    expect(quoting(ofOfwat, "12 offices").claimant).toMatchObject({ name: "Holcroft", title: "Mr" });
    const plain =
      "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close. Mr Holcroft took the post in May.";
    expect(quoting(plain, "12 offices").claimant).toMatchObject({ name: "Holcroft", title: "Mr" });
    const twice =
      "Avanti, the operator, cut 40 trains. The operator said 12 stations would close. " +
      "Mr Avanti of the RMT said it was a disgrace. Mr Avanti, the operator's chief, left in May.";
    expect(quoting(twice, "12 stations").claimant).toMatchObject({ name: "Avanti", title: "Mr" });
  });
});

describe("near-misses of decision 910's rules", () => {
  it("keeps a paper, programme or club a weekday names in the title after 'late' or 'early'", () => {
    expect(
      quoting("Late Saturday Kitchen presenter Matt Tebbutt said 40 chefs had applied.", "40 chefs").claimant.title,
    ).toBe("Late Saturday Kitchen presenter");
    expect(quoting("Late Sunday Mail editor Jo Reyes said 40 staff would go.", "40 staff").claimant.title).toBe(
      "Late Sunday Mail editor",
    );
    expect(quoting("Late Sunday Express editor Jo Reyes said 40 staff would go.", "40 staff").claimant.title).toBe(
      "Late Sunday Express editor",
    );
    expect(quoting("Early Monday Club members said 40 people had joined.", "40 people").claimant.name).toBe(
      "Early Monday Club members",
    );
  });
});
