import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { quotes, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Decision 840: a story's cookie sentence closed by a source in the present and a radio player's
 * "Listen live 4:32" (left by decision 765); names side by side under two headings of people,
 * tables of a shadow cabinet and a crew, and a site's strip of writers and their latest headlines
 * (left by decision 785).
 */

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const TABLE_LEAD = "The figures were published on Friday.";
const afterLead = (...rows: string[]): string[] => texts([TABLE_LEAD, "", ...rows].join("\n"));

describe("a story's cookie sentence closed by a source in the present", () => {
  it("reads a named source or one outside the lists with a verb of speech in the present", () => {
    for (const sentence of [
      "We use cookies to track readers, TikTok boasts.",
      "We use cookies to track readers, TikTok writes in its pitch to advertisers.",
      "We use cookies to track children, its owner brags.",
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toHaveLength(2);
    const boxed = "We value your privacy\nWe use cookies to track readers, TikTok boasts.\nAccept all\nReject all";
    // Since decision 930 "boasts" closes a claim as "says" does: the tag is TikTok's, not the quote's.
    expect(quotes(`${LEAD}\n\n${boxed}`)).toEqual([LEAD_QUOTE, "We use cookies to track readers"]);
  });

  it("drops a banner's clause of a name and a plural as before (near-miss)", () => {
    for (const notice of [
      "We use cookies to show you personalised ads, Google ads.",
      "We use cookies to improve your experience, Facebook pixels.",
      "We use cookies to measure traffic, Google Analytics reports.",
      "We use cookies to give you the best experience, a few cookies.",
    ])
      expect(quotes(`${LEAD}\n\n${notice}`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a radio player's 'Listen live' with its time, alone on its line", () => {
  it("gives no claim for it", () => {
    for (const player of ["Listen live 4:32", "Listen live · 4:32", "LISTEN LIVE 1:02:45"])
      expect(quotes(`${LEAD}\n\n${player}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a schedule's line and a story's line that goes on (near-miss)", () => {
    expect(quotes(`${LEAD}\n\nWatch live: 12:30`)).toContain("Watch live: 12:30");
    const story = "Listen live 4:32 into the tape and the minister admits the cut, the BBC said.";
    expect(quotes(`${LEAD}\n\n${story}`)).toContain("Listen live 4:32 into the tape and the minister admits the cut");
  });
});

describe("names side by side under two headings of people", () => {
  it("reads each name under its own heading", () => {
    const rota = afterLead("Presenters | Editors", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green");
    expect(rota).toContain("Presenters: Jo Smith; Editors: Ana Ruiz");
    expect(rota).toContain("Presenters: Tom Brown; Editors: Sam Green");
    expect(afterLead("Guests | Editors", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Guests: Jo Smith; Editors: Ana Ruiz",
    );
  });

  it("keeps one name the other's where a heading says where they stand (near-miss)", () => {
    expect(afterLead("Winner | Runner-up", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Jo Smith: Runner-up: Ana Ruiz",
    );
    expect(afterLead("Apprentice | Mentor", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Tom Brown: Mentor: Sam Green",
    );
    const sheet = afterLead("Everton | Liverpool", "Jordan Pickford | Alisson Becker", "Tom Brown | Sam Green");
    expect(sheet).toContain("Jordan Pickford | Alisson Becker");
  });
});

describe("a shadow cabinet's and a crew's tables", () => {
  it("reads them as tables of people", () => {
    const cabinet = afterLead("Shadow cabinet | Brief", "Jo Smith | Treasury", "Ana Ruiz | Health");
    expect(cabinet).toContain("Jo Smith: Brief: Treasury");
    const crew = afterLead("Crew | Job", "Jo Smith | Pilot", "Ana Ruiz | Navigator");
    expect(crew).toContain("Ana Ruiz: Job: Navigator");
  });
});

describe("a site's strip of writers and their latest headlines", () => {
  const ROWS = ["Jo Smith | Leeds man jailed for fraud", "Ana Ruiz | Woman charged over crash"];

  it("gives no claim for the strip", () => {
    for (const header of ["Writers | Latest", "Reporters | Latest", "Our columnists | Most recent"])
      expect(afterLead(header, ...ROWS)).toEqual([TABLE_LEAD.slice(0, -1)]);
  });

  it("reads a squad's team news and a writers' table under other headings (near-miss)", () => {
    expect(afterLead("Player | Latest", "Jo Smith | Doubtful", "Ana Ruiz | Fit")).toContain(
      "Jo Smith: Latest: Doubtful",
    );
    expect(afterLead("Writer | Column", "Jo Smith | Money matters", "Ana Ruiz | Westminster diary")).toContain(
      "Jo Smith: Column: Money matters",
    );
  });
});

describe("near-misses of decision 840's rules", () => {
  it("reads a story's table of journalists and what befell them, not as a strip of bylines", () => {
    const jailed = afterLead(
      "Journalist | Latest",
      "Jo Smith | Sentenced to six years in Evin prison",
      "Ana Ruiz | Freed on bail",
    );
    expect(jailed).toContain("Jo Smith: Latest: Sentenced to six years in Evin prison");
    const expelled = afterLead(
      "Correspondent | Latest",
      "Jo Smith | Expelled from Moscow",
      "Ana Ruiz | Accreditation revoked",
    );
    expect(expelled).toContain("Ana Ruiz: Latest: Accreditation revoked");
    const held = afterLead(
      "Reporters | Most recent",
      "Jo Smith | Arrested at a protest in Tbilisi",
      "Ana Ruiz | Missing",
    );
    expect(held).toContain("Jo Smith: Most recent: Arrested at a protest in Tbilisi");
  });

  it("still drops a strip whose headline opens on a participle and a colon", () => {
    const strip = afterLead(
      "Writers | Latest",
      "Jo Smith | Revealed: the council's secret cuts",
      "Ana Ruiz | Woman charged over crash",
    );
    expect(strip).toEqual([TABLE_LEAD.slice(0, -1)]);
  });
});
