/**
 * A present verb on no list after "the sick", "the young", "the rich" (decision 1000): "the sick
 * wait more than 18 weeks", "the young vote regularly", "the rich give 10%". `PLURAL_PRESENT_VERBS`
 * holds only verbs that are no noun a modifier may come before; a word off it is read as a verb only
 * by the word after it, which a verb takes and a noun after a modifier does not: a figure, "more",
 * "less", "longer" or an adverb in "-ly". "the sick pay budget", "the young vote went", "the old
 * smoke alarms", "the rich pay no tax" stay a modifier and its noun.
 */
import { COORDINATORS, MULTIPLIER_PASTS, OBJECT_STARTERS, showsAVerb, isYear } from "./lexicon.ts";
import { isListedGroupHead } from "./share-group-heads.ts";

/** A plain present of a plural: lowercase, three letters or more, no "-s" and no "-ing". */
const PLAIN_PRESENT = /^\p{Ll}{3,}$/u;
/** Words that are no verb: "the young than", "the old as". */
const NO_VERBS = new Set(["than", "as", "who", "not", "also", "only", "such"]);
/** The verb, then the word it takes: a figure or a price, "more", "less", "longer", an adverb. */
const VERB_AND_ITS_WORD =
  /^[ \u00a0]+(\p{Ll}+)[ \u00a0]+(?:([£$€]?\d[\d,.]*)|(?:more|less|fewer|longer|most|least)\b|(\p{Ll}{3,}ly)\b)/u;
/** A year is no verb's word: "the rich list 2026". */
/**
 * "the young vote 10 years ago", "the old site 20 miles away": a time back or a distance, after a
 * noun as often as a verb.
 */
const AGO_AFTER = /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:ago|away|earlier|before|from|north|south|east|west)\b/u;
/** The lowercase word after an adverb or a unit: "largely survived", "rarely vote", "regularly in". */
const WORD_AFTER = /^[ \u00a0]+(\p{Ll}+)/u;
/** A plural after a figure, its unit or what it counts: "18 weeks", "2 rooms", "3 trains". */
const PLURAL_AFTER = /^[ \u00a0]+\p{Ll}+s\b/u;
/**
 * "the young vote more than doubled", "the old stock less than halved": a comparative before a
 * multiplier's past is the figure of a change of a noun, not a verb's word (decision 1000's review).
 */
const THAN_A_MULTIPLIER = new RegExp(
  String.raw`^[ \u00a0]+than[ \u00a0]+(?:${[...MULTIPLIER_PASTS].join("|")})\b`,
  "u",
);
/**
 * "Labour won 30% of the young vote easily": "vote" after a party's win is the noun, the share its
 * part of the votes cast (decision 1000's review). Read on the 48 chars before the adjective.
 */
const A_WIN_BEFORE = /\b(?:won|wins?|took|takes?|got|gets?|secured|secures?|lost|loses?|polled|polls?)\b[^.;:!?]*$/u;
/** Words past an adverb or a unit that a verb's words may go on with: "less than", "10 hours per week". */
const GOES_ON = new Set(["than", "per", "each", "every", "or"]);

/**
 * "30% of the young vote Labour", "30% of the young vote.": "vote" before a party's name (a
 * capitalised word or two) or the clause's end (decision 1045). Group 1 holds the party, if any.
 */
