import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 830 (decision 870): a group after "the", heads that name people
 * by what they do, own or use, and a group narrowed by an age. The texts are written for these tests.
 */

describe("a group after 'the'", () => {
  it("reads people, households and bodies after 'of the' and 'among the', with 'the' kept", () => {
    expect(groupOf("About 30% of the staff were sent home, the company said.", "30%")).toBe("the staff");
    expect(groupOf("Half of the pupils missed school last week, the head said.", "Half")).toBe("the pupils");
    expect(groupOf("One in five of the residents has no car, the council said.", "One in five")).toBe("the residents");
    expect(groupOf("Support reached 40% among the poorest households, the survey found.", "40%")).toBe(
      "the poorest households",
    );
    expect(groupOf("Some 60% of the patients in Wales waited longer, the report found.", "60%")).toBe(
      "the patients in Wales",
    );
  });

  it("gives a measure, a team or a narrowed group after 'the' none (near-misses)", () => {
    expect(groupOf("The tax covers 40% of the cost, the minister said.", "40%")).toBeUndefined();
    expect(groupOf("Schools take 30% of the budget, the council said.", "30%")).toBeUndefined();
    expect(groupOf("Turnout was 60% of the vote, officials said.", "60%")).toBeUndefined();
    expect(groupOf("About 20% of the time the trains are late, the union said.", "20%")).toBeUndefined();
    expect(groupOf("Agency fees take 25% of the staff costs, the trust said.", "25%")).toBeUndefined();
    expect(groupOf("Some 40% of the workers' pay went on rent, the charity said.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of the Rangers fans bought tickets, the club said.", "30%")).toBeUndefined();
    expect(groupOf("About 70% of the Democrats in the House voted for it.", "70%")).toBeUndefined();
    expect(groupOf("About 14% of the children in care go missing, the report found.", "14%")).toBeUndefined();
    expect(groupOf("Police arrested 12 men among the crowd.", "12 men")).toBeUndefined();
    expect(groupOf("Vaping rose 12% among the teenagers surveyed, the report said.", "12%")).toBeUndefined();
    expect(groupOf("Sales rose 20% for the year, the firm said.", "20%")).toBeUndefined();
  });
});

