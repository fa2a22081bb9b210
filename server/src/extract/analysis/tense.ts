import { modalBeforeWeekdayDeadline } from "./modal-before-deadline.ts";
import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { isDigit } from "../text/char-classes.ts";
import { MONTH_ABBR, monthIndex, WEEKDAY_SET } from "./dates.ts";
import { CHANGE_VERBS, RELATIVE_PRONOUNS } from "./lexicon.ts";
import { commaBefore, firstTokenEndingAfter, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { scheduledByPresentBe } from "./scheduled-day.ts";
import { bookedForWeekday } from "./booked-for-weekday.ts";
import { progressiveAimAtWeekdayDeadline, weekdayDeadlineLead } from "./weekday-deadline-aim.ts";
import { defineGate } from "./word-gates.ts";
import { hearingPresentAfterTheWeekday, hearingPresentAhead } from "./hearing-present-ahead.ts";
import {
  newProductBeforeTheHit,
  presentHitBeforeAChangeAhead,
  singularLaunchHitsAhead,
} from "./present-hit-before-a-change-ahead.ts";
import { ALWAYS_FINITE, CAPITALISED, CONTRACTED_MODAL, PAST, TO } from "./word-flags.ts";

/** Auxiliaries that put what follows in the future (or, reported, the future of the past: "said they would meet"). */
const FUTURE_AUXILIARIES = new Set(["will", "shall", "won't", "would"]);
/** Auxiliaries that say nothing about when: modals, "do", and "has/have" (present perfect points back itself, via its participle). */
const TIMELESS_AUXILIARIES = new Set(["can", "could", "may", "might", "must", "should", "do", "does", "has", "have"]);
const BE_PRESENT = new Set(["is", "are", "am"]);
const BE_FORMS = new Set(["is", "are", "am", "be", "been", "being", "was", "were"]);
/**
 * Words after which a past participle is a state or a passive, not a finite verb: "be" and the
 * linking verbs ("will stay closed", "remains shut", "got hit"). The tense is that of the word
 * before the participle.
 */
const BEFORE_PARTICIPLE = new Set([
  ...BE_FORMS,
  "stay",
  "stays",
  "stayed",
  "remain",
  "remains",
  "remained",
  "become",
  "becomes",
  "became",
  "get",
  "gets",
  "got",
  "seem",
  "seems",
  "seemed",
]);
/** Words that make the future with "to" after them: "is expected to", "plans to", "is set to"; some with "for" too. */
const FUTURE_BEFORE_TO = new Set([
  "expected",
  "scheduled",
  "due",
  "set",
  "going",
  "plan",
  "plans",
  "slated",
  "projected",
  "forecast",
  "predicted",
  // "was likely to approve an increase for November", "is poised to", "is about to".
  "likely",
  "poised",
  "about",
  "planning",
  "preparing",
  // "was prepared to stage further walkouts in December".
  "prepared",
]);

const COMPARATIVES = new Set(["more", "less", "most", "least", "as"]);
/**
 * "could" too, before a verb of change only ("could start lowering rates in June"): it is as often
 * a past ability ("Residents said they could see flames on Monday"; see possibilityAhead).
 */
const POSSIBILITY_MODALS = new Set(["may", "might", "could"]);
/** Words before a noun: "the first cut", "a hit", "its bid". */
const NOUN_DETERMINERS = new Set(
  "the a an first second third last next its their his her our another any each every no".split(" "),
);

/** Modals whose next verb is bare: "will cut", "must set". Not "could": it is a past of its own. */
const MODALS_BEFORE_BARE_VERB = new Set(["will", "shall", "won't", "would", "can", "may", "might", "must", "should"]);

/** Is token `k` a modal that a bare verb follows ("will", "must"; "she'll" written on its pronoun)? */
function afterModal(body: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.end - t.start > 6 || t.flags & CAPITALISED) return false;
  if (t.flags & CONTRACTED_MODAL) return true;
  return MODALS_BEFORE_BARE_VERB.has(lowerWordAt(body, t));
}

/** "she'll sign", "he'd cut": ahead; "she'd left", "she'd been": "had", behind. */
function contractedModalMark(body: string, tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next === undefined) return 1;
  return next.flags & PAST || lowerWordAt(body, next) === "been" ? -1 : 1;
}