const VOTE_FOR_A_PARTY = /^[ \u00a0]+vote((?:[ \u00a0]+\p{Lu}[\p{L}’'-]*){0,2})/u;
/** The clause's end: a stop, a comma, a colon, a semicolon, a dash or the text's end. */
const CLAUSE_END = /^[ \u00a0]*(?:[.,;:!?–—]|$)/u;
/**
 * Only a share opens the clause before "the young": "About 30% of", "The poll found that one in
 * five of", "In 2024, 30% of". A verb or a party before it ("Labour won 30% of", "Reform is on 30%
 * of") makes "vote" the noun, the share a part of the votes cast.
 */
const ONLY_A_SHARE_BEFORE =
  /(?:^|[.!?;:,][ \u00a0]+|\bthat[ \u00a0]+)(?:(?:[Aa]bout|[Ss]ome|[Oo]nly|[Jj]ust|[Nn]early|[Aa]lmost|[Aa]round|[Rr]oughly|[Oo]ver|[Uu]nder|[Ff]ewer|[Mm]ore|[Ll]ess|than|[Bb]arely|[Aa]|[Oo]ne|in|of|per|cent|[Hh]alf|third|quarter|fifth|two|three|four|five|\d[\d.,]*%?)[ \u00a0]+)+the[ \u00a0]+\p{Ll}+$/u;

/**
 * "Turnout: about 30% of the young vote, the commission said.": a turnout's share is of people who
 * vote, so after its colon "vote" is the verb (decision 1105). Read on the words before the colon.
 * "Labour's share of the turnout: 30% of the young vote" is a share of the votes cast: not after
 * "of" (review of decision 1105).
 */
const TURNOUT_BEFORE = /(?<!\bof[ \u00a0]+(?:the[ \u00a0]+)?)\b[Tt]urnout$/u;

/** A parenthesis and then a word: "vote, a record, went to Labour". Group 1 holds the word. */
const PARENTHESIS_THEN = /^,[^,.;:!?]{1,40},[ \u00a0]+(\p{Ll}+)/u;

/** Does a verb follow a parenthesis after "vote"? "Nearly half of the young vote, a record, went to Labour" (review). */
function parenthesisThenAVerb(rest: string): boolean {
  const m = PARENTHESIS_THEN.exec(rest);
  return m !== null && showsAVerb(m[1]!);
}

/**
 * Does `text` after `from` (an adjective after "the") read "vote" with a party or no word after
 * it, where only a share stands before the adjective in its clause and no win in the 120 chars
 * before it? "Labour won 30% of the young vote, 25% of the old vote …" is a list of shares of votes.
 */
function votesForAParty(text: string, from: number): boolean {
  const m = VOTE_FOR_A_PARTY.exec(text.slice(from, from + 48));
  if (m === null) return false;
  const rest = text.slice(from + m[0].length, from + 64);
  if (m[1] === "" ? !CLAUSE_END.test(rest) || parenthesisThenAVerb(rest) : !endsTheVerbsWords(rest)) return false;
  const before = text.slice(Math.max(0, from - 64), from);
  const share = ONLY_A_SHARE_BEFORE.exec(before);
  if (share === null || (share.index === 0 && from > 64)) return false;
  // "Labour's target is simple: 50% of the young vote.", "Labour, 40% of the young vote; …": with no
  // party after it, "vote" after a share opened by a comma, a colon or a semicolon is the votes cast (review).
  if (m[1] === "" && /^[,;:]/.test(share[0]) && !turnoutsColon(before, share)) return false;
  return !A_WIN_BEFORE.test(text.slice(Math.max(0, from - 120), from));
}

/** Does the share after a colon follow "Turnout" (decision 1105)? */
function turnoutsColon(before: string, share: RegExpExecArray): boolean {
  return share[0].charCodeAt(0) === 58 && TURNOUT_BEFORE.test(before.slice(0, share.index));
}

/** Is `w` a word that may be a plural's plain present? */
function mayBePresent(w: string): boolean {
  if (!PLAIN_PRESENT.test(w) || w.endsWith("s") || w.endsWith("ing") || showsAVerb(w)) return false;
  return !NO_VERBS.has(w) && !OBJECT_STARTERS.has(w) && !COORDINATORS.has(w) && !isListedGroupHead(w);
}

/**
 * Does the text after `from` of `text` (right after an adjective that names people after "the")
 * open with a present verb on no list, read by the word it takes? An adverb counts only before the
 * clause's end, a preposition, a determiner, a coordinator or "than": before a verb it is the verb's own, and
 * the word before it a noun ("the old town largely survived", "the old guard rarely vote", "the
 * sick pay weekly is").
 */
export function presentVerbByItsWord(text: string, from: number): boolean {
  // Cheap test: "vote" is asked only where " v" follows the adjective.
  if (text.charCodeAt(from + 1) === 118 && votesForAParty(text, from)) return true;
  const after = text.slice(from, from + 64);
  const m = VERB_AND_ITS_WORD.exec(after);
  if (m === null || !mayBePresent(m[1]!)) return false;
  if (m[1] === "vote" && A_WIN_BEFORE.test(text.slice(Math.max(0, from - 48), from))) return false;
  const rest = after.slice(m[0].length);
  if (m[2] !== undefined) {
    if (isYear(m[2]) || AGO_AFTER.test(rest)) return false;
    // "wait 18 weeks, the", "work 10 hours a week" but not "the old line 3 trains were late".
    const unit = PLURAL_AFTER.exec(rest);
    return unit === null || endsTheVerbsWords(rest.slice(unit[0].length));
  }
  if (m[3] === undefined) return !THAN_A_MULTIPLIER.test(rest);
  return endsTheVerbsWords(rest);
}

/**
 * Does `rest` (after a verb's adverb or its figure and unit) go on as a verb's words do: the
 * clause's end, a preposition, a determiner, a coordinator, "than", "per", "each", "every"? Before
 * a further verb, the word before was a noun: "the old town largely survived", "the old guard
 * rarely vote", "the sick bay 2 beds were empty".
 */
function endsTheVerbsWords(rest: string): boolean {
  const next = WORD_AFTER.exec(rest);
  if (next === null) return true;
  if (COORDINATORS.has(next[1]!)) return true;
  if (!OBJECT_STARTERS.has(next[1]!) && !GOES_ON.has(next[1]!)) return false;
  // "the old money 10 years on was lost": a verb right after the word closes a noun's phrase (review).
  const then = WORD_AFTER.exec(rest.slice(next[0].length));
  return then === null || !showsAVerb(then[1]!);
}
