import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 645: the clauses and kinds decision 605 left (and decision 560 before it). The texts
 * are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("what may not be known or clear until later", () => {
  it("is a forecast of when it will be known", () => {
    const fire = "The cause of the fire may not be known until the investigation is complete.";
    expect(quoting(fire, "may not be known").kind).toBe("prediction");
    expect(quoting("The full death toll may not be known until next week.", "death toll").kind).toBe("prediction");
    expect(quoting("Results might not be known until late on Sunday.", "Results").kind).toBe("prediction");
    expect(quoting("The extent of the damage may not be clear until Friday.", "extent").kind).toBe("prediction");
  });

  it("leaves a rule's frame, a past 'could not' and an '-ed' rule as they were", () => {
    expect(kindsOf("Under the rules, the names may not be known until the family is told.", "names")).not.toContain(
      "prediction",
    );
    expect(
      kindsOf("The result could not be known until the ballots from the islands arrived.", "result"),
    ).not.toContain("prediction");
    expect(kindsOf("Ballots may not be counted until the polls close.", "Ballots")).not.toContain("prediction");
  });
});

describe("a first since in the subject after a day's opener", () => {
  it("names the event, and makes no record", () => {
    expect(kindsOf("On Monday, the first flight since the crash took off from Jakarta.", "first flight")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("Last week, the first vote since a court ruling was held.", "first vote")).toEqual(["event"]);
    expect(kindsOf("In 2024, the team's first title since 1990 was celebrated.", "first title")).not.toContain(
      "comparison_record",
    );
  });

  it("keeps a record after a clause, after a day's clause and after an opener that is no day", () => {
    expect(kindsOf("Prices rose 3%, the first rise since 2008.", "first rise")).toContain("comparison_record");
    expect(kindsOf("On Monday, prices rose 3%, the first rise since 2008.", "first rise")).toContain(
      "comparison_record",
    );
    expect(kindsOf("On Tuesday, Tesla posted its first annual loss since 2011.", "first annual")).toContain(
      "comparison_record",
    );
    expect(kindsOf("In a sign of recovery, the first rise since 2008 was recorded.", "first rise")).toContain(
      "comparison_record",
    );
  });
});

describe("a number word's rooms, floors or stars before a building", () => {
  it("makes no statistic", () => {
    expect(kindsOf("He bought a three-bedroom house in Leeds.", "three-bedroom")).not.toContain("statistic");
    expect(kindsOf("The five-star hotel opened in 2019.", "five-star")).not.toContain("statistic");
    expect(kindsOf("The fire gutted a six-storey block in Hackney.", "six-storey")).not.toContain("statistic");
  });

  it("keeps a rank, digits, a count of rooms and a figure beside it as statistics", () => {
    expect(kindsOf("He was a three-star general.", "three-star")).toContain("statistic");
    expect(kindsOf("They live in a 3-bed flat.", "3-bed")).toContain("statistic");
    expect(kindsOf("The flat has three bedrooms.", "three bedrooms")).toContain("statistic");
    expect(kindsOf("The couple rented a three-bedroom house for £1,200 a month.", "three-bedroom")).toContain(
      "statistic",
    );
    expect(kindsOf("The council built 40 three-bedroom homes.", "40")).toContain("statistic");
  });
});

describe("a capitalised name before a modal in a quotation's tag", () => {
  it("names the speaker", () => {
    const habit = quoting("“The plan is working,” Smith would say.", "plan is working");
    expect(habit.claimant.name).toBe("Smith");
    expect(habit.text).toBe("Smith said: “The plan is working”");
  });

  it("leaves a pronoun before a modal and a plain tag as they were", () => {
    expect(quoting("“Not now,” he would often say.", "Not now").claimant.type).toBe("article");
    expect(texts("“We are ready,” Johnson said.")).toEqual(["Johnson said: “We are ready”"]);
  });
});

describe("a speech tagged with what the speaker will say", () => {
  it("is worded 'will say', not 'said'", () => {
    expect(texts("“The economy is growing,” the chancellor will say on Wednesday.")).toEqual([
      "The chancellor will say: “The economy is growing”",
    ]);
    expect(texts("“The economy is growing,” Ms Reeves will say on Wednesday.")).toEqual([
      "Ms Reeves will say: “The economy is growing”",
    ]);
  });

  it("keeps 'said' where the tag said it, whatever 'will' follows", () => {
    expect(quoting("“We are ready,” Johnson said, and he will tell MPs tomorrow.", "We are ready").text).toBe(
      "Johnson said: “We are ready”",
    );
    expect(quoting("“We are ready,” the chancellor said he will tell MPs.", "We are ready").text).toBe(
      "The chancellor said: “We are ready”",
    );
    expect(texts("“The economy is growing,” the chancellor said.")).toEqual([
      "The chancellor said: “The economy is growing”",
    ]);
  });
});