/** "set sentencing for July 17", "set a hearing for": a proceeding, then "for" ("set a record for" is no plan). */
function forSoonAfter(body: string, tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (k < tokens.length && ARTICLES.has(lowerWordAt(body, tokens[k]!))) k++;
  return (
    k + 1 < tokens.length &&
    PROCEEDINGS.has(lowerWordAt(body, tokens[k]!)) &&
    lowerWordAt(body, tokens[k + 1]!) === "for"
  );
}
const ARTICLES = new Set(["a", "an", "the", "its", "his", "her", "their"]);
const PROCEEDINGS = new Set(
  "sentencing hearing trial date deadline vote election meeting talks ceremony retrial referendum ballot".split(" "),
);

/** Does the modal at `i` look ahead: a plain verb after it, not "not", "have" or a past form? */
function possibilityAhead(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.flags & (PAST | ALWAYS_FINITE)) return false;
  const w = lowerWordAt(body, next);
  if (w === "not" || w === "have" || w === "well" || w === "also") return false;
  // "could start lowering rates in June" looks ahead; "could see flames on Monday", "could export
  // 40m tonnes in March", "could win only two games" are past abilities: only verbs of a change or
  // an event to come count after "could".
  if (lowerWordAt(body, tokens[i]!) !== "could" || CHANGE_VERBS.has(w)) return true;
  // "could reach 4% in March" looks ahead; "could reach only a handful of villages on Monday" is
  // a past ability: "reach" only before a figure.
  const figure = tokens[i + 2];
  return w === "reach" && figure !== undefined && isDigit(body.charCodeAt(figure.start));
}
const FUTURE_BEFORE_FOR = new Set(["scheduled", "due", "set", "slated", "expected"]);
/** "expected in October", "due in March" after "is", "are", "be"; not "set in 2010" (where a story takes place). */
const FUTURE_BEFORE_IN = new Set(["scheduled", "due", "slated", "expected"]);

/**
 * Present-tense verbs of schedules: with a date they speak of what is planned ("the law takes
 * effect on July 1", "she visits Mexico on Friday").
 */
const SCHEDULED_PRESENT = new Set([
  // The plural's form too: "the talks, which begin in Belem on Monday" ("start" is as often a noun).
  "begin",
  "takes",
  "starts",
  "begins",
  "opens",
  "closes",
  "ends",
  "expires",
  "launches",
  "resumes",
  "arrives",
  "leaves",
  "returns",
  "meets",
  "visits",
  "travels",
  "holds",
  "hosts",
  "faces",
  "plays",
]);

/**
 * Present-tense verbs of intent and expectation: what they govern lies ahead ("Crews expect winds
 * to ease by Saturday", "The agency aims to reopen the bridge in March"). Read from the token's
 * word gate, so no word is sliced to find them.
 */
const FORWARD_LOOKING = defineGate(
  "expect expects aim aims intend intends hope hopes vow vows pledge pledges promise promises predict predicts anticipate anticipates".split(
    " ",
  ),
);

/**
 * Verbs of expectation that make the future with "to" (FUTURE_BEFORE_TO) and can take an object
 * before it: "crews expected winds to ease by Saturday" looks ahead as "winds were expected to
 * ease" does. Not in the past perfect: "had expected inflation to ease in March" was not borne out.
 */
const EXPECTED_AHEAD = new Set(["expected", "projected", "predicted"]);

/** Adjectives written as a past with "un-": "unchanged", "unopposed". */
const UN_ADJECTIVES = new Set(
  "unchanged unaffected unharmed unopposed unscathed undecided unemployed unexpected unresolved unpublished".split(" "),
);

/** Is the word before token `i` "is", "are" or "be" ("is expected in October", "will be due in March")? */
function afterPresentBe(body: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  const w = lowerWordAt(body, prev);
  return w === "is" || w === "are" || w === "be";
}

function followedByTo(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.end - next.start > 3) return false;
  const w = lowerWordAt(body, next);
  // "scheduled for Thursday", "due on Friday", "expected in October" as well as "expected to".
  if (w === "to") return true;
  const word = lowerWordAt(body, tokens[i]!);
  // "is expected in October", "are due in March"; not "than expected in May", "was expected in
  // October" nor "originally due in March": only after a present "be" ("will be" included).
  if (w === "in" || word === "expected")
    return (w !== "in" || FUTURE_BEFORE_IN.has(word)) && afterPresentBe(body, tokens, i);
  return (w === "for" || w === "on") && FUTURE_BEFORE_FOR.has(word);
}

/**
 * +1 when token i marks the future, -1 the past, 0 neither. Only auxiliaries, "-ed"/irregular
 * past forms and short words are read as text; the flags rule out the rest.
 */
