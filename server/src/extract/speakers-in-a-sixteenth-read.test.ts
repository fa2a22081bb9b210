import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Speakers and wording from the sixteenth read of news copy (decisions 350 and 355): a storm live
 * blog, a rail derailment report, an NBA game story, a wildlife survey and a health study. The
 * texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const said = (body: string) => claims(body).map((c) => [c.text, c.claimant.name, c.claimant.type]);

describe("a quotation after an office holder named between commas", () => {
  const NRW = "Natural Resources Wales has issued 30 flood warnings. ";

  it("gives “…,” she said to the first minister, not to the body named before", () => {
    const all = claims(
      `${NRW}The first minister of Wales, Eluned Morgan, has urged people not to travel unless necessary. “This is a very serious storm. Please listen to the advice,” she said.`,
    );
    expect(all.slice(2).map((c) => [c.text, c.claimant.name])).toEqual([
      ["Eluned Morgan said: “This is a very serious storm”", "Eluned Morgan"],
      ["Eluned Morgan said: “Please listen to the advice”", "Eluned Morgan"],
    ]);
  });

  it("reads the office of a place of two words", () => {
    const all = claims(
      "Dr Tom Reid spoke first. The mayor of Greater Manchester, Andy Burnham, has urged calm. “It is serious,” he said.",
    );
    expect(all[2]!.claimant.name).toBe("Andy Burnham");
  });

  it("counter-example: a place described between commas names no one", () => {
    const all = claims(
      "Dr Tom Reid spoke first. The capital of Wales, Cardiff, has flooded. “It is serious,” he said.",
    );
    expect(all[2]!.claimant.name).toBe("Tom Reid");
  });
});

describe("a live blog's lead-in line that names the speaker of the quotation under it", () => {
  const ESB = "ESB Networks said 40,000 homes were without power.\n\n";

  it("gives the quotation and the one after it to the person before the colon", () => {
    const all = claims(
      `${ESB}Here's the latest from the Met Office's chief meteorologist, Paul Gundersen:\n\n“Storm Imogen will bring damaging winds to western areas through the morning.”\n\n“Please take care on the roads.”`,
    );
    expect(all.slice(2).map((c) => c.claimant.name)).toEqual(["Paul Gundersen", "Paul Gundersen"]);
  });

  it("counter-example: a heading with a colon and no role names no speaker", () => {
    const all = claims(`${ESB}Travel advice from Transport for Wales:\n\n“Do not travel unless necessary.”`);
    expect(all[2]!.claimant.name).toBe("ESB Networks");
  });
});

describe("a trailing “<group> have confirmed”", () => {
  it("gives the claim to the gardaí, as a body", () => {
    expect(
      said("A man in his 60s has died after a tree fell on his car in County Mayo, gardaí have confirmed."),
    ).toEqual([
      [
        "According to the gardaí, a man in his 60s has died after a tree fell on his car in County Mayo",
        "gardaí",
        "organization",
      ],
    ]);
  });

  it("gives the claim to the coastguard", () => {
    expect(said("A man has died after a tree fell on his car, the coastguard has confirmed.")).toEqual([
      ["According to the coastguard, a man has died after a tree fell on his car", "coastguard", "organization"],
    ]);
  });

  it("counter-example: one garda is no body, and is read as before", () => {
    expect(said("A man has died after a tree fell on his car, a garda said.")[0]![1]).toBe("the article");
  });
});

describe("what someone told investigators, under the tag of a report", () => {
  it("gives the whole clause to the report, with the crew and the audience in its wording", () => {
    expect(said("The crew told investigators they had been on duty for nearly 11 hours, the report said.")).toEqual([
      [
        "According to the report, the crew told investigators they had been on duty for nearly 11 hours",
        "report",
        "organization",
      ],
    ]);
  });

  it("without a tag, the crew's, and the investigators are the audience", () => {
    expect(said("The crew told investigators they had been on duty for nearly 11 hours.")[0]![0]).toBe(
      "According to the crew, they had been on duty for nearly 11 hours",
    );
  });

  it("counter-example: a comment after the comma is no tag", () => {
    expect(
      said("The driver told police he had been on duty for 11 hours, a claim the company disputes.").map((c) => c[1]),
    ).toEqual(["driver", "the article"]);
  });
});

