import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * The group a share is of (decision 830): a per cent, "a third" or "one in five" keeps the people,
 * households or bodies it is a share of. The texts are written for these tests.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
/** The claim's shares, as [text, value, unit, group]. */
const shares = (body: string, fragment: string) =>
  on(body, fragment).quantities.map((q) => [q.text, q.value, q.unit, q.group]);

describe("a group right after a share", () => {
  it("reads the group after 'among'", () => {
    expect(shares("Smoking fell to 12% among teenagers last year.", "12%")).toEqual([["12%", 12, "%", "teenagers"]]);
    expect(shares("One in 20 among teenagers vapes daily.", "One in 20")).toEqual([
      ["One in 20", 0.05, "share of teenagers", "teenagers"],
    ]);
  });

  it("reads the group after 'of', with its place and its modifiers", () => {
    expect(shares("The survey found 40 per cent of adults in Wales had no savings.", "40 per cent")).toEqual([
      ["40 per cent", 40, "%", "adults in Wales"],
    ]);
    expect(shares("A third of households cannot afford heating.", "A third")).toEqual([
      ["A third", 0.333333, "share", "households"],
    ]);
    expect(shares("Two-thirds of young voters backed him.", "Two-thirds")).toEqual([
      ["Two-thirds", 0.666667, "share", "young voters"],
    ]);
    expect(shares("The poll found 20% of UK adults back the plan.", "20%")).toEqual([["20%", 20, "%", "UK adults"]]);
    expect(shares("Some 45% of Americans disagree.", "45%")).toEqual([["Some 45%", 45, "%", "Americans"]]);
  });

  it("takes the counted noun of 'one in five' as its group", () => {
    expect(shares("One in five children lives in poverty, the charity said.", "One in five")).toEqual([
      ["One in five children", 0.2, "share of children", "children"],
    ]);
  });
});

describe("a rate's group named before its figure", () => {
  it("reads the group after 'rate for' or 'rate among'", () => {
    expect(shares("The unemployment rate for women rose to 5% in March.", "5%")).toEqual([["5%", 5, "%", "women"]]);
    expect(shares("The jobless rate among graduates stood at 4%.", "4%")).toEqual([["4%", 4, "%", "graduates"]]);
  });
});

describe("near-misses: no group, as before", () => {
  it("gives a share of a measure no group", () => {
    expect(shares("Spending reached 3% of GDP.", "3%")).toEqual([["3%", 3, "%", undefined]]);
    expect(shares("The tax covers 40% of the cost.", "40%")).toEqual([["40%", 40, "%", undefined]]);
    expect(shares("Turnout was 60% of the vote.", "60%")).toEqual([["60%", 60, "%", undefined]]);
    expect(shares("Rents take 40% of income for families.", "40%")).toEqual([["40%", 40, "%", undefined]]);
  });

  it("gives no group where the people name a measure after them", () => {
    expect(shares("Women earn 80% of men's pay.", "80%")).toEqual([["80%", 80, "%", undefined]]);
    expect(shares("Agency fees take 25% of staff costs.", "25%")).toEqual([["25%", 25, "%", undefined]]);
  });

  it("gives no group after a determiner, or after 'for' with no people", () => {
    expect(shares("About 30% of the staff were sent home.", "30%")).toEqual([["About 30%", 30, "%", undefined]]);
    expect(shares("Sales rose 20% for the year.", "20%")).toEqual([["20%", 20, "%", undefined]]);
    expect(shares("The project ran 20% over budget.", "20%")).toEqual([["20%", 20, "%", undefined]]);
  });

  it("gives a count no group, and a rate with a figure between it and its group none", () => {
    expect(shares("Police arrested 12 men among the crowd.", "12 men")).toEqual([["12 men", 12, "men", undefined]]);
    const between = "The rate for women, 3.9 in 2024, rose to 5% in March.";
    expect(on(between, "5%").quantities.find((q) => q.text === "5%")?.group).toBeUndefined();
  });
});
