import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Lead-ins and sources left from decisions 1050, 1055 and 1085 (decision 1110): a second, trailing
 * tag after a conceding present speaks for the sentence; a date inside a relative aside about the
 * speaker ("The keeper, who conceded yesterday, said …") dates the aside's
 * act, not the statement after it.
 */
const { claims } = claimsOn("2026-05-10");
/** The claim that quotes `fragment`. */
const claimWith = (body: string, fragment: string) => claims(body).find((x) => x.quote.includes(fragment));
/** The dates of the statement (`ofStatement`) read in the claim that quotes `fragment`. */
const statementDatesOf = (body: string, fragment: string) =>
  claimWith(body, fragment)
    ?.dates.filter((d) => d.ofStatement)
    .map((d) => d.text);

/** Who is given the claim that quotes `fragment`, and its wording. */
const read = (body: string, fragment: string) => {
  const c = claimWith(body, fragment);
  return c && { who: c.claimant.name, text: c.text };
};

describe("a second, trailing tag after a conceding present", () => {
  it("gives 'Tesco admits …, the company said on Monday' to the company, dated Monday", () => {
    const body = "Tesco admits sales fell 4% in May, the company said on Monday.";
    expect(read(body, "4%")).toEqual({
      who: "company",
      text: "According to the company, Tesco admits sales fell 4% in May",
    });
    expect(statementDatesOf(body, "4%")).toEqual(["on Monday"]);
    expect(claims(body)).toHaveLength(1);
  });

  it("gives 'The hospital admits waiting times climbed 10%, the trust said' to the trust", () => {
    expect(read("The hospital admits waiting times climbed 10%, the trust said on Monday.", "10%")?.who).toBe("trust");
  });
});

describe("a date inside a relative aside about the speaker", () => {
  it("does not date the keeper's statement by 'who conceded yesterday'", () => {
    expect(statementDatesOf("The keeper, who conceded yesterday, said the defence was poor.", "defence")).toEqual([]);
  });

  it("does not date Tesco's statement by 'which admitted last month that …'", () => {
    expect(
      statementDatesOf("Tesco, which admitted last month that sales fell 4%, said profits rose 2%.", "profits rose"),
    ).toEqual([]);
  });

  it("does not date the statement by 'who said yesterday he was hurt, told reporters …'", () => {
    expect(
      statementDatesOf("The keeper, who said yesterday he was hurt, told reporters the defence was poor.", "defence"),
    ).toEqual([]);
  });
});

describe("near-misses of decision 1110's rules", () => {
  it("keeps a date after the statement's own verb, past an aside with no date", () => {
    expect(statementDatesOf("The keeper, who is 34, said on Monday the defence was poor.", "defence")).toEqual([
      "on Monday",
    ]);
    expect(statementDatesOf("The keeper, who is 34, said yesterday that the defence was poor.", "defence")).toEqual([
      "yesterday",
    ]);
  });

  it("keeps 'The keeper said yesterday …' dated", () => {
    expect(statementDatesOf("The keeper said yesterday the defence was poor.", "defence")).toEqual(["yesterday"]);
  });

  it("keeps the date of a quotation the aside itself gives ('who said on Monday, “…”')", () => {
    expect(statementDatesOf("Smith, who said on Monday, “We will cut 300 jobs”, left the firm.", "300 jobs")).toEqual([
      "on Monday",
    ]);
  });

  it("keeps 'Tesco admits prices rose 4%, and the union said …' two speakers' claims", () => {
    const body = "Tesco admits prices rose 4%, and the union said 300 jobs would go.";
    expect(read(body, "4%")?.who).toBe("Tesco");
    expect(read(body, "300 jobs")?.who).toBe("union");
  });

  it("keeps '…, the company admits' at the sentence's end the company's", () => {
    expect(read("Prices will rise by 5% next year, the company admits.", "5%")?.who).toBe("company");
  });
});

describe("near-misses of decision 1110's rules (review)", () => {
  it("keeps the date of a speaking aside with nothing of its own: 'who tweeted on Monday, said …'", () => {
    const body = "The senator, who tweeted on Monday, said the bill would cost $2bn.";
    expect(statementDatesOf(body, "$2bn")).toEqual(["on Monday"]);
  });

  it("keeps the date of a speaking aside that names only the occasion: 'who spoke yesterday at a conference …'", () => {
    const body = "The chancellor, who spoke yesterday at a conference in Leeds, said inflation would fall to 2%.";
    expect(statementDatesOf(body, "2%")).toEqual(["yesterday"]);
  });

  it("keeps the date of a reporting verb's aside: 'The witness, who testified yesterday, told the court …'", () => {
    const body = "The witness, who testified yesterday, told the court he saw 3 men.";
    expect(statementDatesOf(body, "3 men")).toEqual(["yesterday"]);
  });

  it("keeps the date of 'The union, which warned on Friday, said …'", () => {
    const body = "The union, which warned on Friday, said 300 jobs were at risk.";
    expect(statementDatesOf(body, "300 jobs")).toEqual(["on Friday"]);
  });

  it("still drops a conceding aside's date with 'had': 'who had admitted on Monday, said …'", () => {
    const body = "The keeper, who had admitted on Monday, said the defence was poor.";
    expect(statementDatesOf(body, "defence")).toEqual([]);
  });

  it("does not read ', as the union warned' as a tag: Tesco's claim stays Tesco's", () => {
    const body = "Tesco admits prices rose 4%, as the union warned.";
    expect(claimWith(body, "4%")?.claimant.name).toBe("Tesco");
  });
});