function tenseMark(body: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.gates & FORWARD_LOOKING) return 1;
  // "she'll sign", "he'd cut" (would); "she'd left" is "had": the past form after it says so.
  if (t.flags & CONTRACTED_MODAL) return contractedModalMark(body, tokens, i);
  if (t.flags & ALWAYS_FINITE) {
    // "will cut rates in September", "would set a date": after a modal an irregular past's form is
    // the bare verb, and the modal tells the tense.
    if (t.flags & PAST && i > 0 && afterModal(body, tokens, i - 1)) return 0;
    const w = lowerWordAt(body, t);
    // "expects the first cut to come in June": an irregular past after a determiner is a noun.
    if (t.flags & PAST && i > 0 && NOUN_DETERMINERS.has(lowerWordAt(body, tokens[i - 1]!))) return 0;
    // "set" is an irregular past, but "is set for Nov. 14" / "set to" speak of what is planned, and
    // so does "set sentencing for July 17".
    if (FUTURE_BEFORE_TO.has(w) && followedByTo(body, tokens, i)) return 1;
    if (w === "set" && forSoonAfter(body, tokens, i)) return 1;
    if (FUTURE_AUXILIARIES.has(w) || w.endsWith("'ll") || w.endsWith("’ll")) return 1;
    // "is running for re-election in November": the present progressive with a date is an arrangement.
    if (BE_PRESENT.has(w)) return tokens[i + 1] && lowerWordAt(body, tokens[i + 1]!).endsWith("ing") ? 1 : 0;
    if (SCHEDULED_PRESENT.has(w)) return 1;
    // The present forms the word list holds with the irregular pasts ("says", "remains", "wants")
    // tell no tense, as other present forms do not.
    if (w !== "was" && w.endsWith("s")) return 0;
    // An irregular participle after "be" is a passive, as a regular one is ("will be held in
    // March"), and one after "to" an infinitive ("is expected to cut rates in September").
    if (
      t.flags & PAST &&
      i > 0 &&
      (tokens[i - 1]!.flags & TO || BEFORE_PARTICIPLE.has(lowerWordAt(body, tokens[i - 1]!)))
    )
      return 0;
    // "could make his debut on Saturday", "may close in March": a possibility ahead, unless
    // "not" or "have" makes it a past one ("could not attend on Monday", "may have left in May").
    if (POSSIBILITY_MODALS.has(w)) return possibilityAhead(body, tokens, i) ? 1 : 0;
    // "will be", "has been", "is being": the form of "be" after an auxiliary tells no tense.
    return TIMELESS_AUXILIARIES.has(w) || w === "be" || w === "been" || w === "being" ? 0 : -1;
  }
  const length = t.end - t.start;
  if (t.flags & PAST) {
    if (length >= 6 && length <= 9) {
      const w = lowerWordAt(body, t);
      if (FUTURE_BEFORE_TO.has(w) && followedByTo(body, tokens, i)) return 1;
    }
    // "will be sentenced in August", "when she is sentenced": a passive participle says nothing
    // of when; its auxiliary ("will", "was") or the verb before it does.
    if (i > 0 && BEFORE_PARTICIPLE.has(lowerWordAt(body, tokens[i - 1]!))) return 0;
    // "to keep rates unchanged on Wednesday": an adjective in "un-…-ed", no verb.
    if (length >= 9 && body.charCodeAt(t.start) === 117 && UN_ADJECTIVES.has(lowerWordAt(body, t))) return 0;
    // "would present detailed results in July", "will have finished by May": a modal and a verb
    // before it make it an adjective or a participle.
    if (i > 1 && !(tokens[i - 1]!.flags & (PAST | CAPITALISED)) && afterModal(body, tokens, i - 2)) return 0;
    return isFiniteVerb(tokens, i) ? -1 : 0;
  }
  // "The OBR forecast in March that …": after a name, "forecast" is its past (the noun follows "the").
  if (
    length === 8 &&
    i > 0 &&
    !(t.flags & CAPITALISED) &&
    tokens[i - 1]!.flags & CAPITALISED &&
    lowerWordAt(body, t) === "forecast"
  )
    return -1;
  if (length >= 3 && length <= 9 && FUTURE_BEFORE_TO.has(lowerWordAt(body, t)) && followedByTo(body, tokens, i))
    // "were more likely to back Labour in May" compares; "was likely to approve … for November" looks ahead.
    return i > 0 && COMPARATIVES.has(lowerWordAt(body, tokens[i - 1]!)) ? 0 : 1;
  if (
    length >= 4 &&
    length <= 8 &&
    (body.charCodeAt(t.end - 1) === 115 || length === 5) &&
    SCHEDULED_PRESENT.has(lowerWordAt(body, t))
  )
    return 1;
  // "Arsenal face Bayern on Wednesday", "Villa host Lille": a team's fixture, the plural after a name.
  // The opponent is named next ("Arsenal face Bayern"; not "Arsenal face a fine").
  return length === 4 &&
    i > 0 &&
    FIXTURE_PLURALS.has(lowerWordAt(body, t)) &&
    teamBefore(body, tokens[i - 1]!) &&
    opponentAt(body, tokens, i + 1)
    ? 1
    : 0;
}

