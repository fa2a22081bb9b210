import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Weekdays in reported speech and ages after one-word names that decision 625 and its review
 * left, mended in decision 665. The texts are written for these tests; published on Sunday 10 May
 * unless a case says otherwise.
 */
const on = (publishedOn: string, body: string, fragment: string) => claimsOn(publishedOn).quoting(body, fragment);
const dated = (body: string, fragment: string, publishedOn = "2026-05-10"): string[] =>
  on(publishedOn, body, fragment).dates.map((d) => d.value);
const ageUnits = (body: string, fragment: string): (string | null)[] =>
  on("2026-05-10", body, fragment).quantities.map((q) => q.unit);

describe("a passive act's weekday, counted back from the saying", () => {
  it("dates the arrest before the Monday of the saying", () => {
    const arrest = "Police said on Monday that the man was arrested on Saturday.";
    expect(dated(arrest, "arrested")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("dates a ballot before the Friday of the saying, published the Wednesday after", () => {
    const ballot = "The union said on Friday that its members were balloted on Monday.";
    expect(dated(ballot, "balloted", "2026-05-13")).toEqual(["2026-05-08", "2026-05-04"]);
  });

  it("keeps a plan's, a request's, a feeling's and a state's participle, and what is joined on", () => {
    const due = "Police said on Monday that the man was due in court on Saturday.";
    expect(dated(due, "court")).toEqual(["2026-05-04", "2026-05-09"]);
    const told = "Police said on Monday that the man was told to report on Saturday.";
    expect(dated(told, "report")).toEqual(["2026-05-04", "2026-05-09"]);
    const pleased = "The club said on Monday that the player was pleased to play on Saturday.";
    expect(dated(pleased, "player")).toEqual(["2026-05-04", "2026-05-09"]);
    const closed = "The council said on Monday that the bridge was closed on Saturday night.";
    expect(dated(closed, "bridge")).toEqual(["2026-05-04", "2026-05-09"]);
    const joined = "Police said on Monday that the man was arrested and is due in court on Saturday.";
    expect(dated(joined, "arrested")).toEqual(["2026-05-04", "2026-05-09"]);
  });
});

describe("a narrator's present-tense clause inside reported speech", () => {
  it("leaves a weekday in a 'which' or 'who' clause in the present as the publication's", () => {
    const meets = "The minister said on Tuesday that the council, which meets on Friday, would act.";
    expect(dated(meets, "council")).toEqual(["2026-05-05", "2026-05-15"]);
    const faces = "The minister said on Tuesday that Smith, who faces a vote on Thursday, would win.";
    expect(dated(faces, "Smith")).toEqual(["2026-05-05", "2026-05-14"]);
  });

  it("still counts from the saying a clause in the past, one closed before the weekday and the speaker's own", () => {
    const faced = "The minister said on Tuesday that Smith, who faced a vote on Thursday, would win.";
    expect(dated(faced, "Smith")).toEqual(["2026-05-05", "2026-05-07"]);
    const closed = "The minister said on Tuesday that the plan, which she backs, would go to a vote on Friday.";
    expect(dated(closed, "plan")).toEqual(["2026-05-05", "2026-05-08"]);
    const open = "The minister said on Tuesday that the centre would open on Friday.";
    expect(dated(open, "centre")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("a person in apposition after weather's harm", () => {
  it("reads the age of a teacher and a retired nurse", () => {
    expect(ageUnits("The quake injured Brown, 44, a teacher, at the school.", "Brown")).toEqual(["years"]);
    expect(ageUnits("The flood killed Morgan, 60, a retired nurse, on Tuesday.", "Morgan")).toEqual(["years"]);
    expect(ageUnits("The storm injured Brown, 44, an off-duty officer, in Leeds.", "Brown")).toEqual(["years"]);
  });

  it("keeps a county, a region and a list of places", () => {
    expect(ageUnits("The storm injured Cornwall, 34, a county hit hard.", "Cornwall")).toEqual([null]);
    expect(ageUnits("The storm injured Cornwall, 34, a region of farms.", "Cornwall")).toEqual([null]);
    const list = "The storm injured Cornwall, 34, and Devon, 28, the worst in decades.";
    expect(ageUnits(list, "Cornwall")).toEqual([null, null]);
    expect(ageUnits("The hurricane killed Haiti, 34, a nation still rebuilding.", "Haiti")).toEqual([null]);
  });
});

describe("a post only a person holds after a firm's name", () => {
  it("reads the age of a chief executive and a chairman", () => {
    expect(ageUnits("Shell, 44, is the chief executive of the charity.", "Shell")).toEqual(["years"]);
    expect(ageUnits("Shell, 44, was the chairman of the club.", "Shell")).toEqual(["years"]);
    expect(ageUnits("Derby, 40, was the chief executive of the trust.", "Derby")).toEqual(["years"]);
  });

  it("keeps a firm's owner, sponsor and a chief executive's possession", () => {
    expect(ageUnits("Toyota, 34, is the biggest owner of the site.", "Toyota")).toEqual([null]);
    expect(ageUnits("Shell, 44, is the main sponsor of the event.", "Shell")).toEqual([null]);
    expect(ageUnits("Tesla, 34, is the chief executive's favourite.", "Tesla")).toEqual([null]);
  });
});

describe("a list of counties after a court's act", () => {
  it("reads three or four counties' figures as counts, not ages", () => {
    const three = "Police charged Kent, 34, Sussex, 28, and Surrey, 41, with breaching rules.";
    expect(ageUnits(three, "Kent")).toEqual([null, null, null]);
    const four = "Police charged Essex, 34, Kent, 28, Surrey, 41, and Sussex, 22, with offences.";
    expect(ageUnits(four, "Essex")).toEqual([null, null, null, null]);
  });

  it("keeps the ages of a pair, of a county named alone, of a list jailed and of a list with a surname", () => {
    const pair = "The court jailed Durham, 33, and Devon, 29, for fraud.";
    expect(ageUnits(pair, "Durham")).toEqual(["years", "years"]);
    expect(ageUnits("Officers charged Cornwall, 28, with assault.", "Cornwall")).toEqual(["years"]);
    const jailed = "Police jailed Durham, 34, Kent, 28, and Devon, 41, for fraud.";
    expect(ageUnits(jailed, "Durham")).toEqual(["years", "years", "years"]);
    const mixed = "Police arrested Kent, 34, Essex, 28, and Jones, 41, on Friday.";
    expect(ageUnits(mixed, "Kent")).toEqual(["years", "years", "years"]);
  });
});

describe("promoted this season at work", () => {
  it("reads the age of a person promoted at the bank or the firm", () => {
    const bank = "Taylor, 31, was promoted this season after a strong year at the bank.";
    expect(ageUnits(bank, "Taylor")).toEqual(["years"]);
    const firm = "Taylor, 31, was promoted this season after impressing at the firm.";
    expect(ageUnits(firm, "Taylor")).toEqual(["years"]);
  });

  it("keeps a club promoted after a run, at the stadium or in a list", () => {
    expect(ageUnits("Preston, 34, was promoted last season after a strong run.", "Preston")).toEqual([null]);
    const stadium = "Preston, 34, was promoted this season after beating Bolton at the stadium.";
    expect(ageUnits(stadium, "Preston")).toEqual([null]);
    expect(ageUnits("Bolton, 34, and Preston, 28, were promoted last season.", "Bolton")).toEqual([null, null]);
  });
});

describe("near-misses of decision 665's rules", () => {
  it("keeps after the saying a weekday an infinitive after the participle looks ahead to", () => {
    const cleared = "The club said on Tuesday that Jones was cleared to play on Saturday after a scan.";
    expect(dated(cleared, "cleared")).toEqual(["2026-05-05", "2026-05-09"]);
    const bailed = "Police said on Monday that the man was bailed to appear on Saturday.";
    expect(dated(bailed, "bailed")).toEqual(["2026-05-04", "2026-05-09"]);
    const advised = "Health officials said on Monday that residents were advised to stay indoors on Saturday.";
    expect(dated(advised, "advised")).toEqual(["2026-05-04", "2026-05-09"]);
    // A place or a term after "to", and "forced to", are still the act's day.
    const hospital = "Police said on Monday that two people were taken to hospital on Saturday.";
    expect(dated(hospital, "hospital")).toEqual(["2026-05-04", "2026-05-02"]);
    const land = "The airline said on Monday that the plane was forced to land on Saturday.";
    expect(dated(land, "land")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("keeps after the saying a weekday after 'to' or 'for', and a warning's", () => {
    const switched = "The league said on Tuesday that the derby was switched to Saturday because of policing.";
    expect(dated(switched, "switched")).toEqual(["2026-05-05", "2026-05-09"]);
    const adjourned = "The court said on Monday that the hearing was adjourned to Friday.";
    expect(dated(adjourned, "adjourned")).toEqual(["2026-05-04", "2026-05-08"]);
    const rearranged = "The league said on Monday that the match was rearranged for Saturday.";
    expect(dated(rearranged, "rearranged")).toEqual(["2026-05-04", "2026-05-09"]);
    const warned = "The Met Office said on Monday that drivers were warned of delays on Saturday.";
    expect(dated(warned, "warned")).toEqual(["2026-05-04", "2026-05-09"]);
    // A possessive after "for" is as often the past act's.
    const attack = "Police said on Monday that a man was arrested for Saturday's attack.";
    expect(dated(attack, "attack")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts from the saying a clause whose word in '-s' is its subject before a past verb", () => {
    const said = "The minister said on Tuesday that the centre, which officials said would open on Friday, was ready.";
    expect(dated(said, "officials")).toEqual(["2026-05-05", "2026-05-08"]);
    const sat = "The head said on Tuesday that the school, where pupils sat exams on Thursday, would stay open.";
    expect(dated(sat, "pupils")).toEqual(["2026-05-05", "2026-05-07"]);
    const expected = "The chairman said on Tuesday that the deal, which analysts expected to close on Friday, was off.";
    expect(dated(expected, "analysts")).toEqual(["2026-05-05", "2026-05-08"]);
    // A present verb after the subject is still the narrator's.
    const sit = "The head said on Tuesday that the school, where pupils sit exams on Thursday, would stay open.";
    expect(dated(sit, "pupils")).toEqual(["2026-05-05", "2026-05-14"]);
  });
});