describe("a bare name's routine after a time that recurs", () => {
  it("is a habit, no forecast", () => {
    expect(quoting("Every week, Johnson would meet the Queen at Buckingham Palace.", "Queen").kind).not.toBe(
      "prediction",
    );
    expect(quoting("Every Sunday Thatcher would phone her son.", "phone").kind).not.toBe("prediction");
  });

  it("leaves a party's, a firm's or a country's plan a forecast", () => {
    expect(quoting("Every year Labour would meet its target.", "target").kind).toBe("prediction");
    expect(quoting("Every year Labour would cut taxes, the party said.", "cut taxes").kind).toBe("prediction");
    expect(quoting("Every year Russia would supply 50 billion cubic metres of gas.", "supply").kind).toBe("prediction");
    expect(quoting("Every week, Johnson would meet the Queen if he won.", "Queen").kind).toBe("prediction");
  });
});

describe("a cause said to be unknown", () => {
  it("makes no causal claim", () => {
    expect(kindsOf("The cause of the crash may never be known.", "cause")).not.toContain("causal");
    expect(kindsOf("The cause of the fire is under investigation.", "cause")).not.toContain("causal");
    expect(kindsOf("The cause of death was not immediately clear.", "cause")).not.toContain("causal");
    expect(kindsOf("The cause of the fire may not be known until the investigation is complete.", "cause")).toEqual([
      "prediction",
    ]);
  });

  it("keeps a cause that is named, and another causal word beside an unknown cause", () => {
    expect(kindsOf("The cause of the fire was an electrical fault.", "cause")).toContain("causal");
    expect(kindsOf("The cause of the outage is unknown and it led to chaos.", "cause")).toContain("causal");
  });
});

describe("near-misses of decision 645's rules", () => {
  it("keeps a cause unknown only until something found it", () => {
    expect(
      kindsOf("The cause of the outage was unclear for hours before engineers traced it to a cyber-attack.", "cause"),
    ).toContain("causal");
    expect(
      kindsOf("The cause of the blackout was a mystery until engineers blamed a lightning strike.", "cause"),
    ).toContain("causal");
    expect(kindsOf("The cause of the fire was not known until investigators found a faulty wire.", "cause")).toContain(
      "causal",
    );
  });

  it("keeps a routine promised or expected a forecast", () => {
    expect(quoting("Every year Trump would visit China, he promised.", "visit China").kind).toBe("prediction");
    expect(
      quoting("Every week, Trump would meet the President of Mexico to discuss tariffs, aides expect.", "tariffs").kind,
    ).toBe("prediction");
  });

  it("names no speaker from the next sentence's subject before a modal", () => {
    const critics = quoting("“The plan is working.” Critics would say it is failing.", "plan is working");
    expect(critics.claimant.name).not.toBe("Critics");
    const ukraine = quoting("“The war is over.” Ukraine would say it has only begun.", "war is over");
    expect(ukraine.claimant.name).not.toBe("Ukraine");
    expect(quoting("“The money is there.” Ministers will claim the cuts are not needed.", "money").text).not.toContain(
      "will say",
    );
  });

  it("keeps 'said' where the tag has a verb of speech of its own or the quotation ended its sentence", () => {
    expect(quoting("“Prices are falling,” Smith argued in a paper that will warn of a recession.", "Prices").text).toBe(
      "Smith said: “Prices are falling”",
    );
    expect(quoting("“It is a scandal,” Smith insisted before a vote that MPs will argue over.", "scandal").text).toBe(
      "Smith said: “It is a scandal”",
    );
    expect(
      quoting("Reeves said: “Growth is back.” She will tell MPs on Wednesday that the plan is working.", "Growth").text,
    ).toBe("Reeves said: “Growth is back.”");
  });

  it("still words a speech to come and names its speaker after a comma", () => {
    expect(quoting("“We have a mandate,” Trump will argue in a rally speech tonight.", "mandate").text).toBe(
      "Trump will say: “We have a mandate”",
    );
    expect(quoting("“The plan is working,” Smith would say.", "plan").claimant.name).toBe("Smith");
    expect(kindsOf("The cause of the crash may never be known until the black box is found.", "cause")).not.toContain(
      "causal",
    );
  });
});
