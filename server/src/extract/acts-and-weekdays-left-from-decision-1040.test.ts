import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 1040 left, taken in decision 1100. The texts are written for these
 * tests; published on Sunday 10 May, so "on Friday" is 8 May back or 15 May ahead, "on Monday" 4 May
 * back or 11 May ahead.
 */
const { quoting } = claimsOn("2026-05-10");
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("an opening weekday before a subject with a relative clause's past: the hearing's day ahead", () => {
  it("reads ahead 'On Friday the man who robbed him appears in court' and its kin", () => {
    for (const [body, fragment] of [
      ["On Friday the man who robbed him appears in court.", "robbed"],
      ["On Monday the woman who attacked a neighbour appears before magistrates.", "attacked"],
      ["On Friday the driver who killed a cyclist is sentenced.", "cyclist"],
      ["On Friday the firm that dumped the waste appears in court.", "waste"],
    ])
      expect(dated(body!, fragment!), body).toEqual([body!.startsWith("On Monday") ? "2026-05-11" : "2026-05-15"]);
  });
});

describe("'stands in the dock' and 'appears in youth court' are court appearances", () => {
  it("reads them ahead as 'appears in court' is read", () => {
    for (const [body, fragment] of [
      ["He stands in the dock on Friday.", "dock"],
      ["The pair stand in the dock on Friday.", "dock"],
      ["The teenager appears in youth court on Friday.", "youth"],
      ["On Friday the boy appears in youth court.", "youth"],
      ["On Friday he stands in the dock.", "dock"],
      ["He appears before magistrates on Friday.", "magistrates"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15"]);
  });
});

describe("a singular person-word before 'hits' is no launch", () => {
  it("counts back 'The gunman hits shops on Friday' and its kin", () => {
    for (const [body, fragment] of [
      ["The gunman hits shops on Friday.", "gunman"],
      ["The attacker hits stores on Friday.", "attacker"],
      ["The suspect hits shops on Friday.", "suspect"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-08"]);
  });
});

describe("two weekdays in a coordination after one hearing's present: each ahead", () => {
  it("reads ahead both days of 'Students learn sentences on Friday and verbs on Monday'", () => {
    expect(dated("Students learn sentences on Friday and verbs on Monday.", "verbs")).toEqual([
      "2026-05-15",
      "2026-05-11",
    ]);
    expect(dated("The pair learn their fate on Friday and sentences on Monday.", "fate")).toEqual([
      "2026-05-15",
      "2026-05-11",
    ]);
  });
});

describe("near-misses of decision 1100's rules", () => {
  it("still counts back a relative clause's past that is no hearing's subject", () => {
    for (const [body, fragment] of [
      ["On Friday the man who robbed him was jailed.", "jailed"],
      ["On Friday the man who robbed him appeared in court.", "appeared"],
      ["On Friday police who raided the house found drugs.", "drugs"],
      ["Following his arrest on Friday, the man who robbed him appears in court.", "arrest"],
    ])
      expect(dated(body!, fragment!)[0], body).toBe("2026-05-08");
  });

  it("still counts back a dock's or a youth court's words that are no hearing", () => {
    for (const [body, fragment] of [
      ["He stood in the dock on Friday.", "dock"],
      ["The ship stands in the docks on Friday.", "docks"],
      ["He usually stands in the dock on Friday.", "usually"],
    ])
      expect(dated(body!, fragment!)[0], body).toBe("2026-05-08");
  });

  it("still reads ahead a singular's launch whose subject is no person", () => {
    expect(dated("The film hits cinemas on Friday.", "film")).toEqual(["2026-05-15"]);
    expect(dated("The new console hits shelves on Friday.", "console")).toEqual(["2026-05-15"]);
  });

  it("still counts back a second weekday after a past or after a clause of its own", () => {
    for (const [body, fragment] of [
      ["Students learned sentences on Friday and verbs on Monday.", "verbs"],
      ["He appears in court on Friday after a raid on Monday.", "raid"],
    ])
      expect(dated(body!, fragment!).at(-1), body).toBe("2026-05-04");
  });
});

describe("near-misses of decision 1100's rules (review)", () => {
  it("still reads ahead a device's, a title's or a film's 'hits' whose last word names a person or a role", () => {
    for (const [body, fragment] of [
      ["The new smart speaker hits shelves on Friday.", "speaker"],
      ["The new Blu-ray player hits stores on Friday.", "player"],
      ["The Good Doctor hits screens on Friday.", "Doctor"],
      ["The Boss Baby hits cinemas on Friday.", "Baby"],
      ["The Founder hits cinemas on Friday.", "Founder"],
      ["A new film about the gunman hits cinemas on Friday.", "film"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15"]);
  });

  it("still counts back a second weekday after 'and' and a past of its own", () => {
    expect(dated("She appears in court on Friday and resigned on Monday.", "resigned")).toEqual([
      "2026-05-15",
      "2026-05-04",
    ]);
  });
});
