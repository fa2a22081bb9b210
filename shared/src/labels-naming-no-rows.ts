// Short lines of capitalised words that stand between a table's rows and name no group of them, so
// are no section row (table-section-rows.ts): a body that gave the figures ("Office for National
// Statistics", "Land Registry", "ONS"), a page's desk ("World News", "Opinion"), a headline set in
// title case ("Markets Rally As Inflation Cools") and the title of the next table ("Top Scorers",
// "Rents by Borough"). Such a line ends the table, as "Source: ONS" does; the rows under it are
// read as a table of their own.

import { SOURCE_BODY_NAMES } from "./source-body-names.ts";

/**
 * A source's or a wire's name alone on its line, lowercase: a body, no region. The shared one-word
 * names (SOURCE_BODY_NAMES) and those only a label's line is read for: acronyms (the table's source
 * line takes any acronym), pollsters, and wires of two words.
 */
const SOURCE_NAMES_ALONE = new Set([
  ...SOURCE_BODY_NAMES.map((name) => name.toLowerCase()),
  "ons",
  "bbc",
  "pa",
  "ap",
  "afp",
  "hmrc",
  "dwp",
  "obr",
  "ifs",
  "imf",
  "oecd",
  "gallup",
  "savanta",
  "opinium",
  // A wire's name that ends on a word a group of rows takes too ("Social Media", "Free Press").
  "pa media",
  "associated press",
  "press association",
  "met office",
]);

/**
 * Words that make a name a body's, last or before "of" or "for" ("HM Land Registry", "Census Bureau",
 * "Environment Agency", "Getty Images", "Office for National Statistics", "Institute for Fiscal
 * Studies"); "Survey Respondents" may head rows. Words a region or a group of rows also takes
 * ("Council", "Authority", "Department", "Police", "Group") are left out: "West Midlands Combined
 * Authority" or "Placebo Group" may head rows; so are "Media" and "Press" ("Social Media", "Print
 * Media" and "Local Press" group a survey's rows; the wires are SOURCE_NAMES_ALONE).
 */
const BODY_WORDS = new Set([
  "Statistics",
  "Registry",
  "Agency",
  "Bureau",
  "Institute",
  "Commission",
  "Survey",
  "Association",
  "Treasury",
  "Images",
  "Analytics",
]);

/**
 * A body's word only before "of" or "for": "Federation of Small Businesses", "Office for National
 * Statistics"; not "Russian Federation", nor "Head Office", "Box Office" or "Home Office", which
 * head a company's, a chart's or a department's rows, as "Department for Education" does.
 */
const LEADING_BODY_WORDS = new Set(["Federation", "Office"]);

/**
 * A page's desk or section alone on its line (compared in lowercase). A desk that is also a sector
 * or a category ("Business", "Technology", "Travel", "Football", "World") is left out: a table of
 * jobs, spending or grants groups its rows under it.
 */
const DESKS = new Set([
  "news",
  "latest news",
  "breaking news",
  "uk news",
  "world news",
  "us news",
  "local news",
  "business news",
  "sport news",
  "opinion",
  "comment",
  "weather",
  "lifestyle",
  "features",
  "analysis",
  "video",
  "top stories",
]);

/** Words a headline capitalises in title case and a region's or a group's name does not hold. */
const HEADLINE_WORDS = new Set([
  "As",
  "Is",
  "Are",
  "Was",
  "Were",
  "Be",
  "Been",
  "Will",
  "Would",
  "Could",
  "Can",
  "May",
  "Might",
  "Should",
  "Has",
  "Have",
  "Had",
  "To",
  "After",
  "Amid",
  "Despite",
  "Than",
  "Says",
  "Said",
]);

/**
 * A headline's verb in the past, after its subject ("The Conservatives Held On", "Labour Won Back
 * Hartlepool"): a region's or a group's name does not hold these. "Lost" ("The Lost Generation")
 * and "Hit" ("Worst Hit Areas") may name a group, and are left out.
 */
const PAST_HEADLINE_VERBS = new Set(["Held", "Won", "Kept", "Fell", "Rose"]);

/**
 * Past participles with no "-ed" that group rows before "by" or "for", as "Funded by Council"
 * does: "Councils Held by Labour", "Seats Won by Reform", "Assets Held for Sale".
 */
const PARTICIPLES = new Set(["Held", "Won", "Kept"]);

/** What a headline says figures will do after "To": "Rates To Rise", "Bills To Fall". */
// "Stay" is left out: "Pay To Stay" is a scheme's name.
const HEADLINE_MOVES = new Set(["Rise", "Fall", "Soar", "Jump", "Climb", "Drop", "Slump", "Double", "Halve"]);