describe("bodies whose names read like a person's", () => {
  it("types a railway, a union, a transport body, an airport and a power network as organisations", () => {
    expect(
      said(
        "Norfolk Southern said in a statement that it was cooperating fully with the investigation. The Brotherhood of Locomotive Engineers and Trainmen said crews were overworked. Transport for Wales said all trains were cancelled. Dublin airport said 40 flights were cancelled. Electricity North West said 12,000 homes were without power.",
      ),
    ).toEqual([
      ["Norfolk Southern said it was cooperating fully with the investigation", "Norfolk Southern", "organization"],
      [
        "According to the Brotherhood of Locomotive Engineers and Trainmen, crews were overworked",
        "Brotherhood of Locomotive Engineers and Trainmen",
        "organization",
      ],
      ["According to Transport for Wales, all trains were cancelled", "Transport for Wales", "organization"],
      ["According to the Dublin airport, 40 flights were cancelled", "Dublin airport", "organization"],
      [
        "According to Electricity North West, 12,000 homes were without power",
        "Electricity North West",
        "organization",
      ],
    ]);
  });

  it("types a team named “the Nuggets” as a body, not the person “Denver Nuggets”", () => {
    expect(
      said(
        "Denver Nuggets guard Christian Braun sprained his ankle in Game 2. The Nuggets said 12 players were available.",
      )[1],
    ).toEqual(["According to the Nuggets, 12 players were available", "the Nuggets", "organization"]);
  });

  it("keeps “he” when a team speaks: it is no “he”, and the sentence before may name others", () => {
    expect(
      said(
        "Denver was without guard Christian Braun, who sprained his left ankle in Game 2. The Nuggets said he is day-to-day.",
      )[1],
    ).toEqual(["According to the Nuggets, he is day-to-day", "the Nuggets", "organization"]);
  });

  it("counter-examples: people stay people", () => {
    expect(
      said(
        "Kristi Noem said the border was secure. Gustavo Petro said it was not. Jimmy Wales said the site was free. Jim Banks said the bill would pass. Minister for Europe Stephen Doughty said talks went well.",
      ).map((c) => [c[1], c[2]]),
    ).toEqual([
      ["Kristi Noem", "person"],
      ["Gustavo Petro", "person"],
      ["Jimmy Wales", "person"],
      ["Jim Banks", "person"],
      ["Stephen Doughty", "person"],
    ]);
  });

  it("keeps a family the article names one of as people, named with its “the”", () => {
    expect(said("Barack Obama spoke at the event. The Obamas said they were grateful.")[1]!.slice(1)).toEqual([
      "the Obamas",
      "person",
    ]);
  });
});

describe("a department whose name lists its areas with commas", () => {
  it("reads the name up to its short form after a trailing “according to”", () => {
    expect(
      said(
        "Around 50% of the UK's hedgerows have been lost since the Second World War, according to the Department for Environment, Food and Rural Affairs (Defra).",
      ),
    ).toEqual([
      [
        "According to the Department for Environment, Food and Rural Affairs, around 50% of the UK's hedgerows have been lost since the Second World War",
        "Department for Environment, Food and Rural Affairs",
        "organization",
      ],
    ]);
  });

  it("reads it after an opening “According to”, and without a short form after a body's kind", () => {
    expect(
      said(
        "According to the Department for Environment, Food and Rural Affairs (Defra), around 50% of hedgerows have been lost.",
      )[0]![1],
    ).toBe("Department for Environment, Food and Rural Affairs");
    expect(
      said(
        "Around 50% of hedgerows have been lost, according to the Department for Digital, Culture, Media and Sport.",
      )[0]![1],
    ).toBe("Department for Digital, Culture, Media and Sport");
  });

  it("counter-example: a clause after the source's comma is no part of its name", () => {
    expect(said("Prices rose 4%, according to the ministry, and Exports Minister Tom Lee said trade grew.")[0]).toEqual(
      ["According to the ministry, prices rose 4%", "ministry", "organization"],
    );
  });
});

