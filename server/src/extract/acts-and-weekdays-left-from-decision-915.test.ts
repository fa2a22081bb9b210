import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 915 left, taken or decided in decision 955. The texts are written
 * for these tests; published on Sunday 10 May, so Monday is the 4th and Tuesday the 5th.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("a court date after a relative clause's act, the hearing's verb off decision 915's list", () => {
  it("keeps ahead 'attends court', 'attend trial' and 'learn their sentences'", () => {
    const attends = "Police said on Monday that the man who robbed him attends court on Friday.";
    expect(dated(attends, "attends")).toEqual(["2026-05-04", "2026-05-08"]);
    const attend = "Police said on Monday that the men who robbed him attend trial on Friday.";
    expect(dated(attend, "attend")).toEqual(["2026-05-04", "2026-05-08"]);
    const sentences = "Police said on Monday that the men who robbed him learn their sentences on Friday.";
    expect(dated(sentences, "sentences")).toEqual(["2026-05-04", "2026-05-08"]);
    const sentence = "Police said on Monday that the man who robbed him learns his sentence on Friday.";
    expect(dated(sentence, "sentence")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps 'appears in court' and 'is sentenced' ahead, as they were", () => {
    const appears = "Police said on Monday that the man who robbed him appears in court on Friday.";
    expect(dated(appears, "appears")).toEqual(["2026-05-04", "2026-05-08"]);
    const sentenced = "Police said on Monday that the man who robbed him is sentenced on Friday.";
    expect(dated(sentenced, "sentenced")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("near-misses of the hearing's verb", () => {
  it("still counts back a past hearing and an act with the court in its object", () => {
    const attended = "Police said on Monday that the man who robbed him attended court on Friday.";
    expect(dated(attended, "attended")).toEqual(["2026-05-04", "2026-05-01"]);
    const learned = "Police said on Monday that the man who robbed him learned his sentence on Friday.";
    expect(dated(learned, "learned")).toEqual(["2026-05-04", "2026-05-01"]);
    const attendant = "Police said on Monday that the man who attacked the court attendant on Friday was arrested.";
    expect(dated(attendant, "attendant")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("a passive after a relative clause's getaway", () => {
  it("is one claim, counted back from the publication or the saying", () => {
    const bare = "The gang who robbed the shop and went into hiding were caught on Friday.";
    expect(claims(bare).map((c) => c.text)).toEqual([
      "The gang who robbed the shop and went into hiding were caught on Friday",
    ]);
    expect(dated(bare, "caught")).toEqual(["2026-05-08"]);
    const said = "Police said on Monday that the gang who robbed the shop and went into hiding were caught on Friday.";
    expect(claims(said)).toHaveLength(1);
    expect(dated(said, "caught")).toEqual(["2026-05-04", "2026-05-01"]);
    const scene = "Police said on Monday that the gang that robbed the shop and left the scene were caught on Friday.";
    expect(dated(scene, "caught")).toEqual(["2026-05-04", "2026-05-01"]);
  });

  it("keeps a relative clause's second act with an object in one claim before the main verb", () => {
    for (const body of [
      "The man who stole the car and injured a pedestrian was jailed on Friday.",
      "The driver who hit a cyclist and left the scene was jailed on Friday.",
      "The man who robbed the shop and went into hiding has been caught.",
      "The woman who founded the charity and ran it for 20 years has died.",
      // An auxiliary and its participle are the relative clause's one verb.
      "The gang who had robbed the shop and went into hiding were caught on Friday.",
    ])
      expect(claims(body), body).toHaveLength(1);
  });
});

describe("near-misses of the relative clause's second act", () => {
  it("still splits a main clause's two acts, one before the relative word, and one with no main verb after", () => {
    const gang = claims("The gang robbed the shop and went into hiding on Friday.");
    expect(gang.map((c) => c.text)).toEqual(["The gang robbed the shop", "The gang went into hiding on Friday"]);
    const charged = claims("Police arrested the man who robbed the shop and charged him on Friday.");
    expect(charged.map((c) => c.text)).toEqual([
      "Police arrested the man who robbed the shop",
      "Police charged him on Friday",
    ]);
    expect(claims("Smith scored 31 goals and was named player of the year.")).toHaveLength(2);
    expect(claims("It was the gang that robbed the shop and went into hiding.")).toHaveLength(2);
    // The auxiliary is a clause's of its own, after "where" or "after", not the main clause's.
    expect(claims("Officers think that the men stole a car and drove it to Leeds where it was found.")).toHaveLength(2);
    expect(claims("The gang who robbed the shop and went into hiding after they were named.")).toHaveLength(2);
  });
});

describe("a launch's 'hit' into a place off decision 915's list (decided, not changed)", () => {
  it("keeps ahead a singular's present 'hits' and a forecast's 'will hit'", () => {
    const film = "The studio said on Tuesday that the film hits cinemas on Friday.";
    expect(dated(film, "film")).toEqual(["2026-05-05", "2026-05-08"]);
    const series = "The studio said on Tuesday that the new series hits streaming services on Friday.";
    expect(dated(series, "series")).toEqual(["2026-05-05", "2026-05-08"]);
    const model = "Ford said on Tuesday that the new model hits forecourts on Friday.";
    expect(dated(model, "model")).toEqual(["2026-05-05", "2026-05-08"]);
    const will = "Ford said on Tuesday that the new cars will hit forecourts on Friday.";
    expect(dated(will, "cars")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("still counts back a plural's 'hit' into forecourts, which may be the day gone", () => {
    const rises = "Analysts said on Tuesday that fuel price rises hit forecourts on Friday.";
    expect(dated(rises, "rises")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});

describe("near-misses of decision 955's rules (review)", () => {
  it("still splits the main clause's two acts after a subject and its relative clause", () => {
    const bridge = claims("The firm that built the bridge denied the claims and said it was not to blame.");
    expect(bridge.map((c) => c.text)).toEqual([
      "The firm that built the bridge denied the claims",
      "The firm that said it was not to blame",
    ]);
    for (const body of [
      "The minister who announced the plan resigned on Friday and said the policy was flawed.",
      "The doctor who treated her raised the alarm and said the ward was unsafe.",
      "The gang who robbed the shop stole £5,000 and hid it in a car they had stolen.",
    ])
      expect(claims(body), body).toHaveLength(2);
  });
});