/**
 * Groups of rows named with a body's word last: a landlord's kind in a tenure table ("Council",
 * "Housing Association", "Private"), no body that gives figures.
 */
const GROUPS_WITH_BODY_WORDS = new Set(["housing association"]);

/**
 * A table's title over a list of people or records: "Top Scorers", "Biggest Fallers". "Highest
 * Earners" or "Most Deprived" may name a group of rows, and is not taken; nor is a label that only
 * opens "Top" ("Top Rate" taxpayers, "Top Flight" clubs).
 */
const TITLE_LAST_WORDS = new Set([
  "Scorers",
  "Assists",
  "Fixtures",
  "Results",
  "Standings",
  "Rankings",
  "Leaderboard",
  "Risers",
  "Fallers",
  "Gainers",
]);
// "Winners", "Losers" and "Leaders" are left out: a budget's table groups its households under
// "Winners" and "Losers", a pay table its rows under "Council Leaders".

/**
 * Why a label names no rows: a body that gave the figures ("Office for National Statistics"), a
 * page's line that breaks into the table ("World News", "Markets Rally As Inflation Cools"), or a
 * next table's title ("Top Scorers", "Rents by Borough").
 */
export type NoRowsReason = "body" | "intrusion" | "title";

/** Does the label (its words, capitalised or linking) name no group of the rows under it? */
export function namesNoRows(label: string, words: readonly string[]): boolean {
  return whyNoRows(label, words) !== null;
}

/** Why the label names no group of the rows under it, or null when it may name them. */
export function whyNoRows(label: string, words: readonly string[]): NoRowsReason | null {
  const lower = label.toLowerCase();
  if (SOURCE_NAMES_ALONE.has(lower)) return "body";
  if (DESKS.has(lower)) return "intrusion";
  if (GROUPS_WITH_BODY_WORDS.has(lower)) return null;
  if (TITLE_LAST_WORDS.has(words[words.length - 1]!)) return "title";
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const ofOrFor = next === "of" || next === "for";
    if ((BODY_WORDS.has(word) && (next === undefined || ofOrFor)) || (ofOrFor && LEADING_BODY_WORDS.has(word)))
      return "body";
    // "Rents by Borough", a table's title; "Funded by Council" groups rows.
    if (i > 0 && word === "by" && !(words[i - 1]!.endsWith("ed") || PARTICIPLES.has(words[i - 1]!))) return "title";
    if (i > 0 && isHeadlineVerb(words, i)) return "intrusion";
  }
  return null;
}

/**
 * Does a headline's verb stand at words[i], with its clause after it? "Markets Rally As Inflation
 * Cools", "The Conservatives Held On". Last, it is a name's ("Theresa May", "Emre Can"); "To" with
 * one word after joins a scheme's or a span's name ("Right To Buy", "January To March"), unless
 * that word is a headline's move ("Rates To Rise", "Fares To Fall").
 */
function isHeadlineVerb(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  const after = words.length - 1 - i;
  if (word === "To") return after >= 2 || (after === 1 && HEADLINE_MOVES.has(words[i + 1]!));
  if (after < 1) return false;
  if (HEADLINE_WORDS.has(word)) return true;
  // A headline capitalises the words after its verb ("Held On"); a participle's group has its
  // linking word in lowercase ("Held by Labour", "Held for Sale").
  const next = words[i + 1]!;
  if (!PAST_HEADLINE_VERBS.has(word) || next === next.toLowerCase()) return false;
  // "Cases Held Over" (put off to a later day) is a status, no headline's clause.
  if (after === 1 && next === "Over") return false;
  // "Tudor Rose Ward", "Tudor Rose Hill Estate": "Rose" and "Fell" are also a place's words, right
  // before its kind. Only they, and only so: "Labour Held Park Lane", "Reform Won Abbey Ward" and
  // "Crowds Rose At Villa Park" are headlines that end on a place.
  return !((word === "Rose" || word === "Fell") && after <= 2 && PLACE_KINDS.has(words[words.length - 1]!));
}

/**
 * The kind of place that ends a place's name: an election's ward, a street, an estate ("Tudor Rose
 * Ward", "Fell Lane", "Rose Hill Estate"). A headline's clause ends on no such word.
 */
const PLACE_KINDS = new Set([
  "Ward",
  "Division",
  "Estate",
  "Road",
  "Street",
  "Lane",
  "Avenue",
  "Park",
  "Hill",
  "Green",
  "Village",
  "Close",
  "Court",
  "Gardens",
]);
