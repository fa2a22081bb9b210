import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 960 (decision 1000): "the sick", "the young", "the old", "the
 * rich" and "the elderly" before a present verb on no list, a "who" clause after an age read to the
 * main verb, and a group named after an opening "Among" before its share. The texts are written for
 * these tests.
 */

describe("an adjective after 'the' before a present verb on no list", () => {
  it("reads the people where the verb is followed by a figure, 'more', 'less', 'longer' or an adverb", () => {
    expect(groupOf("About 40% of the sick wait more than 18 weeks, the charity said.", "40%")).toBe("the sick");
    expect(groupOf("About 40% of the young vote regularly, the poll found.", "40%")).toBe("the young");
    expect(groupOf("Some 30% of the elderly travel less than once a month, the survey found.", "30%")).toBe(
      "the elderly",
    );
    expect(groupOf("About 20% of the rich give 10% of their income to charity.", "20%")).toBe("the rich");
  });
});

describe("a 'who' clause after an age, to the main verb", () => {
  it("reads the clause after an age as after the head", () => {
    expect(groupOf("Around 12% of people aged 16 to 24 who work part-time are paid less.", "12%")).toBe(
      "people aged 16 to 24 who work part-time",
    );
    expect(groupOf("About 40% of people aged 65 who own homes live alone, the charity said.", "40%")).toBe(
      "people aged 65 who own homes",
    );
  });
});

describe("a group named after an opening 'Among', before its share", () => {
  it("reads the group and its 'who' clause before the comma", () => {
    expect(groupOf("Among adults who smoke, 30% want to quit, the survey found.", "30%")).toBe("adults who smoke");
    expect(groupOf("Among women in Wales, about 40% work part-time, the ONS said.", "40%")).toBe("women in Wales");
    expect(groupOf("The survey found that among young drivers, 20% had crashed.", "20%")).toBe("young drivers");
  });
});

describe("near-misses of decision 1000's rules", () => {
  it("keeps 'the old', 'the young', 'the sick' as modifiers before a noun", () => {
    expect(groupOf("About 30% of the old smoke alarms were faulty, the council said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the young people were unemployed, the ONS said.", "30%")).toBe("the young people");
    expect(groupOf("About 30% of the sick pay budget was spent, the council said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the sick pay.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old town largely survived the fire.", "30%")).toBeUndefined();
    expect(groupOf("Labour won 40% of the young vote 10 years ago, the poll found.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of the rich list 2026 are women, the paper said.", "30%")).toBeUndefined();
    expect(groupOf("About 20% of the rich pay no tax, the survey found.", "20%")).toBeUndefined();
    expect(groupOf("About 30% of the old guard rarely vote, the party said.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the sick bay 2 beds were empty.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old site 20 miles away was sold, the council said.", "30%")).toBeUndefined();
  });

  it("keeps a clause after an age it cannot end, and an 'Among' before no group", () => {
    expect(groupOf("About 40% of people aged 65 who live alone are lonely, the charity said.", "40%")).toBeUndefined();
    expect(groupOf("Some 40% of people aged 65 who say prices are rising blame ministers.", "40%")).toBeUndefined();
    expect(groupOf("Among other things, 30% of the budget went on pay.", "30%")).toBeUndefined();
    expect(groupOf("Among those who smoke, 30% want to quit, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("Among them, 30% want to quit, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("Among adults, smoking fell by 30% since 2010.", "30%")).toBeUndefined();
    expect(groupOf("Among the rule changes, 30% were dropped, the club said.", "30%")).toBeUndefined();
    expect(groupOf("Among the Democrats, 30% back the plan, the poll found.", "30%")).toBeUndefined();
  });
});

describe("near-misses of decision 1000's rules (review)", () => {
  it("keeps a share after an opening 'Among' that is of a whole named after it, or a difference", () => {
    expect(groupOf("Among renters in London, 40% of income goes on rent.", "40%")).toBeUndefined();
    expect(groupOf("Among adults who smoke, 30% of their income goes on tobacco.", "30%")).toBeUndefined();
    expect(groupOf("Among respondents, 20% fewer said they were worried than in 2024.", "20%")).toBeUndefined();
    expect(groupOf("Among respondents, 20% more said they were worried than in 2024.", "20%")).toBeUndefined();
  });

  it("keeps 'the young vote' a noun before 'more than' and a past", () => {
    expect(groupOf("About 30% of the young vote more than doubled, the poll found.", "30%")).toBeUndefined();
  });

  it("keeps 'the young vote' a noun after a party's win, and a figure's time before a verb", () => {
    expect(groupOf("Labour won 30% of the young vote easily, the poll found.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of the old money 10 years on was lost, the bank said.", "30%")).toBeUndefined();
  });
});
