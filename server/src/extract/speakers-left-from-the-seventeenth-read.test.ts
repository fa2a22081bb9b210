import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Decision 410: readings of who says what that decisions 365, 395 and 405 left. The texts are
 * written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const lastClaim = (body: string) => claims(body).at(-1)!;
const lastText = (body: string) => lastClaim(body).text;
const speaker = (c: ExtractedClaim) => [c.claimant.name, c.claimant.via ?? null, c.text];

describe("a newspaper named by ordinary words, after 'the'", () => {
  it("relays what a speaker told it", () => {
    expect(speaker(lastClaim("Smith told the Sun the lorry had not stopped."))).toEqual([
      "Smith",
      "Sun",
      "According to Smith (via the Sun), the lorry had not stopped",
    ]);
    expect(speaker(lastClaim("Smith told the Evening Standard the lorry had not stopped."))).toEqual([
      "Smith",
      "Evening Standard",
      "According to Smith (via the Evening Standard), the lorry had not stopped",
    ]);
    expect(lastClaim("Smith told the Hollywood Reporter the film had cost $40 million.").claimant.via).toBe(
      "Hollywood Reporter",
    );
    expect(speaker(lastClaim("According to the Athletic, Smith told friends he would leave."))).toEqual([
      "Smith",
      "Athletic",
      "Smith (via the Athletic) said he would leave",
    ]);
    expect(lastClaim("According to the Daily Mail, Smith told friends he would resign.").claimant.via).toBe(
      "Daily Mail",
    );
  });

  it("writes the outlet in '(via …)' as it would be written as the claimant", () => {
    // Newspapers and initials read letter by letter take "the"; agencies and "… News" do not.
    expect(lastText("Smith told the Guardian the council had lied.")).toBe(
      "According to Smith (via the Guardian), the council had lied",
    );
    expect(lastText("Smith told the Washington Post the lorry had not stopped.")).toBe(
      "According to Smith (via the Washington Post), the lorry had not stopped",
    );
    expect(lastText("Smith told the Daily Express the plan would fail.")).toBe(
      "According to Smith (via the Daily Express), the plan would fail",
    );
    expect(lastText("Smith told the BBC the lorry had not stopped.")).toBe(
      "According to Smith (via the BBC), the lorry had not stopped",
    );
    expect(lastText("Smith told Reuters the lorry had not stopped.")).toBe(
      "According to Smith (via Reuters), the lorry had not stopped",
    );
    expect(lastText("Smith told ITV News the lorry had not stopped.")).toBe(
      "According to Smith (via ITV News), the lorry had not stopped",
    );
    expect(lastText("Smith told state television the lorry had not stopped.")).toBe(
      "According to Smith (via state television), the lorry had not stopped",
    );
    // The field keeps the bare name, as a claimant's name does.
    expect(lastClaim("Smith told the BBC the lorry had not stopped.").claimant.via).toBe("BBC");
    expect(lastText("According to the Athletic, Manchester United will sign 3 players.")).toBe(
      "According to the Athletic, Manchester United will sign 3 players",
    );
  });

  it("reads the same words as before where no outlet stands", () => {
    expect(speaker(lastClaim("The Sun rose at 6am, Smith said."))).toEqual([
      "Smith",
      null,
      "According to Smith, the Sun rose at 6am",
    ]);
    expect(speaker(lastClaim("According to the Athletic club, 400 members left."))).toEqual([
      "Athletic club",
      null,
      "According to the Athletic club, 400 members left",
    ]);
    expect(lastClaim("Smith told the Times Square crowd the plan would fail.").claimant.via).toBeNull();
    // "the Standard" alone is no outlet here: a standard is as often a rule.
    expect(lastClaim("Smith told the Standard the lorry had not stopped.").claimant.via).toBeNull();
    expect(lastClaim("According to Sun, Smith told friends he would resign.").claimant.via).toBeNull();
  });
});

