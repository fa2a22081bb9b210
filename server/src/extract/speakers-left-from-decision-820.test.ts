import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 820 (decision 860). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("'late' or 'early' before a time, and 'on' a weekday, before a speaker (decision 860)", () => {
  it("gives the claim to the speaker after the time, not to the time", () => {
    for (const time of ["Late last night", "Early this morning", "Late yesterday", "Early today", "Late tonight"]) {
      expect(quoting(`${time} a spokeswoman said 40 staff would go.`, "40 staff").text).toBe(
        "According to the spokeswoman, 40 staff would go",
      );
    }
    for (const time of ["On Friday", "Early on Friday", "Late on Tuesday"]) {
      expect(quoting(`${time} the company said 40 staff would go.`, "40 staff").claimant).toMatchObject({
        name: "company",
        type: "organization",
      });
    }
    expect(quoting("Late on Tuesday Mr Holcroft said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Holcroft",
      title: "Mr",
    });
  });
  it("takes the time off a second speaker after 'and' too", () => {
    const text = "The council said 40 staff would go, and late last night a union said 12 more would follow.";
    expect(quoting(text, "12 more").text).toBe("According to the union, 12 more would follow");
  });
  it("near-misses: 'late' and 'early' in a title or a name, and a time with a comma, read as before", () => {
    expect(
      quoting("Early Years minister Jane Orme said 40 nurseries would close.", "40 nurseries").claimant,
    ).toMatchObject({ name: "Jane Orme", type: "person" });
    expect(quoting("Late Show host Jimmy Farrow said 40 staff would go.", "40 staff").claimant.name).toBe(
      "Jimmy Farrow",
    );
    expect(quoting("Late last night, a spokeswoman said 40 staff would go.", "40 staff").text).toBe(
      "According to the spokeswoman, 40 staff would go",
    );
    expect(quoting("Late on Tuesday, the company said 40 staff would go.", "40 staff").claimant.name).toBe("company");
    expect(quoting("Last night a spokeswoman said 40 staff would go.", "40 staff").text).toBe(
      "According to the spokeswoman, 40 staff would go",
    );
    expect(quoting("Last Night of the Proms organisers said 40,000 tickets were sold.", "40,000").text).toBe(
      "According to Last Night of the Proms organisers, 40,000 tickets were sold",
    );
  });
  it("near-misses: a late person, a programme and a weekday that names a show read as before", () => {
    expect(quoting("The late Jane Orme said 40 nurseries would close.", "40 nurseries").claimant.name).toBe(
      "Jane Orme",
    );
    expect(quoting("Late Night host Jimmy Farrow said 40 staff would go.", "40 staff").claimant.name).toBe(
      "Jimmy Farrow",
    );
    expect(quoting("Early risers said 40 trains were late.", "40 trains").claimant.name).toBe("Early risers");
    expect(quoting("Friday Night Lights star Jo Reyes said 40 staff would go.", "40 staff").claimant.name).toBe(
      "Jo Reyes",
    );
    expect(
      quoting("Yesterday Morning Star editor Jo Reyes said 40 staff would go.", "40 staff").claimant,
    ).toMatchObject({ name: "Jo Reyes", title: "Morning Star editor" });
  });
});

describe("an adverb between 'who' and a listener's verb (decision 860)", () => {
  it("reads 'who still live near the plant' as the listener's clause", () => {
    expect(quoting("Smith told residents who still live near the plant the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
    expect(quoting("Smith told workers who also work at the depot the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
    expect(quoting("Smith told fans who often wait near the ground the match would go ahead.", "match").text).toBe(
      "According to Smith, the match would go ahead",
    );
  });
  it("near-misses: no place after the verb, and no adverb, read as before", () => {
    expect(quoting("Smith told residents who still live nearby the smell would go.", "smell").text).toBe(
      "According to Smith, residents who still live nearby the smell would go",
    );
    expect(quoting("Smith told residents who live near the plant the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
    expect(quoting("Smith told residents who live nearby the smell would go.", "smell").text).toBe(
      "According to Smith, residents who live nearby the smell would go",
    );
    expect(quoting("Smith told residents who had travelled from Leeds the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
  });
});

describe("a surname in a post, titled elsewhere in the article (decision 860)", () => {
  it("gives a later 'the regulator' to the surname the article writes with 'Mr' or 'Ms'", () => {
    const after =
      "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close. Mr Holcroft took the post in May.";
    expect(quoting(after, "12 offices").claimant).toMatchObject({ name: "Holcroft", type: "person", title: "Mr" });
    const before =
      "Ms Holcroft took the post in May. Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close.";
    expect(quoting(before, "12 offices").claimant).toMatchObject({ name: "Holcroft", type: "person", title: "Ms" });
    const dotted = "Reyes, the operator, cut 40 trains. The operator said 12 stations would close, Mr. Reyes added.";
    expect(quoting(dotted, "12 stations").claimant).toMatchObject({ name: "Reyes", type: "person" });
  });
  it("near-misses: a one-word name never titled, a body, and a title on another word read as before", () => {
    const bare = "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close.";
    expect(quoting(bare, "12 offices").claimant).toMatchObject({ name: "Holcroft", type: "organization" });
    const sky = "Sky, the broadcaster, cut 40 jobs. The broadcaster said 12 offices would close.";
    expect(quoting(sky, "12 offices").claimant).toMatchObject({ name: "Sky", type: "organization" });
    const ofwat = "Ofwat, the regulator, cut 40 jobs. The regulator said 12 offices would close. Mr Reyes left in May.";
    expect(quoting(ofwat, "12 offices").claimant).toMatchObject({ name: "Ofwat", type: "organization" });
    // "Mr Holcroftson" holds "Holcroft" but titles another name.
    const longer =
      "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close. Mr Holcroftson left in May.";
    expect(quoting(longer, "12 offices").claimant).toMatchObject({ name: "Holcroft", type: "organization" });
    const given =
      "Avanti, the operator, cut 40 trains. The operator said 12 stations would close. Dr Avanti Rao led the review.";
    expect(quoting(given, "12 stations").claimant).toMatchObject({ name: "Avanti", type: "organization" });
    const rail = "Northern Rail, the operator, cut 40 trains. The operator said 12 stations would close. Mr Rail left.";
    expect(quoting(rail, "12 stations").claimant.type).toBe("organization");
  });
});

describe("near-misses of decision 860's rules", () => {
  it("reads a weekday after 'on' as no given name of the surname after it", () => {
    for (const time of ["Late on Tuesday", "Early on Tuesday"]) {
      expect(quoting(`${time} Holcroft said 40 staff would go.`, "40 staff").claimant).toMatchObject({
        name: "Holcroft",
        type: "person",
      });
    }
  });
  it("leaves a region's word alone a body, though the article titles a namesake", () => {
    const text =
      "Northern, the operator, cut 40 trains. The operator said 12 stations would close. Ms Northern is not related.";
    expect(quoting(text, "12 stations").claimant).toMatchObject({ name: "Northern", type: "organization" });
  });
});