describe("“<figure> of them” after a sentence that counts one group", () => {
  it("words the figure with the group it is a part of", () => {
    const all = claims(
      "The researchers followed 72,083 adults for ten years. During that time, 518 of them were diagnosed with dementia.",
    );
    expect(all[1]!.text).toBe("During that time, 518 of the 72,083 adults were diagnosed with dementia");
    expect(all[1]!.quantities.map((q) => [q.value, q.unit])).toEqual([[518, "adults"]]);
  });

  it("counter-examples: two groups, or a figure larger than the group, keep “them”", () => {
    expect(claims("Police arrested 12 men and 3 women. 2 of them were charged.").at(-1)!.text).toBe(
      "2 of them were charged",
    );
    expect(claims("Police arrested 12 men. 20 of them were charged.").at(-1)!.text).toBe("20 of them were charged");
    // "them" is the group the same claim counts first.
    expect(
      claims(
        "The state has 223,000 kids. In Ohio, 1.4 million Ohioans have no health insurance, 114,000 of them lost it.",
      ).at(-1)!.text,
    ).toContain("114,000 of them lost it");
  });
});

describe("counter-examples from a review", () => {
  const quoted = (body: string) => {
    const c = claims(body).at(-1)!;
    return [c.claimant.name, c.claimant.type];
  };

  it("gives no quotation to the interviewer, the recipient or the other party a lead-in names", () => {
    for (const lead of [
      "Rishi Sunak was pressed on taxes by the BBC's political editor, Chris Mason:",
      "The health secretary was asked about waiting lists by our correspondent, Sarah Jones:",
      "The minister's reply, sent to our reporter, James Hill:",
      "We put the residents' concerns to the council's chief executive, Mark Evans:",
      "A letter seen by the BBC was written by the hospital's medical director, Dr Anne Lee, and sent to the chief nurse, Mary Cole:",
      "The prime minister spoke to reporters after meeting the French president, Emmanuel Macron:",
      "This was the message from one of the victims to the club's manager, Gary Neville:",
    ])
      expect(quoted(`${lead}\n\n“We have no plans to raise income tax.”`)).toEqual(["the article", "article"]);
  });

  it("still gives the quotation to a speaker the line names after “from”, or on its own", () => {
    expect(quoted("Reaction from the shadow chancellor, Rachel Reeves:\n\n“This budget fails families.”")).toEqual([
      "Rachel Reeves",
      "person",
    ]);
    expect(quoted("The Met Office's chief meteorologist, Paul Gundersen:\n\n“Winds of 90mph are possible.”")).toEqual([
      "Paul Gundersen",
      "person",
    ]);
  });

  it("keeps people named like a nation or a region people, and their “he” or “she”", () => {
    for (const [body, name] of [
      ["Dr Ben Ireland said the hospital had run out of beds. He said 40 patients were waiting.", "Ben Ireland"],
      ["Councillor Jane England said the bins would be collected weekly. She said it would save £1m.", "Jane England"],
      ["Sir Ian Wales said the club would not be sold. He said the board had rejected two bids.", "Sir Ian Wales"],
      [
        "Dr Sarah Wales, a GP in Swansea, said patients were waiting. She said the practice had lost two doctors.",
        "Sarah Wales",
      ],
      ["Former model Kathy Ireland said the brand had sold well. She said she still owned it.", "Kathy Ireland"],
      ["Country singer Mary Jo Scotland said the tour was off. She said fans would be refunded.", "Mary Jo Scotland"],
      [
        "Mary Jo England, a nurse from Leeds, said the ward was short of staff. She said patients waited 12 hours.",
        "Mary Jo England",
      ],
      ["Jimmy Donal Wales said the site would stay free. He said donations had risen by a third.", "Jimmy Donal Wales"],
      ["Labour peer Baroness Scotland said she had been cleared. She said the inquiry was fair.", "Baroness Scotland"],
      [
        "Kim Kardashian's daughter North West said she wanted to sing. She said she had written six songs.",
        "North West",
      ],
    ])
      expect(said(body!).map((c) => [c[1], c[2]])).toEqual([
        [name, "person"],
        [name, "person"],
      ]);
  });

  it("keeps a member for a place a person, and their “she”", () => {
    for (const [body, name] of [
      [
        "The MP for Cardiff North said the hospital should stay open. She said 2,000 people signed.",
        "MP for Cardiff North",
      ],
      [
        "The MSP for Glasgow Southside said the cuts would hit families. She said 400 jobs would go.",
        "MSP for Glasgow Southside",
      ],
    ])
      expect(said(body!).map((c) => [c[1], c[2]])).toEqual([
        [name, "person"],
        [name, "person"],
      ]);
    expect(said("Chris Bryant, MP for Rhondda and Ogmore, said the closure would cost 300 jobs.")[0]![2]).toBe(
      "person",
    );
  });

  it("counter-examples: bodies named like people stay bodies", () => {
    expect(
      said(
        "Natural Resources Wales said 30 warnings were in force. Public Health Scotland said cases rose. Electricity North West said 12,000 homes were cut off. Transport for Wales said trains were cancelled.",
      ).map((c) => c[2]),
    ).toEqual(["organization", "organization", "organization", "organization"]);
  });

  it("keeps a family or a people named in the plural people, a family with its “the”", () => {
    for (const [body, name] of [
      ["The Smiths said they had not been told the road would close.", "the Smiths"],
      ["The Clintons said they would not attend. A spokesman for the couple said it was decided.", "the Clintons"],
      ["The Kardashians said the show would end after its 20th season.", "the Kardashians"],
      ["The Sussexes said they were disappointed by the decision.", "the Sussexes"],
      ["The Kurds said they would not accept the new border.", "Kurds"],
      ["The Uyghurs said they had been denied entry.", "Uyghurs"],
    ])
      expect(said(body!)[0]!.slice(1)).toEqual([name, "person"]);
  });

  it("counter-examples: a team the article names with its place, or a listed one, is a body", () => {
    expect(said("Cleveland Cavaliers guard Tom Reid was hurt. The Cavaliers said he would miss a week.")[1]![0]).toBe(
      "According to the Cavaliers, he would miss a week",
    );
    expect(said("Boston Bruins forward Tom Reid was hurt. The Bruins said 12 players were fit.")[1]!.slice(1)).toEqual([
      "the Bruins",
      "organization",
    ]);
    expect(said("The Lakers said 12 players were available.")[0]!.slice(1)).toEqual(["the Lakers", "organization"]);
  });

  it("keeps officers counted before “gardaí” people", () => {
    expect(said("Two gardaí said they saw the car speeding, the court heard.")[0]!.slice(1)).toEqual([
      "two gardaí",
      "person",
    ]);
    expect(said("Several gardaí said they were injured.")[0]![2]).toBe("person");
    // Counter-example: the force as a whole is a body.
    expect(said("Gardaí said 34 people had been arrested.")[0]![2]).toBe("organization");
  });

  it("types the Red Cross a body, named with its “the”", () => {
    expect(said("Officials told the BBC that 40 people had died, the Red Cross said.")).toEqual([
      ["According to the Red Cross, officials told the BBC that 40 people had died", "Red Cross", "organization"],
    ]);
  });
});