/**
 * A capitalised run at `from` that names an opponent: followed by "in", "at", "on", "away", a comma
 * or the end ("Arsenal face Bayern Munich in the Champions League"), not by what is faced ("FA
 * charge", "Spanish tax authorities").
 */
function opponentAt(body: string, tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 4 && tokens[k]!.flags & CAPITALISED) k++;
  if (k === from) return false;
  const next = tokens[k];
  if (next === undefined || commaBefore(body, tokens, k)) return true;
  return OPPONENT_FOLLOWERS.has(lowerWordAt(body, next));
}
const OPPONENT_FOLLOWERS = new Set(["in", "at", "on", "away", "tonight", "tomorrow", "next", "this"]);

/** A capitalised word that may name a team: not a weekday ("Thursday face masks") or a function word ("At face"). */
function teamBefore(body: string, t: Token): boolean {
  if (!(t.flags & CAPITALISED)) return false;
  const w = lowerWordAt(body, t);
  return !WEEKDAY_SET.has(w) && !NOT_TEAMS.has(w);
}
const NOT_TEAMS = new Set("at on in of for by with the a an to from".split(" "));
/** Verbs of a fixture in the plural, which are nouns too ("a face", "the host"): read after a name only. */
const FIXTURE_PLURALS = new Set(["face", "host", "play", "meet"]);

/**
 * "every Friday", "each Friday": a weekday of a habit, no one day (see weekdayAt); "Last Friday he
 * appears in court", a story told in the present, is the day gone (decision 1040).
 */
const NO_DAY_AHEAD_BEFORE = new Set(["every", "each", "last"]);
/** How many tokens after a date its governing verb is looked for ("On Friday, she will meet"). */
const FORWARD_TOKENS = 40;

/** Days and months a deadline word can end a period at: "until Friday", "runs until January". */
// Months written short too: "by Aug. 1".
const DEADLINE_DATES = new Set([...WEEKDAY_SET, ...MONTH_NAMES.map((m) => m.toLowerCase()), ...MONTH_ABBR, "sept"]);
/** Words that end a period or set a deadline: "in effect through Friday", "closed until Friday", "by Saturday". */
const DEADLINE_WORDS = new Set(["until", "till", "through", "thru", "by"]);
/** Words for a part of a month between a deadline word and the month: "until late January", "by the end of March". */
const MONTH_PARTS = new Set(["early", "late", "mid", "the", "end", "start", "middle", "beginning", "close", "of"]);
/** A time of day between a deadline word and its weekday: "through 8 p.m. Friday", "until noon Saturday". */
const TIME_OF_DAY_WORDS = new Set(["a.m", "p.m", "am", "pm", "noon", "midnight"]);
/**
 * Past verbs that put something in force for a time: what they issued, ordered or extended runs
 * until the day named ("issued red alerts for six regions through Thursday", "closed the road
 * until Friday", passive "alerts were issued through Thursday").
 */
const IN_FORCE = new Set([
  "issued",
  "declared",
  "ordered",
  "extended",
  "imposed",
  "announced",
  "closed",
  "shut",
  "suspended",
  "banned",
  "barred",
  "postponed",
  "delayed",
  "paused",
  "halted",
  "cancelled",
  "canceled",
  "restricted",
  "blocked",
  "raised",
  "placed",
  "put",
  "set",
  "granted",
  "gave",
  "allowed",
  "told",
  "asked",
  "urged",
  "warned",
  "advised",
]);

/** The weekday or month word of the date at token `d`, lower case: "january" in "late January", "mid-January". */
function deadlineDateWord(body: string, tokens: readonly Token[], d: number): string {
  const day = tokens[d];
  if (day === undefined) return "";
  const w = lowerWordAt(body, day);
  if ((w === "early" || w === "late" || w === "on") && tokens[d + 1]) return lowerWordAt(body, tokens[d + 1]!);
  // "until mid-January": one token.
  return w.startsWith("mid-") ? w.slice(4) : w;
}

