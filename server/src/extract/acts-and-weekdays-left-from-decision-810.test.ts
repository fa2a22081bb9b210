import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 810 and its review left, mended in decision 825. The texts are
 * written for these tests; published on Sunday 10 May, so Monday is the 4th.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);

describe("an act whose object runs past four words, counted back from the saying", () => {
  it("dates a theft worth a figure before the day of the saying", () => {
    const worth = "Police said on Monday that the gang took jewellery worth £20,000 on Friday.";
    expect(dated(worth, "jewellery")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("dates an act with a place or a belonging after its object", () => {
    const van = "Police said on Monday that the man stole a van belonging to the council on Saturday.";
    expect(dated(van, "stole a van")).toEqual(["2026-05-04", "2026-05-02"]);
    const shirt = "Police said on Monday that the striker threw his shirt at the fans on Saturday.";
    expect(dated(shirt, "threw")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("near-misses of the long object, kept ahead", () => {
  it("keeps a fixture after 'from' and a present after a relative clause's act ahead", () => {
    const match = "The club said on Monday that it suspended the player from the match on Saturday.";
    expect(dated(match, "suspended")).toEqual(["2026-05-04", "2026-05-09"]);
    const appear = "Police said on Monday that the men who stole a van belonging to the council appear on Friday.";
    expect(dated(appear, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("reads no figure in an age between commas", () => {
    const age = "Police said on Monday that officers arrested Smith, 34, on Saturday.";
    expect(dated(age, "Smith")).toEqual(["2026-05-04", "2026-05-09"]);
  });
});

describe("acts listed with commas, the last joined on by 'and'", () => {
  it("dates the last act with the saying, and counts it back", () => {
    const stole = "Police said on Monday that the men broke into the shop, took the cash and stole a car on Saturday.";
    expect(dated(stole, "stole a car")).toEqual(["2026-05-04", "2026-05-02"]);
    const fire = "Police said on Monday that the men stole the cash, and then set fire to the car on Friday.";
    expect(dated(fire, "set fire")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("counts back a past joined on after an act", () => {
    const fled = "Police said on Monday that the men broke into the shop, took the cash and fled on Saturday.";
    expect(dated(fled, "fled")).toEqual(["2026-05-04", "2026-05-02"]);
    const crashed = "Police said on Monday that the man stole a car and crashed it on Friday.";
    expect(dated(crashed, "crashed")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("dates a plan listed after the acts with the saying, and keeps its day ahead", () => {
    const work = "The union said on Monday that members voted, agreed the deal and returned to work on Friday.";
    expect(dated(work, "returned")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("near-misses of the listed and joined acts", () => {
  it("leaves another subject's clause after a comma undated", () => {
    const fled = "Police said on Monday that the man fled, and officers arrested him on Saturday.";
    expect(dated(fled, "officers arrested")).toEqual(["2026-05-09"]);
  });

  it("keeps a plan joined on after an act ahead", () => {
    const tow = "Police said on Monday that officers found the car and planned to tow it on Friday.";
    expect(dated(tow, "planned")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a launch's present 'hit' with nothing after the weekday", () => {
  it("keeps the launch's day ahead of the saying", () => {
    const phones = "Apple said on Tuesday that the new phones hit stores on Friday.";
    expect(dated(phones, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("still counts back a launch that goes on past its day, a singular's, and a crash", () => {
    const took = "The studio said on Tuesday that the films hit cinemas on Friday and took £5m.";
    expect(dated(took, "films hit")).toEqual(["2026-05-05", "2026-05-01"]);
    const film = "The studio said on Tuesday that the film hit cinemas on Friday.";
    expect(dated(film, "film hit")).toEqual(["2026-05-05", "2026-05-01"]);
    const wall = "Police said on Tuesday that two vans hit a wall on Friday.";
    expect(dated(wall, "vans hit")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});

describe("near-misses of decision 825's rules", () => {
  it("keeps a court date ahead after a long object that names the men who appear", () => {
    const that = "Police said on Monday that the men that stole a van belonging to the council appear on Friday.";
    expect(dated(that, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
    const allegedly =
      "Police said on Monday that the men who allegedly stole a van belonging to the council appear on Friday.";
    expect(dated(allegedly, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
    const charged = "Police said on Monday that three men charged over the attack at the stadium appear on Friday.";
    expect(dated(charged, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
    const arrested = "Police said on Monday that two men arrested in the raid on the shop appear on Friday.";
    expect(dated(arrested, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps a launch's 'hit' ahead where a place follows the shelves", () => {
    const shelves = "The company said on Monday that the new models hit the shelves in the UK on Friday.";
    expect(dated(shelves, "models")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps ahead the day of a clause or a plan after a joined past of saying, hoping or planning", () => {
    const confirmed = "Police said on Monday that officers charged two men and confirmed the pair appear on Friday.";
    expect(dated(confirmed, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
    const hoped = "The army said on Monday that troops captured the town and hoped the talks resume on Friday.";
    expect(dated(hoped, "resume")).toEqual(["2026-05-04", "2026-05-08"]);
    const hearing = "Police said on Monday that officers charged the man and scheduled a hearing on Friday.";
    expect(dated(hearing, "hearing")).toEqual(["2026-05-04", "2026-05-08"]);
    const expected = "Police said on Monday that officers arrested the man and expected charges on Friday.";
    expect(dated(expected, "charges")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("still counts back a raid, a market's fall or a singular's 'hit' into shops", () => {
    const raiders = "Police said on Tuesday that raiders hit shops on Friday.";
    expect(dated(raiders, "raiders")).toEqual(["2026-05-05", "2026-05-01"]);
    const looters = "Police said on Tuesday that looters hit stores on Friday.";
    expect(dated(looters, "looters")).toEqual(["2026-05-05", "2026-05-01"]);
    const fears = "Traders said on Tuesday that fears hit the market on Friday.";
    expect(dated(fears, "fears")).toEqual(["2026-05-05", "2026-05-01"]);
    const crisis = "The chain said on Tuesday that the crisis hit shops on Friday.";
    expect(dated(crisis, "crisis")).toEqual(["2026-05-05", "2026-05-01"]);
    const series = "The streamer said on Tuesday that the series hit screens on Friday.";
    expect(dated(series, "series")).toEqual(["2026-05-05", "2026-05-01"]);
  });

  it("reads a line break inside the sentence as no end after the launch's weekday", () => {
    const wrapped = "Apple said on Tuesday that the new phones hit stores on Friday\nand that demand was high.";
    expect(dated(wrapped, "phones")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});
