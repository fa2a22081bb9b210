import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and claimant types that decision 580 and the decisions before it left (decision 620).
 * The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");

describe("a witness's listener after 'told' (decision 620)", () => {
  it("leaves police, officers and doctors out of what the witness saw", () => {
    for (const listener of ["police", "the police", "police officers", "officers", "detectives"]) {
      const saw = quoting(`A woman told ${listener} she saw 3 men.`, "she saw 3 men");
      expect(saw.quote).toBe("she saw 3 men");
      expect(saw.text).toBe("The woman said she saw 3 men");
      expect(saw.claimant).toMatchObject({ name: "woman", type: "person" });
    }
    const tablets = quoting("The mother told doctors her son had taken 12 tablets.", "son had taken");
    expect(tablets.text).toBe("The mother said her son had taken 12 tablets");
    const car = quoting("Smith told police the car was doing 90mph.", "the car was doing");
    expect(car.text).toBe("According to Smith, the car was doing 90mph");
  });
  it("near-misses: 'reporters' before 'police', and 'her' after a listener, read as before", () => {
    const shots = quoting("Smith told reporters police had fired 3 shots.", "police had fired");
    expect(shots.text).toBe("According to Smith, police had fired 3 shots");
    const son = quoting("The mother told reporters her son had taken 12 tablets.", "son had taken");
    expect(son.text).toBe("The mother said her son had taken 12 tablets");
  });
});

describe("initials written as a word (decision 620)", () => {
  it("names Nato as written, and types Fifa, Nasa and Unicef bodies", () => {
    const nato = quoting("Nato said spending rose 2%.", "spending rose");
    expect(nato.text).toBe("According to Nato, spending rose 2%");
    expect(nato.claimant).toMatchObject({ name: "Nato", type: "organization" });
    for (const body of ["Fifa", "Nasa", "Unicef", "Opec"]) {
      const c = quoting(`${body} said 40 people were hurt.`, "40 people");
      expect(c.claimant).toMatchObject({ name: body, type: "organization" });
    }
  });
  it("near-misses: NATO in capitals and 'Nato members' read as before", () => {
    expect(quoting("NATO said spending rose 2%.", "spending rose").text).toBe("According to NATO, spending rose 2%");
    const members = quoting("Nato members said spending rose 2%.", "spending rose");
    expect(members.text).toBe("According to Nato members, spending rose 2%");
  });
});

describe("a news desk's race call (decision 620)", () => {
  it("reads '…, AP projected' as the desk's, as '…, NBC News projects' is", () => {
    const ap = quoting("Husted won the race, AP projected.", "Husted won");
    expect(ap.text).toBe("According to the AP, Husted won the race");
    expect(ap.claimant).toMatchObject({ name: "AP", type: "organization" });
    const cnn = quoting("CNN projected that Husted won the race.", "Husted won");
    expect(cnn.text).toBe("According to CNN, Husted won the race");
  });
  it("words a call written as an act as the desk's claim that the candidate won", () => {
    expect(quoting("The AP has called the race for Husted.", "called the race").text).toBe(
      "According to the AP, Husted won the race",
    );
    expect(
      quoting("The Associated Press called the Ohio governor's race for Jon Husted.", "called the Ohio").text,
    ).toBe("According to the Associated Press, Jon Husted won the Ohio governor's race");
  });
  it("near-misses: a projected figure and a date after 'for' read as before", () => {
    const higher = claims("The deficit was £40bn, higher than projected.");
    expect(higher.map((c) => c.claimant.type)).toEqual(["article"]);
    const projected = quoting("The projected deficit is £40bn, officials said.", "deficit");
    expect(projected.claimant.type).toBe("unnamed_sources");
    const date = claims("The Labour Party called the contest for Thursday.");
    expect(date.map((c) => c.claimant.type)).not.toContain("organization");
  });
});

describe("a 'who thinks that, …,' aside with commas of its own (decision 620)", () => {
  it("reads the sentence's 'said' and gives the rise to Smith", () => {
    for (const aside of ["thinks that, in the long run,", "believes that, over time,", "thinks, in the long run,"]) {
      const text = `Smith, who ${aside} the tax is unfair, said the rise would cost £40m.`;
      const rise = quoting(text, "the rise would cost");
      expect(rise.text).toBe("According to Smith, the rise would cost £40m");
      expect(rise.claimant).toMatchObject({ name: "Smith", type: "person" });
    }
    const firm = quoting(
      "The firm, which said that, in March, the plant was closed, said 400 jobs would go.",
      "400 jobs",
    );
    expect(firm.text).toBe("According to the firm, 400 jobs would go");
  });
  it("near-misses: an appositive, with a relative clause in it or after a relative clause, reads as before", () => {
    const man = quoting("Jones, the man who ran the firm, said the rise would cost £40m.", "the rise would cost");
    expect(man.text).toBe("According to Jones, the rise would cost £40m");
    const city = quoting("Smith, who lives in Leeds, the city he loves, said the rise would cost £40m.", "rise");
    expect(city.claimant.type).toBe("article");
  });
});

