import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 995 left, taken in decision 1040. The texts are written for these
 * tests; published on Sunday 10 May, so "on Friday" is 8 May back or 15 May ahead, and after "said on
 * Monday" 1 May back or 8 May ahead.
 */
const { quoting } = claimsOn("2026-05-10");
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("'appear in the dock' is a court appearance", () => {
  it("reads ahead 'appears in the dock' and 'appear in the dock' with no saying", () => {
    expect(dated("He appears in the dock on Friday.", "dock")).toEqual(["2026-05-15"]);
    expect(dated("The man who robbed him appears in the dock on Friday.", "dock")).toEqual(["2026-05-15"]);
    expect(dated("The pair appear in the dock on Friday.", "dock")).toEqual(["2026-05-15"]);
  });
});

describe("a hearing's present after its weekday, with no saying: ahead from the publication", () => {
  it("reads ahead 'On Friday he appears in court' and its kin", () => {
    for (const [body, fragment] of [
      ["On Friday he appears in court.", "appears"],
      ["On Friday, he appears in court charged with theft.", "appears"],
      ["On Friday the pair appear before magistrates.", "pair"],
      ["On Friday Smith stands trial at the Old Bailey.", "Smith"],
      ["On Friday the pair learn their fate.", "fate"],
      ["On Friday the man is sentenced.", "sentenced"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15"]);
  });
});

describe("a singular's launch 'hits' into a launch's place, with no saying: ahead", () => {
  it("reads ahead 'The film hits cinemas on Friday' and 'The Apple Watch hits stores'", () => {
    expect(dated("The film hits cinemas on Friday.", "film")).toEqual(["2026-05-15"]);
    expect(dated("The Apple Watch hits stores on Friday.", "Watch")).toEqual(["2026-05-15"]);
    expect(dated("The new console hits shelves on Friday, priced at £449.", "console")).toEqual(["2026-05-15"]);
  });
});

describe("near-misses of decision 1040's rules", () => {
  it("still counts back a past, a habit, a weekday's plural and a hearing's words that are no hearing", () => {
    for (const [body, fragment] of [
      ["On Friday he appeared in court.", "appeared"],
      ["On Friday he usually appears in court.", "usually"],
      ["On Friday his name appears in court documents.", "documents"],
      // "On Friday the man who robbed him appears in court." is read ahead since decision 1100.
      ["On Friday he said he appears in court next week.", "said"],
      ["He appeared in the dock on Friday.", "dock"],
      ["He stood in the dock on Friday.", "dock"],
      ["The ship appears in the dockyard on Friday.", "dockyard"],
    ])
      expect(dated(body!, fragment!)[0], body).toBe("2026-05-08");
  });

  it("still counts back a singular's 'hits' that is no launch still to come", () => {
    for (const [body, fragment] of [
      ["The storm hits the coast on Friday.", "storm"],
      ["The film hits cinemas on Friday and took £5m.", "film"],
      ["A fake app hits the App Store on Friday.", "fake"],
      ["Last week the film hits cinemas on Friday.", "film"],
      ["The film hit cinemas on Friday.", "film"],
    ])
      expect(dated(body!, fragment!).at(-1), body).toBe("2026-05-08");
  });

  it("reads no date in 'On Fridays he appears in court'", () => {
    expect(dated("On Fridays he appears in court.", "appears")).toEqual([]);
  });
});

describe("near-misses of decision 1040's rules (candidates)", () => {
  it("still counts back 'Last Friday he appears in court'", () => {
    expect(dated("Last Friday he appears in court.", "appears")).toEqual(["2026-05-08"]);
  });
});

describe("near-misses of decision 1040's rules (review)", () => {
  it("still counts back a weekday inside a phrase before the hearing, not opening its clause", () => {
    for (const [body, fragment] of [
      ["Following his arrest on Friday, he appears in court on Monday.", "arrest"],
      ["After a raid on Friday, two men appear in court on Monday.", "raid"],
      ["After a crash on Friday, the driver appears in court on Monday.", "crash"],
    ])
      expect(dated(body!, fragment!)[0], body).toBe("2026-05-08");
  });

  it("still reads ahead a weekday that opens its clause after 'and' or a comma", () => {
    expect(dated("On Friday and Saturday he appears in court.", "appears")).toEqual(["2026-05-15", "2026-05-16"]);
    expect(dated("On Friday he appears in court, and on Monday he is sentenced.", "sentenced")).toEqual([
      "2026-05-15",
      "2026-05-11",
    ]);
  });

  it("still counts back a singular's 'hits' whose subject the plural's reader turns away", () => {
    for (const [body, fragment] of [
      ["Thief hits shops on Friday.", "Thief"],
      ["The ram-raider hits stores on Friday.", "raider"],
      ["The vandal hits the shops on Friday.", "vandal"],
    ])
      expect(dated(body!, fragment!).at(-1), body).toBe("2026-05-08");
  });
});
