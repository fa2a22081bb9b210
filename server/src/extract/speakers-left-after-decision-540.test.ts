import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and claimant types that decision 540 and the decisions before it left (decision 580).
 * The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");

describe("a 'who thinks/believes/says' aside inside the subject (decision 580)", () => {
  it("reads the sentence's own 'said' after the aside, not the aside's verb", () => {
    for (const verb of ["thinks", "believes", "says"]) {
      const text = `Smith, who ${verb} the tax is unfair, said the rise would cost £40m.`;
      const rise = quoting(text, "the rise would cost");
      expect(rise.quote).toBe("the rise would cost £40m");
      expect(rise.text).toBe("According to Smith, the rise would cost £40m");
      expect(rise.claimant).toMatchObject({ name: "Smith", type: "person" });
      // The aside is the article's account of Smith, worded with Smith.
      expect(quoting(text, "the tax is unfair").text).toBe(`Smith ${verb} the tax is unfair`);
    }
  });
  it("reads past an auxiliary and another reporting verb after the aside", () => {
    const has = "Smith, who thinks the tax is unfair, has said the rise would cost £40m.";
    expect(quoting(has, "the rise would cost").text).toBe("According to Smith, the rise would cost £40m");
    const added = "Smith, who said the tax was unfair, added that the rise would cost £40m.";
    expect(quoting(added, "the rise would cost").text).toBe("According to Smith, the rise would cost £40m");
  });
  it("keeps the '%' of a figure that ends the aside", () => {
    const text = "Jones, who says rents rose 12%, said the rise would cost £40m.";
    expect(quoting(text, "rents rose").text).toBe("Jones says rents rose 12%");
  });
  it("near-misses: a 'who said' aside before another verb, and a trailing tag's aside, read as before", () => {
    const resigned = claims("Karin Aas, who said that rates were too high, resigned on Monday.");
    expect(resigned.map((c) => c.text)).toEqual([
      "According to Karin Aas, rates were too high",
      "Karin Aas resigned on Monday",
    ]);
    const trailing = quoting(
      "The tax is unfair, said Smith, who thinks the rise would cost £40m.",
      "The tax is unfair",
    );
    expect(trailing.claimant).toMatchObject({ name: "Smith", type: "person" });
    const lives = quoting("Smith, who lives in Leeds, said the rise would cost £40m.", "the rise would cost");
    expect(lives.text).toBe("According to Smith, the rise would cost £40m");
  });
  it("gives no aside's participle to the speaker: 'the plan, announced in March, will fail'", () => {
    // The comma after "announced in March" is followed by the aside's own "will": the participle
    // is inside the aside, and Smith announced nothing.
    const sacked = claims("Smith, who says the plan, announced in March, will fail, was sacked on Friday.");
    expect(sacked.map((c) => c.text)).not.toContain("Smith announced in March, will fail, was sacked on Friday");
    const said = "Smith, who says the plan, reported in March, will fail, said the rise would cost £40m.";
    expect(quoting(said, "the rise would cost").text).toBe("According to Smith, the rise would cost £40m");
  });
  it("reads the aside as before when a second subject follows it: '…, and Jones, who backs it, said'", () => {
    for (const joint of ["and", "but"]) {
      const text = `Smith, who thinks the tax is unfair, ${joint} Jones, who backs it, said the rise would cost £40m.`;
      const tax = quoting(text, "the tax is unfair");
      expect(tax.text).toBe("According to Smith, the tax is unfair");
      expect(tax.claimant).toMatchObject({ name: "Smith", type: "person" });
    }
  });
  it("near-miss: a relative clause after the sentence's own 'said' keeps the aside apart", () => {
    const text = "Smith, who thinks the tax is unfair, said the rise, which was approved in May, would cost £40m.";
    expect(quoting(text, "would cost").text).toBe("According to Smith, the rise would cost £40m");
    expect(quoting(text, "thinks the tax").text).toBe("Smith thinks the tax is unfair");
  });
});

