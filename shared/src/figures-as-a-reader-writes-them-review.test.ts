// Review of decision 895: the newsroom wording where it read worse than the stored form it
// replaced. A sum in a currency's sign keeps its pence ("$3.50 per gallon", not "$3.5"), a
// rate of so much per so much of a currency writes both sums with the sign ("$5 per $1,000",
// not "$5 per 1,000 USD"), and a unit of time stays singular after -1 as after 1.
import { describe, expect, it } from "vitest";
import { quantityLabel } from "./claim-figures.ts";
import type { Quantity } from "./schemas/extracted-claim.ts";

function q(value: number, unit: string | null): Quantity {
  return { text: String(value), start: 0, end: 1, value, unit, qualifier: null };
}

describe("a sum in a currency's sign", () => {
  it.each([
    [q(3.5, "USD per gallon"), "$3.50 per gallon"],
    [q(2.5, "GBP"), "£2.50"],
    [q(-0.5, "EUR"), "-€0.50"],
    [q(1500.5, "USD"), "$1,500.50"],
  ])("keeps its pence: %o reads %s", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it.each([
    // Near-misses: whole sums, sums already in pence, more decimals than two, and no sign.
    [q(20000, "GBP"), "£20,000"],
    [q(3.25, "USD"), "$3.25"],
    [q(123456.789, "USD"), "$123,456.789"],
    // A dollar read with its country's letters has its sign since decision 940, and its pence.
    [q(2.5, "AUD"), "A$2.50"],
    [q(2.5, "%"), "2.5%"],
    [q(1.5, "years"), "1.5 years"],
  ])("leaves %o as %s", (quantity, label) => {
    expect(quantityLabel(quantity, "en-GB")).toBe(label);
  });

  it("writes the pence in the reader's own decimal sign", () => {
    expect(quantityLabel(q(3.5, "EUR"), "de-DE")).toBe("€3,50");
  });
});

describe("a rate per so much of a currency", () => {
  it("writes both sums with the sign", () => {
    expect(quantityLabel(q(5, "USD per 1,000 USD"), "en-GB")).toBe("$5 per $1,000");
  });

  it("leaves a rate per a counted noun or per a code with no sign", () => {
    expect(quantityLabel(q(5, "USD per 1,000 people"), "en-GB")).toBe("$5 per 1,000 people");
    // The Australian dollar has its sign since decision 940; a code written before the figure does not.
    expect(quantityLabel(q(5, "USD per 1,000 AUD"), "en-GB")).toBe("$5 per A$1,000");
    expect(quantityLabel(q(5, "USD per 1,000 CHF"), "en-GB")).toBe("$5 per 1,000 CHF");
  });
});

describe("a unit of time after -1", () => {
  it("stays singular", () => {
    expect(quantityLabel(q(-1, "day"), "en-GB")).toBe("-1 day");
    expect(quantityLabel(q(-2, "day"), "en-GB")).toBe("-2 days");
  });
});
