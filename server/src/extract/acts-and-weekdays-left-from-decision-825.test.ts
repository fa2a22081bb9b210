import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Acts and weekdays that decision 825 left, mended in decision 865. The texts are written for
 * these tests; published on Sunday 10 May, so Monday is the 4th.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);

describe("a plural's 'hit' before a 'when' clause that names no day to come", () => {
  it("counts back a 'hit' whose 'when' clause is a timeless present", () => {
    const ferries = "Forecasters said on Monday that gales hit Scotland on Saturday, when ferries are busiest.";
    expect(dated(ferries, "gales")).toEqual(["2026-05-04", "2026-05-02"]);
    const usually =
      "Forecasters said on Monday that storms hit the coast on Saturday, when the beaches are usually full.";
    expect(dated(usually, "storms")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts back a 'hit' whose 'when' clause has a singular's bare past", () => {
    const burst = "Police said on Monday that the floods hit the town on Saturday, when the river burst its banks.";
    expect(dated(burst, "floods")).toEqual(["2026-05-04", "2026-05-02"]);
  });
});

describe("near-misses of the 'when' clause", () => {
  it("still counts back an act that is past only, and a 'when' clause with no comma", () => {
    const arrested = "Police said on Monday that officers arrested the man on Saturday, when crowds are biggest.";
    expect(dated(arrested, "arrested")).toEqual(["2026-05-04", "2026-05-02"]);
    const noComma = "Police said on Monday that the floods hit the town on Saturday when the river burst its banks.";
    expect(dated(noComma, "floods")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("keeps a plural's 'hit' ahead where the 'when' clause is a present still to come", () => {
    const cap = "The Treasury said on Tuesday that the new rates hit households on Friday, when the cap changes.";
    expect(dated(cap, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
    const bills = "The Treasury said on Tuesday that the new rates hit households on Friday, when bills rise.";
    expect(dated(bills, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("keeps a future and a launch ahead", () => {
    const will = "Apple said on Tuesday that the new phones will hit shops on Friday, when stores are busiest.";
    expect(dated(will, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
    const stores = "Apple said on Tuesday that the new phones hit stores on Friday.";
    expect(dated(stores, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("a court date after a relative clause's act with a short object", () => {
  it("keeps the men's hearing ahead of the saying", () => {
    const appear = "Police said on Monday that the men who stole a van appear on Friday.";
    expect(dated(appear, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
    const when = "Police said on Monday that the men who stole a van appear on Friday, when the court is busiest.";
    expect(dated(when, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("an object whose last noun is spelt like a hearing's verb", () => {
  it("counts back an act with 'the face' after its preposition", () => {
    const face = "Police said on Monday that the man shot a rival in the face on Friday.";
    expect(dated(face, "shot")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("near-misses of the court date", () => {
  it("still counts back an act whose short object ends in such a noun", () => {
    const stand = "Police said on Monday that the gang torched a market stand on Friday.";
    expect(dated(stand, "torched")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("an irregular past joined on by 'and' after an act", () => {
  it("counts back 'ran' and 'made off' as the act's", () => {
    const ran = "Police said on Monday that the men took the cash and ran on Saturday.";
    expect(dated(ran, "ran on")).toEqual(["2026-05-04", "2026-05-02"]);
    const madeOff = "Police said on Monday that the gang stole a car and made off on Sunday.";
    expect(dated(madeOff, "made off")).toEqual(["2026-05-04", "2026-05-03"]);
    const drove = "Police said on Monday that the man stole a van and drove away on Friday.";
    expect(dated(drove, "drove")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("near-misses of the joined irregular past", () => {
  it("keeps ahead a joined present, a joined plan and a joined verb with no act before it", () => {
    const set = "Police said on Monday that officers arrested the man and set bail on Friday.";
    expect(dated(set, "set bail")).toEqual(["2026-05-04", "2026-05-08"]);
    const left = "The club said on Monday that it sacked the manager and left for Spain on Friday.";
    expect(dated(left, "left")).toEqual(["2026-05-04", "2026-05-08"]);
    const went = "The union said on Monday that members voted and went back on Friday.";
    expect(dated(went, "went")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a long object after 'from', 'for' or 'by'", () => {
  it("counts back a theft from a place, with the place's town after it", () => {
    const shop = "Police said on Monday that the man stole £5,000 from a charity shop in Leeds on Friday.";
    expect(dated(shop, "charity")).toEqual(["2026-05-04", "2026-05-01"]);
    const safe = "Police said on Monday that the woman took the money from the shop safe on Saturday.";
    expect(dated(safe, "safe")).toEqual(["2026-05-04", "2026-05-02"]);
  });

  it("counts back a rescue from a place, an arrest for an offence and an attack by a place", () => {
    const river = "The coastguard said on Monday that crews rescued two boys from the river on Saturday.";
    expect(dated(river, "rescued")).toEqual(["2026-05-04", "2026-05-02"]);
    const assault = "Police said on Monday that officers arrested a man for an assault in Leeds on Friday.";
    expect(dated(assault, "assault")).toEqual(["2026-05-04", "2026-05-01"]);
    const canal = "Police said on Monday that the gang attacked a man by the canal on Friday.";
    expect(dated(canal, "canal")).toEqual(["2026-05-04", "2026-05-01"]);
  });
});

describe("near-misses of the long object after 'from', 'for' or 'by'", () => {
  it("keeps ahead a fixture after 'from' or 'for', and a deadline after 'by'", () => {
    const match = "The club said on Monday that it suspended the player from the match on Saturday.";
    expect(dated(match, "suspended")).toEqual(["2026-05-04", "2026-05-09"]);
    const banned = "The club said on Monday that it suspended the player for the match on Saturday.";
    expect(dated(banned, "suspended")).toEqual(["2026-05-04", "2026-05-09"]);
    const fans = "The club said on Monday that it charged fans £50 for the match on Saturday.";
    expect(dated(fans, "fans")).toEqual(["2026-05-04", "2026-05-09"]);
    const deadline = "The council said on Monday that it seized the land by the deadline on Friday.";
    expect(dated(deadline, "seized")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps ahead a court date after a relative clause's theft", () => {
    const appear = "Police said on Monday that the men who stole cash from the shop appear on Friday.";
    expect(dated(appear, "appear")).toEqual(["2026-05-04", "2026-05-08"]);
  });
});

describe("a launch's 'hit' with its price after the weekday", () => {
  it("keeps the launch's day ahead of the saying", () => {
    const priced = "Apple said on Tuesday that the new phones hit stores on Friday, priced at £799.";
    expect(dated(priced, "phones")).toEqual(["2026-05-05", "2026-05-08"]);
    const from = "The carmaker said on Tuesday that the new models hit showrooms on Friday, starting at £30,000.";
    expect(dated(from, "models")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("near-misses of the launch with words after its weekday", () => {
  it("still counts back box-office copy and a raid with words after the weekday", () => {
    const taking = "The studio said on Tuesday that the films hit cinemas on Friday, taking £5m.";
    expect(dated(taking, "films")).toEqual(["2026-05-05", "2026-05-01"]);
    const raiders = "Police said on Tuesday that raiders hit shops on Friday, costing owners £5,000.";
    expect(dated(raiders, "raiders")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});

describe("near-misses of decision 865's rules", () => {
  it("keeps a plural's 'hit' ahead before a 'when' clause whose cut, cost or hit is a noun", () => {
    const cut =
      "The Treasury said on Tuesday that the new rates hit households on Friday, when the price cut takes effect.";
    expect(dated(cut, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
    const cost =
      "The Treasury said on Tuesday that the new rates hit households on Friday, when the energy cost cap rises.";
    expect(dated(cost, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
    const shut =
      "The Treasury said on Tuesday that the new tolls hit drivers on Friday, when the bridge shut for repairs ends.";
    expect(dated(shut, "tolls")).toEqual(["2026-05-05", "2026-05-08"]);
    const bites = "Analysts said on Tuesday that the tariffs hit exporters on Friday, when the spending cut bites.";
    expect(dated(bites, "tariffs")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("keeps a plural's 'hit' ahead before 'are most likely to'", () => {
    const likely =
      "The Treasury said on Tuesday that the new rates hit households on Friday, when ministers are most likely to announce the cap.";
    expect(dated(likely, "rates")).toEqual(["2026-05-05", "2026-05-08"]);
  });

  it("keeps ahead the day after a relative clause's getaway or theft", () => {
    const ran = "Police said on Monday that the teenagers who robbed the shop and ran face court on Friday.";
    expect(dated(ran, "teenagers")).toEqual(["2026-05-04", "2026-05-08"]);
    const drove = "Police said on Monday that the men that stole a car and drove off return on Friday.";
    expect(dated(drove, "drove")).toEqual(["2026-05-04", "2026-05-08"]);
    const shop = "Police said on Monday that the men that stole cash from the shop return on Friday.";
    expect(dated(shop, "shop")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("keeps ahead a time of day after 'by'", () => {
    const afternoon = "The council said on Monday that it found a buyer by the afternoon on Friday.";
    expect(dated(afternoon, "buyer")).toEqual(["2026-05-04", "2026-05-08"]);
    const morning = "The council said on Monday that it found a buyer by the morning of Friday.";
    expect(dated(morning, "buyer")).toEqual(["2026-05-04", "2026-05-08"]);
  });

  it("still counts back a launch whose price is followed by what was sold", () => {
    const sold =
      "Apple said on Tuesday that the new phones hit stores on Friday, priced at £799, and sold out within hours.";
    expect(dated(sold, "phones")).toEqual(["2026-05-05", "2026-05-01"]);
    const dash = "Nintendo said on Tuesday that its new consoles hit shelves on Friday, priced at £299 — and sold out.";
    expect(dated(dash, "consoles")).toEqual(["2026-05-05", "2026-05-01"]);
  });
});
