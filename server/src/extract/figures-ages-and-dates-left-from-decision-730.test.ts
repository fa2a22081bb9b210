import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Weekdays in reported speech and ages in apposition that decision 730 and its review left,
 * mended in decision 775. The texts are written for these tests; published on Sunday 10 May.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);
const ageUnits = (body: string, fragment: string): (string | null)[] =>
  on(body, fragment).quantities.map((q) => q.unit);

describe("an irregular past act, counted back from the saying", () => {
  it("dates a beating and a theft before the day of the saying", () => {
    const beat = "Police said on Monday that the man beat his neighbour on Saturday.";
    expect(dated(beat, "beat")).toEqual(["2026-05-04", "2026-05-02"]);
    const stole = "Police said on Monday that the gang stole a car on Saturday.";
    expect(dated(stole, "stole")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("dates a car that struck or hit someone before the day of the saying", () => {
    const struck = "Police said on Monday that the car struck a cyclist on Saturday.";
    expect(dated(struck, "struck")).toEqual(["2026-05-04", "2026-05-02"]);
    const hit = "Police said on Tuesday that a van hit a pedestrian on Saturday.";
    expect(dated(hit, "hit")).toEqual(["2026-05-05", "2026-05-02"]);
  });

  it("dates a result in sport before the day of the saying", () => {
    const result = "The manager said on Monday that Leeds beat Arsenal on Saturday.";
    expect(dated(result, "beat")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("dates an act done 'to death' before the day of the saying, an infinitive still ahead", () => {
    const beaten = "Police said on Monday that the man beat his neighbour to death on Saturday.";
    expect(dated(beaten, "death")).toEqual(["2026-05-04", "2026-05-02"]);
    const stabbed = "Police said on Monday that the man stabbed his wife to death on Saturday.";
    expect(dated(stabbed, "death")).toEqual(["2026-05-04", "2026-05-02"]);
    const appear = "Police said on Monday that officers charged him to appear in court on Saturday.";
    expect(dated(appear, "appear")).toEqual(["2026-05-04", "2026-05-09"]);
  });

  it("keeps a hit that is a noun, and a result or a target still hoped for", () => {
    const noun = "The label said on Monday that the song was a hit on Saturday.";
    expect(dated(noun, "song")).toEqual(["2026-05-04", "2026-05-09"]);
    const ifBeat = "The manager said on Monday that if Leeds beat Arsenal on Saturday they would be safe.";
    expect(dated(ifBeat, "beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const hoped = "The manager said on Monday he hoped his side beat Arsenal on Saturday.";
    expect(dated(hoped, "beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const mustBeat = "The manager said on Monday that Leeds must beat Arsenal on Saturday.";
    expect(dated(mustBeat, "beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const quoted = '"If we beat Leeds on Saturday we stay up," the manager said on Monday.';
    expect(dated(quoted, "beat")).toEqual(["2026-05-09", "2026-05-04"]);
    const helps = "The manager said on Monday that the result helps Leeds beat the drop on Saturday.";
    expect(dated(helps, "beat")).toEqual(["2026-05-04", "2026-05-09"]);
  });
});

describe("an age before a person's noun in apposition, whatever verb follows", () => {
  it("reads the age of a teacher jailed and a father-of-two sentenced", () => {
    expect(ageUnits("Brown, 44, a teacher, was jailed on Friday.", "Brown")).toEqual(["years"]);
    expect(ageUnits("Jones, 55, a father-of-two, was sentenced at Leeds Crown Court.", "Jones")).toEqual(["years"]);
  });

  it("keeps a list of figures, a score and a club's noun in apposition", () => {
    expect(ageUnits("Smith, 12, 14 and 16, were the scores.", "Smith")).toEqual([null, null, null]);
    expect(ageUnits("Leeds, 2, Chelsea, 1, was the score.", "Leeds")).toEqual([null, null]);
    expect(ageUnits("Leeds, 2, a club in crisis, was relegated.", "Leeds")).toEqual([null]);
  });
});

describe("a narrator's clause of a retrial, a replay or an inquest", () => {
  it("dates the retrial, the replay and the inquest after the publication", () => {
    const retrial = "Police said on Tuesday that the men, who face a retrial on Thursday, were held.";
    expect(dated(retrial, "retrial")).toEqual(["2026-05-05", "2026-05-14"]);
    const replay = "The club said on Tuesday that the players, who face a replay on Thursday, were tired.";
    expect(dated(replay, "replay")).toEqual(["2026-05-05", "2026-05-14"]);
    const inquest = "The coroner said on Tuesday that the family, who face an inquest on Thursday, were grieving.";
    expect(dated(inquest, "inquest")).toEqual(["2026-05-05", "2026-05-14"]);
  });

  it("keeps a host's final on the publication's own day and a plural meeting, as decision 730 reads them", () => {
    const hosts = "The club said on Tuesday that the city, which hosts the final on Sunday, was ready.";
    expect(dated(hosts, "hosts")).toEqual(["2026-05-05", "2026-05-10"]);
    const meet = "The club said on Tuesday that the teams, who meet on Saturday, were ready.";
    expect(dated(meet, "meet")).toEqual(["2026-05-05", "2026-05-16"]);
  });

  it("keeps questions about a past day, and a retrial in the past or in quotation marks", () => {
    const questions =
      "Police said on Tuesday that the men, who face questions about the attack on Thursday, were held.";
    expect(dated(questions, "questions")).toEqual(["2026-05-05", "2026-05-07"]);
    const faced = "Police said on Tuesday that the men, who faced a retrial on Thursday, were held.";
    expect(dated(faced, "faced")).toEqual(["2026-05-05", "2026-05-07"]);
    const quoted = 'Police said on Tuesday: "The men, who face a retrial on Thursday, were held."';
    expect(dated(quoted, "retrial")).toEqual(["2026-05-05", "2026-05-07"]);
  });
});

describe("a player ruled out of a weekday's fixture", () => {
  it("keeps the match after the saying", () => {
    const saturday = "The club said on Friday that the striker was ruled out of Saturday's match.";
    expect(dated(saturday, "ruled")).toEqual(["2026-05-08", "2026-05-09"]);
    const sunday = "The club said on Friday that the striker was ruled out of Sunday's match.";
    expect(dated(sunday, "ruled")).toEqual(["2026-05-08", "2026-05-10"]);
    const ruledOutFor = "The club said on Friday that the winger was ruled out for Saturday's derby.";
    expect(dated(ruledOutFor, "ruled")).toEqual(["2026-05-08", "2026-05-09"]);
    const leftOut = "The club said on Friday that the striker had been left out of Sunday's squad.";
    expect(dated(leftOut, "left")).toEqual(["2026-05-08", "2026-05-10"]);
  });

  it("still counts back an injury in a weekday's match and a player sent off in it", () => {
    const injured = "The club said on Friday that the striker was injured in Saturday's match.";
    expect(dated(injured, "injured")).toEqual(["2026-05-08", "2026-05-02"]);
    const knocked = "The club said on Friday that the team was knocked out of Sunday's cup by Leeds.";
    expect(dated(knocked, "knocked")).toEqual(["2026-05-08", "2026-05-03"]);
  });

  it("still counts back a player ruled out of a weekday's result, a fixture already played", () => {
    const win = "The club said on Monday that Kane was ruled out of Saturday's defeat by Leeds.";
    expect(dated(win, "ruled")).toEqual(["2026-05-04", "2026-05-02"]);
    const draw = "The club said on Monday that Kane had been left out of Saturday's draw.";
    expect(dated(draw, "left")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("a player who had been selected, picked or cleared to play on a weekday", () => {
  it("keeps the weekday the player plays on after the saying", () => {
    const selected = "The club said on Friday that the striker had been selected to start on Sunday.";
    expect(dated(selected, "selected")).toEqual(["2026-05-08", "2026-05-10"]);
    const cleared = "The club said on Monday that the striker had been cleared to play on Saturday.";
    expect(dated(cleared, "cleared")).toEqual(["2026-05-04", "2026-05-09"]);
    const picked = "The club said on Monday that the striker had been picked to start on Saturday.";
    expect(dated(picked, "picked")).toEqual(["2026-05-04", "2026-05-09"]);
  });

  it("still counts back a clearing of wrongdoing or of a road, a selection for a squad and a church-goer", () => {
    const wrongdoing = "The club said on Monday that the striker had been cleared of wrongdoing on Saturday.";
    expect(dated(wrongdoing, "wrongdoing")).toEqual(["2026-05-04", "2026-05-02"]);
    const squad = "The club said on Monday that the striker had been selected for the squad on Saturday.";
    expect(dated(squad, "squad")).toEqual(["2026-05-04", "2026-05-02"]);
    const traffic = "Police said on Monday that the road had been cleared to traffic on Saturday.";
    expect(dated(traffic, "traffic")).toEqual(["2026-05-04", "2026-05-02"]);
    const church = "Police said on Monday that the man had gone to church on Saturday.";
    expect(dated(church, "church")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("near-misses of decision 775's rules", () => {
  it("keeps 'beat' and 'hit' ahead after a modal with words between, or joined on after one", () => {
    const also = "The RMT said on Monday that the strike will also hit Southern services on Saturday.";
    expect(dated(also, "also hit")).toEqual(["2026-05-04", "2026-05-09"]);
    const not = "Network Rail said on Tuesday that the engineering works would not hit services on Saturday.";
    expect(dated(not, "not hit")).toEqual(["2026-05-05", "2026-05-09"]);
    const still = "The manager said on Monday that Leeds could still beat Arsenal on Saturday.";
    expect(dated(still, "still beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const well = "The manager said on Monday that Leeds may well beat Arsenal on Saturday.";
    expect(dated(well, "well beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const cannot = "The manager said on Monday that Leeds cannot beat Arsenal on Saturday without their captain.";
    expect(dated(cannot, "cannot beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const theyll = "Retailers said on Monday that they'll hit their targets on Saturday if the weather holds.";
    expect(dated(theyll, "hit their targets")).toEqual(["2026-05-04", "2026-05-09"]);
    const rush = "Police said on Monday that fans should set off early and beat the rush on Saturday.";
    expect(dated(rush, "beat the rush")).toEqual(["2026-05-04", "2026-05-09"]);
    const orBeat = "Analysts said on Monday that Leeds need only draw or beat Arsenal on Saturday to be safe.";
    expect(dated(orBeat, "draw or beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const andBeat =
      "The manager said on Monday that Leeds must avoid defeat at Spurs on Wednesday and beat Arsenal on Saturday.";
    expect(dated(andBeat, "and beat")).toEqual(["2026-05-04", "2026-05-06", "2026-05-09"]);
  });

  it("keeps 'beat' ahead after 'as long as', 'once' and a split infinitive", () => {
    const asLong = "The club said on Monday that Leeds stay up as long as they beat Arsenal on Saturday.";
    expect(dated(asLong, "as long as")).toEqual(["2026-05-04", "2026-05-09"]);
    const once = "Pundits said on Monday that Leeds are champions once they beat Arsenal on Saturday.";
    expect(dated(once, "once they beat")).toEqual(["2026-05-04", "2026-05-09"]);
    const finally_ = "The manager said on Monday that Leeds are desperate to finally beat Arsenal on Saturday.";
    expect(dated(finally_, "finally beat")).toEqual(["2026-05-04", "2026-05-09"]);
  });

  it("still counts back a van that hit a pedestrian and a result reported after the match", () => {
    const hit = "Police said on Tuesday that a van hit a pedestrian on Saturday.";
    expect(dated(hit, "hit")).toEqual(["2026-05-05", "2026-05-02"]);
    const result = "The manager said on Monday that Leeds beat Arsenal on Saturday.";
    expect(dated(result, "beat")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts back a player left out of a weekday's result with words before its noun", () => {
    const goalless = "The club said on Monday that Kane had been left out of Saturday's goalless draw at Spurs.";
    expect(dated(goalless, "goalless")).toEqual(["2026-05-04", "2026-05-02"]);
    const cupWin = "The club said on Monday that Saka had been dropped from Saturday's FA Cup win over Leeds.";
    expect(dated(cupWin, "Cup win")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts back a patient cleared to return home, as one cleared to leave hospital", () => {
    const home = "The hospital said on Monday that the boy had been cleared to return home on Friday.";
    expect(dated(home, "return home")).toEqual(["2026-05-04", "2026-05-01"]);
    const player = "The club said on Friday that the midfielder had been cleared to return on Sunday after a ban.";
    expect(dated(player, "cleared to return")).toEqual(["2026-05-08", "2026-05-10"]);
  });

  it("counts back a segment dropped from a weekday's broadcast and a letter left out of its edition", () => {
    const aired =
      "The BBC said on Monday that the segment had been dropped from Saturday's broadcast after complaints.";
    expect(dated(aired, "broadcast")).toEqual(["2026-05-04", "2026-05-02"]);
    const printed = "The paper said on Monday that the letter had been omitted from Saturday's edition in error.";
    expect(dated(printed, "edition")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});
