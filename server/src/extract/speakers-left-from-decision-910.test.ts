import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 910 (decision 950). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

const REGULATOR = "Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close. ";
const OPERATOR = "Avanti, the operator, cut 40 trains. The operator said 12 stations would close. ";

describe("a titled namesake placed in another body who took the post (decision 950)", () => {
  it("gives the regulator's claim to the titled person who took the post, 'of the' a body or founder of one", () => {
    for (const [later, title] of [
      ["Mr Holcroft of the Environment Agency took the post in May.", "Mr"],
      ["Mr Holcroft of the Water Services Regulation Authority took the post in May.", "Mr"],
      ["Mr Holcroft of the Environment Agency took up the post in May.", "Mr"],
      ["Mr Holcroft, who founded the agency, took the post in May.", "Mr"],
      ["Ms Holcroft, who co-founded the group, took the post in May.", "Ms"],
    ]) {
      expect(quoting(REGULATOR + later, "12 offices").claimant).toMatchObject({
        name: "Holcroft",
        type: "person",
        title,
      });
    }
  });
  it("near-misses: another post, another verb, or the post in a clause of the namesake's, leave the body's claim", () => {
    for (const later of [
      "Mr Avanti of the RMT said it was a disgrace.",
      "Mr Avanti of the RMT took the post of general secretary in May.",
      "Mr Avanti of the RMT took the posters down.",
      "Mr Avanti of the RMT, who took the post in May, said it was a disgrace.",
      "Mr Avanti, who founded the firm, took the post of chairman.",
      "The union called it an insult to Mr Avanti, who founded the firm. Smith took the post in May.",
    ]) {
      expect(quoting(OPERATOR + later, "12 stations").claimant).toMatchObject({
        name: "Avanti",
        type: "organization",
      });
    }
  });
});

describe("a one-word name in a post never titled, opening the article with 'said she' (decision 950)", () => {
  it("gives the post's later claim to the person the opening sentence's pronoun shows", () => {
    for (const opening of [
      "Smith, the regulator, said she would cut 40 jobs.",
      "Smith, the regulator, said he would cut 40 jobs.",
      "Smith, the regulator, says he will cut 40 jobs.",
    ]) {
      expect(quoting(`${opening} The regulator said 12 offices would close.`, "12 offices").claimant).toMatchObject({
        name: "Smith",
        type: "person",
      });
    }
  });
  it("near-misses: no pronoun, 'it', a sentence before, a region's word or another kind leave a body", () => {
    for (const [text, name] of [
      ["Smith, the regulator, cut 40 jobs. The regulator said 12 offices would close.", "Smith"],
      ["Smith, the regulator, said the board would cut 40 jobs. The regulator said 12 offices would close.", "Smith"],
      [
        "The report was out. Smith, the regulator, said she would cut 40 jobs. The regulator said 12 offices would close.",
        "Smith",
      ],
      ["Sky, the broadcaster, said it would cut 40 jobs. The broadcaster said 12 offices would close.", "Sky"],
      [
        "Jane Doe presents the show. Sky, the broadcaster, said she would cut 40 jobs. The broadcaster said 12 offices would close.",
        "Sky",
      ],
      ["Northern, the operator, said she would cut 40 trains. The operator said 12 offices would close.", "Northern"],
      ["Shell, the oil company, said she would cut 40 jobs. The company said 12 offices would close.", "Shell"],
    ]) {
      expect(quoting(text!, "12 offices").claimant).toMatchObject({ name, type: "organization" });
    }
  });
});

describe("a listener's 'who' clause with an object, and 'families' as a listener (decision 950)", () => {
  it("keeps the listener's clause and its object out of the wording", () => {
    expect(quoting("Smith told residents who attended staff training the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
    expect(quoting("Smith told residents who attended the meeting the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
    expect(quoting("Smith told fans who booked the trip they would be refunded.", "refunded").text).toBe(
      "According to Smith, they would be refunded",
    );
    expect(quoting("Smith told staff who have worked there for years the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
  });
  it("reads 'families' and a past verb after 'who' before a place as it reads 'residents'", () => {
    for (const listener of [
      "families",
      "families who lived near the plant",
      "families who once lived near the plant",
    ]) {
      expect(quoting(`Smith told ${listener} the smell would go.`, "smell").text).toBe(
        "According to Smith, the smell would go",
      );
    }
  });
  it("near-misses: no object, a verb inside it, a capital or a gerund subject keep the sentence as before", () => {
    expect(quoting("Smith told residents who attended the plant would close.", "plant").text).toBe(
      "According to Smith, residents who attended the plant would close",
    );
    expect(quoting("Smith told residents who said the smell would go it would stay.", "smell").text).toBe(
      "According to Smith, residents who said the smell would go it would stay",
    );
    expect(quoting("Smith told residents who attended Tuesday's meeting the plant would close.", "plant").text).toBe(
      "According to Smith, residents who attended Tuesday's meeting the plant would close",
    );
    expect(quoting("Smith told residents who live nearby the plant would close.", "plant").text).toBe(
      "According to Smith, residents who live nearby the plant would close",
    );
    expect(quoting("Smith told reporters who asked whether he would stand he was staying.", "staying").text).toBe(
      "According to Smith, reporters who asked whether he would stand he was staying",
    );
    expect(quoting("Smith told staff training for new recruits would be cut.", "recruits").text).toBe(
      "According to Smith, staff training for new recruits would be cut",
    );
    expect(quoting("Smith told families to keep their windows shut.", "windows").text).toBe(
      "Smith told families to keep their windows shut",
    );
    expect(quoting("Police told residents who attended the meeting to keep their windows shut.", "windows").text).toBe(
      "Police told residents who attended the meeting to keep their windows shut",
    );
  });
});

describe("near-misses of decision 950's rules (review)", () => {
  it("leaves the body's claim where 'post' opens another noun after 'took the'", () => {
    for (const later of [
      "Mr Holcroft of the Environment Agency took the post-war records.",
      "Mr Holcroft of the Environment Agency took the post office to court.",
      "Mr Holcroft of the Environment Agency took the post office job in 2019.",
    ]) {
      expect(quoting(REGULATOR + later, "12 offices").claimant).toMatchObject({
        name: "Holcroft",
        type: "organization",
      });
    }
  });
});
