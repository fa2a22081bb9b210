import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts before a weekday that decision 775 and its review left, mended in decision 810. The texts
 * are written for these tests; published on Sunday 10 May, so Monday is the 4th.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);

describe("other irregular acts, counted back from the saying", () => {
  it("dates a break-in and an arson before the day of the saying", () => {
    const broke = "Police said on Monday that the man broke into the house on Saturday.";
    expect(dated(broke, "broke")).toEqual(["2026-05-04", "2026-05-02"]);
    const fire = "Police said on Monday that youths set fire to the car on Friday.";
    expect(dated(fire, "fire")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("dates a theft and a thrown bottle before the day of the saying", () => {
    const took = "Police said on Monday that the man took the money on Friday.";
    expect(dated(took, "took")).toEqual(["2026-05-04", "2026-05-01"]);
    const threw = "Police said on Monday that a fan threw a bottle on Sunday.";
    expect(dated(threw, "threw")).toEqual(["2026-05-04", "2026-05-03"]);
  });
});

describe("near-misses of the irregular acts, kept ahead", () => {
  it("keeps a present or a plan ahead", () => {
    const office = "The party said on Monday that she takes office on Saturday.";
    expect(dated(office, "office")).toEqual(["2026-05-04", "2026-05-09"]);
    const off = "The team said on Monday that the crew sets off on Friday.";
    expect(dated(off, "sets off")).toEqual(["2026-05-04", "2026-05-08"]);
    const threat = "Police said on Monday that the man threatened to set fire to the car on Friday.";
    expect(dated(threat, "fire")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps 'took' ahead where it names a post, an event or a change", () => {
    const effect = "The council said on Monday that the new rules took effect on Friday.";
    expect(dated(effect, "effect")).toEqual(["2026-05-04", "2026-05-08"]);
    const place = "The club said on Monday that the vote took place on Friday.";
    expect(dated(place, "place")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a list or a team sheet drawn up before its day", () => {
  it("counts back one left out of Saturday's list or team sheet", () => {
    const list = "The club said on Monday that her name had been left out of Saturday's list.";
    expect(dated(list, "list")).toEqual(["2026-05-04", "2026-05-02"]);
    const sheet = "The club said on Monday that Kane had been left out of Saturday's team sheet.";
    expect(dated(sheet, "team sheet")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("keeps a player left out of Saturday's match or squad ahead", () => {
    const match = "The club said on Monday that Kane had been left out of Saturday's match.";
    expect(dated(match, "match")).toEqual(["2026-05-04", "2026-05-09"]);
    const squad = "The club said on Monday that Kane had been left out of Saturday's squad.";
    expect(dated(squad, "squad")).toEqual(["2026-05-04", "2026-05-09"]);
  });
});

describe("a plural present 'hit' with a change still to come", () => {
  it("keeps the weekday ahead before a present 'when' clause", () => {
    const rates = "The Treasury said on Tuesday that the new rates hit households on Friday, when the cap changes.";
    expect(dated(rates, "rates hit")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("still counts back a 'hit' whose 'when' clause is past, or that has none", () => {
    const began = "The studio said on Tuesday that the films hit cinemas on Friday, when the holidays began.";
    expect(dated(began, "films hit")).toEqual(["2026-05-05", "2026-05-01"]);
    const failed = "Police said on Tuesday that the vans hit a cyclist on Friday, when the lights failed.";
    expect(dated(failed, "vans hit")).toEqual(["2026-05-05", "2026-05-01"]);
    const van = "Police said on Tuesday that a van hit a pedestrian on Saturday.";
    expect(dated(van, "van hit")).toEqual(["2026-05-05", "2026-05-02"]);
  });
});

describe("an act joined on by 'and' after a past", () => {
  it("dates a joined 'hit' or 'struck' with the saying, before its day", () => {
    const hit = "Police said on Monday that the man chased the woman and hit her on Saturday.";
    expect(dated(hit, "hit her")).toEqual(["2026-05-04", "2026-05-02"]);
    const struck = "Police said on Monday that the man grabbed the bag and struck him on Friday.";
    expect(dated(struck, "struck him")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("keeps a joined 'beat' ahead after a modal, and leaves another clause undated", () => {
    const rush = "The RMT said on Monday that fans should set off early and beat the rush on Saturday.";
    expect(dated(rush, "beat the rush")).toEqual(["2026-05-04", "2026-05-09"]);
    const draw = "The manager said on Monday that Leeds need only draw or beat Arsenal on Saturday.";
    expect(dated(draw, "or beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const fled = "Police said on Monday that the man fled, and officers arrested him on Saturday.";
    expect(dated(fled, "officers arrested")).toEqual(["2026-05-09"]);
  });
});

describe("near-misses of decision 810's rules", () => {
  it("keeps a 'beat' or 'hit' ahead where it is the infinitive of a past's plan or need", () => {
    const bounce =
      "The manager said on Monday that his side was determined to bounce back and beat Arsenal on Saturday.";
    expect(dated(bounce, "bounce back")).toEqual(["2026-05-04", "2026-05-09"]);
    const needed = "The manager said on Monday that Leeds needed to win and beat Arsenal on Saturday to stay up.";
    expect(dated(needed, "needed to win")).toEqual(["2026-05-04", "2026-05-09"]);
    const walk = "The union said on Monday that members planned to walk out and hit services on Friday.";
    expect(dated(walk, "walk out")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("still counts back a joined 'beat' after a past whose 'to' is a place's", () => {
    const leeds = "The club said on Monday that the side travelled to Leeds and beat them on Saturday.";
    expect(dated(leeds, "travelled")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts back a plural 'hit' whose 'when' clause holds an irregular past", () => {
    const lost = "Police said on Tuesday that two cars hit a wall on Friday, when the driver lost control.";
    expect(dated(lost, "cars hit")).toEqual(["2026-05-05", "2026-05-01"]);
    const won = "The club said on Tuesday that the fans hit the town on Saturday, when Leeds won.";
    expect(dated(won, "fans hit")).toEqual(["2026-05-05", "2026-05-02"]);
    const held = "Traders said on Tuesday that shares hit a record on Friday, when the Fed held rates.";
    expect(dated(held, "shares hit")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});
