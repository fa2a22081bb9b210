import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 955 left, taken in decision 995. The texts are written for these
 * tests; published on Sunday 10 May, so "on Friday" is 8 May back or 15 May ahead, and after "said on
 * Monday" 1 May back or 8 May ahead.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("a hearing's present before a weekday, with no saying: ahead from the publication", () => {
  it("reads ahead 'appears in court', 'attends court', 'stands trial' and 'learns his sentence'", () => {
    for (const [body, fragment] of [
      ["The man who robbed him appears in court on Friday.", "appears"],
      ["He appears in court on Friday.", "appears"],
      ["The men who robbed him attend court on Friday.", "attend"],
      ["Smith stands trial at the Old Bailey on Friday.", "stands"],
      ["The man who robbed him learns his sentence on Friday.", "learns"],
      ["The pair go on trial on Friday.", "trial"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-15"]);
  });

  it("reads ahead 'is sentenced' and 'are sentenced'", () => {
    expect(dated("The man who robbed him is sentenced on Friday.", "sentenced")).toEqual(["2026-05-15"]);
    expect(dated("The pair are sentenced on Friday.", "sentenced")).toEqual(["2026-05-15"]);
  });
});

describe("'learn sentences' without a possessive", () => {
  it("reads ahead with no saying, and from the saying after a relative clause's act", () => {
    expect(dated("The pair learn sentences on Friday.", "pair")).toEqual(["2026-05-15"]);
    const said = "Police said on Monday that the men who robbed him learn sentences on Friday.";
    expect(dated(said, "sentences")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a launch's 'hit' after a plural, with no saying, and into forecourts", () => {
  it("reads ahead the plural's 'hit' into a launch's place at the sentence's end", () => {
    expect(dated("The new phones hit stores on Friday.", "phones")).toEqual(["2026-05-15"]);
    expect(dated("The new cars hit forecourts on Friday.", "cars")).toEqual(["2026-05-15"]);
    const said = "Ford said on Tuesday that the new cars hit forecourts on Friday.";
    expect(dated(said, "cars")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("a present in '-s' after the relative word, before a determiner", () => {
  it("is the relative clause's verb, so the main clause's two acts are split", () => {
    const mp = "The MP who chairs the committee wrote to ministers on Monday and said the figures were wrong.";
    expect(claims(mp).map((c) => c.text)).toEqual([
      "The MP who chairs the committee wrote to ministers on Monday",
      "The MP who chairs the committee said the figures were wrong",
    ]);
    expect(claims("The teacher who runs the club wrote to parents and said it would close.")).toHaveLength(2);
  });
});

describe("near-misses of decision 995's rules", () => {
  it("still counts back a past hearing, a habit, and a hearing's word inside another act", () => {
    for (const [body, fragment] of [
      ["The man who robbed him appeared in court on Friday.", "appeared"],
      ["He usually appears in court on Friday.", "usually"],
      ["He appears in court every Friday.", "every"],
      ["The man attacked the court attendant on Friday.", "attendant"],
      ["Smith was sentenced on Friday.", "sentenced"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-08"]);
  });

  it("still counts back what hit a launch's place and is no launch, and a launch the day gone", () => {
    for (const [body, fragment] of [
      ["Fuel price rises hit forecourts on Friday.", "rises"],
      ["Panic buyers hit forecourts on Friday.", "buyers"],
      ["Raiders hit shops on Friday.", "Raiders"],
      ["Rockets hit the market on Friday.", "Rockets"],
      ["Bargain hunters hit stores on Friday.", "hunters"],
      ["The new phones hit stores on Friday and sold out within hours.", "phones"],
    ])
      expect(dated(body!, fragment!), body).toEqual(["2026-05-08"]);
    const rises = "Analysts said on Tuesday that fuel price rises hit forecourts on Friday.";
    expect(dated(rises, "rises")).toEqual(["2026-05-05", "2026-05-01"]);
  });

  it("keeps another weekday after the hearing's to its own act", () => {
    const raid = quoting("The suspects appear in court on Friday after a raid on Tuesday.", "raid");
    expect(raid.dates.find((d) => d.text === "on Tuesday")?.value).toBe("2026-05-05");
  });

  it("keeps whole a relative clause's present and its second act before the main verb", () => {
    for (const body of [
      "The man who owns the shop and robbed it was jailed on Friday.",
      "The firm that owns the site and built 200 homes was fined.",
      "The woman who runs the charity and founded it in 2005 has died.",
      "The man who drives the bus and his wife were injured.",
    ])
      expect(claims(body), body).toHaveLength(1);
  });
});

describe("near-misses of decision 995's rules (review)", () => {
  it("counts back new rules and figures that hit a place, and a launch under a past frame", () => {
    for (const [body, fragment] of [
      ["New rules hit shops on Friday.", "rules"],
      ["The new restrictions hit shops on Friday.", "restrictions"],
      ["The new measures hit the market on Friday.", "measures"],
      ["The latest figures hit the market on Friday.", "figures"],
      ["Last week the new phones hit stores on Friday.", "phones"],
      ["Earlier this month the new phones hit stores on Friday.", "phones"],
    ])
      expect(dated(body!, fragment!).at(-1), body).toBe("2026-05-08");
  });
});