describe("'the agency', 'the bank', 'the group' after the sentence that names one", () => {
  const name = (body: string) => lastClaim(body).claimant.name;

  it("names the one body of the kind the sentence before names alone", () => {
    expect(
      speaker(
        lastClaim(
          "The Environment Agency issued 40 flood warnings on Monday. The agency said rivers would peak on Tuesday.",
        ),
      ),
    ).toEqual(["Environment Agency", null, "According to the Environment Agency, rivers would peak on Tuesday"]);
    expect(
      lastText("The Bank of England held rates at 4% on Thursday. The bank said inflation would fall to 2% next year."),
    ).toBe("According to the Bank of England, inflation would fall to 2% next year");
    expect(lastText("Marlow Group raised its forecast on Tuesday. The group said sales rose 5% in the quarter.")).toBe(
      "According to Marlow Group, sales rose 5% in the quarter",
    );
    expect(name("Lloyds Bank cut its mortgage rates on Monday. The bank said 2 million customers would benefit.")).toBe(
      "Lloyds Bank",
    );
  });

  it("keeps the kind word where the sentence before names two, another, or none that fits", () => {
    expect(
      name("Lloyds Bank and Barclays Bank cut their rates. The bank said 2 million customers would benefit."),
    ).toBe("bank");
    expect(name("Lloyds Bank cut rates after HSBC did. The bank said 2 million customers would benefit.")).toBe("bank");
    expect(name("Tesco cut its prices on Monday. The bank said 2 million customers would benefit.")).toBe("bank");
    expect(name("Lloyds Bank hired a rival bank's boss. The bank said 2 million customers would benefit.")).toBe(
      "bank",
    );
    expect(
      name("Lloyds Bank cut its rates on Monday. Shares rose 3%. The bank said 2 million customers would benefit."),
    ).toBe("bank");
    expect(
      name("Marlow Group raised its forecast on Tuesday. The group of MPs said sales rose 5% in the quarter."),
    ).toBe("group of MPs");
    expect(
      name(
        "The Environment Agency issued 40 flood warnings on Monday. The agency's chief executive said rivers would peak on Tuesday.",
      ),
    ).toBe("agency's chief executive");
    expect(name("National Highways closed the M6 on Monday. The agency said the road would reopen on Tuesday.")).toBe(
      "agency",
    );
  });
});

describe("a hearing or a ruling in the tag that closes the sentence", () => {
  const who = (body: string) => {
    const c = lastClaim(body);
    return [c.claimant.name, c.claimant.type, c.text];
  };

  it("gives a ruling to the coroner or court that made it", () => {
    expect(who("Cyclist's death on A38 'could have been prevented', coroner rules")).toEqual([
      "coroner",
      "person",
      "According to the coroner, Cyclist's death on A38 “could have been prevented”",
    ]);
    expect(who("Smith died of natural causes, the coroner ruled.")).toEqual([
      "coroner",
      "person",
      "According to the coroner, Smith died of natural causes",
    ]);
    expect(who("Abortion ban is unconstitutional, Supreme Court rules")).toEqual([
      "Supreme Court",
      "organization",
      "According to the Supreme Court, abortion ban is unconstitutional",
    ]);
  });

  it("gives what a hearing heard to the evidence, as 'The court heard that …' does", () => {
    expect(who("Smith had drunk 8 pints before the crash, court hears.")).toEqual([
      "evidence heard by the court",
      "unnamed_sources",
      "According to evidence heard by the court, Smith had drunk 8 pints before the crash",
    ]);
    expect(who("Smith had drunk 8 pints before the crash, inquest told.")[0]).toBe("evidence heard by the inquest");
    expect(who("The lorry was travelling at 28mph, the inquest heard.")[2]).toBe(
      "According to evidence heard by the inquest, the lorry was travelling at 28mph",
    );
    expect(who("The lorry was travelling at 28mph, the jury was told on Monday.")[0]).toBe(
      "evidence heard by the jury",
    );
    expect(who("The lorry was travelling at 28mph, Leeds Crown Court heard.")[0]).toBe(
      "evidence heard by Leeds Crown Court",
    );
  });

  it("reads as before where the sentence names its own speaker or the words are no tag", () => {
    expect(who("Two gardaí said they saw the car speeding, the court heard.").slice(0, 2)).toEqual([
      "two gardaí",
      "person",
    ]);
    expect(who("The match was abandoned, under league rules.")[0]).toBe("the article");
    expect(who("Smith lost his job, and the court rules.")[0]).toBe("the article");
    expect(who("The court heard evidence for three days.")[0]).toBe("the article");
    expect(who("The coroner ruled the driver had died instantly.")[0]).toBe("the article");
  });
});

describe("a member's seat or title and party after their name", () => {
  const who = (body: string) => {
    const c = lastClaim(body);
    return [c.claimant.name, c.claimant.type];
  };

  it("gives the claim to the member, not the seat or the party", () => {
    expect(
      lastText("Cllr Pete Marland, leader of the council for Milton Keynes, Labour, said 900 homes would be built."),
    ).toBe("According to Cllr Pete Marland, 900 homes would be built");
    expect(who("Pete Marland, Milton Keynes, Labour, said 900 homes would be built.")).toEqual([
      "Pete Marland",
      "person",
    ]);
    expect(lastText("Sarah Owen (Milton Keynes, Labour) said 900 homes would be built.")).toBe(
      "According to Sarah Owen, 900 homes would be built",
    );
    expect(who("Sarah Owen (Luton North, Labour) said 900 homes would be built.")).toEqual(["Sarah Owen", "person"]);
  });

  it("reads as before where no name stands before the seat, or the words are a body or a party", () => {
    expect(who("Milton Keynes Council said 900 homes would be built.")).toEqual([
      "Milton Keynes Council",
      "organization",
    ]);
    expect(who("Labour said 900 homes would be built.")).toEqual(["Labour", "organization"]);
    expect(who("Sarah Owen (Labour) said 900 homes would be built.")).toEqual(["Sarah Owen", "person"]);
    expect(who("Cllr Pete Marland, Labour, said 900 homes would be built.")).toEqual(["Pete Marland", "person"]);
    // Two parties' members: the one the party follows, as before.
    expect(who("Jane Smith, Conservative, Tom Hart, Labour, said 900 homes would be built.")).toEqual([
      "Tom Hart",
      "person",
    ]);
    // A scene before the seat is no name (decision 395): read as before.
    expect(who("Across Wales, Milton Keynes, Labour, said 900 homes would be built.")[0]).toBe("Milton Keynes");
    expect(who("Milton Keynes, Labour, said 900 homes would be built.")[0]).toBe("Milton Keynes");
  });
});

