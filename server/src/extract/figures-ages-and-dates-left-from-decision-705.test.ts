import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Weekdays in reported speech and ages in apposition that decision 705 and its review left,
 * mended in decision 730. The texts are written for these tests; published on Sunday 10 May.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);
const ageUnits = (body: string, fragment: string): (string | null)[] =>
  on(body, fragment).quantities.map((q) => q.unit);

describe("an active act that news copy reports, counted back from the saying", () => {
  it("dates a questioning and a torching before the day of the saying", () => {
    const questioned = "Police said on Monday that officers questioned the man on Saturday.";
    expect(dated(questioned, "questioned")).toEqual(["2026-05-04", "2026-05-02"]);
    const torched = "Police said on Monday that the gang torched the car on Saturday.";
    expect(dated(torched, "torched")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("dates a storming and a kidnapping before the day of the saying", () => {
    const stormed = "The army said on Tuesday that troops stormed the compound on Saturday.";
    expect(dated(stormed, "stormed")).toEqual(["2026-05-05", "2026-05-02"]);
    const kidnapped = "Police said on Tuesday that the gang kidnapped a businessman on Saturday.";
    expect(dated(kidnapped, "kidnapped")).toEqual(["2026-05-05", "2026-05-02"]);
  });

  it("keeps a weekday ahead of the saying and a question of what is to come", () => {
    const confirmed = "The club said on Monday it confirmed it will play on Saturday.";
    expect(dated(confirmed, "confirmed")).toEqual(["2026-05-04", "2026-05-09"]);
    const whether = "The club said on Monday that fans questioned whether the match goes ahead on Saturday.";
    expect(dated(whether, "questioned")).toEqual(["2026-05-04", "2026-05-09"]);
    const decision = "The club said on Monday that fans questioned the decision to play on Saturday.";
    expect(dated(decision, "questioned")).toEqual(["2026-05-04", "2026-05-09"]);
  });
});

describe("a narrator's clause with a plural verb or a fixture's verb off decision 705's list", () => {
  it("dates the debate MPs hold after the publication", () => {
    const debate = "The minister said on Tuesday that the bill, which MPs debate on Thursday, would pass.";
    expect(dated(debate, "debate")).toEqual(["2026-05-05", "2026-05-14"]);
    const trial = "Police said on Tuesday that the men, who face trial on Thursday, were held.";
    expect(dated(trial, "trial")).toEqual(["2026-05-05", "2026-05-14"]);
  });

  it("keeps the debate after the publication where the claim looks ahead", () => {
    const willPass = "The minister said on Tuesday that the bill, which MPs debate on Thursday, will pass.";
    expect(dated(willPass, "debate")).toEqual(["2026-05-05", "2026-05-14"]);
  });

  it("dates a final the league stages after the publication", () => {
    const stages = "The club said on Tuesday that the league, which stages its final on Friday, was in debt.";
    expect(dated(stages, "stages")).toEqual(["2026-05-05", "2026-05-15"]);
  });

  it("keeps the clause in the past and the clause in the speaker's quotation marks", () => {
    const debated = "The minister said on Tuesday that the bill, which MPs debated on Thursday, would pass.";
    expect(dated(debated, "debated")).toEqual(["2026-05-05", "2026-05-07"]);
    const quoted = 'The minister said on Tuesday: "The bill, which MPs debate on Thursday, was drafted in March."';
    expect(dated(quoted, "debate")).toEqual(["2026-05-05", "2026-05-07", "2026-03"]);
    const quotedAhead = 'The minister said on Tuesday: "The bill, which MPs debate on Thursday, will pass."';
    expect(dated(quotedAhead, "debate")).toEqual(["2026-05-05", "2026-05-07"]);
  });

  it("keeps a plural clause whose verb is off the list", () => {
    const say = "The minister said on Tuesday that the bill, which MPs say passed on Thursday, was sound.";
    expect(dated(say, "passed")).toEqual(["2026-05-05", "2026-05-07"]);
  });
});

describe("a weekday that is the publication's own day", () => {
  it("dates a death found and an arrest made before the saying", () => {
    const found = "Police said on Tuesday that the woman was found dead on Sunday.";
    expect(dated(found, "found")).toEqual(["2026-05-05", "2026-05-03"]);
    const arrested = "Police said on Tuesday that officers arrested the man on Sunday.";
    expect(dated(arrested, "arrested")).toEqual(["2026-05-05", "2026-05-03"]);
  });

  it("keeps a weekday ahead of the saying and a simple past that may be the speaker's present", () => {
    const buried = "Police said on Tuesday that the woman would be buried on Sunday.";
    expect(dated(buried, "buried")).toEqual(["2026-05-05", "2026-05-10"]);
    const match = "The club said on Tuesday that the match was on Sunday.";
    expect(dated(match, "match")).toEqual(["2026-05-05", "2026-05-10"]);
    const cleared = "The club said on Tuesday that the player was cleared to play on Sunday.";
    expect(dated(cleared, "cleared")).toEqual(["2026-05-05", "2026-05-10"]);
  });

  it("keeps the weekday a fixture had been moved to after the saying", () => {
    const sunday = "The club said on Tuesday that the derby had been moved to Sunday.";
    expect(dated(sunday, "derby")).toEqual(["2026-05-05", "2026-05-10"]);
    const saturday = "The club said on Tuesday that the derby had been moved to Saturday.";
    expect(dated(saturday, "derby")).toEqual(["2026-05-05", "2026-05-09"]);
  });

  it("keeps the publication's own weekday in the narrator's clause of a fixture", () => {
    const vote = "The minister said on Tuesday that the plan, which goes to a vote on Sunday, was sound.";
    expect(dated(vote, "plan")).toEqual(["2026-05-05", "2026-05-10"]);
  });
});

describe("a family's noun with hyphens in apposition", () => {
  it("reads the age of a father-of-two, a mother-of-three and a grandfather-of-five", () => {
    expect(ageUnits("The storm killed Brown, 44, a father-of-two, on Friday.", "Brown")).toEqual(["years"]);
    expect(ageUnits("The flood killed Jones, 38, a mother-of-three.", "Jones")).toEqual(["years"]);
    expect(ageUnits("The flood killed Smith, 61, a grandfather-of-five.", "Smith")).toEqual(["years"]);
  });

  it("keeps a place's noun before the hyphens", () => {
    expect(ageUnits("The flood injured Devon, 34, a county-of-farmers.", "Devon")).toEqual([null]);
  });
});

describe("near-misses of decision 730's rules", () => {
  /** Published on Friday 8 May, a weekday paper's own day. */
  const datedFriday = (body: string, fragment: string): string[] =>
    claimsOn("2026-05-08")
      .quoting(body, fragment)
      .dates.map((d) => d.value);

  it("keeps the publication's own weekday that a past perfect puts a fixture off until", () => {
    const postponed =
      "The club said on Tuesday that the match had been postponed until Sunday because of the waterlogged pitch.";
    expect(dated(postponed, "postponed")).toEqual(["2026-05-05", "2026-05-10"]);
    const extended = "The council said on Tuesday that the consultation had been extended until Sunday.";
    expect(dated(extended, "extended")).toEqual(["2026-05-05", "2026-05-10"]);
    const given = "The council said on Wednesday that residents had been given until Sunday evening to leave.";
    expect(dated(given, "given")).toEqual(["2026-05-06", "2026-05-10"]);
  });

  it("keeps a weekday paper's own day that a hearing is adjourned until or bail runs until", () => {
    const adjourned =
      "The judge said on Tuesday that the trial had been adjourned until Friday to allow a juror to recover.";
    expect(datedFriday(adjourned, "adjourned")).toEqual(["2026-05-05", "2026-05-08"]);
    const bailed = "Police said on Monday that the teenager had been bailed until Friday pending further inquiries.";
    expect(datedFriday(bailed, "bailed")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("still counts back a stay until the publication's own day and a state by it", () => {
    const stayed = "The hotel said on Tuesday that the guests had stayed until Sunday.";
    expect(dated(stayed, "stayed")).toEqual(["2026-05-05", "2026-05-03"]);
    const dead = "Police said on Tuesday that the woman had been dead by Sunday, the post-mortem found.";
    expect(dated(dead, "dead")).toEqual(["2026-05-05", "2026-05-03"]);
  });

  it("keeps a weekday paper's own deadline for the deadline reader", () => {
    const warned = "The regulator said on Tuesday that the firm had been warned ahead of Friday's deadline.";
    expect(datedFriday(warned, "warned")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("keeps a weekday an act is done ahead of, or a plan's whose wisdom is questioned", () => {
    const ahead = "Police said on Monday that officers searched the ground ahead of Saturday's derby.";
    expect(dated(ahead, "searched")).toEqual(["2026-05-04", "2026-05-09"]);
    const playing =
      "The club said on Monday that supporters questioned the wisdom of playing on Saturday, with the pitch still frozen.";
    expect(dated(playing, "wisdom")).toEqual(["2026-05-04", "2026-05-09"]);
    const stabbing = "Prosecutors said on Monday that the jury convicted him of stabbing on Saturday.";
    expect(dated(stabbing, "stabbing")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("keeps a clause in the past whose 'was' is no plural subject", () => {
    const bridge =
      "Police said on Tuesday that the bridge, which was open on Thursday, had been closed after the crash.";
    expect(dated(bridge, "bridge")).toEqual(["2026-05-05", "2026-05-07"]);
    const bar = "Police said on Tuesday that the bar, which was open on Saturday night, had been raided.";
    expect(dated(bar, "bar")).toEqual(["2026-05-05", "2026-05-09"]);
  });
});
