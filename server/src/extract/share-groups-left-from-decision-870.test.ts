import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 870 (decision 920): "one" that counts a thing, "the" before a
 * rate's group, ages written another way, new heads before a rate, heads on no list and a "who"
 * clause after "among". The texts are written for these tests.
 */

describe("'one' that counts a thing, not years", () => {
  it("reads no age from 'under one' before a noun", () => {
    expect(groupOf("Some 20% of workers under one contract were paid less, the union said.", "20%")).toBeUndefined();
    expect(groupOf("Some 10% of staff under one roof were moved, the firm said.", "10%")).toBeUndefined();
  });

  it("keeps an age of one before a verb, a stop or 'year old' (near-misses)", () => {
    expect(groupOf("About 20% of children under one were vaccinated, officials said.", "20%")).toBe(
      "children under one",
    );
    expect(groupOf("About 20% of children under one year old were vaccinated, officials said.", "20%")).toBe(
      "children under one",
    );
    expect(groupOf("The flu jab reached 20% of babies under one.", "20%")).toBe("babies under one");
    expect(groupOf("About 20% of children under five were vaccinated, officials said.", "20%")).toBe(
      "children under five",
    );
  });
});

describe("'the' before a rate's group", () => {
  it("reads the group after 'the', 'the' kept", () => {
    expect(groupOf("The unemployment rate among the young rose to 14%, the ONS said.", "14%")).toBe("the young");
    expect(groupOf("The vaccination rate among the over-65s stood at 80%, officials said.", "80%")).toBe(
      "the over-65s",
    );
    expect(groupOf("The unemployment rate for the disabled rose to 8%, the ONS said.", "8%")).toBe("the disabled");
  });

  it("keeps a price's rate, a group 'of' someone and a noun after the adjective without a group (near-misses)", () => {
    expect(groupOf("The interest rate for the members rose to 6%, the club said.", "6%")).toBeUndefined();
    expect(groupOf("The unemployment rate among the young people of Wales rose to 14%.", "14%")).toBeUndefined();
    expect(groupOf("About 30% of the poor harvest was lost, farmers said.", "30%")).toBeUndefined();
    expect(groupOf("The tax rate for the rich is 45%, the Treasury said.", "45%")).toBeUndefined();
  });
});

describe("ages written another way", () => {
  it("reads a decade of life, an age bracket and 'aged 65+'", () => {
    expect(groupOf("About 30% of people in their 20s rent, the ONS said.", "30%")).toBe("people in their 20s");
    expect(groupOf("About 30% of women in their early thirties rent, the ONS said.", "30%")).toBe(
      "women in their early thirties",
    );
    expect(groupOf("Some 40% of the over-65s live alone, the charity said.", "40%")).toBe("the over-65s");
    expect(groupOf("A third of under-18s vape, the survey found.", "A third")).toBe("under-18s");
    expect(groupOf("About 20% of adults aged 65+ live alone, the charity said.", "20%")).toBe("adults aged 65+");
  });

  it("keeps no age where 'in their' is no decade, or a '+' ends a range (near-misses)", () => {
    expect(groupOf("About 30% of people in their homes were cold, the charity said.", "30%")).toBeUndefined();
    expect(groupOf("About 20% of adults aged 16-24+ live alone.", "20%")).toBeUndefined();
    expect(groupOf("Some 15% of adults over 65+ live alone, the charity said.", "15%")).toBeUndefined();
  });
});

describe("new heads before a rate", () => {
  it("reads every listed head after 'rate among'", () => {
    expect(groupOf("The default rate among borrowers rose to 3%, the lender said.", "3%")).toBe("borrowers");
    expect(groupOf("The dropout rate among apprentices stood at 12%, the report said.", "12%")).toBe("apprentices");
  });

  it("keeps a rate 'for' them and a price's rate among them without a group (near-misses)", () => {
    expect(groupOf("The rate for borrowers stands at 6%, the lender said.", "6%")).toBeUndefined();
    expect(groupOf("The rate for members rose to 3% this year, the club said.", "3%")).toBeUndefined();
    expect(groupOf("The interest rate among borrowers rose to 6%, the lender said.", "6%")).toBeUndefined();
  });
});

describe("heads on no list", () => {
  it("reads freelancers, volunteers and workers named by their work", () => {
    expect(groupOf("A third of freelancers earn less than the minimum wage, the survey found.", "A third")).toBe(
      "freelancers",
    );
    expect(groupOf("Some 25% of volunteers are over 70, the charity said.", "25%")).toBe("volunteers");
    expect(groupOf("About 40% of gig workers earn less than the minimum wage.", "40%")).toBe("gig workers");
    expect(groupOf("About 40% of care workers quit within a year, the report said.", "40%")).toBe("care workers");
  });

  it("keeps a noun before 'workers' that opens a clause without a group (near-misses)", () => {
    expect(groupOf("About 40% of the money workers earn goes on rent.", "40%")).toBeUndefined();
    // Decision 960 reads "care home" before a home's people; "care home fees" stays none.
    expect(groupOf("About 40% of care home fees are paid by councils.", "40%")).toBeUndefined();
    expect(groupOf("Some 30% of gig economy jobs pay less, the report said.", "30%")).toBeUndefined();
  });
});

describe("a 'who' clause after 'among'", () => {
  it("reads a short clause to the clause's end after a verb", () => {
    expect(groupOf("Support was 40% among women who work part-time, the ONS said.", "40%")).toBe(
      "women who work part-time",
    );
    expect(groupOf("Support was 40% among voters who backed Labour in 2019, the poll found.", "40%")).toBe(
      "voters who backed Labour in 2019",
    );
  });

  it("keeps a clause in the share's subject and after 'of' without a group (near-misses)", () => {
    // Decision 1045 reads a "who" clause after "among" to the main verb where no verb stands before the share.
    expect(groupOf("Some 40% among women who work part-time earn less.", "40%")).toBe("women who work part-time");
    // Decision 960 reads a "who" clause after "of" to the main verb; one it cannot end stays none.
    expect(groupOf("Some 20% of women who work part-time earn less than the minimum wage.", "20%")).toBe(
      "women who work part-time",
    );
    expect(groupOf("Some 20% of people who live alone are over 65.", "20%")).toBeUndefined();
    expect(groupOf("About 40% of women who work part-time, the ONS said, are mothers.", "40%")).toBeUndefined();
  });
});

describe("near-misses of decision 920's rules", () => {
  it("keeps an age of one after 'aged', before 'or', an adverb, a time's word or a negated auxiliary", () => {
    expect(groupOf("Some 40% of children aged one attend nursery, the council said.", "40%")).toBe("children aged one");
    expect(groupOf("About 20% of children aged one or two were vaccinated.", "20%")).toBe("children aged one");
    expect(groupOf("About 20% of babies under one also need a booster.", "20%")).toBe("babies under one");
    expect(groupOf("About 20% of babies under one now get the jab.", "20%")).toBe("babies under one");
    expect(groupOf("About 20% of children under one each year are admitted to hospital.", "20%")).toBe(
      "children under one",
    );
    expect(groupOf("About 20% of children under one weren't vaccinated, the report said.", "20%")).toBe(
      "children under one",
    );
    expect(groupOf("Some 45% of voters under one party's banner backed the deal.", "45%")).toBeUndefined();
  });
});
