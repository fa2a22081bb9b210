import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { leadInLines, UNDER } from "./lead-in-lines.test-helper.ts";

/**
 * Lead-ins left from decision 965 (decision 1005): a clause of change before a tag inside the
 * sentence keeps the figure after the tag ("Rents rise, the ONS said, by 9% a year" is the ONS's
 * "Rents rise by 9% a year"), and a tag inside the sentence names a body by its initials after
 * "the" ("The rents, the ONS said, rose by 9%"); and a role in the plural after a one-word lead-in
 * is a speaker ("Otherwise, ministers said").
 */
const { claims, quoting } = claimsOn("2026-05-10");
const { below, speakerOf } = leadInLines("2026-05-10");
/** The claim of a one-line text that quotes `fragment`: its speaker, wording and figures. */
const read = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return { who: c.claimant.name, text: c.text, figures: c.quantities.map((q) => q.text) };
};

describe("a clause of change before a tag inside the sentence, and its figure after the tag", () => {
  it("keeps the figure with the clause, the tag's speaker's", () => {
    expect(read("Rents rise, the ONS said, by 9% a year.", "Rents")).toEqual({
      who: "ONS",
      text: "According to the ONS, rents rise by 9% a year",
      figures: ["9% a year"],
    });
    expect(read("Rents rose, the ONS said, by 9% a year.", "Rents")).toEqual({
      who: "ONS",
      text: "According to the ONS, rents rose by 9% a year",
      figures: ["9% a year"],
    });
    expect(read("Prices will rise, analysts said, by 5%.", "Prices")).toEqual({
      who: "analysts",
      text: "According to analysts, prices will rise by 5%",
      figures: ["5%"],
    });
    expect(read("Energy bills have risen, the council said, by nearly 12% since 2024.", "Energy").text).toBe(
      "According to the council, energy bills have risen by nearly 12% since 2024",
    );
    expect(read("Bills dropped, Ofgem said, by £120 a year.", "Bills").who).toBe("Ofgem");
  });
});

describe("a tag inside the sentence that names a body by its initials after 'the'", () => {
  it("is the body's, as a trailing tag is", () => {
    expect(read("The rents, the ONS said, rose by 9% a year.", "rents").who).toBe("ONS");
    expect(read("Ambulance times, the NHS said, will fall by March.", "Ambulance").who).toBe("NHS");
  });
});

describe("a role in the plural after a one-word lead-in: 'Otherwise, ministers said'", () => {
  it("is the speaker on one line, and over a second speaker's line as 'the union' is", () => {
    for (const line of [
      "Otherwise, ministers said",
      "Meanwhile, ministers said",
      "Likewise, senators said",
      "Separately, members said",
    ]) {
      expect(speakerOf(`${line} the figures were better than expected.`, "better than expected"), line).toBe(
        line.slice(line.indexOf(" ") + 1, line.lastIndexOf(" ")),
      );
      expect(speakerOf(below(line, UNDER), "better than expected"), line).not.toBe("the article");
    }
    expect(speakerOf("Prices fell, ministers said.", "Prices fell")).toBe("ministers");
  });
});

describe("near-misses of decision 1005's rules", () => {
  it("keeps a bound on the statement before the tag", () => {
    expect(read("Outside the top four, the club said, wages fell by 9%.", "wages").text).toBe(
      "According to the club, outside the top four wages fell by 9%",
    );
  });

  it("keeps only the clause before the tag when no figure of change follows it", () => {
    // A circumstance of the saying, a joining word, a time or a figure after no verb of change.
    expect(read("Rents rise, the ONS said, in its monthly report.", "Rents").text).toBe(
      "According to the ONS, rents rise",
    );
    expect(read("Rents rose, the ONS said, by the end of the year.", "Rents").text).toBe(
      "According to the ONS, rents rose",
    );
    expect(read("Rents remain high, the ONS said, by 9 points.", "Rents").text).toBe(
      "According to the ONS, rents remain high",
    );
    expect(read("Prices fell, analysts said, and 9% of firms agreed.", "Prices fell").text).toBe(
      "According to analysts, prices fell",
    );
  });

  it("gives no speaker the figure after a noun phrase, a possessive or a subordinate clause", () => {
    for (const body of [
      "Price rises, the ONS said, by 9% a year.",
      "Britain's rise, the ONS said, by 9% a year.",
      "His fall, critics said, by 9% a year.",
      "As prices rise, analysts said, by 5% a year.",
      "Rising prices, analysts said, by 5% a year.",
    ])
      expect(
        claims(body).some((c) => c.claimant.type !== "article" && c.quantities.length > 0),
        body,
      ).toBe(false);
  });

  it("reads 'ministers' that is no speaker as before", () => {
    for (const [body, fragment] of [
      ["He ministers to the sick, his brother said.", "ministers to the sick"],
      ["Cabinet ministers met on Monday to discuss the budget.", "Cabinet ministers met"],
      ["The club has 4,000 members, the chairman said.", "4,000 members"],
    ] as const)
      expect(speakerOf(body, fragment), body).not.toBe("ministers");
    expect(speakerOf("Cabinet ministers met on Monday to discuss the budget.", "Cabinet")).toBe("the article");
  });

  it("reads a figure before a trailing tag and a subject before an inside tag as before", () => {
    expect(read("Rents rose by 9% a year, the ONS said.", "Rents").text).toBe(
      "According to the ONS, rents rose by 9% a year",
    );
    expect(read("The cuts, critics say, will cost 4,000 jobs.", "cuts").who).toBe("critics");
    expect(read("Prices fall, analysts said.", "Prices").text).toBe("According to analysts, prices fall");
  });
});

describe("near-misses of decision 1005's rules (review)", () => {
  it("keeps the place after 'Near' before a tag inside the sentence in the wording", () => {
    expect(read("Near the border, the army said, troops fired 40 shells.", "troops").text).toBe(
      "According to the army, near the border troops fired 40 shells",
    );
    expect(read("Near the coast, the Met Office said, winds reached 90mph.", "winds").text).toBe(
      "According to the Met Office, near the coast winds reached 90mph",
    );
    expect(read("Near the scene, the ONS said, rents rose by 9%.", "rents").text).toBe(
      "According to the ONS, near the scene rents rose by 9%",
    );
  });
});
