import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 865 left, mended in decision 915. The texts are written for
 * these tests; published on Sunday 10 May, so Monday is the 4th.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);

describe("a court date after a relative clause's act, the hearing's verb with its words", () => {
  it("keeps ahead 'face court' after a past joined on by 'and'", () => {
    const fled = "Police said on Monday that the teenagers who robbed the shop and fled face court on Friday.";
    expect(dated(fled, "teenagers")).toEqual(["2026-05-04", "2026-05-08"]);
    const guilty = "Police said on Monday that the men that robbed the shop and fled plead guilty on Friday.";
    expect(dated(guilty, "guilty")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps ahead 'face court', 'stand trial', 'go on trial' and 'learn their fate' after a short object", () => {
    const face = "Police said on Monday that the men who robbed him face court on Friday.";
    expect(dated(face, "court")).toEqual(["2026-05-04", "2026-05-08"]);
    const stand = "Police said on Monday that the men who robbed him stand trial on Friday.";
    expect(dated(stand, "trial")).toEqual(["2026-05-04", "2026-05-08"]);
    const go = "Police said on Monday that the men who robbed him go on trial on Friday.";
    expect(dated(go, "trial")).toEqual(["2026-05-04", "2026-05-08"]);
    const fate = "Police said on Monday that the men who attacked him learn their fate on Friday.";
    expect(dated(fate, "fate")).toEqual(["2026-05-04", "2026-05-08"]);
    const officer = "Police said on Monday that the officer who struck him stands trial on Friday.";
    expect(dated(officer, "officer")).toEqual(["2026-05-04", "2026-05-08"]);
    const van = "Police said on Monday that the men who stole a van face trial on Friday.";
    expect(dated(van, "van")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("near-misses of the court date", () => {
  it("still counts back an act with no relative word, and a relative clause's act with 'the face' or 'the stand'", () => {
    const faced = "Police said on Monday that the men who attacked him faced court on Friday.";
    expect(dated(faced, "faced")).toEqual(["2026-05-04", "2026-05-01"]);
    const fled = "Police said on Monday that the gang robbed the shop and fled on Friday.";
    expect(dated(fled, "fled")).toEqual(["2026-05-04", "2026-05-01"]);
    const face = "Police said on Monday that the man who stabbed him in the face on Friday was arrested.";
    expect(dated(face, "face")).toEqual(["2026-05-04", "2026-05-01"]);
    const stand = "Police said on Monday that officers who attacked the stand on Friday were suspended.";
    expect(dated(stand, "stand")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("a getaway joined on by 'and' after an act", () => {
  it("counts back 'left the scene', 'went into hiding' and 'went on the run'", () => {
    const scene = "Police said on Monday that the man robbed the shop and left the scene on Saturday.";
    expect(dated(scene, "scene")).toEqual(["2026-05-04", "2026-05-02"]);
    const hiding = "Police said on Monday that the man robbed the shop and went into hiding on Saturday.";
    expect(dated(hiding, "hiding")).toEqual(["2026-05-04", "2026-05-02"]);
    const run = "Police said on Monday that the man stabbed his wife and went on the run on Saturday.";
    expect(dated(run, "run")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("near-misses of the joined getaway", () => {
  it("keeps ahead 'left' and 'went' that may be a plan's", () => {
    const spain = "The club said on Monday that it sacked the manager and left for Spain on Friday.";
    expect(dated(spain, "Spain")).toEqual(["2026-05-04", "2026-05-08"]);
    const club = "The club said on Monday that it sacked the manager and left the club on Friday.";
    expect(dated(club, "left the club")).toEqual(["2026-05-04", "2026-05-08"]);
    const back = "Police said on Monday that officers arrested the man and went back on Friday.";
    expect(dated(back, "went back")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("weather's 'hit' before a 'when' clause of a habit", () => {
  it("counts back gales and floods before a plural's bare present", () => {
    const ferries = "Forecasters said on Monday that gales hit Scotland on Saturday, when ferries run late.";
    expect(dated(ferries, "gales")).toEqual(["2026-05-04", "2026-05-02"]);
    const rivers = "Police said on Monday that floods hit the town on Saturday, when rivers rise.";
    expect(dated(rivers, "floods")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("near-misses of weather's 'hit'", () => {
  it("keeps ahead a forecast's 'will hit', a new rate's and a strike's", () => {
    const will = "Forecasters said on Monday that gales will hit Scotland on Saturday, when ferries run late.";
    expect(dated(will, "gales")).toEqual(["2026-05-04", "2026-05-09"]);
    const rates = "The Treasury said on Tuesday that the new rates hit households on Friday, when bills rise.";
    expect(dated(rates, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
    const strikes = "Unions said on Monday that strikes hit rail services on Friday, when fans travel to the final.";
    expect(dated(strikes, "strikes")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a launch with 'with prices from' after its weekday", () => {
  it("keeps the launch's day ahead", () => {
    const from = "Apple said on Tuesday that the new phones hit stores on Friday, with prices from £799.";
    expect(dated(from, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
    const starting = "Apple said on Tuesday that the new phones hit stores on Friday, with prices starting at £799.";
    expect(dated(starting, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("near-misses of the launch's price", () => {
  it("still counts back what the day sold or took", () => {
    const sold =
      "Apple said on Tuesday that the new phones hit stores on Friday, with prices from £799, and sold out within hours.";
    expect(dated(sold, "phones")).toEqual(["2026-05-05", "2026-05-01"]);
    const takings = "The studio said on Tuesday that the films hit cinemas on Friday, with takings of £5m.";
    expect(dated(takings, "films")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});

describe("a launch with where it reaches after its weekday, or an app store", () => {
  it("keeps the launch's day ahead", () => {
    const europe = "Apple said on Tuesday that the new phones hit stores on Friday in the UK and Europe.";
    expect(dated(europe, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
    const nationwide = "Apple said on Tuesday that the new phones hit stores on Friday nationwide.";
    expect(dated(nationwide, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
    const app = "Apple said on Tuesday that the new apps hit the App Store on Friday.";
    expect(dated(app, "apps")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("near-misses of the launch's place", () => {
  it("still counts back box-office copy after the place and a raid on a store", () => {
    const took = "The studio said on Tuesday that the films hit cinemas on Friday in the UK and took £5m.";
    expect(dated(took, "films")).toEqual(["2026-05-05", "2026-05-01"]);
    const raiders = "Police said on Tuesday that raiders hit the Apple Store on Friday.";
    expect(dated(raiders, "raiders")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});

describe("near-misses of decision 915's rules", () => {
  it("still counts back fake or malicious apps on an app store", () => {
    const fake = "Researchers said on Tuesday that fake apps hit the App Store on Friday.";
    expect(dated(fake, "fake")).toEqual(["2026-05-05", "2026-05-01"]);
    const malicious = "Hackers said on Tuesday that malicious apps hit the App Store on Friday.";
    expect(dated(malicious, "malicious")).toEqual(["2026-05-05", "2026-05-01"]);
    const nationwide = "Researchers said on Tuesday that fake apps hit the App Store on Friday nationwide.";
    expect(dated(nationwide, "fake")).toEqual(["2026-05-05", "2026-05-01"]);
  });

  it("still counts back a slump or a recall that reached the shops, with a place after the weekday", () => {
    const slumps = "Analysts said on Tuesday that sales slumps hit shops on Friday across the UK.";
    expect(dated(slumps, "slumps")).toEqual(["2026-05-05", "2026-05-01"]);
    const recalls = "The firm said on Tuesday that the recalls hit shelves on Friday across the US.";
    expect(dated(recalls, "recalls")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});
