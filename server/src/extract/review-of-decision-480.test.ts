import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * The review of decision 480: readings its three rules took too far, and the readings they were
 * made for, which stay. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("a participle after 'of' or 'for' and a noun, with an 'and' pair after it", () => {
  it("is a phrase of its own, as news copy mostly means it", () => {
    expect(quotes("The storm caused a loss of power, killing livestock and crops.")).toContain(
      "killing livestock and crops",
    );
    expect(quotes("The city recorded 40mm of rain, flooding streets and basements.")).toEqual([
      "The city recorded 40mm of rain",
      "flooding streets and basements",
    ]);
    expect(quotes("The army increased funding for recruits, training soldiers and pilots.")).toContain(
      "training soldiers and pilots",
    );
    expect(quotes("Prices rose 3% because of demand, outpacing wages and pensions, the ONS said.")).toContain(
      "outpacing wages and pensions",
    );
  });

  it("still opens an item when the '-ing' word names a kind of thing", () => {
    expect(quotes("Aid included supplies of food, drinking water and medicine, the UN said.")).toEqual([
      "Aid included supplies of food, drinking water and medicine",
    ]);
    expect(quotes("Customers complained of delays, missing parcels and refunds.")).toHaveLength(1);
    expect(quotes("The firm blamed the cost of energy, shipping costs and wages.")).toHaveLength(1);
  });
});

describe("a question that ends on a record", () => {
  it("keeps the record when a question word takes it as given", () => {
    expect(kindsOf("Why was 2023 the hottest year on record?", "2023")).toContain("comparison_record");
    expect(kindsOf("Analysis: Why was 2023 the hottest year on record?", "2023")).toContain("comparison_record");
    expect(kindsOf("How will the club cope after its worst season on record?", "club")).toContain("comparison_record");
  });

  it("keeps the record of a statement put as a question", () => {
    expect(kindsOf("Did you know that 2023 was the hottest year on record?", "2023")).toContain("comparison_record");
  });

  it("still asserts none when it asks whether there is one", () => {
    expect(kindsOf("Is this the worst government ever?", "government")).not.toContain("comparison_record");
    expect(kindsOf("Hottest year ever? Scientists say 2024 will beat 2023.", "Hottest")).not.toContain(
      "comparison_record",
    );
  });
});

describe("a title-case line over a byline", () => {
  it("is read when the byline under it names its writer", () => {
    expect(
      quotes("Labour Wins Election\nBy Chris Mason, Political editor\n\nLabour won 412 seats, results showed."),
    ).toContain("Labour Wins Election");
    expect(
      quotes("Boris Johnson Resigns\nBy Nick Eardley, Political correspondent\n\nHe has resigned as an MP."),
    ).toContain("Boris Johnson Resigns");
  });

  it("is furniture when it is the writer's name, over a job line or its own 'By' line", () => {
    const body = "The prime minister will face MPs on Wednesday.";
    expect(quotes(`Chris Mason\nBy Chris Mason, Political editor\n\n${body}`)).toEqual([body.slice(0, -1)]);
    expect(quotes(`Anna Collinson\nBBC News\n\n${body}`)).toEqual([body.slice(0, -1)]);
  });
});
