import {
  ASIDE_RELATIVE_WORDS,
  BODIES_WITH_PERSON_LIKE_NAMES,
  COUNTRIES_AND_GROUPS,
  EVIDENCE_NOUNS,
  INITIALS_WRITTEN_AS_WORDS,
  NEGATIONS,
  PERFECT_HAVE,
  ROLE_WORDS,
  SENTENCE_ADVERBS,
} from "./lexicon.ts";
import { isOffice } from "./role-holders.ts";
import { mayBeGivenName } from "./person-titles.ts";
import { TITLES } from "../text/abbreviations.ts";
import { possessiveOf } from "./possessive.ts";
import { WEEKDAYS } from "./dates.ts";
import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { firstFiniteVerb, hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import { fourLetterPast } from "./four-letter-past.ts";
import { adverbInThePerfect } from "./adverb-in-the-perfect.ts";
import { isSpeakerAdverb, plausibleSpeakerName, standsBeforeSpeechVerb } from "./speaker-phrase.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { isUnnamedGroupNoun } from "./unnamed-groups.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { PEOPLE_PLURALS } from "./people-plurals.ts";
import { afterJoinedByAside } from "./joined-by-aside.ts";
import { afterPlaceAside } from "./place-aside.ts";
import { afterPostAside } from "./post-aside.ts";
import { afterRelationAside, opensRelationAside } from "./relation-aside.ts";
import { opensMannerAside, ownerFitsTheName } from "./manner-aside.ts";
import { partyAlone, personNameAt, ROLE_MODIFIERS, seatOrTitle, titleAfterName } from "./title-after-name.ts";
import {
  commaBefore,
  commaOrSemicolonBefore,
  endsInPossessive,
  isCapitalised,
  lowerWordAt,
  semicolonBefore,
  type Token,
} from "./tokens.ts";
import {
  AND,
  ASCII_WORD,
  CAPITALISED,
  COORDINATOR,
  LOWERCASE_REPORTING_VERB,
  MAY_START_QUANTITY,
  OBJECT_STARTER,
  PARENTHETICAL_PREPOSITION,
  PARTICIPLE,
  PAST,
  RELATIVE,
  SUBJECT_NOUN,
  TO,
  SUBJECT_PRONOUN,
  OWNED_BY_WORD,
} from "./word-flags.ts";

/**
 * Who is speaking in reported speech: the subject of a reporting verb, found among the
 * comma-delimited segments before it ("Robert Hayes, who voted against the measure, said").
 */

/** Tokens that can be a speaker at all: a lone pronoun, or a phrase with a capital or a body, role or group noun. */
export function looksLikeSubject(tokens: readonly Token[], maxTokens = 10): boolean {
  if (tokens.length === 0 || tokens.length > maxTokens) return false;
  if (tokens.length === 1 && tokens[0]!.flags & SUBJECT_PRONOUN) return true;
  return tokens.some((t) => isCapitalised(t) || (t.flags & SUBJECT_NOUN) !== 0);
}

/** "…, its developer said", "its owner said": the one behind a thing, a noun after "its". */
export function ownerOfIt(body: string, tokens: readonly Token[]): boolean {
  return (
    tokens.length === 2 &&
    tokens[0]!.end - tokens[0]!.start === 3 &&
    lowerWordAt(body, tokens[0]!) === "its" &&
    !isCapitalised(tokens[1]!)
  );
}

/**
 * "On Monday, the lawyers said", "In a statement, his solicitors said": a determiner and people in
 * the plural can speak ("the rules said", "the numbers said" name no one).
 */
export function peopleInPlural(body: string, tokens: readonly Token[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    (tokens[0]!.flags & OBJECT_STARTER) !== 0 &&
    !(tokens[0]!.flags & MAY_START_QUANTITY) &&
    PEOPLE_PLURALS.has(lowerWordAt(body, tokens[tokens.length - 1]!))
  );
}

/** A name written out: "Dr. Ana Ferreira", "Council member Robert Hayes", not "In Bogotá" or "Last week". */
function looksLikeName(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    tokens.length <= 8 &&
    isCapitalised(first) &&
    !(first.flags & PARENTHETICAL_PREPOSITION) &&
    isCapitalised(last)
  );
}

/** How many names a list after a group's "of" may hold before its last "X and Y". */
const GROUP_LIST_REACH = 6;

/**
 * "In the U.K., customers of Lloyds, Halifax and Bank of Scotland said …": tokens [segStart, verb)
 * are the list's last names ("Halifax and Bank of Scotland"); back over the names before it, a group
 * of people "of" the first name ("customers of Lloyds") opens the speaker. Its group noun's token
 * (with "some", "many" … before it); or the first name when the list opens the sentence; else -1.
 */
function groupOfListStart(body: string, tokens: readonly Token[], segStart: number, verb: number): number {
  const last = tokens.slice(segStart, verb);
  if (!looksLikeName(last) || !last.some((t) => lowerWordAt(body, t) === "and")) return -1;
  let end = segStart;
  for (let hops = 0; hops < GROUP_LIST_REACH && end > 0; hops++) {
    const from = segmentStartBefore(body, tokens, end);
    const of = tokens.slice(from, end).findIndex((t) => lowerWordAt(body, t) === "of");
    if (of >= 1) {
      const noun = from + of - 1;
      if (!isUnnamedGroupNoun(lowerWordAt(body, tokens[noun]!)) || !looksLikeName(tokens.slice(from + of + 1, end)))
        return -1;
      return noun > from && GROUP_QUANTIFIERS.has(lowerWordAt(body, tokens[noun - 1]!)) ? noun - 1 : noun;
    }
    if (!looksLikeName(tokens.slice(from, end)) || hasFiniteVerb(tokens, from, end)) return -1;
    // "Lloyds, Halifax and Bank of Scotland said": a list of names that opens its sentence speaks
    // whole; not "Yesterday, Smith and Jones said" nor "Meanwhile, …": an adverb opens those.
    if (from === 0) return opensLikeAnAdverb(lowerWordAt(body, tokens[0]!)) ? -1 : 0;
    end = from;
  }
  return -1;
}
const GROUP_QUANTIFIERS = new Set("some many several most other angry frustrated".split(" "));

/**
 * A sentence's first word, before its comma, that is no name of a list: a common word or sentence
 * adverb ("Yesterday", "Meanwhile"), an adverb in "-ly" ("Sadly", "Unsurprisingly", "Notably",
 * "Thankfully"), a day ("Monday, Lloyds and Halifax said"), a month that is no name ("December", not
 * "May" or "June"), or a word said before a comma ("Yes", "Oh", "OK", "Nonetheless", "Afterward").
 * Not "Kelly", "Reilly", "Beverly", "Italy" or "Emily": names that end in "ly".
 */
function opensLikeAnAdverb(first: string): boolean {
  return isCommonWord(first) || isOpeningAdverb(first);
}

/**
 * The same, less the common words, some of which are surnames too ("Young", "Rich"): "Tonight",
 * "Meanwhile", "Sadly", "Monday". Before ", a spokeswoman said" the word is asked so (decision 820).
 */
function isOpeningAdverb(first: string): boolean {
  return (
    SENTENCE_ADVERBS.has(first) ||
    OPENING_WORDS.has(first) ||
    WEEKDAYS.includes(first) ||
    OPENING_MONTHS.has(first) ||
    (first.length >= 6 && first.endsWith("ly") && !NAME_LIKE_LY.test(first))
  );
}
const OPENING_WORDS = new Set(
  "yes no oh ok okay well so now then again also yet sadly oddly truly duly nonetheless nevertheless afterward afterwards today tonight yesterday tomorrow overnight overall indeed besides altogether likewise otherwise".split(
    " ",
  ),
);
/** Months that open a list only as a name ("May, Johnson and Sunak said") are left out. */
const OPENING_MONTHS = new Set<string>(MONTH_NAMES.filter((m) => !["april", "may", "june", "august"].includes(m)));
/** "Kelly", "Reilly", "Connolly", "Beverly", "Kimberly": names, not adverbs, that end in "ly". */
const NAME_LIKE_LY = /(?:[eio]lly|rly)$/;