/**
 * The deadline word ("until", "through", "till", "by") before the weekday or month that starts at
 * token `d` ("until Friday", "through 8 p.m. Friday", "by late Saturday", "runs until January"),
 * or "" when the date is none (a possessive "by Friday's storm" is none) or has no such word before it.
 */
function deadlineBefore(body: string, tokens: readonly Token[], first: number, d: number): string {
  const w = deadlineDateWord(body, tokens, d);
  if (!DEADLINE_DATES.has(w)) return "";
  let i = d - 1;
  // Past a part of the month: "until early January", "until the end of January".
  for (let skipped = 0; skipped < 4 && i >= first && MONTH_PARTS.has(lowerWordAt(body, tokens[i]!)); skipped++) i--;
  // Past a time of day: at most a number, a minute count and "a.m."/"p.m."/"noon".
  for (let skipped = 0; skipped < 3 && i >= first; skipped++, i--) {
    const t = tokens[i]!;
    if (!isDigit(body.charCodeAt(t.start)) && !TIME_OF_DAY_WORDS.has(lowerWordAt(body, t))) break;
  }
  const word = i >= first ? lowerWordAt(body, tokens[i]!) : "";
  if (!DEADLINE_WORDS.has(word)) return "";
  // "figures from January through June": the second end of a range, no deadline; its tense is the verb's.
  if (
    i - 2 >= first &&
    DEADLINE_DATES.has(lowerWordAt(body, tokens[i - 1]!)) &&
    lowerWordAt(body, tokens[i - 2]!) === "from"
  )
    return "";
  return word;
}

/** Does an "-ing" participle stand right before the deadline word in front of the date at `d`? */
function participleBeforeDeadline(
  body: string,
  tokens: readonly Token[],
  first: number,
  d: number,
  deadline: string,
): boolean {
  for (let k = d - 1; k > first && d - k <= 4; k--) {
    if (lowerWordAt(body, tokens[k]!) !== deadline) continue;
    const before = tokens[k - 1]!;
    return (
      lowerWordAt(body, before).endsWith("ing") && !(tokens[k - 2] && BE_PRESENT.has(lowerWordAt(body, tokens[k - 2]!)))
    );
  }
  return false;
}

/**
 * Whether the weekday after a deadline word lies ahead, given the verb that governs it (token
 * `verb`, with tense mark `mark`; -1 and 0 when none). The rule, as a news desk reads it:
 * - a future, an expectation, the present or no tense at all: ahead. A period still running ends
 *   ahead ("is in effect through 8 p.m. Friday", "is closed until Friday", "expect winds to ease
 *   by Saturday");
 * - "by" after a past: behind, what was done by then is done ("had been contained by Friday",
 *   "grew to 5,000 acres by Friday");
 * - "until"/"through"/"till" after a past: ahead only when the past verb put something in force
 *   (IN_FORCE), active or passive, not in the past perfect and before the date ("issued red
 *   alerts through Thursday", "the road was closed until Friday"); else a period that is over
 *   ("had been closed until Friday", "the strike lasted until Friday", "was in effect through
 *   Thursday", "Through Thursday, police issued 300 citations"). A month after a closure
 *   (CLOSURES) is the one just past when it is one of the two months before the publication's
 *   month (`publishedMonth`, 0-11, -1 when not known): "The bridge was closed until the end of
 *   January", published in February, is the January just past, "closed the road until January",
 *   published in November, the one ahead. After an extension or a postponement it is ahead.
 */
function deadlineAhead(
  body: string,
  tokens: readonly Token[],
  word: string,
  date: number,
  verb: number,
  mark: number,
  publishedMonth: number,
): boolean {
  if (mark >= 0) return true;
  // "Through Thursday, officials issued 300 citations": a past after the date counts within it.
  if (word === "by" || verb > date) return false;
  let v = verb;
  const w = lowerWordAt(body, tokens[v]!);
  // "were issued": the participle after the past of "be" tells what kind of past it is.
  if ((w === "was" || w === "were") && tokens[v + 1] && tokens[v + 1]!.flags & PAST) v++;
  else if (tokens[v - 1] && lowerWordAt(body, tokens[v - 1]!) === "had") return false;
  const inForce = lowerWordAt(body, tokens[v]!);
  if (!IN_FORCE.has(inForce)) return false;
  // Only a closure can be over by the time it is reported; an extension or a postponement moves
  // its end ahead ("extended sanctions until January", "postponed the vote until March").
  if (!CLOSURES.has(inForce)) return true;
  const month = publishedMonth < 0 ? -1 : monthIndex(deadlineDateWord(body, tokens, date));
  return month < 0 || !justEnded(month, publishedMonth);
}

