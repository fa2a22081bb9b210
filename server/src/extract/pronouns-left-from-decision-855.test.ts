import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * "He" or "She" after a titled name that opens the sentence before, a place after "spoke at", a
 * person brought in by a verb or found in someone, and a month that is a name after "had faith in"
 * or before what an interest is in (decision 905, left from decision 855). The texts are written
 * for these tests.
 */
const { claims } = claimsOn("2026-05-10");
const texts = (body: string) => claims(body).map((c) => c.text);
const datesOf = (body: string, at: number) => claims(body)[at]!.dates.map((d) => d.text);

const JOBS = "She has cut 40 jobs since 2024.";
const TOWNS = "He has visited 40 towns since 2024.";
const GOALS = "He has scored 40 goals since 2024.";

describe("a titled name opening the sentence before", () => {
  it("names the person after a title and the full name", () => {
    expect(texts(`Mayor Jane Hollis opened a school in Leeds. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Home Secretary Yvette Cooper spoke in Leeds on Friday. ${JOBS}`)[1]).toBe(
      "Yvette Cooper has cut 40 jobs since 2024",
    );
  });

  it("names the person after a courtesy title and the surname", () => {
    expect(texts(`Ms Hollis opened a school in Leeds. ${JOBS}`)[1]).toBe("Ms Hollis has cut 40 jobs since 2024");
    expect(texts(`Dr Tom Reid worked in Leeds for a decade. He has treated 400 patients since 2024.`)[1]).toBe(
      "Dr Tom Reid has treated 400 patients since 2024",
    );
  });
});