describe("a document's origin in an aside (decision 620)", () => {
  it("names the report with the body it is from or by", () => {
    for (const text of [
      "The report, from the Resolution Foundation, said rents rose 12%.",
      "The report, from the Resolution Foundation, which studied 4,000 homes, said rents rose 12%.",
    ]) {
      const rents = quoting(text, "rents rose");
      expect(rents.text).toBe("According to the report from the Resolution Foundation, rents rose 12%");
      expect(rents.claimant).toMatchObject({ name: "report from the Resolution Foundation", type: "organization" });
    }
    const study = quoting("The study, by Oxford University, found 40% of adults were lonely.", "40% of adults");
    expect(study.text).toBe("According to the study by Oxford University, 40% of adults were lonely");
  });
  it("near-misses: a date, a described group and a person's place read as before", () => {
    expect(quoting("The report, from March, said rents rose 12%.", "rents rose").text).toBe(
      "According to the report, rents rose 12%",
    );
    const researchers = quoting(
      "The study, by Oxford University researchers, found 40% of adults were lonely.",
      "40% of adults",
    );
    expect(researchers.text).toBe("According to the study, 40% of adults were lonely");
    const reid = quoting("Tom Reid, from Leeds, said the rise would cost £40m.", "the rise would cost");
    expect(reid.text).toBe("According to Tom Reid, the rise would cost £40m");
  });
  it("keeps the 'the' of a possessive owner that takes one", () => {
    expect(quoting("The Resolution Foundation's report said rents rose 12%.", "rents rose").text).toBe(
      "According to the Resolution Foundation's report, rents rose 12%",
    );
    expect(quoting("The BBC's analysis found 40% of MPs had second jobs.", "40% of MPs").text).toBe(
      "According to the BBC's analysis, 40% of MPs had second jobs",
    );
  });
  it("near-misses: a person's, a company's and a bank brand's possessive take no 'the'", () => {
    expect(quoting("Smith's report said rents rose 12%.", "rents rose").text).toBe(
      "According to Smith's report, rents rose 12%",
    );
    expect(quoting("Lloyds Bank's report said debt rose 12%.", "debt rose").text).toBe(
      "According to Lloyds Bank's report, debt rose 12%",
    );
    expect(quoting("Duke Energy's report said sales rose 12%.", "sales rose").text).toBe(
      "According to Duke Energy's report, sales rose 12%",
    );
  });
});

describe("a kind firms and people share, before a name (decision 620)", () => {
  it("types a firm by the word before its kind, and writes the kind in lowercase", () => {
    const northern = quoting("Rail operator Northern said 40 trains were cancelled.", "40 trains");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(northern.claimant).toMatchObject({ name: "Northern", title: "rail operator", type: "organization" });
    const aena = quoting("Airport operator Aena said passenger numbers rose 12%.", "passenger numbers");
    expect(aena.text).toBe("According to the airport operator Aena, passenger numbers rose 12%");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(aena.claimant).toMatchObject({ name: "Aena", title: "airport operator", type: "organization" });
    const cook = quoting("Tour operator Thomas Cook said 40,000 holidays were cancelled.", "holidays");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(cook.claimant).toMatchObject({ name: "Thomas Cook", title: "tour operator", type: "organization" });
    const sky = quoting("Broadcaster Sky News said 40 staff would go.", "40 staff");
    expect(sky.text).toBe("According to the broadcaster Sky News, 40 staff would go");
    const sports = quoting("Sports broadcaster Sky Sports said 40 games were shown.", "40 games");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(sports.claimant).toMatchObject({ name: "Sky Sports", title: "sports broadcaster", type: "organization" });
  });
  it("types a person by a trade's word or a person's name", () => {
    const crane = quoting("Crane operator Mick News said the crane was 40m tall.", "the crane was");
    expect(crane.text).toBe("According to the crane operator Mick News, the crane was 40m tall");
    expect(crane.claimant).toMatchObject({ name: "Mick News", type: "person" });
    const dimbleby = quoting("Veteran broadcaster David Dimbleby said 40 staff would go.", "40 staff");
    expect(dimbleby.claimant).toMatchObject({ name: "David Dimbleby", type: "person" });
    const ferrari = quoting("Radio broadcaster Nick Ferrari said 40% of callers agreed.", "40% of callers");
    expect(ferrari.claimant).toMatchObject({ name: "Nick Ferrari", type: "person" });
  });
  it("near-misses: a later 'the carrier' and 'the operator' read as before", () => {
    const virgin = quoting(
      "Budget carrier Virgin Atlantic will cut 40 flights. The carrier said fuel rose 12%.",
      "fuel rose",
    );
    expect(virgin.text).toBe("According to Virgin Atlantic, fuel rose 12%");
    const crane = quoting("A crane operator said the crane was 40m tall.", "the crane was");
    expect(crane.claimant).toMatchObject({ type: "person" });
    const ofgem = quoting("Energy regulator Ofgem said bills would rise 10%.", "bills would rise");
    expect(ofgem.text).toBe("According to the energy regulator Ofgem, bills would rise 10%");
  });
});