/**
 * Past verbs of a closure, whose end may lie behind the report: "The bridge was closed until the
 * end of January", published in February. Not "extended", "postponed", "delayed", "set" …: they
 * put the end ahead of the act.
 */
const CLOSURES = new Set([
  "closed",
  "shut",
  "suspended",
  "paused",
  "halted",
  "banned",
  "barred",
  "blocked",
  "restricted",
]);

/**
 * Is `month` (0-11) one of the two months before `publishedMonth`? January from February or March
 * is the month just ended; January from May is too far back for a closure reported as news ("The
 * road was closed until January", published in May, means next January), and from November it is
 * the one ahead.
 */
function justEnded(month: number, publishedMonth: number): boolean {
  const behind = (publishedMonth - month + 12) % 12;
  return behind === 1 || behind === 2;
}

/**
 * Whether a date at body offset `at` inside [start, end) points forward. The verb that governs it
 * usually comes before it in the same stretch between commas ("voted 7-2 on Tuesday night, a
 * project officials say will cut …" is past; "who is running for re-election in November, has
 * made …" is future); failing that, the nearest verb after it ("On Friday, she will meet").
 * Without any tense mark in the span, `fallback` (the claim's overall tense) decides. A weekday
 * after "until", "through", "till" or "by" ends a period or sets a deadline: see deadlineAhead.
 */
/**
 * Is the comma before token i one of the pair that sets off a place's state or country ("the
 * Yuma, Arizona, plant")? Token i - 1 is capitalised and so is the one before its own comma.
 */
function placeCommas(tokens: readonly Token[], i: number, first: number): boolean {
  const before = tokens[i - 1];
  const outer = tokens[i - 2];
  return before !== undefined && outer !== undefined && i - 2 >= first && isCapitalised(before) && isCapitalised(outer);
}

/** How far back from a condition's verb its "if", and from "if" a "would", are looked for. */
const CONDITION_REACH = 6;
const WOULD_REACH = 12;

/**
 * Is the past verb at `verb` in a condition ("if the deal was signed") that a "would" before it
 * governs ("prices would fall if …")? Not "would have" (a past that did not happen).
 */
const IF_AS_WHETHER_AFTER = new Set(
  "say confirm know ask asked tell disclose reveal clear check comment see wonder unclear unsure decide determine".split(
    " ",
  ),
);

function conditionUnderWould(body: string, tokens: readonly Token[], first: number, verb: number): boolean {
  let k = verb - 1;
  while (
    k >= first &&
    verb - k <= CONDITION_REACH &&
    !(tokens[k]!.end - tokens[k]!.start === 2 && lowerWordAt(body, tokens[k]!) === "if")
  )
    k--;
  if (k < first || verb - k > CONDITION_REACH) return false;
  // "Officials would not confirm if the suspect was arrested on Friday": "if" is "whether" after a
  // verb of saying or knowing.
  if (k > 0 && IF_AS_WHETHER_AFTER.has(lowerWordAt(body, tokens[k - 1]!))) return false;
  for (let j = k - 1; j >= first && k - j <= WOULD_REACH; j--) {
    const w = lowerWordAt(body, tokens[j]!);
    if (w === "would" || w.endsWith("'d") || w.endsWith("’d")) {
      const next = tokens[j + 1] ? lowerWordAt(body, tokens[j + 1]!) : "";
      return next !== "have" && next !== "not";
    }
  }
  return false;
}

/**
 * Is the date at `dateToken` a weekday, written alone or after "on"? Not after "every" or "each",
 * a habit's ("appears in court every Friday"; decision 995), nor after "last" (decision 1040).
 */
function weekdayAt(body: string, tokens: readonly Token[], dateToken: number): boolean {
  const t = tokens[dateToken];
  if (t === undefined) return false;
  const w = lowerWordAt(body, t);
  if (w !== "on") {
    const before = tokens[dateToken - 1];
    const noDayAhead =
      before !== undefined && before.end - before.start >= 4 && NO_DAY_AHEAD_BEFORE.has(lowerWordAt(body, before));
    return !noDayAhead && WEEKDAY_SET.has(w);
  }
  const next = tokens[dateToken + 1];
  return next !== undefined && WEEKDAY_SET.has(lowerWordAt(body, next));
}