describe("a place after 'at' that follows a verb of being somewhere", () => {
  it("names the person who spoke, studied or played there", () => {
    expect(texts(`Nigel Farage was born in 1964. Farage spoke at Clacton. ${TOWNS}`)[2]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
    expect(texts(`Nigel Farage spoke at a rally at Clacton on Friday. ${TOWNS}`)[1]).toBe(
      "Nigel Farage has visited 40 towns since 2024",
    );
    expect(texts(`Tom Reid studied at Oxford. He has written 40 books since 2024.`)[1]).toBe(
      "Tom Reid has written 40 books since 2024",
    );
    expect(texts(`Tom Reid played at Wembley on Saturday. ${GOALS}`)[1]).toBe(
      "Tom Reid has scored 40 goals since 2024",
    );
  });
});

describe("more words that take a person after 'in'", () => {
  it("keeps the pronoun after a verb that brings a candidate in, or one found in someone", () => {
    for (const taken of ["parachuted in", "wheeled in", "hauled in"])
      expect(texts(`Tom Reid ${taken} Smith. ${GOALS}`)[1]).toBe("He has scored 40 goals since 2024");
    for (const found of ["found a backer in", "has a supporter in", "found an advocate in"])
      expect(texts(`Jane Hollis ${found} Rachel. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });
});

describe("a month that is a name after 'had faith in' or before what an interest is in", () => {
  it("gives no date for the person trusted", () => {
    expect(datesOf(`Jane Hollis had faith in May. ${JOBS}`, 0)).toEqual([]);
    expect(datesOf(`Jane Hollis lost confidence in June. ${JOBS}`, 0)).toEqual([]);
    expect(datesOf(`Jane Hollis put her trust in August. ${JOBS}`, 0)).toEqual([]);
  });

  it("names the person when what she is interested in follows the month", () => {
    expect(texts(`Jane Hollis showed interest in May in buying the club. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
    expect(texts(`Jane Hollis was interested in June in joining the board. ${JOBS}`)[1]).toBe(
      "Jane Hollis has cut 40 jobs since 2024",
    );
  });
});

describe("near-misses of decision 905's rules", () => {
  it("keeps the pronoun after openers before a titled name, and after a title that is no title", () => {
    expect(texts(`On Friday Mayor Jane Hollis opened a school in Leeds. ${JOBS}`)[1]).toBe(
      "She has cut 40 jobs since 2024",
    );
    expect(texts(`After Mayor Jane Hollis spoke in Leeds, Tice left. ${JOBS}`)[1]).toBe(
      "She has cut 40 jobs since 2024",
    );
    expect(texts(`Mayor Jane Hollis opened a school in Leeds with Reeves. ${JOBS}`)[1]).toBe(
      "She has cut 40 jobs since 2024",
    );
    expect(texts(`Mayor Jane Hollis had faith in Reeves. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    // Two men of one surname: "Mr Johnson" may be either.
    expect(
      texts(
        `Boris Johnson was born in 1964. His brother Jo Johnson was elected in 2010. Mr Johnson spoke in Henley. ${TOWNS}`,
      )[3],
    ).toBe("He has visited 40 towns since 2024");
  });

  it("keeps the pronoun after 'at' that takes a person", () => {
    for (const at of ["hit out at Reeves", "shouted at Smith", "took aim at Starmer", "looked at Smith"])
      expect(texts(`Nigel Farage ${at}. ${TOWNS}`)[1]).toBe("He has visited 40 towns since 2024");
    // Someone's things, two capitalised words, or a surname the article gives a person.
    expect(texts(`Nigel Farage spoke at Reeves's event. ${TOWNS}`)[1]).toBe("He has visited 40 towns since 2024");
    expect(texts(`Nigel Farage spoke at Westminster Abbey. ${TOWNS}`)[1]).toBe("He has visited 40 towns since 2024");
    expect(texts(`Rachel Reeves was born in 1979. Nigel Farage spoke at Reeves. ${TOWNS}`)[2]).toBe(
      "He has visited 40 towns since 2024",
    );
  });

  it("keeps a month as a date beside a figure, a clause or a plain 'in'", () => {
    expect(datesOf(`Jane Hollis lost faith in May 2019. ${JOBS}`, 0)).toEqual(["May 2019"]);
    expect(datesOf("Consumer confidence in May fell to 45.", 0)).toEqual(["May"]);
    expect(datesOf("The Bank had confidence in May that inflation would fall to 2%.", 0)).toEqual(["May"]);
    expect(datesOf(`Jane Hollis had faith in the plan in May. ${JOBS}`, 0)).toEqual(["May"]);
    expect(datesOf(`Jane Hollis was parachuted in May. ${JOBS}`, 0)).toEqual(["May"]);
    expect(texts(`Jane Hollis was parachuted in May. ${JOBS}`)[1]).toBe("Jane Hollis has cut 40 jobs since 2024");
  });

  it("keeps the pronoun where the month after 'faith in' or 'interest in' may be the person", () => {
    expect(texts(`Jane Hollis had faith in May. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis had faith in May in the crisis. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis showed interest in May's plan. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
    expect(texts(`Jane Hollis had faith in Rachel. ${JOBS}`)[1]).toBe("She has cut 40 jobs since 2024");
  });
  it("names the person who is the backer, heir or supporter in a place or a month", () => {
    for (const role of [
      "was a supporter in Leeds",
      "has been a backer in Leeds",
      "is the biggest backer in Leeds",
      "was the sole heir in Cornwall",
      "was an heir in August",
    ])
      expect(texts(`Tom Reid ${role}. ${GOALS}`)[1]).toBe("Tom Reid has scored 40 goals since 2024");
  });

  it("keeps the month of the public's or the markets' confidence, and of a month with its year", () => {
    expect(datesOf("Investors lost confidence in May as prices fell.", 0)).toEqual(["May"]);
    expect(datesOf("Shoppers lost confidence in April, the survey found.", 0)).toEqual(["April"]);
    expect(datesOf("Markets have faith in August as the peak month for sales.", 0)).toEqual(["August"]);
    expect(datesOf("Businesses have lost confidence in May, the CBI said.", 0)).toEqual(["May"]);
    expect(datesOf("Jane Hollis lost confidence in May last year.", 0)).toEqual(["May", "last year"]);
  });
});