describe("near-misses of decision 620's rules", () => {
  it("reads 'officers' before a verb as what was said, not as 'police officers' the listener", () => {
    const cameras = quoting("The chief constable told police officers would get body cameras by 2027.", "body cameras");
    expect(cameras.text).toBe("According to the chief constable, officers would get body cameras by 2027");
    expect(cameras.claimant).toMatchObject({ name: "chief constable", type: "person" });
    const arrests = quoting("The minister told police officers had made 400 arrests.", "400 arrests");
    expect(arrests.text).toBe("According to the minister, officers had made 400 arrests");
  });
  it("leaves a figure set against a forecast ('than economists had projected') the article's", () => {
    const growth = quoting("Growth was 1.2%, slower than economists had projected.", "Growth was 1.2%");
    expect(growth.claimant).toMatchObject({ type: "article" });
    const turnout = quoting("Turnout was 64%, higher than the BBC projected.", "Turnout was 64%");
    expect(turnout.claimant).toMatchObject({ type: "article" });
    const sales = quoting("Sales rose 5%, as the company projected.", "Sales rose 5%");
    expect(sales.claimant).toMatchObject({ type: "article" });
  });
  it("words a call as written when the words after 'for' are not the winner's whole name", () => {
    for (const text of [
      "The AP called the race for Republican candidate Jon Husted.",
      "The AP called the race for Husted's opponent, Tim Ryan.",
      "The Times called the contest for Leader of the House a farce.",
    ]) {
      const call = quoting(text, "called the");
      expect(call.text).toBe(text.replace(/\.$/, ""));
    }
    const time = quoting("The AP called the race for Husted at 9.40pm.", "called the race");
    expect(time.text).toBe("According to the AP, Husted won the race");
    const place = quoting("CNN called the race for Trump in Pennsylvania.", "called the race");
    expect(place.text).toBe("According to CNN, Trump won the race");
  });
  it("gives no 'the' to a possessive owner named by a place and its kind", () => {
    for (const owner of ["Harvard University", "Oxford University", "Kent Police", "Leeds City Council"]) {
      const c = quoting(`${owner}'s report said 40,000 people were affected.`, "40,000 people");
      expect(c.text).toBe(`According to ${owner}'s report, 40,000 people were affected`);
    }
    const foundation = quoting("The Resolution Foundation's report said 4 people were hurt.", "4 people");
    expect(foundation.text).toBe("According to the Resolution Foundation's report, 4 people were hurt");
  });
  it("keeps a proper word's capitals before a kind, and reads 'carrier' alone as an airline's", () => {
    const delta = quoting("US carrier Delta said 400 flights were cancelled.", "400 flights");
    expect(delta.text).toBe("According to the US carrier Delta, 400 flights were cancelled");
    const lufthansa = quoting("German carrier Lufthansa said 400 flights were cancelled.", "400 flights");
    expect(lufthansa.text).toBe("According to the German carrier Lufthansa, 400 flights were cancelled");
    const aer = quoting("Irish carrier Aer Lingus said 400 flights were cancelled.", "400 flights");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(aer.claimant).toMatchObject({ name: "Aer Lingus", title: "Irish carrier", type: "organization" });
    const jazeera = quoting("Qatari broadcaster Al Jazeera said 12 journalists were killed.", "12 journalists");
    expect(jazeera.text).toBe("According to Qatari broadcaster Al Jazeera, 12 journalists were killed");
    const robinson = quoting("BBC broadcaster Nick Robinson said 3 ministers had resigned.", "3 ministers");
    expect(robinson.text).toBe("According to BBC broadcaster Nick Robinson, 3 ministers had resigned");
    expect(robinson.claimant).toMatchObject({ name: "Nick Robinson", type: "person", title: "BBC broadcaster" });
    const sport = quoting("Broadcaster BT Sport said 2 million watched.", "2 million");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(sport.claimant).toMatchObject({ name: "BT Sport", title: "broadcaster", type: "organization" });
  });
  it("near-misses: a mail carrier and the radio broadcaster read as decision 620 reads them", () => {
    const postman = quoting("Mail carrier Joe Smith said 400 letters were lost.", "400 letters");
    expect(postman.claimant).toMatchObject({ name: "Joe Smith", type: "person", title: "mail carrier" });
    const lbc = quoting("Radio broadcaster LBC said 3 callers were hoaxes.", "3 callers");
    expect(lbc.text).toBe("According to the radio broadcaster LBC, 3 callers were hoaxes");
    const tui = quoting("Tour operator Tui said 3,000 holidays were cancelled.", "3,000 holidays");
    // Decision 700 names the body alone and keeps its kind as the title, for the wording.
    expect(tui.claimant).toMatchObject({ name: "Tui", title: "tour operator", type: "organization" });
  });
});