describe("heads that name people by what they do, own or use", () => {
  it("reads motorists, landlords, commuters, shoppers and others as a group", () => {
    expect(groupOf("About 20% of motorists admit speeding, the RAC said.", "20%")).toBe("motorists");
    expect(groupOf("A third of landlords plan to sell, the survey found.", "A third")).toBe("landlords");
    expect(groupOf("Some 45% of commuters now work from home twice a week.", "45%")).toBe("commuters");
    expect(groupOf("Around 12% of shoppers paid by cash, the bank said.", "12%")).toBe("shoppers");
    expect(groupOf("Almost 30% of taxpayers filed late, HMRC said.", "30%")).toBe("taxpayers");
    expect(groupOf("Support fell to 35% among cyclists, the poll found.", "35%")).toBe("cyclists");
    expect(groupOf("One in four borrowers missed a payment, the lender said.", "One in four borrowers")).toBe(
      "borrowers",
    );
    expect(groupOf("About 40% of first-time landlords made a loss.", "40%")).toBe("first-time landlords");
  });

  it("keeps a measure, a change, a price's rate and 'for' without a group (near-misses)", () => {
    expect(groupOf("Fuel duty makes up 50% of motorists' costs, the AA said.", "50%")).toBeUndefined();
    expect(groupOf("Rents take 40% of landlords' income, the survey found.", "40%")).toBeUndefined();
    expect(groupOf("Repairs take 30% of landlords profits, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("Fares rose 12% among commuters last year, the report said.", "12%")).toBeUndefined();
    expect(groupOf("The insurance rate for motorists rose to 6%, brokers said.", "6%")).toBeUndefined();
    expect(groupOf("The rate for investors is 4%, the bank said.", "4%")).toBeUndefined();
    expect(groupOf("The rate for members rose to 3% this year, the club said.", "3%")).toBeUndefined();
    expect(groupOf("The rate for borrowers stands at 6%, the lender said.", "6%")).toBeUndefined();
    expect(groupOf("The levy is 2% for landlords and 3% for shoppers, the council said.", "2%")).toBeUndefined();
    expect(groupOf("Prices fell by 5% for shoppers in March, the ONS said.", "5%")).toBeUndefined();
    expect(groupOf("The plan takes 3% of GDP, the Treasury said.", "3%")).toBeUndefined();
  });
});

describe("a group narrowed by an age", () => {
  it("reads the age into the group", () => {
    expect(groupOf("Around 40% of people aged 16 to 24 say they are lonely, the ONS said.", "40%")).toBe(
      "people aged 16 to 24",
    );
    expect(groupOf("About 20% of children under five were vaccinated, officials said.", "20%")).toBe(
      "children under five",
    );
    expect(groupOf("Some 15% of adults aged over 65 live alone, the charity said.", "15%")).toBe("adults aged over 65");
    expect(groupOf("Labour won 52% among voters under 30, the exit poll showed.", "52%")).toBe("voters under 30");
    expect(groupOf("About 8% of drivers over 70 had a crash, the insurer said.", "8%")).toBe("drivers over 70");
    expect(groupOf("Some 30% of people aged 65 and over in Wales live alone.", "30%")).toBe(
      "people aged 65 and over in Wales",
    );
  });

  it("leaves a figure that is no age, a body's size and a clause after the age without a group (near-misses)", () => {
    expect(groupOf("About 10% of households under 60% of median income lost benefits.", "10%")).toBeUndefined();
    expect(groupOf("Some 20% of workers over 48 hours a week were paid less.", "20%")).toBeUndefined();
    expect(groupOf("About 30% of businesses under 50 staff closed, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("Some 40% of firms over 250 employees pay a bonus.", "40%")).toBeUndefined();
    expect(groupOf("About 25% of households under £20,000 pay no tax.", "25%")).toBeUndefined();
    // Decision 1000 reads a "who" clause after an age to the main verb; one it cannot end stays none.
    expect(groupOf("Around 12% of people aged 16 to 24 who work part-time are paid less.", "12%")).toBe(
      "people aged 16 to 24 who work part-time",
    );
    expect(groupOf("Around 12% of people aged 16 to 24 who live alone are paid less.", "12%")).toBeUndefined();
    expect(groupOf("About 9% of pupils under 1,000 metres from school walk.", "9%")).toBeUndefined();
    // Decision 960 reads a "who" clause after "of" to the main verb; one it cannot end stays none.
    expect(groupOf("Some 20% of women who work part-time earn less than the minimum wage.", "20%")).toBe(
      "women who work part-time",
    );
    expect(groupOf("Some 20% of people who live alone are over 65.", "20%")).toBeUndefined();
    expect(groupOf("About 14% of children in care go missing, the report found.", "14%")).toBeUndefined();
    expect(groupOf("Vaping rose by 12% among children under 16 last year.", "12%")).toBeUndefined();
  });
});

describe("near-misses of decision 870's rules", () => {
  it("gives a head of decision 870 with 'of' after it none: the group is narrowed by what follows", () => {
    expect(groupOf("Some 60% of members of the public back the plan, the poll found.", "60%")).toBeUndefined();
    expect(groupOf("About 40% of members of parliament have a second job, the report said.", "40%")).toBeUndefined();
    expect(groupOf("Around 70% of members of staff said they were stressed, the survey found.", "70%")).toBeUndefined();
    expect(groupOf("About 30% of owners of electric cars charge at home, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("About 15% of viewers of the final were under 25, the BBC said.", "15%")).toBeUndefined();
    expect(groupOf("Half of the members of the committee voted against, the clerk said.", "Half")).toBeUndefined();
    // Decision 830's heads read as before.
    expect(groupOf("About 50% of families of victims have been paid, the minister said.", "50%")).toBe("families");
    expect(groupOf("Some 60% of members voted to strike, the union said.", "60%")).toBe("members");
  });

  it("reads no age from a figure with a unit, a rate or a range it cannot read whole", () => {
    expect(groupOf("About 10% of people under 60 per cent of median income own a car.", "10%")).toBeUndefined();
    expect(groupOf("About 8% of drivers over 70 mph were caught, police said.", "8%")).toBeUndefined();
    expect(groupOf("Some 20% of workers over 48 a week were paid less.", "20%")).toBeUndefined();
    expect(groupOf("Some 20% of workers over one year of service were paid less.", "20%")).toBeUndefined();
    expect(groupOf("Some 30% of shoppers over one weekend bought online, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("About 5% of babies under 5 lb die within a year, the study found.", "5%")).toBeUndefined();
    expect(groupOf("About 5% of men over 18 stone have diabetes, the study found.", "5%")).toBeUndefined();
    expect(groupOf("About 5% of men over 100 kg have diabetes, the study found.", "5%")).toBeUndefined();
    expect(groupOf("About 20% of employees under 25 hour contracts are on the minimum wage.", "20%")).toBeUndefined();
    expect(groupOf("Around 40% of people aged 16 – 24 say they are lonely, the ONS said.", "40%")).toBeUndefined();
    // Decision 920 reads "aged 65+" whole; "over 65+" (no "aged") is still no age.
    expect(groupOf("Some 15% of adults aged 65+ live alone, the charity said.", "15%")).toBe("adults aged 65+");
    expect(groupOf("Some 15% of adults over 65+ live alone, the charity said.", "15%")).toBeUndefined();
    expect(
      groupOf("The jobless rate for young people aged sixteen to twenty-four rose to 14%.", "14%"),
    ).toBeUndefined();
    // An age with "old" after it, and an age before a verb, read as before.
    expect(groupOf("About 20% of children under one year old were vaccinated, officials said.", "20%")).toBe(
      "children under one",
    );
    expect(groupOf("About 20% of children under five attend nursery, the report said.", "20%")).toBe(
      "children under five",
    );
  });
});