/** Start of the comma-delimited run of tokens that ends with token `i - 1` (at most 24 back). */
function segmentStartBefore(body: string, tokens: readonly Token[], i: number): number {
  let s = i - 1;
  while (s > 0 && i - s < 24 && !commaOrSemicolonBefore(body, tokens, s)) s--;
  return s;
}

/** A department or ministry named by what it is "of" or "for", up to a comma: "the Ministry of Housing". */
const DEPARTMENT_OF =
  /\b(?:Ministry|Department|Office|Secretary|Minister|Committee|Commission|Secretariat)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;
/** An NHS body named by the areas it covers, the first one before a comma: "The NHS Bedfordshire, Luton and …". */
const NHS_AREA = /^(?:[Tt]he\s+)?NHS(?:\s+(?:\p{Lu}[\p{L}-]*|and))+$/u;
/** A body's short form in brackets after its name, if any: "(DCMS)", "(Defra)"; the tokens may end before ")". */
const SHORT_FORM = "(?:\\(\\p{Lu}\\p{L}{1,8}\\)?)?";
/**
 * The last part of such a name after its comma, with its short form if one follows: "Communities
 * and Local Government", "Media and Sport (DCMS)", "Food and Rural Affairs (Defra)".
 */
const NAME_LIST_END = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*,?\\s+)+and\\s+(?:\\p{Lu}[\\p{L}-]*\\s*)+${SHORT_FORM}$`, "u");
/**
 * A list of areas that ends in a body's kind, so that one word before it with "the" opens the name:
 * "The Foreign, Commonwealth and Development Office (FCDO)". Not "Britain, France and the Home
 * Office", whose "the" is lowercase, nor "Smith, Jones and Lee", which ends in no kind.
 */
const KIND_AT_LIST_END = new RegExp(`\\s(?:Office|Department|Ministry)\\s*${SHORT_FORM}$`, "u");
const FIRST_AREA = /^[Tt]he\s+\p{Lu}[\p{L}-]*$/u;

/**
 * "A spokesperson for the Ministry of Housing, Communities and Local Government said …", "The
 * Department for Digital, Culture, Media and Sport said …": a name whose list of areas holds
 * commas speaks whole, not as its last part. Else `segStart`.
 */
function departmentNameStart(body: string, tokens: readonly Token[], segStart: number, verb: number): number {
  const listEnd = segStart < 2 ? "" : body.slice(tokens[segStart]!.start, tokens[verb - 1]!.end);
  if (!NAME_LIST_END.test(listEnd)) return segStart;
  const endsInKind = KIND_AT_LIST_END.test(listEnd);
  let s = segStart;
  for (let hops = 0; hops < 4 && s > 0 && commaBefore(body, tokens, s); hops++) {
    const prev = segmentStartBefore(body, tokens, s);
    const text = body.slice(tokens[prev]!.start, tokens[s - 1]!.end);
    if (DEPARTMENT_OF.test(text) || NHS_AREA.test(text) || (endsInKind && FIRST_AREA.test(text))) return prev;
    // "Culture," between two commas: one more area of the list.
    if (!/^\p{Lu}[\p{L}-]*$/u.test(text)) break;
    s = prev;
  }
  return segStart;
}

/** Words after which a speaker's clause is subordinate to the article's ("… after the bank said"). */
const SUBORDINATORS = new Set("after before since because when while until although though once".split(" "));

/** Is the token one of SUBORDINATORS? Four to eight lowercase letters first, no string made for most words. */
export function isSubordinator(body: string, t: Token): boolean {
  const n = t.end - t.start;
  return (
    n >= 4 && n <= 8 && (t.flags & (ASCII_WORD | CAPITALISED)) === ASCII_WORD && SUBORDINATORS.has(lowerWordAt(body, t))
  );
}

/** "who": the three-letter relative word ("which" has five). */
export function isWho(t: Token): boolean {
  return (t.flags & RELATIVE) !== 0 && t.end - t.start === 3;
}

/** "who", or "which" after a body's name ("filed by the Sierra Club, which said …"). */
export function isWhoOrWhich(t: Token): boolean {
  return (t.flags & RELATIVE) !== 0;
}

/**
 * "The indictment comes a year after a state audit found that …": the speaker is the subject of
 * the clause a subordinating word opens, not the words before it. Not a pronoun ("Six months
 * after he said …" names no one new), and only a noun phrase with "a", "an" or "the" or a name.
 */
function afterSubordinator(body: string, tokens: readonly Token[], from: number, verb: number): number {
  // "One delegate, who declined to be identified because the talks are private, said": an aside.
  if (commaBefore(body, tokens, verb)) return from;
  for (let k = verb - 2; k > from; k--) {
    if (!isSubordinator(body, tokens[k]!)) continue;
    const next = tokens[k + 1]!;
    const nextWord = lowerWordAt(body, next);
    // "A post shared 40,000 times since Sunday falsely claims": "since" a time is a preposition.
    if (next.flags & SUBJECT_PRONOUN || TIME_WORDS.has(nextWord) || hasFiniteVerb(tokens, k + 1, verb)) return from;
    return next.flags & CAPITALISED || ARTICLES.has(nextWord) ? k + 1 : from;
  }
  return from;
}
const ARTICLES = new Set(["a", "an", "the"]);
/** Words that open a place before a verb of saying: "Outside court, his lawyer said" (decision 805). */
export const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "into", "on", "through"]);
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase()), "then", "last", "this", "next"]);

const JOINING_WORDS = new Set(["and", "but", "while"]);

/**
 * Where "and its president of football operations," starts when it stands right before the name
 * at `nameFrom` (a joined description with no verb, after a clause of the article's own), else -1.
 * The article's clause ends before it: the description is neither's claim.
 */
export function joinedDescriptionStart(body: string, tokens: readonly Token[], nameFrom: number): number {
  if (nameFrom < 2 || !commaBefore(body, tokens, nameFrom)) return -1;
  const from = segmentStartBefore(body, tokens, nameFrom);
  return from > 0 && JOINING_WORDS.has(lowerWordAt(body, tokens[from]!)) && !hasFiniteVerb(tokens, from, nameFrom)
    ? from
    : -1;
}

/** Words that open an aside between a name and its verb: "Hayes, who voted against it, said". */
const INDEFINITE_OR_RELATIVE = new Set([...ASIDE_RELATIVE_WORDS, "a", "an"]);
const ASIDE_OPENERS = new Set([...INDEFINITE_OR_RELATIVE, "the"]);

/**
 * The token after the subject of the verb at `verb`: back over an auxiliary or adverb between them
 * ("has said", "also said"), not past `floor` nor a comma.
 */
function beforeAuxiliaries(body: string, tokens: readonly Token[], verb: number, floor: number): number {
  let v = verb;
  while (v > floor + 1 && !commaBefore(body, tokens, v) && standsBeforeSpeechVerb(body, tokens[v - 1]!)) v--;
  return v;
}

/** End of the speaker's name in tokens [from, to): up to the first comma ("Hayes, who …, said" → "Hayes"). */
export function nameEnd(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from + 1; t < to; t++)
    if (commaOrSemicolonBefore(body, tokens, t)) {
      // "… has said", "… also said": the subject ends before the auxiliary or adverb.
      const verb = beforeAuxiliaries(body, tokens, to, t);
      const segment = segmentStartBefore(body, tokens, verb);
      // "Sarah Owen (Milton Keynes, Labour) (has) said": the comma inside the brackets is the seat's.
      if (memberBeforeBracketedSeat(body, tokens, segment, verb) === from) return to;
      // "customers of Lloyds, Halifax and Bank of Scotland said": the commas are the list's own.
      if (groupOfListStart(body, tokens, segment, verb) === from) return to;
      // "the Ministry of Housing, Communities and Local Government said": the comma is the name's own.
      return !semicolonBefore(body, tokens, t) && departmentNameStart(body, tokens, t, to) < t ? to : t;
    }
  return to;
}

/**
 * First token of the subject of the reporting verb at `i`, or -1 when it has none. Without a
 * comma before the verb it is the comma-delimited segment right before it ("Two people died,
 * officials said"), or the name before an indefinite aside ("Paul Tsongas, a liberal senator
 * from Massachusetts said"). With one, what stands right before the verb is an aside or an
 * appositive name: "The manufacturer, BioAfrica, said" and "His lawyer, Peter Kim, told" name
 * the speaker there; otherwise the segments are walked back to where the aside opens, and the
 * speaker is what comes before it ("Sarabia, for her part, highlighted", "Dr. Tom Fischer, an
 * epidemiologist at Imperial College London who was not involved, said", "The study, which
 * followed 4,800 children in Kenya, Mali and Burkina Faso, found").
 */
export function subjectStart(body: string, tokens: readonly Token[], verb: number): number {
  // "Hartley, a Republican, also said", "LaRose, a Republican, has said": adverbs and an
  // auxiliary between the aside's comma and the verb stand aside.
  let i = verb;
  while (i > 1 && !commaBefore(body, tokens, i) && standsBeforeSpeechVerb(body, tokens[i - 1]!)) i--;
  if (i < verb && !commaBefore(body, tokens, i)) i = verb;
  const segStart = afterSubordinator(body, tokens, segmentStartBefore(body, tokens, i), i);
  if (segStart === 0) return segStart;
  if (!commaBefore(body, tokens, i)) {
    // "Sarah Owen (Milton Keynes, Labour) (has) said": the seat and party in brackets after the name.
    const own = beforeAuxiliaries(body, tokens, i, segStart);
    const bracketed = memberBeforeBracketedSeat(body, tokens, segStart, own);
    if (bracketed >= 0) return bracketed;
    // "customers of Lloyds, Halifax and Bank of Scotland said": the people the list is "of" speak.
    const group = groupOfListStart(body, tokens, segStart, own);
    if (group >= 0) return group;
    if (!INDEFINITE_OR_RELATIVE.has(lowerWordAt(body, tokens[segStart]!)))
      return departmentNameStart(body, tokens, segStart, i);
    const prevStart = segmentStartBefore(body, tokens, segStart);
    // "The governor rejected criticism from Karin Aas, who said …": the name before the comma,
    // not the clause it ends.
    // "The lawsuit was filed by the Sierra Club, which said …": a body's name the same way.
    if (isWhoOrWhich(tokens[segStart]!) && i - segStart <= 2 && hasFiniteVerb(tokens, prevStart, segStart)) {
      let k = segStart;
      while (k > prevStart + 1 && isCapitalised(tokens[k - 1]!)) k--;
      // "detained a man in Times Square, who said …": a place is no one who speaks.
      const place = k > 0 && PLACE_PREPOSITIONS.has(lowerWordAt(body, tokens[k - 1]!));
      // "…, which said": only a body that acted ("filed by the Sierra Club"), not one a letter went
      // to or was signed by ("a letter to Congress, which said …": the letter said it).
      if (!isWho(tokens[segStart]!) && !actedBy(body, tokens, k)) return segStart;
      return k < segStart && !place && hasFiniteVerb(tokens, prevStart, k) ? k : segStart;
    }
    // "…at Portsmouth, Ohio, which is … and have indicated": only a "which" right before its verb.
    if (lowerWordAt(body, tokens[segStart]!) === "which") return departmentNameStart(body, tokens, segStart, i);
    // "Tonight, a spokeswoman said", "Yesterday, a spokesman said": a time or an adverb that opens
    // the sentence before its comma is no name the description is of (decision 820).
    if (prevStart === 0 && segStart === 1 && isOpeningAdverb(lowerWordAt(body, tokens[0]!))) return segStart;
    return looksLikeName(tokens.slice(prevStart, segStart)) ? prevStart : segStart;
  }
  const firstPrev = segmentStartBefore(body, tokens, segStart);
  // "Cllr Pete Marland, leader of the council for Milton Keynes, Labour, said", "Pete Marland,
  // Milton Keynes, Labour, said": a party after the member's title or seat; the name before both
  // speaks, not the seat.
  const member = memberBeforeSeatAndParty(body, tokens, firstPrev, segStart, i);
  if (member >= 0) return member;
  // "Cllr Sam Crooks, Liberal Democrat, said", "Dr Amara Okafor, Senior Lecturer in Epidemiology
  // at Bristol Medical School, said": a party or a title written in capitals after the name.
  if (titleAfterName(body, tokens, segStart, i) && personNameAt(body, tokens, firstPrev, segStart)) return firstPrev;
  if (
    looksLikeName(tokens.slice(segStart, i)) &&
    !hasFiniteVerb(tokens, 0, segStart) &&
    !relativeClauseOpenBefore(body, tokens, segStart)
  )
    return segStart;
  // "…, and its president of football operations, Damian Shaw, said …": after a clause of the
  // article's own, a joined description and the name between commas.
  if (joinedDescriptionStart(body, tokens, segStart) > 0 && looksLikeName(tokens.slice(segStart, i))) return segStart;
  // "Okafor, 26, said": an age between commas is an aside; the name before it speaks.
  if (isAge(body, tokens, segStart, i)) return looksLikeName(tokens.slice(firstPrev, segStart)) ? firstPrev : -1;
  let s = segStart;
  for (let hops = 0; hops < 4 && s > 0; hops++) {
    const opener = tokens[s]!;
    let prevStart = segmentStartBefore(body, tokens, s);
    let prevEnd = s;
    // "Carla Mendes, 54, who lives nearby, said": the age goes with the name before it.
    if (prevStart > 0 && isAge(body, tokens, prevStart, s)) {
      prevEnd = prevStart;
      prevStart = segmentStartBefore(body, tokens, prevStart);
    }
    const prev = tokens.slice(prevStart, prevEnd);
    // "Kim, speaking at City Hall, said", "A rapid analysis …, published on Wednesday, found", "The
    // mayor, asked about the cuts, said": a participial aside, like a prepositional one.
    // "Critics, including the Home Builders Federation, said": members named in an aside.
    const w = lowerWordAt(body, opener);
    if (
      opener.flags & (PARENTHETICAL_PREPOSITION | PARTICIPLE | OWNED_BY_WORD) ||
      (opener.flags & PAST && !isCapitalised(opener)) ||
      w === "including" ||
      // "Tom Reid, from Leeds, said", "The report, from the Resolution Foundation, said" (decision 580).
      w === "from"
    ) {
      // "Kim, who chairs the committee, speaking at City Hall, said": a relative clause before
      // the aside; the name before it speaks.
      if (prevStart > 0 && ASIDE_RELATIVE_WORDS.has(lowerWordAt(body, tokens[prevStart]!))) {
        s = prevStart;
        continue;
      }
      // "Smith, who lives, in the main, in Leeds, said": a prepositional segment before this one,
      // inside a relative clause that opens before both, is the clause's own; the walk goes on to
      // the name (decision 660).
      if (tokens[prevStart]!.flags & PARENTHETICAL_PREPOSITION && relativeClauseOpenBefore(body, tokens, prevStart)) {
        s = prevStart;
        continue;
      }
      return looksLikeSubject(prev) ? prevStart : -1;
    }
    if (ASIDE_RELATIVE_WORDS.has(w)) {
      // "Dr Joeri Rogelj, director of research at Imperial College London, who was not involved,
      // said": a description before the relative clause describes the name before it.
      // "Cllr Sam Crooks, Liberal Democrat, who voted against the plans, said": a party or title too,
      // after a person's name.
      const titled = titleAfterName(body, tokens, prevStart, prevEnd);
      if (prevStart > 0 && (titled || describesName(body, tokens, prevStart, prevEnd))) {
        let nameEnd = prevStart;
        let nameStart = segmentStartBefore(body, tokens, nameEnd);
        // "Mehmet Yildiz, 52, a teacher, who lost his wife, said": past the age too.
        if (nameStart > 0 && isAge(body, tokens, nameStart, nameEnd)) {
          nameEnd = nameStart;
          nameStart = segmentStartBefore(body, tokens, nameEnd);
        }
        if (titled ? personNameAt(body, tokens, nameStart, nameEnd) : looksLikeName(tokens.slice(nameStart, nameEnd)))
          return nameStart;
        // "The report, from the Resolution Foundation, which studied 4,000 homes, said": the report
        // speaks, not where it is from (decision 580).
        if (!titled && isOriginAside(body, tokens[prevStart]!) && looksLikeSubject(tokens.slice(nameStart, nameEnd)))
          return nameStart;
      }
      return looksLikeSubject(prev) ? prevStart : -1;
    }
    // "Smith, who thinks that, in the long run, the tax is unfair, said": a clause after the
    // relative clause's own commas, not an appositive "the mayor"; the walk goes on (decision 620).
    if (ARTICLES.has(w) && clauseInsideRelative(body, tokens, s, i)) {
      s = prevStart;
      continue;
    }
    if (ASIDE_OPENERS.has(w) || opensRoleAside(body, tokens, s, i)) return looksLikeName(prev) ? prevStart : -1;
    // "Ms Reid, his daughter, said": a family tie as the aside (decision 1090). "Ms Hollis, who
    // thanked Mr Hollis, her husband, said": the tie is the relative clause's object's, and the
    // walk goes on to the name before the clause, as before the decision (its review).
    if (opensRelationAside(body, tokens, s, i)) {
      if (looksLikeName(prev)) return prevStart;
      if (!ASIDE_RELATIVE_WORDS.has(lowerWordAt(body, tokens[prevStart]!))) return -1;
    }
    // "Reid, his voice breaking, said": how the one named speaks, as an aside; the name before it
    // speaks, and the memory gives the surname its full name (decision 1125).
    if (opensMannerAside(body, tokens, s, i) && looksLikeName(prev) && ownerFitsTheName(body, tokens, prevStart, s))
      return prevStart;
    // "Professor Daniel Hughes, co-author and Professor of Pharmacology at …, said": a title too.
    if (titleAfterName(body, tokens, s, i)) return personNameAt(body, tokens, prevStart, prevEnd) ? prevStart : -1;
    s = prevStart;
  }
  return -1;
}

/**
 * The member's name before a seat or title and a party between commas, tokens [seatFrom,
 * partyFrom) and [partyFrom, verb): its first token, or -1. "Milton Keynes, Labour, said" alone
 * (no name before the seat) and "Jane Smith, Conservative, Tom Hart, Labour, said" (one word
 * before the second name) are read as before.
 */
function memberBeforeSeatAndParty(
  body: string,
  tokens: readonly Token[],
  seatFrom: number,
  partyFrom: number,
  verb: number,
): number {
  if (seatFrom <= 0 || !partyAlone(body, tokens, partyFrom, verb) || !seatOrTitle(body, tokens, seatFrom, partyFrom))
    return -1;
  const nameFrom = segmentStartBefore(body, tokens, seatFrom);
  return commaBefore(body, tokens, seatFrom) && personNameAt(body, tokens, nameFrom, seatFrom) ? nameFrom : -1;
}

/**
 * "Sarah Owen (Milton Keynes, Labour) said": tokens [partyFrom, verb) are the party before a
 * closing bracket, and the bracket opens right after a name, on a seat. The name's first token,
 * or -1.
 */
function memberBeforeBracketedSeat(body: string, tokens: readonly Token[], partyFrom: number, verb: number): number {
  if (partyFrom < 3 || !/^\s*\)/.test(body.slice(tokens[verb - 1]!.end, tokens[verb]!.start))) return -1;
  if (!commaBefore(body, tokens, partyFrom) || !partyAlone(body, tokens, partyFrom, verb)) return -1;
  const segFrom = segmentStartBefore(body, tokens, partyFrom);
  // The bracket opens within the segment before the party: the seat after it, the name before it.
  for (let k = partyFrom - 1; k > segFrom; k--) {
    if (!/\(\s*$/.test(body.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    return seatOrTitle(body, tokens, k, partyFrom) && personNameAt(body, tokens, segFrom, k) ? segFrom : -1;
  }
  return -1;
}

/**
 * The segment opened at `from` (up to its comma, or the verb) has a finite verb, and a relative
 * clause opens a segment or two before it: "who thinks that, in the long run, | the tax is unfair,".
 */
function clauseInsideRelative(body: string, tokens: readonly Token[], from: number, verb: number): boolean {
  let end = from + 1;
  while (end < verb && !commaBefore(body, tokens, end)) end++;
  return hasFiniteVerb(tokens, from, end) && relativeClauseOpenBefore(body, tokens, from);
}

/**
 * "DigitalEurope, which represents Apple, Google and Microsoft, said": the names before the verb
 * end a relative clause's list, opened by "which" or "who" a segment or two before `segStart`.
 */
function relativeClauseOpenBefore(body: string, tokens: readonly Token[], segStart: number): boolean {
  let s = segStart;
  for (let hops = 0; hops < 3 && s > 0 && commaBefore(body, tokens, s); hops++) {
    s = segmentStartBefore(body, tokens, s);
    if (ASIDE_RELATIVE_WORDS.has(lowerWordAt(body, tokens[s]!))) return true;
  }
  return false;
}

/**
 * "Jack Fletcher, chair of the union's committee, said", "Tom Bill, head of research at Knight
 * Frank, said": a lowercase role (after at most one modifier) opens a description of the name
 * before it, as "the" or "a" would. `from` is the aside's first token, `to` the verb.
 */
function opensRoleAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  // "Robert Gardner, Nationwide's chief economist, said": a body's role, the body in the possessive.
  if (isCapitalised(first))
    return possessive(body, first) && from + 1 < to && opensRoleAside(body, tokens, from + 1, to);
  const w = lowerWordAt(body, first);
  if (ROLE_WORDS.has(w)) return true;
  return ROLE_MODIFIERS.has(w) && from + 1 < to && ROLE_WORDS.has(lowerWordAt(body, tokens[from + 1]!));
}

/** A name in the possessive ("Nationwide's"), longer than the ending alone. */
function possessive(body: string, t: Token): boolean {
  return t.end - t.start > 2 && endsInPossessive(body, t);
}

/**
 * Do tokens [from, to) describe a name before them: "a professor at Yale", "director of research
 * at …", or where the person is from or works ("of Oxford", "from King's College London")?
 */
function describesName(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  const w = lowerWordAt(body, tokens[from]!);
  return w === "a" || w === "an" || w === "the" || w === "of" || w === "from" || opensRoleAside(body, tokens, from, to);
}

/** "from" or "of", opening an aside on where a name is from ("from the Resolution Foundation", "of Leeds"). */
function isOriginAside(body: string, t: Token): boolean {
  const w = lowerWordAt(body, t);
  return w === "from" || w === "of";
}

/** Are tokens [from, to) one person's age: a single number from 1 to 120 ("26")? */
function isAge(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = tokens[from]!;
  if (t.end - t.start > 3) return false;
  for (let k = t.start; k < t.end; k++) {
    const c = body.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const age = Number(body.slice(t.start, t.end));
  return age >= 1 && age <= 120;
}

/**
 * "Brandt conceded shortly before midnight but said …": a reporting verb coordinated with the
 * sentence's first verb has that verb's subject. Returns where the subject ends (the first verb),
 * or -1 when the verb at `verb` is not so coordinated or the subject holds a comma.
 */
export function coordinatedSubjectEnd(body: string, tokens: readonly Token[], verb: number): number {
  if (verb < 3 || !(tokens[verb - 1]!.flags & (AND | COORDINATOR))) return -1;
  const first = firstFiniteVerb(tokens, 1, verb - 1);
  // "wrote and said what …": two reporting verbs; the usual reading applies. Not "warned of
  // flooding and said …", "called for calm and said …": a preposition makes the first an act.
  if (
    first < 1 ||
    (tokens[first]!.flags & LOWERCASE_REPORTING_VERB && !(tokens[first + 1]!.flags & PARENTHETICAL_PREPOSITION))
  )
    return -1;
  // "Its chief executive, Adam Scorer, welcomed the cap and said …": a description, then the name.
  if (nameAfterDescription(body, tokens, first) !== null) return first;
  // "Ben Alvarez, the education secretary, rejected that claim and said …": a name and its description.
  const described = describedNameEnd(body, tokens, first);
  const subjectEnd = described > 0 ? described : first;
  // "In her victory speech, Ms Rahman thanked voters … and said …": the subject after an opening scene.
  const from = described > 0 ? 0 : openingSceneEnd(body, tokens, first);
  for (let t = from; t < subjectEnd; t++) {
    // A name, not "And Governor Romney at the beginning of this debate": no comma, joiner or preposition.
    if (t > from && commaBefore(body, tokens, t)) return -1;
    if (tokens[t]!.flags & (AND | COORDINATOR | PARENTHETICAL_PREPOSITION) && !placeOfName(body, tokens, t, subjectEnd))
      return -1;
  }
  return described < 0 && commaBefore(body, tokens, first) ? -1 : first;
}

/**
 * "Tom Verhoeven of Ashgrove Securities called the quarter … and said …": "of" or "at" at t
 * between capitalised words, in a subject [0, end) all of whose other words are capitalised, says
 * where the named person works and is part of the name (not "Governor Romney at the beginning of
 * this debate", nor "Analysts at Cornwall Insight forecast the cap will …", a clause).
 */
function placeOfName(body: string, tokens: readonly Token[], t: number, end: number): boolean {
  if (t < 1 || t + 1 >= end) return false;
  const word = lowerWordAt(body, tokens[t]!);
  if (word !== "of" && word !== "at") return false;
  for (let k = 0; k < end; k++) if (k !== t && !(tokens[k]!.flags & CAPITALISED)) return false;
  return true;
}

/**
 * Where the subject starts after an opening scene ("In her victory speech, Ms Rahman thanked …"):
 * the token after the scene's comma, when a capitalised word follows it before the verb at
 * `first`; else 0.
 */
export function openingSceneEnd(body: string, tokens: readonly Token[], first: number): number {
  // Cheap first: only a preposition opens a scene.
  if (!(tokens[0]!.flags & PARENTHETICAL_PREPOSITION) && !SCENE_PREPOSITIONS.has(lowerWordAt(body, tokens[0]!)))
    return 0;
  for (let k = 2; k < first - 1 && k <= SCENE_WORDS; k++)
    if (commaBefore(body, tokens, k)) return opensWithSceneBefore(body, tokens, k) && isCapitalised(tokens[k]!) ? k : 0;
  return 0;
}

/** Documents that speak for themselves ("a letter signed by President Biden, which said …": the letter). */
const DOCUMENTS = new Set(
  "letter memo report statement post video book email message petition order ruling document filing complaint".split(
    " ",
  ),
);
/** Does "by" (and an article) stand before the name at `k`, with no document just before it? */
function actedBy(body: string, tokens: readonly Token[], k: number): boolean {
  let b = k - 1;
  if (b > 0 && ARTICLES_BEFORE_NAME.has(lowerWordAt(body, tokens[b]!))) b--;
  // "filed by", "brought by": a body that acted.
  return b > 0 && lowerWordAt(body, tokens[b]!) === "by" && !afterDocument(body, tokens, b + 1);
}
const ARTICLES_BEFORE_NAME = new Set(["the", "a", "an"]);

/** Is a document noun among the few words before the name at `k` ("a letter signed by …")? */
function afterDocument(body: string, tokens: readonly Token[], k: number): boolean {
  for (let j = k - 2; j >= Math.max(0, k - 5); j--) if (DOCUMENTS.has(lowerWordAt(body, tokens[j]!))) return true;
  return false;
}

/** Words that open a description before a name between commas: "The regulator, Ofwat, …". */
const DESCRIPTION_OPENERS = new Set(["the", "its", "his", "her", "their", "our"]);
/** How many words such a description may take. */
const DESCRIPTION_WORDS = 5;

/**
 * "Its chief executive, Adam Scorer, welcomed …", "The regulator, Ofwat, criticised …": the name
 * between commas after a lowercase description, as tokens [from, to) before the verb at `first`;
 * null otherwise.
 */
export function nameAfterDescription(
  body: string,
  tokens: readonly Token[],
  first: number,
): { from: number; to: number } | null {
  if (!commaBefore(body, tokens, first) || !DESCRIPTION_OPENERS.has(lowerWordAt(body, tokens[0]!))) return null;
  let c = 1;
  while (c < first && !commaBefore(body, tokens, c)) {
    if (isCapitalised(tokens[c]!)) return null;
    c++;
  }
  if (c >= first || c > DESCRIPTION_WORDS) return null;
  for (let t = c + 1; t < first; t++) if (commaBefore(body, tokens, t)) return null;
  return looksLikeName(tokens.slice(c, first)) ? { from: c, to: first } : null;
}

/**
 * "Ben Alvarez, the education secretary, rejected …": where the name ends when a description
 * between commas ("the …", "a …") stands between it and the verb at `first`; else -1.
 */
export function describedNameEnd(body: string, tokens: readonly Token[], first: number): number {
  if (!commaBefore(body, tokens, first)) return -1;
  for (let c = 1; c < first - 1 && c <= 4; c++) {
    if (!commaBefore(body, tokens, c)) continue;
    if (!isCapitalised(tokens[c - 1]!) || !ARTICLES.has(lowerWordAt(body, tokens[c]!))) return -1;
    for (let t = c + 1; t < first; t++) if (commaBefore(body, tokens, t)) return -1;
    return c;
  }
  return -1;
}

/** The "%" sign, as `charCodeAt` reads it. */
const PERCENT_SIGN = 37;

/**
 * "The study, which followed 4,800 children in Kenya, Mali and Burkina Faso, found …": the
 * relative clause between the speaker and the verb is the article's own claim about the speaker,
 * worded with the speaker restored ("The study followed 4,800 children …").
 */
export function relativeAside(
  body: string,
  tokens: readonly Token[],
  nameFrom: number,
  nameTo: number,
  verb: number,
): { start: number; end: number; restored: string } | null {
  if (nameTo + 1 >= verb) return null;
  let relative = nameTo;
  // "Dr Joeri Rogelj, director of research at Imperial College London, who was not involved,
  // said": past a description of the name to the relative clause.
  if (!ASIDE_RELATIVE_WORDS.has(lowerWordAt(body, tokens[nameTo]!))) {
    if (!describesName(body, tokens, nameTo, verb) && !titleAfterName(body, tokens, nameTo, verb)) return null;
    relative = nameTo + 1;
    while (relative < verb && !commaBefore(body, tokens, relative)) relative++;
    if (relative + 1 >= verb || !ASIDE_RELATIVE_WORDS.has(lowerWordAt(body, tokens[relative]!))) return null;
  }
  if (!hasFiniteVerb(tokens, relative + 1, verb)) return null;
  const start = tokens[relative + 1]!.start;
  // "…, who was arrested at the scene, speaking through an interpreter, said": the relative
  // clause ends before the participle's aside.
  let last = verb - 1;
  for (let k = relative + 2; k < verb; k++)
    if (commaBefore(body, tokens, k) && tokens[k]!.flags & PARTICIPLE) {
      last = k - 1;
      break;
    }
  // "…, which was written by an anonymous account, also says": the adverb is the verb's.
  while (last > relative + 1 && isSpeakerAdverb(body, tokens[last]!)) last--;
  // "…, who says rents rose 12%, said": a word token stops before the "%" its figure needs.
  const end = tokens[last]!.end + (body.charCodeAt(tokens[last]!.end) === PERCENT_SIGN ? 1 : 0);
  const speaker = body.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end);
  // "Eddie Howe, whose side had not lost since early October, said": the side is Howe's.
  const owner = lowerWordAt(body, tokens[relative]!) === "whose" ? possessiveOf(speaker) : speaker;
  return { start, end, restored: `${owner} ${body.slice(start, end)}` };
}

/**
 * "A social media post shared 40,000 times since Sunday falsely claims …", "A rapid analysis by
 * the group, published on Wednesday, found …": the participle phrase after the speaker, tokens
 * [nameTo, phraseEnd), is the article's own claim about the speaker, worded with the speaker
 * restored ("A social media post was shared 40,000 times since Sunday").
 */
export function participleAside(
  body: string,
  tokens: readonly Token[],
  nameFrom: number,
  nameTo: number,
  phraseEnd: number,
): { start: number; end: number; restored: string } | null {
  const first = tokens[nameTo];
  if (!first || phraseEnd - nameTo < 2 || isCapitalised(first)) return null;
  if (!(first.flags & (PAST | OWNED_BY_WORD))) return null;
  if (hasFiniteVerb(tokens, nameTo + 1, phraseEnd)) return null;
  const start = first.start;
  const end = tokens[phraseEnd - 1]!.end;
  const speaker = body.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end);
  const be = /[^s]s$/.test(lowerWordAt(body, tokens[nameTo - 1]!)) ? "were" : "was";
  return { start, end, restored: `${speaker} ${be} ${body.slice(start, end)}` };
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** Words that open a sentence with a capital only because they open it: "Two EU officials", "Some experts". */
const COMMON_OPENERS = new Set(
  "two three four five six seven eight nine ten several some many most few both other senior local".split(" "),
);

/** "Scientists say", "Two EU officials said": the speaker's first word is a common word, capitalised as the sentence's first. */
export function opensWithCommonWord(body: string, subject: readonly Token[]): boolean {
  const first = subject[0]!;
  // "NATO said", "DHS Assistant Secretary …": an abbreviation keeps its capitals.
  if (first.end - first.start > 1 && ALL_CAPITALS.test(body.slice(first.start, first.end))) return false;
  // "Nato said": the same initials written as a word (decision 620).
  if (INITIALS_WRITTEN_AS_WORDS.has(body.slice(first.start, first.end))) return false;
  // "Incident commander Jeanette Ruiz said": a common word, then a lowercase role, then the name;
  // not a party ("Liberal leader Mark Carney").
  if (
    subject.length >= 3 &&
    !isCapitalised(subject[1]!) &&
    isCommonWord(lowerWordAt(body, first)) &&
    !isNationalityOrParty(body.slice(first.start, first.end))
  )
    return true;
  // "Data compiled by Acme Research show": a document's noun, then whose it is.
  if (subject.length > 1 && !isCapitalised(subject[1]!) && EVIDENCE_NOUNS.has(lowerWordAt(body, first))) return true;
  // "Farmers Insurance said": a capitalised word after it makes the plural part of a name.
  if (subject.length > 1 && isCapitalised(subject[1]!)) return false;
  // "Researchers at Stanford University said": a plural common noun leads, whatever follows.
  if (first.flags & SUBJECT_NOUN && (subject.length === 1 || /[^s]s$/.test(lowerWordAt(body, first)))) return true;
  return COMMON_OPENERS.has(lowerWordAt(body, first)) && !isCapitalised(subject[subject.length - 1]!);
}

/**
 * A body the article names as the subject of a sentence it states itself ("The European
 * Commission closed its investigation.", "NASA launched …"), so that a following "It said" is
 * its: "The" and up to four capitalised words, or one acronym, then a verb. Null otherwise;
 * whether the name is a body is for the claimant's classifier to say.
 */
export function openingBodyName(body: string, tokens: readonly Token[]): string | null {
  const first = tokens[0];
  if (first === undefined || !isCapitalised(first)) return null;
  const the = first.end - first.start === 3 && lowerWordAt(body, first) === "the" ? 1 : 0;
  let n = the;
  while (n < tokens.length && n - the < 4 && isCapitalised(tokens[n]!) && !commaBefore(body, tokens, n)) n++;
  // "The account did not respond …": a body's common noun, which a later "It" stands for.
  if (n === the && the === 1 && tokens[1] !== undefined && tokens[1].flags & SUBJECT_NOUN && !isCapitalised(tokens[1]))
    n = 2;
  if (n === the || !isFiniteVerb(tokens, n) || commaBefore(body, tokens, n)) return null;
  if (!the && !(n === 1 && ALL_CAPITALS.test(body.slice(first.start, first.end)))) return null;
  return body.slice(tokens[the]!.start, tokens[n - 1]!.end);
}

/**
 * A person the article names as the subject of a sentence it states itself ("Rosa Delgado
 * disputed the figures."), so that a following "she said" is hers: two or three capitalised
 * words that name no body, then a verb. Null otherwise.
 */
export function openingPersonName(body: string, tokens: readonly Token[]): string | null {
  return (
    leadingName(body, tokens, 0) ??
    // "On a grey morning, Priya Raman stood in the queue": a name after an opening scene.
    afterOpeningScene(body, tokens) ??
    // "But Amara Nwosu cautioned against …": a name after a joining word.
    (tokens.length > 2 && OPENING_JOINERS.has(lowerWordAt(body, tokens[0]!)) ? leadingName(body, tokens, 1) : null) ??
    titledName(body, tokens) ??
    appositiveName(body, tokens) ??
    officeName(body, tokens)
  );
}
const OPENING_JOINERS = new Set(["but", "and", "yet"]);
/** Prepositions that open a scene before the person in it: "On a grey morning,", "Outside the clinic,". */
const SCENE_PREPOSITIONS = new Set(
  "on in at outside inside near by behind across along after before during".split(" "),
);
/** How many words an opening scene may take before its comma. */
const SCENE_WORDS = 8;

/** The name right after an opening prepositional phrase and its comma, or null. */
function afterOpeningScene(body: string, tokens: readonly Token[]): string | null {
  if (tokens.length < 4) return null;
  for (let k = 1; k < tokens.length && k <= SCENE_WORDS; k++)
    if (commaBefore(body, tokens, k))
      return opensWithSceneBefore(body, tokens, k) ? leadingName(body, tokens, k) : null;
  return null;
}

/** Does the sentence open with a scene, tokens [0, k) ending at a comma ("Outside a cooling center,")? */
export function opensWithSceneBefore(body: string, tokens: readonly Token[], k: number): boolean {
  if (k < 2 || k > SCENE_WORDS || !SCENE_PREPOSITIONS.has(lowerWordAt(body, tokens[0]!))) return false;
  // The scene's comma is the one right before k ("In Britain, the largest bank, Nordkredit," describes).
  for (let t = 1; t < k; t++) if (commaBefore(body, tokens, t)) return false;
  return true;
}

/**
 * "Senator Ben Alvarez disagreed.", "Transport Secretary Helen Moorcroft urged …": an office
 * written as a title (with a word or two before it), then a name of two words or more.
 */
function officeName(body: string, tokens: readonly Token[]): string | null {
  const office = officeOpening(tokens, body);
  if (office < 0) return null;
  const name = leadingName(body, tokens, office + 1);
  return name !== null && name.includes(" ") ? name : null;
}

/** The last of the sentence's first three capitalised words that is an office ("Mayor", "Deputy Mayor"); -1 when none. */
function officeOpening(tokens: readonly Token[], body: string): number {
  let office = -1;
  for (let k = 0; k < 3 && k + 3 < tokens.length && isCapitalised(tokens[k]!); k++)
    if (tokens[k]!.end - tokens[k]!.start > 2 && isOffice(lowerWordAt(body, tokens[k]!))) office = k;
  return office;
}

/**
 * "Mayor Hollis opened a school in Leeds.": an office written as a title, then one capitalised
 * word and its verb; the title and the word ("Mayor Hollis"), or null. Whether the word is a
 * surname the article named in full is the memory's to say (decision 945): "Premier League
 * confirmed …" has this shape too.
 */
export function officeAndSurname(body: string, tokens: readonly Token[]): string | null {
  const office = officeOpening(tokens, body);
  if (office < 0 || !isCapitalised(tokens[office + 1]!) || !isFiniteVerb(tokens, office + 2)) return null;
  if (commaBefore(body, tokens, office + 1) || commaBefore(body, tokens, office + 2)) return null;
  return body.slice(tokens[0]!.start, tokens[office + 1]!.end);
}

/** Lowercase words that describe a person before the name: "Castleford manager Ian Holt". */
const PERSON_ROLES = new Set(
  "manager commander spokesperson spokesman spokeswoman inspector officer chief captain striker midfielder goalkeeper defender analyst economist researcher scientist professor doctor lawyer attorney official adviser advisor aide founder owner teacher resident witness".split(
    " ",
  ),
);

/**
 * "Castleford manager Ian Holt was less impressed …", "Incident commander Jeanette Ruiz
 * toured …": up to two capitalised words, a role word or two, then a name and its verb.
 */
function titledName(body: string, tokens: readonly Token[]): string | null {
  let k = 0;
  while (k < 2 && k < tokens.length && isCapitalised(tokens[k]!)) k++;
  const roleFrom = k;
  while (k < roleFrom + 2 && k < tokens.length && isRoleWord(lowerWordAt(body, tokens[k]!))) k++;
  if (k === roleFrom) return null;
  if (commaBefore(body, tokens, k)) return null;
  return leadingName(body, tokens, k);
}

function isRoleWord(word: string): boolean {
  // "Labour leader Jane Hollis opened …": the lexicon's roles too (decision 945).
  return PERSON_ROLES.has(word) || isOffice(word) || ROLE_WORDS.has(word);
}

/**
 * "The Chancellor, Rachel Reeves, welcomed the decision": an office, then the name between
 * commas, then the verb. The office may be of a place ("The first minister of Wales, Eluned
 * Morgan, has urged …", decision 355).
 */
function appositiveName(body: string, tokens: readonly Token[]): string | null {
  let c = 1;
  while (c < tokens.length && c <= 6 && !commaBefore(body, tokens, c)) c++;
  if (c > 6 || c >= tokens.length || !officeBefore(body, tokens, c)) return null;
  let e = c;
  while (e < tokens.length && e - c < 3 && isCapitalised(tokens[e]!) && (e === c || !commaBefore(body, tokens, e))) e++;
  if (e - c < 2 || e >= tokens.length || !commaBefore(body, tokens, e)) return null;
  // "…, Ed Davey, used his two questions …": a past of four letters, which no flag marks.
  if (!isFiniteVerb(tokens, e) && !fourLetterPast(body, tokens[e]!)) return null;
  const name = body.slice(tokens[c]!.start, tokens[e - 1]!.end);
  return plausibleSpeakerName(name) ? name : null;
}

/**
 * Do tokens [0, c) end in an office ("The Chancellor"), in an office and its field ("The trust's
 * former director of nursing"), or in an office of a place named by one or two capitalised words
 * ("The first minister of Wales", "The mayor of Greater Manchester")? Four words at most before a
 * place, as before.
 */
function officeBefore(body: string, tokens: readonly Token[], c: number): boolean {
  if (c <= 4) {
    const word = lastPart(lowerWordAt(body, tokens[c - 1]!));
    // "The Liberal Democrat leader, Ed Davey, used …", "By now the Speaker, Sir Lindsay Hoyle,
    // was …": a post of the lexicon's roles names the person as an office does (decision 1120).
    if (isOffice(word)) return true;
    if (ROLE_WORDS.has(word) && !PLACE_OR_FIRM_POSTS.has(word) && givenNameOrTitleAt(body, tokens, c)) {
      return word !== "leader" || partyBeforeLeader(body, tokens, c - 1);
    }
  }
  // "The trust's former director of nursing, Angela Fairburn, is due …": an office and its field,
  // one lowercase word after "of" (decision 1065). Not "Critics of the minister of finance, Ana
  // Reyes, have …": an office after a preposition is someone the subject is of or to.
  if (c >= 3 && !isCapitalised(tokens[c - 1]!) && lowerWordAt(body, tokens[c - 2]!) === "of")
    return isOffice(lastPart(lowerWordAt(body, tokens[c - 3]!))) && !prepositionBefore(tokens, c - 3);
  for (let of = c - 2; of >= Math.max(1, c - 3); of--) {
    if (!isCapitalised(tokens[c - 1]!) || lowerWordAt(body, tokens[of]!) !== "of") continue;
    for (let k = of + 1; k < c; k++) if (!isCapitalised(tokens[k]!)) return false;
    return of <= 4 && isOffice(lastPart(lowerWordAt(body, tokens[of - 1]!)));
  }
  return false;
}

/**
 * Does a party, a body's possessive or a rank stand before the "leader" at token `at` ("The
 * Labour leader", "The party's leader", "The deputy leader")? "The leader, Leeds United, lost …",
 * "The League leader, …" and "The market leader, British Gas, raised …" name a club and a firm
 * first in their field.
 */
function partyBeforeLeader(body: string, tokens: readonly Token[], at: number): boolean {
  if (at < 1) return false;
  const before = tokens[at - 1]!;
  const word = lowerWordAt(body, before);
  if (word.endsWith("'s") || word.endsWith("’s")) {
    // "The party's leader", "The Green Party's co-leader", "Labour's leader"; not "The league's
    // leader, Aston Villa," nor "The market's leader, British Gas,": a field's leader is a club or
    // a firm.
    const owner = body.slice(before.start, before.end - 2);
    return owner.toLowerCase() === "party" || isNationalityOrParty(owner);
  }
  // A capitalised word is a party ("Labour", "Liberal Democrat"), not "The League leader".
  if (isCapitalised(before)) return isNationalityOrParty(body.slice(before.start, before.end));
  return ROLE_MODIFIERS.has(word);
}

/**
 * Posts of ROLE_WORDS that a place or a shop holds as often as a person: "The host, Saudi Arabia,
 * has spent …", "The new member, North Macedonia, joined …", "The shopping centre's anchor, John
 * Lewis, closed …". They name no one between commas.
 */
const PLACE_OR_FIRM_POSTS = new Set(["host", "member", "anchor"]);

/**
 * Does the name between commas at token `at` open with a given name or a title ("Harry Kane",
 * "Dame Ann Lee", "Dr Sean Cummings")? Not "The presenter, BBC Radio Four, apologised …": a
 * post's commas may hold its station, its club or its country.
 */
function givenNameOrTitleAt(body: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  const word = body.slice(token.start, token.end);
  return mayBeGivenName(word) || TITLES.has(word.toLowerCase());
}

/** Is any of tokens [0, to) a preposition ("of", "to", "for" …)? */
function prepositionBefore(tokens: readonly Token[], to: number): boolean {
  for (let k = 0; k < to; k++) if (tokens[k]!.flags & (PARENTHETICAL_PREPOSITION | TO)) return true;
  return false;
}

/** "vice-chancellor" → "chancellor": the office a hyphenated title names. */
function lastPart(word: string): string {
  const hyphen = word.lastIndexOf("-");
  return hyphen < 0 ? word : word.slice(hyphen + 1);
}

/**
 * Where the verb of a name that ends before token `n` stands: past an aside of place, post, age
 * or company, or an adverb; `n` itself when nothing stands between.
 */
function verbAfterName(body: string, tokens: readonly Token[], n: number): number {
  // "Ana Castillo, 62, spent the night in her car": an age between commas before the verb.
  const aged = commaBefore(body, tokens, n) && isAge(body, tokens, n, n + 1) && commaBefore(body, tokens, n + 1);
  // "Karen Whitfield, from Cardiff, is staying …", "Daniel Pryce, 34, of Redditch, was jailed".
  const placed = afterPlaceAside(body, tokens, aged ? n + 1 : n);
  if (placed > 0) return placed;
  // "Goold, the National's incoming artistic director, has defended …" (decision 1065).
  const posted = afterPostAside(body, tokens, n);
  if (posted > 0) return posted;
  // "Ms Reid, his daughter, cut the ribbon.": a family tie, or a role held for the one "his"
  // stands for ("Mr Patel, his lawyer, left court"), as the aside (decision 1125).
  const tied = afterRelationAside(body, tokens, n);
  if (tied > 0) return tied;
  if (aged) return n + 1;
  // "Justice Sonia Sotomayor, joined by Justice Elena Kagan, dissented": the names in the aside are not the subject.
  const joined = afterJoinedByAside(body, tokens, n);
  if (joined > 0) return joined;
  // "Okafor also thanked residents": an adverb between the name and its verb.
  return n < tokens.length && !commaBefore(body, tokens, n) && isSpeakerAdverb(body, tokens[n]!) ? n + 1 : n;
}

/** A name of two or three capitalised words from token `from`, followed by its verb. */
function leadingName(body: string, tokens: readonly Token[], at: number): string | null {
  // "18-year-old Amira Yusuf got three A*s": an age word before the name is no part of it
  // (decision 1070). A digit first, then the compound's ending: one char test for most words.
  const from = at < tokens.length && isAgeWord(body, tokens[at]!) ? at + 1 : at;
  let n = from;
  while (
    n < tokens.length &&
    n - from < 4 &&
    isCapitalised(tokens[n]!) &&
    (n === from || !commaBefore(body, tokens, n))
  )
    n++;
  const verb = verbAfterName(body, tokens, n);
  if (n === from || n - from > 3 || (verb === n && commaBefore(body, tokens, n)) || !isFiniteVerb(tokens, verb))
    return null;
  // "Harlow thanked her supporters.": a surname alone, when it opens the sentence and is no common
  // word, body or acronym ("Police", "Russia", "NASA" are not people).
  if (n - from === 1 && !surnameAlone(body, tokens, from, verb)) return null;
  for (let t = from; t < n; t++) if (tokens[t]!.flags & SUBJECT_NOUN) return null;
  // "Kansas City went fare-free in 2020.": a place, which no later "his" stands for.
  if (PLACE_ENDINGS.has(lowerWordAt(body, tokens[n - 1]!))) return null;
  const name = body.slice(tokens[from]!.start, tokens[n - 1]!.end);
  // Not "And I", "When Ronald Reagan", "The Surgeon General", "Look": only a name.
  return plausibleSpeakerName(name) && !NOT_NAME_OPENERS.has(lowerWordAt(body, tokens[from]!)) ? name : null;
}

/** "18-year-old", "34-year-old": an age written as one word before a name. */
function isAgeWord(body: string, t: Token): boolean {
  const c = body.charCodeAt(t.start);
  return c >= 48 && c <= 57 && t.end - t.start <= 12 && body.endsWith("-year-old", t.end);
}

/** Last words of a place's name: "Kansas City", "Orange County", "Long Island". */
const PLACE_ENDINGS = new Set(
  // Not "park", "bay", "lake", "street": surnames too ("Sarah Park").
  "city county state island islands province region".split(" "),
);

function surnameAlone(body: string, tokens: readonly Token[], at: number, verb = at + 1): boolean {
  // "18-year-old Yusuf got three A*s" (decision 1075): an age word says a person follows, at the
  // sentence's start or after its opening scene; otherwise only the sentence's first word.
  if (at !== 0 && !isAgeWord(body, tokens[at - 1]!)) return false;
  const t = tokens[at]!;
  const word = body.slice(t.start, t.end);
  return (
    !isCommonWord(word.toLowerCase()) &&
    !COUNTRIES_AND_GROUPS.has(word) &&
    !BODIES_WITH_PERSON_LIKE_NAMES.has(word) &&
    !isNationalityOrParty(word) &&
    !ALL_CAPITALS.test(word) &&
    pastOrPerfect(body, tokens, verb)
  );
}

/**
 * "Goold defended …" or "Goold has defended …" (decision 1075): a past, or "has"/"had" and a
 * past participle. A surname's present ("Goold directs …") stays unread: a club or a town
 * ("Brentford plays …") reads alike. The word test runs only when the verb is no past.
 */
function pastOrPerfect(body: string, tokens: readonly Token[], verb: number): boolean {
  if ((tokens[verb]!.flags & PAST) !== 0) return true;
  if (!SINGULAR_PERFECT_HAVE.has(lowerWordAt(body, tokens[verb]!))) return false;
  // "Goold has defended the length. Lester has not." (the review of decision 1075): the second
  // man's answer is his, so the "he" that follows is too. Not "Okafor has not commented.": someone
  // who said nothing is no speaker, so a negative with its participle stays unread.
  let next = tokens[verb + 1];
  if (next === undefined) return false;
  if ((next.flags & PAST) !== 0) return true;
  if (NEGATIONS.has(lowerWordAt(body, next))) return tokens[verb + 2] === undefined;
  // "Goold has long defended …", "Berg has repeatedly denied …" (decision 1095): an adverb the
  // perfect takes before its participle.
  if (standsBeforeSpeechVerb(body, next)) next = tokens[verb + 2];
  // "has always said", "has consistently denied" (decision 1130): an adverb no speaker list
  // holds, only before a verb of saying; "Disney has always cut jobs" tells a body's habit as
  // often as a person's, and "Disney" after "Walt Disney" would name the founder.
  else if (adverbInThePerfect(body, tokens, verb + 1)) {
    next = tokens[verb + 2];
    return next !== undefined && (next.flags & PAST) !== 0 && (next.flags & LOWERCASE_REPORTING_VERB) !== 0;
  }
  return next !== undefined && (next.flags & PAST) !== 0;
}
/** A surname is one person: its perfect is "has" or "had", never "have". */
const SINGULAR_PERFECT_HAVE: ReadonlySet<string> = new Set([...PERFECT_HAVE].filter((w) => w !== "have"));
const NOT_NAME_OPENERS = new Set(
  "the a an and but so now well look yes no this that these those our their his her its my your in on at for by".split(
    " ",
  ),
);
