import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Weekdays in reported speech and ages after one-word names that decision 585 and its review left,
 * mended in decision 625. The texts are written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const units = (body: string, fragment: string): (string | null)[] =>
  quoting(body, fragment).quantities.map((q) => q.unit);
const datedOn = (body: string, fragment: string, on: string): string[] =>
  claimsOn(on)
    .quoting(body, fragment)
    .dates.map((d) => d.value);

describe("a bare weekday in reported speech, from the day of the saying", () => {
  // Published on Sunday 10 May: "said on Tuesday" is 5 May.
  it("counts a weekday said ahead from the day of the saying", () => {
    const open = "The minister said on Tuesday that the centre would open on Friday.";
    expect(datedOn(open, "centre", "2026-05-10")).toEqual(["2026-05-05", "2026-05-08"]);
    const vote = "The minister said on Tuesday that Friday's vote would be close.";
    expect(datedOn(vote, "vote", "2026-05-10")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("counts a quotation's weekday from the saying that follows it", () => {
    // Published on Wednesday 13 May: the Friday is 8 May, its Monday 11 May.
    const strike = "“We will strike on Monday,” the union said on Friday.";
    expect(datedOn(strike, "strike", "2026-05-13")).toEqual(["2026-05-11", "2026-05-08"]);
  });

  it("counts a weekday after a past perfect back from the day of the saying", () => {
    const talks = "The minister said on Tuesday that the talks had collapsed on Friday.";
    expect(datedOn(talks, "talks", "2026-05-10")).toEqual(["2026-05-05", "2026-05-01"]);
  });

  it("keeps 'next Friday', a saying with no day, and a saying on the day of the publication", () => {
    const next = "The minister said on Tuesday that the centre would open next Friday.";
    expect(datedOn(next, "centre", "2026-05-10")).toEqual(["2026-05-05", "2026-05-15"]);
    const noDay = "The minister said that the centre would open on Friday.";
    expect(datedOn(noDay, "centre", "2026-05-10")).toEqual(["2026-05-15"]);
    const sameDay = "The minister said on Tuesday that the centre would open on Friday.";
    expect(datedOn(sameDay, "centre", "2026-05-05")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("keeps a simple past, which may be the speaker's present moved back", () => {
    // "was on Monday" said on Friday 28 August is the Monday after it, as the date reader has it.
    expect(datedOn("The manager said on Friday the match was on Monday.", "match", "2026-09-02")).toEqual([
      "2026-08-28",
      "2026-08-31",
    ]);
    const strike = "Ministers said on Wednesday that the strike planned for Thursday and Friday was off.";
    expect(datedOn(strike, "strike", "2026-05-10")).toEqual(["2026-05-06", "2026-05-07", "2026-05-08"]);
  });
});

describe("every age of a list after a court's act", () => {
  it("reads the ages of three surnames after 'arrested'", () => {
    const three = "Police arrested Jones, 28, Smith, 34, and Patel, 41, on Friday.";
    expect(units(three, "Jones")).toEqual(["years", "years", "years"]);
  });

  it("reads the ages of a pair after 'jailed' and of three after 'bailed'", () => {
    const pair = "The court jailed Ahmed, 33, and Begum, 29, for a total of 12 years.";
    expect(units(pair, "Ahmed")).toEqual(["years", "years", "years"]);
    const bailed = "The magistrates bailed Grant, 19, Fox, 20, and Reid, 22, until June.";
    expect(units(bailed, "Grant")).toEqual(["years", "years", "years"]);
  });

  it("keeps a list with a child's figure, a club, or places named as the worst hit", () => {
    const child = "Police arrested Jones, 28, Smith, 14, and Patel, 41, on Friday.";
    expect(units(child, "Jones")).toEqual(["years", null, null]);
    const club = "Police arrested Derby, 28, Smith, 34, and Patel, 41, on Friday.";
    expect(units(club, "Derby")).toEqual([null, null, null]);
    const places = "Police named Kent, 34, Essex, 28, and Surrey, 41, as the worst-hit counties.";
    expect(units(places, "Kent")).toEqual([null, null, null]);
  });
});

describe("a club, a firm or a crowd after a one-word name's figure", () => {
  it("reads no age where a town's name is promoted or relegated as a club is", () => {
    expect(units("Preston, 34, was promoted last season.", "Preston")).toEqual([null]);
    expect(units("Preston, 34, was relegated last season.", "Preston")).toEqual([null]);
  });

  it("keeps a person's promotion and a person relegated to a place", () => {
    expect(units("Preston, 34, was promoted to sergeant last year.", "Preston")).toEqual(["years"]);
    expect(units("Preston, 34, was promoted in March.", "Preston")).toEqual(["years"]);
    expect(units("Smith, 34, was relegated to the back benches.", "Smith")).toEqual(["years"]);
  });

  it("reads no age in a league's charge of a club over its players", () => {
    const charged = "The FA charged Bolton, 34, with failing to control their players.";
    expect(units(charged, "Bolton")).toEqual([null]);
    const pair = "The FA charged Bolton, 34, and Preston, 28, with failing to control their players.";
    expect(units(pair, "Bolton")).toEqual([null, null]);
  });

  it("keeps a league's charge of one player and a charge by the police", () => {
    expect(units("The FA charged Barton, 34, with misconduct over his comments.", "Barton")).toEqual(["years"]);
    expect(units("Police charged Bolton, 34, with assault.", "Bolton")).toEqual(["years"]);
  });

  it("reads no age for places a storm injured", () => {
    const storm = "The storm injured Cornwall, 34, and Devon, 28, the worst in decades.";
    expect(units(storm, "Cornwall")).toEqual([null, null]);
  });

  it("keeps a gunman's victim", () => {
    expect(units("A gunman killed Smith, 34, on Tuesday.", "Smith")).toEqual(["years"]);
  });

  it("reads no age before a crowd's noun", () => {
    expect(units("Police arrested Reading, 25, fans after the match.", "Reading")).toEqual([null]);
    const residents = "Police arrested Kent, 34, Essex, 28, and Surrey, 41, residents after the protest.";
    expect(units(residents, "Kent")).toEqual([null, null, null]);
  });

  it("keeps an address after a town's name", () => {
    expect(units("Police arrested Reading, 25, of Leeds, after the match.", "Reading")).toEqual(["years"]);
  });

  it("reads no age after a firm named alone", () => {
    expect(units("Toyota, 34, is the biggest owner of the site.", "Toyota")).toEqual([null]);
  });

  it("keeps a firm's name where only a person's aside goes on, and a person's role", () => {
    expect(units("Apple, 34, of Leeds, was jailed.", "Apple")).toEqual(["years"]);
    expect(units("Reeves, 46, is the first female chancellor.", "Reeves")).toEqual(["years"]);
  });
});

describe("near-misses of decision 625's rules", () => {
  it("keeps a weekday after a past perfect's plan or request ahead of the saying", () => {
    // Published on Sunday 10 May: the vote and the meeting come after the saying, not before it.
    const vote = "The union said on Thursday that it had asked members to vote on Saturday.";
    expect(datedOn(vote, "members", "2026-05-10")).toEqual(["2026-05-07", "2026-05-09"]);
    const meet = "The club said on Wednesday it had agreed to meet fans on Friday.";
    expect(datedOn(meet, "meet fans", "2026-05-10")).toEqual(["2026-05-06", "2026-05-08"]);
  });

  it("reads every age of a list whose people are supporters or fans of something", () => {
    const group = "Police arrested Jones, 28, Smith, 34, and Patel, 41, supporters of the group.";
    expect(units(group, "Patel")).toEqual(["years", "years", "years"]);
    const club = "Police arrested Jones, 28, Smith, 34, and Patel, 41, fans of the club, after the match.";
    expect(units(club, "Patel")).toEqual(["years", "years", "years"]);
  });

  it("reads the age of a person relegated from a team or the cabinet", () => {
    expect(units("Jones, 29, was relegated from the first team after the row.", "Jones")).toEqual(["years"]);
    expect(units("Jones, 29, was relegated from the cabinet in the reshuffle.", "Jones")).toEqual(["years"]);
  });

  it("reads the age of a player a league charges over their officials or fans", () => {
    const grealish = "The FA charged Grealish, 30, with misconduct after he criticised their officials.";
    expect(units(grealish, "Grealish")).toEqual(["years"]);
    const walker = "The FA charged Walker, 36, with failing to control his temper towards their fans.";
    expect(units(walker, "Walker")).toEqual(["years"]);
  });

  it("reads the age of a person a fire, a flood or an avalanche killed", () => {
    expect(units("A house fire killed Harris, 71, on Tuesday night.", "Harris")).toEqual(["years"]);
    expect(units("The blaze killed Harris, 71, and injured his wife.", "Harris")).toEqual(["years"]);
    expect(units("The flood killed Morgan, 60, as he tried to rescue his dog.", "Morgan")).toEqual(["years"]);
    const avalanche = "An avalanche killed Brown, 29, and Green, 31, on the mountain.";
    expect(units(avalanche, "Brown")[0]).toBe("years");
  });

  it("keeps the decision's gains beside these", () => {
    expect(units("Police arrested Reading, 25, fans after the match.", "Reading")).toEqual([null]);
    expect(units("Preston, 34, was relegated last season.", "Preston")).toEqual([null]);
    const bolton = "The FA charged Bolton, 34, with failing to control their players.";
    expect(units(bolton, "Bolton")).toEqual([null]);
    const storm = "The storm injured Cornwall, 34, and Devon, 28, the worst in decades.";
    expect(units(storm, "Cornwall")).toEqual([null, null]);
    const wildfire = "The wildfire killed Greece, 34, in the worst toll since 2018.";
    expect(units(wildfire, "Greece")).toEqual([null]);
    const talks = "The union said on Tuesday that the talks had collapsed on Friday.";
    expect(datedOn(talks, "talks", "2026-05-10")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});
