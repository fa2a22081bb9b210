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
    // "the" and a listed head: decision 870 reads the group, "the" kept.
    expect(shares("About 30% of the staff were sent home.", "30%")).toEqual([["About 30%", 30, "%", "the staff"]]);
    expect(shares("Sales rose 20% for the year.", "20%")).toEqual([["20%", 20, "%", undefined]]);
    expect(shares("The project ran 20% over budget.", "20%")).toEqual([["20%", 20, "%", undefined]]);
  });

  it("gives a count no group, and a rate with a figure between it and its group none", () => {
    expect(shares("Police arrested 12 men among the crowd.", "12 men")).toEqual([["12 men", 12, "men", undefined]]);
    const between = "The rate for women, 3.9 in 2024, rose to 5% in March.";
    expect(on(between, "5%").quantities.find((q) => q.text === "5%")?.group).toBeUndefined();
  });
});

describe("near-misses of decision 830's rules", () => {
  const groupOf = (body: string, fragment: string) =>
    on(body, fragment).quantities.find((q) => q.text.endsWith(fragment))?.group;

  it("gives a change by a per cent no group: the per cent is of the figure before, not of the people", () => {
    expect(groupOf("Vaping rose by 12% among teenagers last year, the report said.", "12%")).toBeUndefined();
    expect(groupOf("Vaping rose 12% among teenagers last year, according to the NHS.", "12%")).toBeUndefined();
    expect(groupOf("Approval of the president dropped 8% among Republicans last month.", "8%")).toBeUndefined();
    expect(groupOf("The drug cut deaths by 30% among patients, the trial found.", "30%")).toBeUndefined();
    expect(groupOf("The unemployment rate for women rose by 5% in March, the ONS said.", "5%")).toBeUndefined();
    expect(groupOf("The unemployment rate for women fell 0.5% in March, the ONS said.", "0.5%")).toBeUndefined();
    // A level reached, or a share that backs something, keeps its group.
    expect(groupOf("The plan is backed by 60% of voters, the poll found.", "60%")).toBe("voters");
    expect(groupOf("Approval of the president dropped to 38% among Republicans last month.", "38%")).toBe(
      "Republicans",
    );
  });

  it("gives a per cent followed by 'for' no group: a pay rise, a tax, a fee or a candidate's vote is no share of them", () => {
    expect(groupOf("The government offered a pay rise of 5% for nurses, the union said.", "5%")).toBeUndefined();
    expect(groupOf("Corporation tax rises to 25% for large companies, the Chancellor said.", "25%")).toBeUndefined();
    expect(groupOf("The fee is 15% for students and 20% for staff, the college said.", "15%")).toBeUndefined();
    expect(groupOf("Biden led with 45% to 30% for Sanders, the poll found.", "30%")).toBeUndefined();
    expect(groupOf("Inflation was 3% for pensioners last year, the ONS said.", "3%")).toBeUndefined();
  });

  it("gives a price's rate no group: interest, mortgage, tax, savings and growth rates are no shares of people", () => {
    expect(groupOf("Interest rates for first-time buyers have climbed to 6%, lenders said.", "6%")).toBeUndefined();
    expect(
      groupOf("The mortgage rate for homeowners rose to 5.5% this spring, the bank said.", "5.5%"),
    ).toBeUndefined();
    expect(groupOf("The tax rate for pensioners stays at 20%, the minister said.", "20%")).toBeUndefined();
    expect(groupOf("The savings rate for households fell to 8%, the ONS said.", "8%")).toBeUndefined();
    expect(groupOf("The growth rate for firms slowed to 2%, the survey found.", "2%")).toBeUndefined();
    expect(groupOf("The vaccination rate among children fell to 85%, health officials warned.", "85%")).toBe(
      "children",
    );
  });

  it("reads no month, weekday, possessive or modifier as the place a group lives in", () => {
    expect(groupOf("The survey found 40 per cent of adults in January had no savings.", "40 per cent")).toBe("adults");
    expect(groupOf("The poll found 40% of voters in March backed the plan, the firm said.", "40%")).toBe("voters");
    expect(groupOf("About 35% of voters in Monday’s poll said they would back Labour.", "35%")).toBe("voters");
    expect(groupOf("Around 20% of voters in YouGov’s poll backed the plan.", "20%")).toBe("voters");
    expect(groupOf("Some 30% of voters in the Labour heartlands switched to Reform, analysts said.", "30%")).toBe(
      "voters",
    );
    expect(groupOf("Roughly 25% of pupils in Northern Ireland missed school, officials said.", "25%")).toBe(
      "pupils in Northern Ireland",
    );
    expect(groupOf("About 40% of adults in Wales always pay by card, the bank said.", "40%")).toBe("adults in Wales");
  });

  it("gives no group where the people are narrowed after the head: the head alone would be all of them", () => {
    // An age is read into the group since decision 870; a clause or a place in lowercase is not.
    expect(groupOf("Around 40% of people aged 16 to 24 say they are lonely, the ONS said.", "40%")).toBe(
      "people aged 16 to 24",
    );
    expect(groupOf("About 14% of children in care go missing, the report found.", "14%")).toBeUndefined();
    // Decision 960 reads a "who" clause after "of" to the main verb; one it cannot end stays none.
    expect(groupOf("Some 20% of women who work part-time earn less than the minimum wage.", "20%")).toBe(
      "women who work part-time",
    );
    expect(groupOf("Some 20% of people who live alone are over 65.", "20%")).toBeUndefined();
    expect(groupOf("Labour won 52% among voters under 30, the exit poll showed.", "52%")).toBe("voters under 30");
    expect(groupOf("About 12% of adults surveyed said they had been scammed.", "12%")).toBe("adults");
    expect(groupOf("About 9% of tenants in London face eviction, the charity said.", "9%")).toBe("tenants in London");
  });

  it("reads no capitalised plural followed by the people it names ('Rangers supporters') as the group", () => {
    expect(groupOf("Almost 15% among Rangers supporters bought tickets, the club said.", "15%")).toBeUndefined();
    expect(groupOf("Support for the Greens reached 12% among Londoners, the poll found.", "12%")).toBe("Londoners");
    // Inside "one in five", a verb in "-s" agrees with "one": the group stays.
    expect(groupOf("One in five Britons skips breakfast, the survey found.", "One in five Britons")).toBe("Britons");
  });
});