/**
 * Does the weekday at `dateToken` open its sentence or its clause after a comma, with nothing
 * before it from token `first` but "on", "and", "or", "but" and other weekdays ("On Friday and
 * Saturday he appears in court", "…, and on Monday he is sentenced")? Not
 * a weekday inside a phrase before the hearing: "Following his arrest on Friday, he appears in
 * court on Monday", "After a raid on Friday, …" name the arrest's and the raid's day (the review
 * of decision 1040).
 */
function weekdayOpensItsClause(body: string, tokens: readonly Token[], first: number, dateToken: number): boolean {
  for (let k = first; k < dateToken; k++) {
    const w = lowerWordAt(body, tokens[k]!);
    if (!OPENING_WORDS.has(w) && !WEEKDAY_SET.has(w)) return false;
  }
  return true;
}
const OPENING_WORDS = new Set(["on", "and", "or", "but"]);

/**
 * Is the past at `past` the first word of a relative clause ("who robbed him", "that dumped the
 * waste") whose subject's hearing follows within a few words, with no other tense between? Then
 * the hearing's token, else -1. Bounded by `RELATIVE_CLAUSE_TOKENS`: a long clause may hold the
 * sentence's own verb. Not after a past that ends the clause ("who robbed him was jailed" meets
 * "was" first).
 */
function hearingAfterARelativeClause(
  body: string,
  tokens: readonly Token[],
  past: number,
  forwardEnd: number,
  end: number,
): number {
  const before = tokens[past - 1];
  if (before === undefined || !RELATIVE_PRONOUNS.has(lowerWordAt(body, before))) return -1;
  const last = Math.min(forwardEnd, past + 1 + RELATIVE_CLAUSE_TOKENS);
  for (let j = past + 1; j < last && tokens[j]!.end <= end; j++) {
    if (tenseMark(body, tokens, j) !== 0) return -1;
    if (hearingPresentAfterTheWeekday(body, tokens, j)) return j;
  }
  return -1;
}
const RELATIVE_CLAUSE_TOKENS = 6;

/**
 * Is the past the walk met at `verb` a plural's "hit" of a launch or of a change still to come
 * before the weekday at `dateToken` (`presentHitBeforeAChangeAhead`, the saying's reader), with
 * "new" or "latest" before the plural (`newProductBeforeTheHit`)? Cheap first: the word "hit" and
 * a weekday; then the 48 chars before the date and those after it.
 */
function launchHitAhead(body: string, tokens: readonly Token[], verb: number, dateToken: number, at: number): boolean {
  const t = tokens[verb]!;
  if (t.end - t.start !== 3 || body.charCodeAt(t.start) !== 104 || !weekdayAt(body, tokens, dateToken)) return false;
  const weekday = lowerWordAt(body, tokens[dateToken]!) === "on" ? dateToken + 1 : dateToken;
  const end = tokens[weekday]!.end;
  const before = body.slice(Math.max(0, at - 48), at);
  return newProductBeforeTheHit(before) && presentHitBeforeAChangeAhead(before, body.slice(end, end + 48));
}

/**
 * Is the present the walk met at `verb` a singular's "hits" into a launch's place before the
 * weekday at `dateToken` (`singularLaunchHitsAhead`)? Cheap first: the word "hits" and a weekday;
 * then the 48 chars before the date and those after it.
 */
function launchHitsAhead(body: string, tokens: readonly Token[], verb: number, dateToken: number, at: number): boolean {
  const t = tokens[verb]!;
  if (t.end - t.start !== 4 || body.charCodeAt(t.start) !== 104 || body.charCodeAt(t.end - 1) !== 115) return false;
  if (!weekdayAt(body, tokens, dateToken)) return false;
  const weekday = lowerWordAt(body, tokens[dateToken]!) === "on" ? dateToken + 1 : dateToken;
  const end = tokens[weekday]!.end;
  return singularLaunchHitsAhead(body.slice(Math.max(0, at - 48), at), body.slice(end, end + 48));
}

