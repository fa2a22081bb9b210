import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 1100 and its review left, taken in decision 1135. The texts are
 * written for these tests; published on Sunday 10 May, so "on Friday" is 8 May back or 15 May ahead,
 * "on Monday" 4 May back or 11 May ahead.
 */
const { quoting } = claimsOn("2026-05-10");
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("'her' before a hearing's present in '-s' is a relative clause's object, no determiner", () => {
  it("reads ahead 'On Friday the woman who attacked her appears before magistrates' and its kin", () => {
    for (const [body, fragment, day] of [
      ["On Friday the woman who attacked her appears before magistrates.", "attacked", "2026-05-15"],
      ["On Friday the man who stabbed her faces court.", "stabbed", "2026-05-15"],
      ["On Monday the man who robbed her pleads guilty.", "robbed", "2026-05-11"],
      ["On Friday the men who attacked her appear in court.", "men", "2026-05-15"],
      ["The man who attacked her appears in court on Friday.", "attacked", "2026-05-15"],
    ])
      expect(dated(body!, fragment!), body).toEqual([day]);
  });
});

describe("a news event's present after 'and' is a verb of its own, no second object of the hearing", () => {
  it("leaves the second weekday of 'He pleads guilty on Friday and dies on Monday' to the claim's tense", () => {
    for (const [body, fragment] of [
      ["He pleads guilty on Friday and dies on Monday.", "dies"],
      ["She appears in court on Friday and resigns on Monday.", "resigns"],
      ["He stands trial on Friday and flees on Monday.", "flees"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15", "2026-05-04"]);
  });
});

describe("a name after 'and' with the hearing's verb gapped is its second subject, on a day ahead as well", () => {
  it("reads ahead both days of 'Smith pleads guilty on Friday and Jones on Monday'", () => {
    for (const [body, fragment] of [
      ["Smith pleads guilty on Friday and Jones on Monday.", "Jones"],
      ["Smith appears in court on Friday and Jones on Monday, police said.", "Jones"],
      ["Smith is sentenced on Friday and Jones on Monday.", "Jones"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15", "2026-05-11"]);
  });
});

describe("near-misses of decision 1135's rules", () => {
  it("still turns away 'her' as a determiner before a noun", () => {
    for (const [body, fragment] of [
      ["On Friday her face appeared on every front page.", "face"],
      ["On Friday her appeal was heard in court.", "appeal"],
      ["On Friday the men who attacked her face court.", "men"],
      ["On Friday the man who attacked her appeared in court.", "appeared"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-08"]);
  });

  it("still reads ahead a second weekday whose word after 'and' is the hearing's second object", () => {
    for (const [body, fragment] of [
      ["Students learn sentences on Friday and verbs on Monday.", "verbs"],
      ["He appears in court on Friday and sentencing on Monday.", "sentencing"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15", "2026-05-11"]);
  });

  it("still counts back a name's weekday that has a verb of its own, or a gapped past", () => {
    expect(dated("He appears in court on Friday and Smith on Monday said he was innocent.", "Smith")).toEqual([
      "2026-05-15",
      "2026-05-04",
    ]);
    expect(dated("Smith pleaded guilty on Friday and Jones on Monday.", "Jones")).toEqual(["2026-05-08", "2026-05-04"]);
  });
});

describe("near-misses of decision 1135's rules (review)", () => {
  it("counts back a hearing's bare verb after a verb of seeing or making and its object 'her'", () => {
    for (const [body, fragment, day] of [
      ["Her family watched her appear in court on Friday.", "watched", "2026-05-08"],
      ["The judge let her plead not guilty on Friday.", "plead", "2026-05-08"],
      ["Her parents saw her attend court on Friday.", "attend", "2026-05-08"],
      ["The prosecutor had her plead guilty on Friday to a lesser charge.", "prosecutor", "2026-05-08"],
      ["Friends saw her learn her fate on Monday.", "learn", "2026-05-04"],
    ])
      expect(dated(body!, fragment!), body).toEqual([day]);
  });

  it("still reads ahead a hearing's present after a relative clause's 'her' that follows a seeing", () => {
    expect(dated("The man who saw her appears in court on Friday.", "saw")).toEqual(["2026-05-15"]);
  });

  it("leaves to the claim's tense a second weekday after a named day, a capitalised event or an aside and its verb", () => {
    for (const [body, fragment, day] of [
      ["He appears in court on Friday and Easter Monday.", "Easter", "2026-05-04"],
      ["He appears in court on Tuesday and Good Friday.", "Good", "2026-05-08"],
      ["He pleads guilty on Friday and Dies on Monday.", "Dies", "2026-05-04"],
      [
        "He appears in court on Friday and Smith on Monday, speaking outside court, said he was innocent.",
        "Smith",
        "2026-05-04",
      ],
      ["He appears in court on Friday and Smith on Monday, in a statement, denied the charges.", "Smith", "2026-05-04"],
    ])
      expect(dated(body!, fragment!)[1], body).toEqual(day);
  });

  it("still reads ahead a gapped name's weekday before a trailing tag after its comma", () => {
    for (const body of [
      "Smith appears in court on Friday and Jones on Monday, police said, and both deny the charges.",
      "Smith appears in court on Friday and Jones on Monday, a week after their arrest, police said.",
    ])
      expect(dated(body, "Jones"), body).toEqual(["2026-05-15", "2026-05-11"]);
  });
});
