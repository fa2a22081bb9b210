import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Page furniture, clause splits and kinds left from the nineteenth read of news copy (decision
 * 460), mended in decision 480. The articles are in tests/fixtures/newsroom-read-460; the other
 * texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-27");
const quotes = (body: string) => claims(body).map((c) => c.quote);

describe("a list of things after 'of' or 'for' with an '-ing' item", () => {
  it("keeps 'grain, cooking oil and packaging' in one claim", () => {
    expect(quotes("Harlow cut prices by 5% to offset rising costs of grain, cooking oil and packaging.")).toEqual([
      "Harlow cut prices by 5% to offset rising costs of grain, cooking oil and packaging",
    ]);
    expect(
      quotes("Harlow cut prices by 5% to offset higher costs for grain, cooking oil and packaging, the company said."),
    ).toHaveLength(1);
  });

  it("still splits a participle phrase after a name or one that runs on", () => {
    expect(quotes("The storm hit the coast of Florida, killing 12 people and injuring 40.")).toContain(
      "killing 12 people",
    );
    expect(quotes("Inflation fell to a rate of 2%, leaving prices and wages flat.")).toContain(
      "leaving prices and wages flat",
    );
    expect(quotes("The storm hit the coast of Florida, killing people and destroying homes.")).toContain(
      "destroying homes",
    );
    expect(quotes("Sales rose by 5% in the first half of the year, beating forecasts.")).toContain("beating forecasts");
  });
});

describe("a question headline that ends on its record", () => {
  it("asserts no record", () => {
    const c = quoting(
      "Wettest November on record?\n\nRainfall at Cardiff reached 210mm, the Met Office said.",
      "Wettest",
    );
    expect(c.kind).not.toBe("comparison_record");
    expect(c.alsoKinds).not.toContain("comparison_record");
  });

  it("keeps a stated record, and one stated before a question", () => {
    expect(quoting("This is the wettest November on record.", "wettest").kind).toBe("comparison_record");
    const stated = quoting("Unemployment hit a record 8%, so why is he bragging?", "record 8%");
    expect([stated.kind, ...stated.alsoKinds]).toContain("comparison_record");
  });
});

describe("a writer's name alone over a byline's job line", () => {
  it("is furniture", () => {
    const body =
      "Nick Hallam\nSenior football reporter\n\nArsenal signed the striker for £40m on Monday, the club said.";
    expect(quotes(body)).toEqual(["Arsenal signed the striker for £40m on Monday"]);
    expect(quotes("Sian Morgan\nBBC Wales\n\nRivers burst their banks in 12 places, the council said.")).not.toContain(
      "Sian Morgan",
    );
  });

  it("is read over a story's sentence", () => {
    expect(quotes("Keir Starmer\nThe prime minister said 40 schools would open.")).toContain("Keir Starmer");
  });
});