describe("'which X says' after the figure a subject grew to", () => {
  it("gives the clause to its speaker, about the subject at that figure", () => {
    const all = claims(
      "The battery grows to 5,000mAh, from 4,400mAh, which Samsung says is good for up to 31 hours of video playback.",
    );
    expect(all.map((c) => [c.claimant.name, c.text])).toEqual([
      ["the article", "The battery grows to 5,000mAh, from 4,400mAh"],
      ["Samsung", "According to Samsung, the 5,000mAh battery is good for up to 31 hours of video playback"],
    ]);
    expect(lastText("The unemployment rate rose to 4.2%, from 4.1%, which economists said was a surprise.")).toBe(
      "According to economists, the 4.2% unemployment rate was a surprise",
    );
  });

  it("reads as before without a speaker, after a bare count, or after a noun", () => {
    expect(
      lastText("The battery grows to 5,000mAh, from 4,400mAh, which is good for up to 31 hours of video playback."),
    ).toBe("The battery grows to 5,000mAh, from 4,400mAh, which is good for up to 31 hours of video playback");
    expect(
      lastClaim("The death toll rose to 40, from 32, which officials said was the worst in a decade.").claimant.name,
    ).toBe("the article");
    expect(
      lastText("The phone has a 5,000mAh battery, which Samsung says is good for up to 31 hours of video playback."),
    ).toBe("According to Samsung, the 5,000mAh battery is good for up to 31 hours of video playback");
  });
});

describe("counter-examples from a check of reach", () => {
  it("leaves a clause after a grown figure to the article when the sentence goes on past it", () => {
    expect(
      claims("The rate rose to 4.2%, from 4.1%, which the Bank said was expected, and markets fell.").map(
        (c) => c.claimant.name,
      ),
    ).toEqual(["the article", "the article"]);
  });
});

describe("counter-examples from a review", () => {
  it("leaves a closing hearing tag to a speaker the sentence names with any reporting verb", () => {
    expect(speaker(lastClaim("The defence argued the evidence was unreliable, the court heard."))[0]).toBe("defence");
    expect(speaker(lastClaim("The doctor explained that the wound was 4cm deep, the inquest heard."))[0]).toBe(
      "doctor",
    );
    expect(speaker(lastClaim("His mother wrote that he had been depressed for years, the inquest was told."))[0]).toBe(
      "His mother",
    );
    // Without a speaker of its own the tag is still read; "found" a thing names none.
    expect(lastText("Police found 2kg of cocaine in the boot, Leeds Crown Court heard.")).toBe(
      "According to evidence heard by Leeds Crown Court, police found 2kg of cocaine in the boot",
    );
    expect(lastText("The lorry was travelling at 28mph, an inquest heard.")).toBe(
      "According to evidence heard by the inquest, the lorry was travelling at 28mph",
    );
  });

  it("writes a ruling court with its 'the' where a headline capitalises it", () => {
    expect(lastText("The ban was lawful, Court rules")).toBe("According to the court, the ban was lawful");
    expect(lastText("Abortion ban unconstitutional, Supreme Court rules")).toBe(
      "According to the Supreme Court, abortion ban unconstitutional",
    );
  });

  it("reads no place in a table as a grown figure", () => {
    for (const body of [
      "The team rose to 3rd, from 7th, which the manager said showed real progress.",
      "The club climbed to 2nd, from 5th, which the coach said was deserved.",
    ])
      expect(claims(body).map((c) => c.claimant.name)).toEqual(["the article"]);
  });

  it("finds the body the sentence before names in its possessive, or after where it is based", () => {
    expect(lastText("The Bank of England's governor spoke on Tuesday. The bank said rates would stay at 4%.")).toBe(
      "According to the Bank of England, rates would stay at 4%",
    );
    expect(
      lastClaim("Paris-based Société Générale Group reported profits of €2bn. The group said it would buy back shares.")
        .claimant.name,
    ).toBe("Société Générale Group");
  });
});