describe("an aside on where the speaker is from (decision 580)", () => {
  it("names the person before 'from Leeds', as 'of Leeds' did", () => {
    const c = quoting("Tom Reid, from Leeds, said the rise would cost £40m.", "the rise would cost");
    expect(c.claimant).toMatchObject({ name: "Tom Reid", type: "person" });
    expect(c.text).toBe("According to Tom Reid, the rise would cost £40m");
  });
  it("gives the report's words to the report, not to 'from the Resolution Foundation'", () => {
    // "According to the report" here first; decision 620 names the report with whose it is.
    const plain = quoting("The report, from the Resolution Foundation, said rents rose 12%.", "rents rose");
    expect(plain.text).toBe("According to the report from the Resolution Foundation, rents rose 12%");
    const text = "The report, from the Resolution Foundation, which studied 4,000 homes, said rents rose 12%.";
    expect(quoting(text, "rents rose").text).toBe(
      "According to the report from the Resolution Foundation, rents rose 12%",
    );
    expect(quoting(text, "studied 4,000 homes").text).toBe("The report studied 4,000 homes");
  });
  it("near-misses: 'of Leeds' and a figure's 'from 3%' read as before", () => {
    const of = quoting("Tom Reid, of Leeds, said the rise would cost £40m.", "the rise would cost");
    expect(of.claimant.name).toBe("Tom Reid");
    const from = quoting("Prices rose 5%, from 3%, officials said.", "Prices rose");
    expect(from.text).toBe("According to officials, prices rose 5%, from 3%");
  });
});

describe("the Associated Press without its 'the' (decision 580)", () => {
  it("names it 'the Associated Press' in the wording", () => {
    const c = quoting("The figure rose 12%, according to Associated Press.", "The figure rose");
    expect(c.text).toBe("According to the Associated Press, the figure rose 12%");
    expect(c.claimant).toMatchObject({ name: "Associated Press", type: "organization" });
  });
  it("and so when written with 'the'", () => {
    const c = quoting("The Associated Press said 40 people died.", "40 people died");
    expect(c.text).toBe("According to the Associated Press, 40 people died");
  });
  it("near-miss: a person named Press takes no 'the'", () => {
    const c = quoting("Bill Press said 40 people died.", "40 people died");
    expect(c.text).toBe("According to Bill Press, 40 people died");
  });
});

describe("bodies named in words, not capitals (decision 580)", () => {
  it("types Abta, Acas, Ucas, Unison, Ofwat and Ofqual as bodies", () => {
    for (const body of ["Abta", "Acas", "Ucas", "Unison", "Ofwat", "Ofqual"])
      expect(quoting(`${body} said 40,000 cases were settled.`, "40,000 cases").claimant).toMatchObject({
        name: body,
        type: "organization",
      });
  });
  it("near-miss: a surname alone stays a person", () => {
    expect(quoting("Abbott said 40,000 cases were settled.", "40,000 cases").claimant.type).toBe("person");
  });
});

describe("a council's plural title before one name (decision 580)", () => {
  it("words her with the title in the singular", () => {
    const c = quoting("Councilmembers Linda Habgood said the plan would cost $40m.", "the plan");
    expect(c.claimant).toMatchObject({ name: "Linda Habgood", title: "Councilmember" });
    expect(c.text).toBe("According to Councilmember Linda Habgood, the plan would cost $40m");
    const woman = quoting("Councilwomen Ann Lee said the plan would cost $40m.", "the plan");
    expect(woman.text).toBe("According to Councilwoman Ann Lee, the plan would cost $40m");
    const cllr = quoting("Councillors Ann Lee said the plan would cost $40m.", "the plan");
    expect(cllr.text).toBe("According to Councillor Ann Lee, the plan would cost $40m");
  });
  it("near-misses: two members keep the plural, a singular title is unchanged", () => {
    const two = quoting("Councilmembers Linda Habgood and Tom Jones said the plan would cost $40m.", "the plan");
    expect(two.text).toBe("According to Councilmembers Linda Habgood and Tom Jones, the plan would cost $40m");
    const one = quoting("Councilmember Linda Habgood said the plan would cost $40m.", "the plan");
    expect(one.text).toBe("According to Councilmember Linda Habgood, the plan would cost $40m");
  });
});
