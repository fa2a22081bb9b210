import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 920 (decision 960): a "who" clause after "of" read to the main
 * verb, a rate whose own word makes it a share of people "for" them, "the rich", "the old", "the
 * sick" and "the elderly" before a present verb, "babies under one sleep" and "care home
 * residents". The texts are written for these tests.
 */

describe("a 'who' clause after 'of', to the main verb", () => {
  it("reads the clause where a present verb or an auxiliary follows a word that ends it", () => {
    expect(groupOf("About 40% of women who work part-time earn less, the ONS said.", "40%")).toBe(
      "women who work part-time",
    );
    expect(groupOf("About 30% of voters who backed Labour in 2019 say they will switch.", "30%")).toBe(
      "voters who backed Labour in 2019",
    );
    expect(groupOf("About 40% of people who own homes built before 1919 are over 65.", "40%")).toBe(
      "people who own homes built before 1919",
    );
  });

  it("keeps a clause whose end is not safe to read without a group (near-misses)", () => {
    expect(groupOf("About 40% of people who say prices are rising blame the government.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of people who help others live at home are women.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of people who have been vaccinated are over 65.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of people who live alone are over 65.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of women who work part-time also earn less.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of women who work part-time, the ONS said, are mothers.", "40%")).toBeUndefined();
    // Decision 1045 reads a "who" clause after "among" to the main verb where no verb stands before the share.
    expect(groupOf("Some 40% among women who work part-time earn less.", "40%")).toBe("women who work part-time");
  });
});

describe("a rate 'for' people that is a share of them by its own word", () => {
  it("reads every listed head, and 'the', after a default, dropout or turnout rate's 'for'", () => {
    expect(groupOf("The default rate for borrowers rose to 3%, the lender said.", "3%")).toBe("borrowers");
    expect(groupOf("The default rate for the borrowers rose to 3%, the lender said.", "3%")).toBe("the borrowers");
    expect(groupOf("The dropout rate for apprentices stood at 12%, the report said.", "12%")).toBe("apprentices");
  });

  it("keeps a rate with no such word and a price's rate without a group (near-misses)", () => {
    expect(groupOf("The rate for the borrowers rose to 3%, the lender said.", "3%")).toBeUndefined();
    expect(groupOf("The rate for borrowers stands at 6%, the lender said.", "6%")).toBeUndefined();
    expect(groupOf("The lending rate for borrowers rose to 6%, the bank said.", "6%")).toBeUndefined();
    expect(groupOf("The interest rate for the borrowers rose to 6%, the bank said.", "6%")).toBeUndefined();
  });
});

describe("'the rich', 'the old', 'the sick' and 'the elderly' before a verb", () => {
  it("reads the adjective as people before a present verb, an auxiliary or the clause's end", () => {
    expect(groupOf("About 40% of the elderly live alone, the charity said.", "40%")).toBe("the elderly");
    expect(groupOf("About 20% of the rich earn more than £1m, the survey found.", "20%")).toBe("the rich");
    expect(groupOf("The poverty rate among the old rose to 18%, the charity said.", "18%")).toBe("the old");
    expect(groupOf("Support was 40% among the sick, the poll found.", "40%")).toBe("the sick");
  });

  it("keeps the adjective as a modifier before a noun or a capital (near-misses)", () => {
    expect(groupOf("About 30% of the old town was flooded, the council said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the sick pay budget was spent, the council said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the rich list are women, the paper said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old Town Hall was restored, the council said.", "30%")).toBeUndefined();
    expect(groupOf("Some 40% of the young vote went to Labour, the poll found.", "40%")).toBeUndefined();
    expect(groupOf("About 20% of the rich pay no tax, the survey found.", "20%")).toBeUndefined();
  });
});

describe("an age of one before a present verb", () => {
  it("reads 'babies under one' before 'sleep'", () => {
    expect(groupOf("About 30% of babies under one sleep in their parents' room, the study found.", "30%")).toBe(
      "babies under one",
    );
  });

  it("keeps 'one' before a noun it counts without a group (near-misses)", () => {
    expect(groupOf("Some 20% of workers under one contract were paid less, the union said.", "20%")).toBeUndefined();
    expect(groupOf("About 30% of drivers under one roof say so, the survey found.", "30%")).toBeUndefined();
  });
});

describe("'care home' before a home's people", () => {
  it("reads 'care home residents' and 'nursing home staff'", () => {
    expect(groupOf("About 40% of care home residents have dementia, the report said.", "40%")).toBe(
      "care home residents",
    );
    expect(groupOf("About 40% of nursing home staff quit within a year, the union said.", "40%")).toBe(
      "nursing home staff",
    );
  });

  it("keeps a home's fees, places and costs, and 'home' alone, without a group (near-misses)", () => {
    expect(groupOf("About 40% of care home fees are paid by councils, the report said.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of care home places are empty, the report said.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of care home staff costs went on agency fees.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of home residents were moved, the council said.", "40%")).toBeUndefined();
  });
});

describe("near-misses of decision 960's rules (review)", () => {
  it("keeps a verb of a clause inside the 'who' clause from ending it", () => {
    expect(
      groupOf("About 40% of people who trust what ministers say are over 65, the poll found.", "40%"),
    ).toBeUndefined();
    expect(
      groupOf("About 40% of parents who worry that teachers feel stressed want smaller classes.", "40%"),
    ).toBeUndefined();
    expect(groupOf("About 40% of voters who agree ministers earn too much back a pay cap.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of people who work where their parents live are under 30.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of people who rent homes in London say they cannot save.", "40%")).toBe(
      "people who rent homes in London",
    );
  });

  it("keeps 'the old' before a comma and a further adjective, or a noun that is also a verb", () => {
    expect(groupOf("About 30% of the old, draughty homes in the borough fail the standard.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old, crumbling schools need repair, the DfE said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old smoke alarms in the flats were faulty.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old live music venues have closed since 2010.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old sleep pods were removed from the station.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old live-in carers were replaced, the agency said.", "30%")).toBeUndefined();
    expect(groupOf("About 40% of the old live alone, the charity said.", "40%")).toBe("the old");
    expect(groupOf("About 20% of the rich, the survey found, live in London.", "20%")).toBe("the rich");
  });
});