export function futureAt(
  body: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  at: number,
  fallback: boolean,
  publishedMonth = -1,
): boolean {
  const first = firstTokenEndingAfter(tokens, start);
  const dateToken = firstTokenEndingAfter(tokens, at);
  // "Game 4 is Monday night": a schedule, ahead.
  if (scheduledByPresentBe(body, tokens, dateToken, first)) return true;
  // "cancelled 400 flights for Thursday": the flights are ahead.
  if (bookedForWeekday(body, tokens, dateToken, first, end)) return true;
  // "before Monday's deadline": the word that leads a weekday's deadline, found once for both tests.
  const lead = weekdayDeadlineLead(body, tokens, dateToken, first);
  if (lead >= 0) {
    // "were working hard to strengthen the squad before Monday's 11pm deadline": the aim is ahead.
    if (progressiveAimAtWeekdayDeadline(body, tokens, dateToken, lead, first)) return true;
    // "Bids must be in by Monday's deadline": what must be done by a deadline is done by the coming one.
    if (modalBeforeWeekdayDeadline(body, tokens, lead, first)) return true;
  }
  let mark = 0;
  let verb = -1;
  // Back from the date to the comma or the span's start.
  let sawTo = false;
  // Where the walk back stopped at a comma: the clause the date opens ("…, and on Monday he is sentenced").
  let clauseStart = first;
  for (let i = dateToken - 1; i >= first && tokens[i]!.start >= start; i--) {
    const t = tokens[i]!;
    // "expected winds to ease by Saturday": an expectation's object and infinitive lie ahead.
    mark =
      sawTo &&
      t.flags & PAST &&
      EXPECTED_AHEAD.has(lowerWordAt(body, t)) &&
      !(i > 0 && lowerWordAt(body, tokens[i - 1]!) === "had")
        ? 1
        : tenseMark(body, tokens, i);
    // "The man who robbed him appears in court on Friday": a hearing's present with its words sets
    // a weekday ahead, before the walk reaches the relative clause's past (decision 995).
    if (mark === 0 && hearingPresentAhead(body, tokens, i, at) && weekdayAt(body, tokens, dateToken)) mark = 1;
    // "The film hits cinemas on Friday.": a singular's launch, ahead as a plural's (decision 1040).
    if (mark === 0 && launchHitsAhead(body, tokens, i, dateToken, at)) mark = 1;
    if (mark !== 0) {
      verb = i;
      break;
    }
    if (t.flags & TO) sawTo = true;
    if (commaBefore(body, tokens, i) && !placeCommas(tokens, i, first) && !placeCommas(tokens, i + 1, first)) {
      clauseStart = i;
      break;
    }
  }
  // "prices would fall if the deal was signed in June": a past after "if" under "would" is a
  // condition still to be met.
  if (mark < 0 && conditionUnderWould(body, tokens, first, verb)) mark = 1;
  // "The new phones hit stores on Friday.": a plural's launch, as the saying's reader keeps it
  // ahead (decisions 810, 825 and 915), is read ahead with no saying too (decision 995).
  if (mark < 0 && launchHitAhead(body, tokens, verb, dateToken, at)) mark = 1;
  // Else forward from it to the span's end.
  // Bounded: a tense mark far past the date governs another clause, and a span with thousands of
  // dates and no verb must not be walked once per date.
  const forwardEnd = Math.min(tokens.length, dateToken + FORWARD_TOKENS);
  for (let i = dateToken; mark === 0 && i < forwardEnd && tokens[i]!.end <= end; i++) {
    if (tokens[i]!.start < at) continue;
    mark = tenseMark(body, tokens, i);
    // "On Friday the man who robbed him appears in court.": a relative clause's past is the
    // subject's own, not the sentence's verb; the hearing after it sets the weekday ahead
    // (decision 1100). The relative word first, one set look-up, only at a past.
    if (mark < 0) {
      const hearing = hearingAfterARelativeClause(body, tokens, i, forwardEnd, end);
      if (
        hearing >= 0 &&
        weekdayAt(body, tokens, dateToken) &&
        weekdayOpensItsClause(body, tokens, clauseStart, dateToken)
      ) {
        mark = 1;
        verb = hearing;
        break;
      }
    }
    // "On Friday he appears in court.": a hearing's present after its weekday sets it ahead as
    // before it (decision 1040). The weekday test last, once per hearing met.
    if (
      mark === 0 &&
      hearingPresentAfterTheWeekday(body, tokens, i) &&
      weekdayAt(body, tokens, dateToken) &&
      weekdayOpensItsClause(body, tokens, clauseStart, dateToken)
    )
      mark = 1;
    if (mark !== 0) verb = i;
  }
  const deadline = deadlineBefore(body, tokens, first, dateToken);
  // "…, working until Friday to contain it": a bare participle carries the tense of the claim.
  if (deadline !== "" && mark === 0 && participleBeforeDeadline(body, tokens, first, dateToken, deadline))
    return fallback;
  if (deadline !== "") return deadlineAhead(body, tokens, deadline, dateToken, verb, mark, publishedMonth);
  return mark === 0 ? fallback : mark > 0;
}
