import { speechToCome, speechToComeBefore } from "./analysis/speech-to-come.ts";
import { routineAnnounced } from "./analysis/routine-announced.ts";
import type { Claimant, ExtractedClaim, Quantity, ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { classifyKind } from "./analysis/claim-kind.ts";
import { withoutAskedRecord } from "./analysis/asked-record.ts";
import {
  COMPANY_NAME_ENDINGS,
  COMPANY_TRADE_WORDS,
  EVIDENCE_NOUNS,
  FUTURE_PHRASE_WORDS,
  OCCUPATIONS,
  ORGANISATION_WORDS,
  isYear,
} from "./analysis/lexicon.ts";
import { daysLater, findDates, TENSE_DEPENDENT_DATES } from "./analysis/dates.ts";
import { futureAt } from "./analysis/tense.ts";
import { statementDate } from "./analysis/statement-dates.ts";
import { deadlineFromSayingDay } from "./analysis/deadline-from-the-saying-day.ts";
import { yearsFromAnEarlierYear } from "./analysis/years-from-an-earlier-year.ts";
import { withYearSpans } from "./analysis/year-spans.ts";
import { claimFlags, findLoadedTerms } from "./analysis/flags.ts";
import { findQuantities, QUANTITY_GATES } from "./analysis/quantities.ts";
import { quantityStartsWithin } from "./analysis/quantity-candidates.ts";
import { withoutClockTimes } from "./analysis/clock-times.ts";
import type { Token } from "./analysis/tokens.ts";
import { isOffice } from "./analysis/role-holders.ts";
import { personAndBody } from "./analysis/joint-sources.ts";
import type { SentenceOpeners } from "./analysis/sentence-openers.ts";
import { isUnnamedGroupNoun } from "./analysis/unnamed-groups.ts";
import { namedLikeANewspaper } from "./analysis/bodies-named-like-people.ts";
import { isBankNamedByBrand } from "./analysis/bank-named-by-brand.ts";
import { parliamentPublishedReference, takesTheAsParliament } from "./text/parliament-libraries.ts";
import { defineGate, gateBits, gated } from "./analysis/word-gates.ts";
import { contextAfter, contextBefore } from "./claim-context.ts";
import { plainWording } from "./plain-wording.ts";
import { quotedWording } from "./quoted-wording.ts";
import { AGE_BEFORE_NOUN } from "./analysis/speaker-phrase.ts";
import { POSSESSIVE_TO_SUBJECT } from "./analysis/claimant.ts";
import { scoreSentence } from "./score-sentence.ts";
import { adjustScores, type AdjustmentContext } from "./score-adjustments.ts";
import { weekFromSayingDay } from "./analysis/week-from-the-saying-day.ts";
import { weekdayFromSayingDay } from "./analysis/weekday-from-the-saying-day.ts";
import { namedByPlaceAndKind } from "./analysis/place-and-kind.ts";
import { endsInCapitalisedKind, kindAloneTakesThe, kindThenOf } from "./analysis/college-and-academy.ts";

export interface ClaimDraft {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Subject-restored wording of the span, or null to use the span itself. */
  restored: string | null;
  claimant: Claimant;
  directQuote: boolean;
  /** The span names its speaker itself ("economists called the figure inflated"): no "According to" before it. */
  namesSpeaker: boolean;
  /** Leave a leading "it"/"he" as written rather than put the claimant there. */
  keepsPronoun: boolean;
  /** Keep the first word's case after "According to X,": a table row opens with a name ("One Canada Square"). */
  keepsCase?: boolean;
  /** Share of the span inside quotation marks. */
  quotedShare: number;
  /** gateBits(body, start, end), which the caller has from the sentence's tokens. */
  spanGates: number;
  /** The same for the whole sentence, where the statement's date is looked for. */
  sentenceGates: number;
  /** Tokens of a range of the body that encloses the span (its segment's). */
  tokens: readonly Token[];
  /**
   * A figure only the claim before makes one of ("…, but three were released" after "arrested 12
   * men": 3 men), taken when the span's own reading finds none.
   */
  lentFigure?: Quantity | null;
}

const FUTURE =
  /\b(will|shall|is (?:set|expected|due|scheduled|going) to|are (?:set|expected|due|scheduled|going) to|plans? to|next)\b/i;
const FUTURE_GATE = defineGate([...FUTURE_PHRASE_WORDS, "next"]);
gated(FUTURE, FUTURE_GATE);
// Module-level: tsx (esbuild) turns a \p{…} regex literal inside a function into a `new RegExp`
// call made on every call.
const ENDS_LOWERCASE_WORD = /\b\p{Ll}+$/u;
/** A direct quote's outer marks and the comma that hands over to its speaker ("…,” she said"). */
const QUOTE_MARKS_AND_HANDOVER_COMMA = /^[“"]|,?[”"]?$/g;
/** "World Health Organization", "European Commission", "Springfield City Council": "the" goes before them. */
const ENDS_WITH_ORGANISATION_WORD = new RegExp(`\\s(?:${[...ORGANISATION_WORDS].join("|")})$`, "i");
/** Bodies named by their seat, which always take "the": "the Kremlin said". */
const THE_NAMES = new Set([
  "Kremlin",
  "Pentagon",
  "Treasury",
  "Exchequer",
  "Commission",
  "Vatican",
  "Elysée",
  "Elysee",
  "Red Cross",
  "Red Crescent",
  "Economist",
  // Written "Associated Press" after "according to" as often as "the Associated Press"; named,
  // it takes its "the" as a newspaper does (decision 580).
  "Associated Press",
  // Initials read letter by letter take "the" ("the FBI said"); those read as words do not ("NATO", "OPEC").
  ..."AP FBI CIA NSA EU UN IMF WHO CDC NHS BBC ONS IFS ECB IEA EIA OECD WTO FDA EPA SEC FTC DOJ DHS IRS BLS CBO GAO ACLU IOM UNHCR ICC ICJ IDF IPCC OBR NIH IAEA UAE NTSB NHTSA FAA".split(
    " ",
  ),
]);
/** Bodies whose names never take "the", though they look as if they might: "Met Éireann said". */
const NO_THE_NAMES = new Set(["Met Éireann"]);
/** "Halvern Motors", "Calloway Therapeutics": a company's own name takes no "the". */
const ENDS_WITH_COMPANY_WORD = new RegExp(
  `\\s(?:${[...COMPANY_TRADE_WORDS, ...COMPANY_NAME_ENDINGS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")}|LLC|PLC|Canada)$`,
);
/**
 * "Department of Labor", "Ministry of Health", "Centers for Disease Control", "Council on Foreign
 * Relations", "International Organization for Migration": a body's name that opens with its
 * kind, then what it is of or for; "the" goes before them.
 */
const STARTS_WITH_ORGANISATION_OF = new RegExp(
  `^(?:U\\.S\\.\\s+|US\\s+|UK\\s+|International\\s+|National\\s+|European\\s+|World\\s+)?(?:${[...ORGANISATION_WORDS].join("|")})s?\\s+(?:of|for|on)\\s`,
  "i",
);
/** "Franklin County Board of Elections": up to three capitalised words, then a body's word and "of" or "for". */
const NAMED_BODY_OF = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(\p{Lu}\p{Ll}+)\s+(?:of|for)\s/u;

function namedBodyOf(name: string): boolean {
  const m = NAMED_BODY_OF.exec(name);
  return m !== null && ORGANISATION_WORDS.has(m[1]!.toLowerCase());
}

/** "Gallup survey conducted in August": a body named by a common noun, whatever follows it. */
const HAS_LOWERCASE_ORGANISATION_WORD = new RegExp(`\\s(?:${[...ORGANISATION_WORDS].join("|")})(?:\\s|$)`);
/** A company's name: capitalised words, then a word only companies end their names with. */
const COMPANY_OWN_NAME =
  /^(?:\p{Lu}[\p{L}&’'.-]*\s+){1,3}(?:Airlines|Ltd|Limited|Corp|Corporation|Inc|LLC|PLC|plc|Holdings|Group)\.?$/u;
const isOrganisationWord = (word: string): boolean => ORGANISATION_WORDS.has(word.toLowerCase());
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"]);
/**
 * "Hale's campaign", "James Reyes's campaign": a named owner, up to four capitalised words; a firm's
 * "&" may join them ("Ben & Jerry's", decision 525's review: it took "the" once typed a body).
 */
const POSSESSIVE_NAME = /^(?:(?:\p{Lu}[\p{L}.’'-]*|&)\s+){0,3}\p{Lu}[\p{L}.-]*['’]s(?:\s|$)/u;
const MASS_NOUNS = new Set(["data", "research", "evidence", "information", "polling", "testimony", "records"]);
const STARTS_LOWERCASE = /^\p{Ll}/u;
const PHRASE_BREAK = /^(?:\p{Lu}|by$|of$|at$|in$|from$|for$|with$)/u;
const COUNTING_WORDS =
  /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|few|dozens|hundreds)/;
/** A wording that opens with a pronoun capitalised as a clause's first word ("It expected …"). */
// "Its national polling showed …, YouGov said" reads "YouGov said its national polling showed …":
// a possessive that opened the sentence is lowered as the pronoun is.
const LEADING_PRONOUN = /^(?:It|He|She|They|We|Its|His|Her|Their|Our)\b/;
/** The same, as a whole word: "one modeling study", not "tenants". */
const COUNTING_WORD = new RegExp(`${COUNTING_WORDS.source}(?![\\p{L}-])`, "u");

/**
 * A name such as "president", "grid operator Terna" or "survey by the Springfield Chamber":
 * its opening run of lowercase words ends in a singular noun. Not "scientists", "unnamed
 * sources", "two EU officials".
 */
function isSingularCommonNoun(name: string): boolean {
  if (!STARTS_LOWERCASE.test(name)) return false;
  const words = name.split(" ");
  if (COUNTING_WORDS.test(words[0]!)) return false;
  let last = words[0]!;
  for (let i = 1; i < words.length && !PHRASE_BREAK.test(words[i]!); i++) last = words[i]!;
  return !/[^s]s$/.test(last);
}

/**
 * "Italian premier", "Ford spokesperson", "Elections Norland spokesperson": a person named by
 * describing words and a role ("Department for Transport spokesperson"); "Brookhaven City Council member running for mayor" (the article's
 * "A" dropped from the name) with a participle's phrase after the role.
 */
// "Department for Transport spokesperson", "Department of Health and Social Care spokesperson": a
// body's name joined by "for", "of" or "and" describes the role as a capitalised word does.
const DESCRIBED_ROLE =
  /^\p{Lu}[\p{L}.]* (?:(?:(?:for|of|and) )?\p{Lu}[\p{L}.]* ){0,3}(?:\p{Ll}+ )?(\p{Ll}+)(?: \p{Ll}+ing(?: [\p{L}'’-]+){0,4})?$/u;
const ROLES = new Set(
  "spokesperson spokesman spokeswoman official representative adviser advisor aide lawyer attorney economist analyst member candidate".split(
    " ",
  ),
);
function isDescribedRole(name: string): boolean {
  const m = DESCRIBED_ROLE.exec(name);
  return m !== null && (isOffice(m[1]!) || ROLES.has(m[1]!));
}

/** "Prime Minister", "Foreign Secretary": an office written in capitals with no name after it. */
function isOfficeAlone(words: readonly string[]): boolean {
  const office = isOffice(words[words.length - 1]!.toLowerCase());
  // Not a surname that is an office's word: "Jim Justice", "Anna Chancellor".
  return office && (words.length === 1 || (words.length <= 3 && OFFICE_MODIFIERS.has(words[0]!)));
}
const OFFICE_MODIFIERS = new Set(
  "Prime Foreign Home Health Finance Defence Defense Interior Chief Deputy Vice First Attorney Education Transport Justice Culture Energy Environment Treasury".split(
    " ",
  ),
);

/**
 * The claimant as the wording names it: "the Colombian presidency", "the president", "the grid
 * operator Terna", "the World Health Organization", but "El Espectador", "Mr. Carter",
 * "scientists": common-noun names read better with "the", unless plural.
 */
// The same few claimants recur through an article: their references are kept (bounded).
const references = new Map<string, string>();

function claimantReference(c: Claimant): string {
  // A person is named in the wording with the title the article gives them: "Defense Secretary Pete Hegseth".
  // "criminologist Monica Tran": an occupation is capitalised only where it opened the sentence.
  const title = c.title !== undefined && OCCUPATIONS.has(c.title.toLowerCase()) ? c.title.toLowerCase() : c.title;
  const written = title === undefined ? c.name : `${title} ${c.name}`;
  const key = `${c.type}\u0000${written}`;
  let reference = references.get(key);
  if (reference === undefined) {
    reference = computeClaimantReference(written, c.type);
    if (references.size >= 1024) references.clear();
    references.set(key, reference);
  }
  return reference;
}

/** "the study by McKinsey … of American businesses": a plural after these is not the head noun. */
const PREPOSITIONS_IN_NAMES = new Set(["of", "by", "for", "at", "in", "from", "on", "with"]);

const THEN_TITLE = /^(?:then|ex)-\p{Lu}/u;

/** "an 8-year-old", "an 11-year-old", "an 80-year-old": ages said with a vowel first. */
const SAID_WITH_AN = /^(?:8\d?|11|18)\D/;

function computeClaimantReference(name: string, type: Claimant["type"]): string {
  // "Analysts at Cornwall Insight forecast …": a described group opened the sentence; its noun is common.
  if (type === "unnamed_sources" && isUnnamedGroupNoun(name.split(" ", 1)[0]!) && /^\p{Lu}\p{Ll}/u.test(name))
    name = name[0]!.toLowerCase() + name.slice(1);
  // "a US official": an unnamed person described with their article already; "the Nuggets", "the
  // Obamas": a team or family named with the article's "the".
  if (/^an? /.test(name) || /^the \p{Lu}/u.test(name)) return name;
  // "then-President Trump", "ex-Governor Cuomo": a title dated by its prefix names one person, as
  // "President Trump" does, and takes no "the".
  if (type === "person" && THEN_TITLE.test(name)) return name;
  const words = name.split(" ");
  // "a 19-year-old man from Guinea": one person described by age.
  if (type === "person" && AGE_BEFORE_NOUN.test(words[0]!)) return `${SAID_WITH_AN.test(name) ? "an" : "a"} ${name}`;
  // "one modeling study", "two EU officials": a number already determines it; a year does not
  // ("the 2024 review of 45 studies").
  if (words.length > 1 && COUNTING_WORD.test(words[0]!) && !isYear(words[0]!)) return name;
  // "the department's data": a common noun's possessive needs the article its noun would have.
  if (words.length > 1 && /^\p{Ll}+['’]s$/u.test(words[0]!)) return `the ${name}`;
  // "the BBC's analysis", "the Resolution Foundation's report": an owner that takes "the" keeps it
  // before its possessive (decision 620); "Smith's report" has none.
  if (POSSESSIVE_NAME.test(name) && ownerTakesThe(name)) return `the ${name}`;
  // "Commons Library figures show …", "Lords Library data": the library's figures, with its "the"
  // (decision 745), where the mass noun below and the plural rule would leave "Lords Library data".
  const published = type === "article" ? null : parliamentPublishedReference(name);
  if (published !== null) return published;
  // "its annual report", "police data", "Hale's campaign": a possessive already determines it, a
  // mass noun needs none.
  if (
    POSSESSIVES.has(words[0]!.toLowerCase()) ||
    words[0]!.toLowerCase() === "another" ||
    MASS_NOUNS.has(words[0]!) ||
    MASS_NOUNS.has(words[words.length - 1]!) ||
    POSSESSIVE_NAME.test(name)
  )
    return lowerCommonCapital(name);
  // "According to the Guardian", "the Wall Street Journal": a newspaper's name takes its "the".
  if (THE_NAMES.has(name) || (type === "organization" && namedLikeANewspaper(name, words))) return `the ${name}`;
  // "According to the Commons Library", "the Senedd": a parliament's library or house takes "the" as
  // "the House of Commons Library" does, whether a table's source or a sentence's speaker ("The
  // Commons Library said …", read as a person) (decision 715).
  if (type !== "article" && takesTheAsParliament(name)) return `the ${name}`;
  // "Smith and the ministry": the person named first takes no "the".
  if (type === "organization" && personAndBody(name) !== null) return lowerCommonCapital(name);
  if (NO_THE_NAMES.has(name)) return name;
  // "According to the College", "the University": a body's kind alone keeps its "the" (decision 725).
  if (type === "organization" && words.length === 1 && kindAloneTakesThe(name)) return `the ${name}`;
  // "According to Harvard University", "Kent Police": a place's name and its kind (decision 660).
  if (type === "organization" && namedByPlaceAndKind(name)) return name;
  // "Delta Air Lines and United Airlines": two companies named together take "the" only where one
  // alone would ("the Department of Health and Social Care" still does).
  if (type === "organization" && namesTwoWithoutThe(name)) return name;
  // "Norlander Airlines", "Carrick Ltd", "Marlow Group": a company's own name, ending in the word
  // only companies end theirs with, takes no "the" ("the World Bank Group" names a body first).
  if (type === "organization" && COMPANY_OWN_NAME.test(name) && !words.slice(0, -1).some(isOrganisationWord))
    return name;
  // "Lloyds Bank", "Deutsche Bank": a bank's brand name, written without "the".
  if (type === "organization" && isBankNamedByBrand(name)) return name;
  // "civil rights groups", "two carriers": bodies in the plural read without "the", as people do.
  if (
    type === "organization" &&
    /^\p{Ll}+[^s]s$/u.test(words[words.length - 1]!) &&
    !words.some((w) => PREPOSITIONS_IN_NAMES.has(w))
  )
    return lowerCommonCapital(name);
  const common =
    // "the Department of Energy", though "Duke Energy" is a company's own name.
    (type === "organization" &&
      (STARTS_WITH_ORGANISATION_OF.test(name) ||
        namedBodyOf(name) ||
        (!ENDS_WITH_COMPANY_WORD.test(name) &&
          (ENDS_LOWERCASE_WORD.test(name) ||
            ENDS_WITH_ORGANISATION_WORD.test(name) ||
            HAS_LOWERCASE_ORGANISATION_WORD.test(name) ||
            // "the Royal Academy", "the Royal College" (decision 700); "Eton College" took none above.
            endsInCapitalisedKind(words) ||
            // "the College of Policing", "the Royal College of Nursing" (decision 770).
            kindThenOf(words))))) ||
    isSingularCommonNoun(name) ||
    (type === "person" && (isDescribedRole(name) || isOfficeAlone(words)));
  return common ? `the ${name}` : lowerCommonCapital(name);
}

/** "BBC's analysis": the owner before the first possessive is a name that takes "the" ("the BBC", "the Guardian", "the Resolution Foundation"). */
function ownerTakesThe(name: string): boolean {
  const owner = name.slice(0, name.search(/['’]s(?:\s|$)/));
  const words = owner.split(" ");
  return (
    THE_NAMES.has(owner) ||
    namedLikeANewspaper(owner, words) ||
    (words.length > 1 &&
      (ENDS_WITH_ORGANISATION_WORD.test(owner) || endsInCapitalisedKind(words)) &&
      !ENDS_WITH_COMPANY_WORD.test(owner) &&
      !namedByPlaceAndKind(owner) &&
      !isBankNamedByBrand(owner))
  );
}

/** Two names joined by "and", each capitalised and neither of which takes "the" on its own. */
function namesTwoWithoutThe(name: string): boolean {
  const parts = name.split(" and ");
  return (
    parts.length === 2 &&
    parts.every((p) => /^\p{Lu}/u.test(p) && !computeClaimantReference(p, "organization").startsWith("the "))
  );
}

/** "Civil rights groups" opened its sentence: inside the wording it reads "civil rights groups". */
function lowerCommonCapital(name: string): string {
  return OPENS_WITH_COMMON_CAPITAL.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The claimant as a wording's subject: "Senator Paloma Reyes", "The company". */
export function speakerName(c: Claimant): string {
  return capitalised(claimantReference(c));
}

/**
 * The outlet in a wording's "(via …)" is written as it would be as the claimant: "via the BBC",
 * "via the Guardian", "via the Washington Post", but "via Reuters", "via TASS", "via Sky News",
 * "via state television". The `via` field keeps the bare name, as `name` does.
 */
function viaReference(via: string): string {
  return THE_NAMES.has(via) || namedLikeANewspaper(via, via.split(" ")) ? `the ${via}` : via;
}

function describeClaimant(c: Claimant): string {
  const name = claimantReference(c);
  return c.via && c.via !== c.name ? `${name} (via ${viaReference(c.via)})` : name;
}

const QUESTION_IN_QUOTE = /\?[”"’']/;
/**
 * A question's own words open with a question word or an auxiliary, after a label of one or two
 * words ("Fact check: Did …") and at most one word and a comma ("Meanwhile, what else could …"); "Unemployment doubled to 8%, so why is he bragging?"
 * states a figure before it asks.
 */
const ASKS =
  /^(?:[\p{L}’'-]+(?: [\p{L}’'-]+)?:\s+)?[“"‘']?(?:[\p{L}’'-]+,\s+)?(?:what|why|how|where|when|who|whom|whose|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|isn['’]t|aren['’]t|wasn['’]t|don['’]t|doesn['’]t|didn['’]t)\b/iu;
/** "Do you realize we spend $73 billion …?", "Isn't it true that …?": a question that asserts. */
const RHETORICAL = /^(?:do|did|don['’]t) you (?:know|realize|realise|understand)\b|^isn['’]t it (?:true|a fact)\b/i;

/** "the depart-\nment began": a word a PDF's line break hyphenated, when a lowercase letter goes on. */
const BROKEN_WORD = /(\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/** The wording with words hyphenated across a line break joined again (the span itself is the body's). */
function joinedAcrossLines(s: string): string {
  return s.includes("-\n") || s.includes("-\r") ? s.replace(BROKEN_WORD, "$1") : s;
}

/** Is the first mark after the span, past closing quotation marks and spaces, a question mark? */
function endsWithQuestionMark(body: string, end: number): boolean {
  for (let i = end; i < body.length && i < end + 4; i++) {
    const c = body.charCodeAt(i);
    if (c === 63) return true;
    // ” " ’ ' and spaces may stand between the words and the mark.
    if (c !== 0x201d && c !== 34 && c !== 0x2019 && c !== 39 && c !== 32) return false;
  }
  return false;
}

/**
 * "she'll sign …", "its aircraft had spotted …" after "The governor said", "The charity said": a
 * pronoun with a modal on it, or a possessive, that stands for the speaker; the wording keeps it
 * as written after "X said".
 */
function speakerPronounLeads(content: string, claimant: Claimant): boolean {
  const m = /^(?:(it|they|he|she)['’](?:ll|d)\b|(its|their|his|her)\s)/i.exec(content);
  if (m === null) return false;
  return pronounStandsFor(m[1] ?? POSSESSIVE_TO_SUBJECT[m[2]!.toLowerCase()]!, claimant);
}

/** Can the pronoun stand for the claimant: "it"/"they" for a body, "he"/"she" for a person? */
function pronounStandsFor(pronoun: string, claimant: Claimant): boolean {
  if (claimant.type === "article" || claimant.type === "unnamed_sources") return false;
  // "Its leakage rate is the third highest, according to Ofwat data": a document is no "it" of the sentence.
  if (EVIDENCE_NOUNS.has(lastWordOf(claimant.name))) return false;
  const p = pronoun.toLowerCase();
  return claimant.type === "organization" ? p === "it" || p === "they" : p === "he" || p === "she";
}

function lastWordOf(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
}

function withPronounResolved(content: string, claimant: Claimant): string {
  // Only a wording that starts with i, t, h or s (any case) can start with one of the pronouns.
  const first = content.charCodeAt(0) | 32;
  if (first !== 105 && first !== 116 && first !== 104 && first !== 115) return content;
  // Not "he'd", "she's": "the president'd" is not a wording.
  const m = /^(it|they|he|she)\b(?!['’])/i.exec(content);
  if (!m || !pronounStandsFor(m[1]!, claimant)) return content;
  return `${claimantReference(claimant)}${content.slice(m[0].length)}`;
}

/**
 * "The cooperation has …" reads "According to X, the cooperation has …" once it follows the
 * attribution. Only words that are never names are lowered (determiners, pronouns, prepositions,
 * numbers and quantifiers, conjunctions): a capital that may be a name stays.
 */
const NEVER_NAMES =
  "The A An This That These Those Its Their There It Some Many Most All Both Each Every No Several Few Other Such Another His Her Our We They He She In On At For By During After Before Since Over Under Among From With Without Despite Between Through Across When While If Although Because Once Until Nearly About Around Roughly Approximately Almost Only More Less Fewer One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Dozens Half Last Earlier Later However Worse Better Still Meanwhile Instead Moreover Furthermore Indeed Also Yet But And So Then Now Here Today Yesterday";
/**
 * Common nouns and adjectives that open news statements and are not names in English news copy
 * ("According to the ministry, unemployment fell …", not "…, Unemployment fell …"). Words that are
 * also surnames or places ("Price", "Rice", "Jersey") are left out on purpose.
 */
const COMMON_OPENERS =
  "Global Polls Surveys Studies Figures Records Data Unemployment Inflation Prices Consumer Exports Imports Sales Revenue Revenues Profits Profit Crime Violent Homicides Murders Rents Wages Taxes Spending Funding Costs Deaths Cases Infections Hospitalizations Emissions Temperatures Police Officials Residents Voters Workers Employees Students Teachers Doctors Nurses Patients Scientists Researchers Experts Critics Supporters Lawmakers Prosecutors Investigators Firefighters Troops Soldiers Refugees Migrants Families Children Women Men People Farmers Companies Businesses Banks Schools Hospitals Arrests Deportations Shipments Production Output Growth Demand Traffic Ridership Enrollment Attendance Turnout Debt Mortgage Fuel Food Energy Electricity Average Overall Total Annual Monthly Weekly Daily Overdose Home Housing";
/** Adjectives that open a group's name in news copy and are no names themselves. */
const COMMON_ADJECTIVES =
  "Civil Court Global Local Federal Senior Independent Public Private Human Environmental Medical Legal Opposition Security Industry Government Military Health Election Hospital School";
const LEADING_DETERMINER = new RegExp(`^(${`${NEVER_NAMES} ${COMMON_OPENERS}`.split(" ").join("|")})(?=\\s)`);
/**
 * A name whose first word is a common word capitalised only because it opened the sentence, the
 * rest lowercase: "Civil rights groups", "Some researchers", "Federal prosecutors" (not "Federal
 * Reserve", not "Russian officials").
 */
const OPENS_WITH_COMMON_CAPITAL = new RegExp(
  `^(?:${`${NEVER_NAMES} ${COMMON_OPENERS} ${COMMON_ADJECTIVES}`.split(" ").join("|")})(?: \\p{Ll}[\\p{Ll}'’-]*)*$`,
  "u",
);
/**
 * Words that open a police or rescue statement ("Specialist search teams were deployed …, a GMP
 * spokesperson confirmed") and are common only before a lowercase word: "Specialist Jane Doe" is
 * an army rank before a name, "Armed Forces" a name.
 */
const SERVICE_OPENER = /^(Specialist|Forensic|Armed|Detectives|Paramedics)(?= \p{Ll})/u;
function lowerLeadingDeterminer(content: string, openers: SentenceOpeners): string {
  const m = LEADING_DETERMINER.exec(content) ?? SERVICE_OPENER.exec(content);
  return m ? m[1]!.toLowerCase() + content.slice(m[1]!.length) : openers.lowered(content);
}

/** Turns a located span into the full claim record: wording, kind, scores, quantities, dates, flags. */
/**
 * `body` is the text the rules read; `verbatim` the body as stored, of the same length (they
 * differ only where single quotation marks are read as double ones), which the claim quotes.
 */
export function buildClaim(
  body: string,
  verbatim: string,
  d: ClaimDraft,
  publishedOn: string | null,
  openers: SentenceOpeners,
  /** The body holds a word hyphenated across a line break ("depart-\nment"). */
  brokenWords = false,
): ExtractedClaim {
  const quote = body.slice(d.start, d.end);
  // What the reviewer reads keeps the quotation marks around the speaker's own words; what is
  // scored and classified is the same wording without them.
  const source = brokenWords ? joinedAcrossLines(d.restored ?? quote) : (d.restored ?? quote);
  const shown = d.directQuote ? "" : quotedWording(source);
  // Kept quotation marks always open with “: without one the shown wording is the plain one.
  const plain = shown.includes("“") ? plainWording(shown) : shown;
  const content = d.directQuote
    ? source.replace(QUOTE_MARKS_AND_HANDOVER_COMMA, "")
    : d.keepsPronoun
      ? plain
      : withPronounResolved(plain, d.claimant);
  const shownContent = shown === plain ? content : d.keepsPronoun ? shown : withPronounResolved(shown, d.claimant);
  const text =
    d.claimant.type === "article"
      ? shownContent
      : d.namesSpeaker
        ? capitalised(shownContent)
        : d.directQuote
          ? `${capitalised(describeClaimant(d.claimant))} ${speechToCome(body, d.end) ?? speechToComeBefore(body, quotationOpening(body, d)) ?? "said"}: “${d.restored === null ? shownContent : bracketInserted(shownContent, quote, body, d.start)}”`
          : shownContent !== shown || speakerPronounLeads(shown, d.claimant)
            ? // "The company said it had cut 200 jobs", not "According to the company, the company
              // had cut 200 jobs": a pronoun that stands for the speaker reads best as written.
              `${capitalised(describeClaimant(d.claimant))} said ${LEADING_PRONOUN.test(shown) ? shown[0]!.toLowerCase() + shown.slice(1) : shown}`
            : `According to ${describeClaimant(d.claimant)}, ${d.keepsCase ? shownContent : lowerLeadingDeterminer(shownContent, openers)}`;
  // The span's gates (from its tokens) and, when it differs, one scan of the wording tell which
  // word-list regexes can match at all.
  const spanBits = d.spanGates;
  // A direct quote's wording is its span less a leading and a trailing quote mark, which changes
  // no run of letters or digits: same gates.
  const sameRuns = content === quote || (d.directQuote && d.restored === null);
  const contentBits = sameRuns ? spanBits : gateBits(content);
  // The tense is read only when a month or weekday can be resolved by it (what findDates would
  // ask for), without a callback closure made per claim.
  const tenseMatters = (spanBits & TENSE_DEPENDENT_DATES) !== 0;
  const future = tenseMatters && (contentBits & FUTURE_GATE) !== 0 && FUTURE.test(content);
  // Each bare weekday or month takes the tense of the verb nearest to it; a month a past act put
  // something in force until, the nearest one to the publication's month (see futureAt).
  const publishedMonth = tenseMatters && publishedOn !== null ? Number(publishedOn.slice(5, 7)) - 1 : -1;
  const ownDates = withYearSpans(
    body,
    d.start,
    d.end,
    findDates(
      body,
      d.start,
      d.end,
      publishedOn,
      tenseMatters ? (at: number) => futureAt(body, d.tokens, d.start, d.end, at, future, publishedMonth) : future,
      spanBits,
    ),
    spanBits,
  );
  // "…, while the 9th Circuit struck down a similar scheme a year earlier": dated from the year before it.
  const dates = ownDates.length === 0 ? yearsFromAnEarlierYear(body, quote, d.start, d.sentenceStart) : ownDates;
  // Where a quantity can start is read from the tokens, not from a scan of every character.
  const starts = spanBits & QUANTITY_GATES ? quantityStartsWithin(quote, d.start, d.tokens) : null;
  let quantities = findQuantities(body, d.start, d.end, spanBits, starts);
  if (dates.length > 0) quantities = outsideDates(quantities, dates);
  quantities = withoutClockTimes(body, quantities);
  if (quantities.length === 0 && d.lentFigure != null) quantities = [d.lentFigure];
  const asks = endsWithQuestionMark(body, d.end);
  const { kind, alsoKinds } = withoutAskedRecord(
    classifyKind(
      content,
      quantities,
      d.directQuote,
      d.claimant.type !== "article",
      contentBits,
      // Cheap first: only reported words with a "would" ask for the tag's verb.
      d.claimant.type !== "article" &&
        !d.directQuote &&
        content.includes("would ") &&
        routineAnnounced(body, d.start, d.end, d.sentenceStart, d.sentenceEnd),
    ),
    content,
    // "Did you know that 2023 was the hottest year on record?" states its record.
    asks && !RHETORICAL.test(content),
  );
  const loadedTerms = findLoadedTerms(quote, spanBits);
  const flags = claimFlags(
    quote,
    {
      quotation: d.directQuote || d.quotedShare >= 0.5,
      unnamedSource: d.claimant.type === "unnamed_sources",
      loadedTerms,
    },
    spanBits,
  );
  const ctx: AdjustmentContext = {
    flags,
    kind,
    quantities: quantities.length,
    dates: dates.length,
    text: content,
    bits: contentBits,
    // "Where does 46,000 come from?", "“Why did we lose 300 jobs?” he asked".
    question:
      (asks || (d.directQuote && QUESTION_IN_QUOTE.test(quote))) &&
      // A direct quotation has no plain wording: its own words are asked ("MODERATOR: Do you …?").
      ASKS.test(d.directQuote ? content : plain) &&
      !RHETORICAL.test(d.directQuote ? content : plain),
  };
  const scored = adjustScores(scoreSentence(content), ctx);
  // When the claimant said it ("…, Carney said on Tuesday"): only a claim someone else makes has a statement's date.
  const saidOn =
    d.claimant.type === "article"
      ? null
      : statementDate(body, d.start, d.end, d.sentenceStart, d.sentenceEnd, publishedOn, d.sentenceGates);
  return {
    id: `c${d.start}-${d.end}`,
    start: d.start,
    end: d.end,
    quote: body === verbatim ? quote : verbatim.slice(d.start, d.end),
    prefix: contextBefore(verbatim, d.start),
    suffix: contextAfter(verbatim, d.end),
    sentenceStart: d.sentenceStart,
    sentenceEnd: d.sentenceEnd,
    text,
    kind,
    alsoKinds,
    claimant: d.claimant,
    scores: { factual: scored.factual, checkworthy: scored.checkworthy },
    reasons: scored.reasons,
    quantities,
    dates:
      saidOn === null
        ? dates
        : withStatementDate(
            dates.map((date) =>
              deadlineFromSayingDay(
                body,
                d.tokens,
                d.start,
                weekdayFromSayingDay(body, date, saidOn, publishedOn),
                saidOn,
                publishedOn,
              ),
            ),
            saidOn,
          ),
    flags,
    loadedTerms,
  };
}

/**
 * Where the quotation that holds a direct quote's span opens: the span itself, or, for a part of a
 * quotation split at its comma ("Reeves will tell MPs: “…, and that is a promise”"), the mark
 * before it, so the tag before the quotation still words every part ("will tell MPs", not "said";
 * the review of decision 750).
 */
function quotationOpening(body: string, d: ClaimDraft): number {
  // A walk back within the sentence only: most spans open at their mark, and end the walk at once.
  for (let i = d.start; i >= d.sentenceStart; i--) if (body[i] === "“" || body[i] === '"') return i;
  return d.start;
}

/**
 * A quotation's words as the speaker said them: a subject restored before a verb phrase of the
 * quote ("… knew about a problem and flew the plane anyway") goes in square brackets, as a
 * newsroom marks words it adds to a quotation: “[This airline] flew the plane anyway”.
 */
function bracketInserted(wording: string, quote: string, body: string, start: number): string {
  const said = quote.replace(QUOTE_MARKS_AND_HANDOVER_COMMA, "");
  if (said.length === 0 || wording === said || !wording.endsWith(said)) return wording;
  const inserted = wording.slice(0, wording.length - said.length).trimEnd();
  // Words the speaker said right before the span ("… of your work, ensuring that …") are theirs.
  const before = body.slice(Math.max(0, start - inserted.length - 2), start).trimEnd();
  return inserted && !before.endsWith(inserted) ? `[${inserted}] ${said}` : wording;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The quantities that overlap none of the dates ("2024" in "in 2024" is no count). Both lists are
 * in text order and the dates disjoint, so one pointer walks the dates.
 */
function outsideDates<Q extends Span>(quantities: Q[], dates: readonly Span[]): Q[] {
  const out: Q[] = [];
  let k = 0;
  for (const q of quantities) {
    while (k < dates.length && dates[k]!.end <= q.start) k++;
    // A quantity may span several dates: look on while they start before it ends.
    let hit = false;
    for (let j = k; j < dates.length && dates[j]!.start < q.end; j++) if (dates[j]!.end > q.start) hit = true;
    if (!hit) out.push(q);
  }
  return out;
}

/** The claim's own dates and the statement's, in text order. */
function withStatementDate(dates: ExtractedClaim["dates"], saidOn: ExtractedClaim["dates"][number]) {
  const all = [...dates.map((d) => fromStatementDay(d, saidOn)), saidOn];
  return all.sort((a, b) => a.start - b.start);
}

/** "today", "yesterday", "tomorrow", "tonight" in the speaker's words, counted in days from when they spoke. */
const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * "“Today it has $1.3 billion,” she said in her speech on Monday": the speaker's "today" is the
 * day they spoke, not the day the article was published.
 */
function fromStatementDay(d: ResolvedDate, saidOn: ResolvedDate): ResolvedDate {
  const shift = DAY_WORDS[d.text.toLowerCase()];
  if (shift === undefined) return weekFromSayingDay(d, saidOn);
  if (!d.relative || saidOn.granularity !== "day") return d;
  return { ...d, value: daysLater(saidOn.value, shift) };
}
