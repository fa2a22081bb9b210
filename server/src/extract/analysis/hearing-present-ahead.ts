import { HEARING_PRESENT_WITH_ITS_WORDS } from "./act-verb-and-object.ts";
import { WEEKDAY_SET } from "./dates.ts";
import { EVENT_PRESENTS_IN_S, HABIT_ADVERBS, REPORTING_VERBS } from "./lexicon.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import { CAPITALISED } from "./word-flags.ts";

/**
 * The hearing's present with its words (decisions 915 and 955), matched where the verb's token
 * stands: sticky, from the space before it, so the determiner the pattern looks behind for is the
 * body's own word ("the appear …" is no verb).
 */
const HEARING_AT = new RegExp(HEARING_PRESENT_WITH_ITS_WORDS.source, "uy");

/**
 * First letters of the hearing's verbs: "appear(s)", "attend(s)", "face", "go(es)", "is"/"are"
 * (of "is sentenced"), "learn(s)", "plead(s)", "stand(s)".
 */
function mayOpenAHearing(code: number): boolean {
  return code === 97 || code === 102 || code === 103 || code === 105 || code === 108 || code === 112 || code === 115;
}

/**
 * "The man who robbed him appears in court on Friday", "the pair learn sentences on Friday",
 * "Smith is sentenced on Friday": the present simple of a hearing with its words (`token` `i`),
 * the verb the tense walk meets first back from a weekday, sets a day still to come, as "faces
 * court" already did through the schedule's presents (decision 995; decision 955 read it only
 * after a saying). Only where the weekday follows the hearing's words, at most past a court's
 * name (`GAP_TO_THE_WEEKDAY`), with `at` the date's offset. A habit's adverb right before the verb
 * ("usually appears in court", `HABIT_ADVERBS`) leaves it to the claim's tense; a past
 * ("appeared") and a plural weekday ("on Fridays") never reach here.
 */
export function hearingPresentAhead(body: string, tokens: readonly Token[], i: number, at: number): boolean {
  const end = hearingPresentEnd(body, tokens, i);
  if (end < 0 || end > at) return false;
  const gap = body.slice(end, at);
  return GAP_TO_THE_WEEKDAY.test(gap) || secondWeekdayOfTheHearing(gap, body.slice(at, at + 80));
}

/**
 * "Students learn sentences on Friday and verbs on Monday", "learn their fate on Friday and
 * sentences on Monday": one hearing's present shared by two weekdays, each with its own object
 * after "and", sets the second day ahead as it does the first (decision 1100; decision 1040 left
 * the second to the claim's tense). Only a first weekday right after the hearing, "and" and one
 * word: "after a raid on Monday" is the raid's day. Not a word ending in "-ed" ("She
 * appears in court on Friday and resigned on Monday"): a past verb of its own, whose day is gone
 * (the review of decision 1100; a lookbehind in the same regex), nor a present of an event of its
 * own (`anEventOfItsOwn`). The word may be capitalised: "Smith pleads guilty on Friday and Jones on
 * Monday" gaps the verb, whose second subject pleads on the Monday in the same tense (decision
 * 1135; decision 1100 kept the word lowercase), only where the weekday (`weekday`, the text from
 * the date on) ends the clause (`aGappedSubject`).
 */
function secondWeekdayOfTheHearing(gap: string, weekday: string): boolean {
  const m = SECOND_WEEKDAY_GAP.exec(gap);
  if (m === null || !WEEKDAY_SET.has(m[1]!.toLowerCase())) return false;
  return m[2] !== undefined ? aGappedSubject(m[2], gap, weekday) : !anEventOfItsOwn(m[3]!);
}
const SECOND_WEEKDAY_GAP =
  /^[ \u00a0]+on[ \u00a0]+(\p{Lu}\p{Ll}{5,8})[ \u00a0]+and[ \u00a0]+(?:(\p{Lu}\p{Ll}+)|(\p{Ll}+))(?<!ed)[ \u00a0]+(?:on[ \u00a0]+)?$/u;

/**
 * "Smith pleads guilty on Friday and Jones on Monday.": a name after "and" is the gapped verb's
 * second subject only where its weekday ends the clause; in "… and Smith on Monday said he was
 * innocent" the Monday is Smith's saying, with a verb of its own (decision 1135). `weekday` is the
 * text from the date on. The review of decision 1135 narrowed it three ways: the name needs its
 * "on" ("and Easter Monday", "and Good Friday" name a day, no subject); a capitalised event's
 * present ("and Dies on Monday") is still a verb of its own (`anEventOfItsOwn`); and an aside after
 * the weekday's comma may hold off the name's own verb (`anAsideThenItsVerb`).
 */
function aGappedSubject(name: string, gap: string, weekday: string): boolean {
  return (
    onBeforeTheWeekday(gap, weekday) &&
    !anEventOfItsOwn(name.toLowerCase()) &&
    WEEKDAY_ENDS_THE_CLAUSE.test(weekday) &&
    !anAsideThenItsVerb(weekday)
  );
}
const WEEKDAY_ENDS_THE_CLAUSE = /^(?:on[ \u00a0]+)?\p{Lu}\p{Ll}+(?:[.,;:!?]|$)/u;

/** Is "on" before the weekday, at the gap's end or as the date's first word ("on Monday")? */
function onBeforeTheWeekday(gap: string, weekday: string): boolean {
  return ON_ENDS_THE_GAP.test(gap) || ON_OPENS_THE_DATE.test(weekday);
}
const ON_ENDS_THE_GAP = /[ \u00a0]on[ \u00a0]+$/u;
const ON_OPENS_THE_DATE = /^on[ \u00a0]/u;

/**
 * "He appears in court on Friday and Smith on Monday, speaking outside court, said he was
 * innocent", "…, in a statement, denied the charges": the comma after the weekday opens an aside,
 * and the word after the aside's own comma, a saying's verb (`REPORTING_VERBS`) or a past in
 * "-ed", is the name's verb, whose day is the claim's tense (the review of decision 1135). A tag
 * after the comma (", police said.", ", charged with fraud.") has no second comma and a verb after
 * it, and still ends the clause.
 */
function anAsideThenItsVerb(weekday: string): boolean {
  const m = ASIDE_THEN_A_WORD.exec(weekday);
  return m !== null && (REPORTING_VERBS.has(m[1]!) || m[1]!.endsWith("ed"));
}
const ASIDE_THEN_A_WORD = /^(?:on[ \u00a0]+)?\p{Lu}\p{Ll}+,[ \u00a0]+[^,.;:!?]{1,40},[ \u00a0]+(\p{Ll}+)/u;

/**
 * "He pleads guilty on Friday and dies on Monday": the word after "and" is a verb of its own, a
 * news event's present (`EVENT_PRESENTS_IN_S`), not a second object of the hearing, so its
 * weekday is left to the claim's tense (decision 1135; the review of decision 1100 left it read
 * ahead). One set look-up.
 */
function anEventOfItsOwn(word: string): boolean {
  return EVENT_PRESENTS_IN_S.has(word);
}

/**
 * "On Friday he appears in court.", "On Friday, the pair appear before magistrates": the hearing's
 * present with its words at token `i`, met by the tense walk forward from a weekday that opens the
 * sentence, sets the day still to come as it does after the weekday (decision 1040; decision 995
 * read it only back from the weekday). The words after it must end the hearing: the sentence's
 * end, a comma, a preposition or a charge (`HEARING_THEN`), so "his name appears in court
 * documents" is no hearing. A past met first ("On Friday the man who robbed him appears …") keeps
 * the claim's tense, as the walk stops there.
 */
export function hearingPresentAfterTheWeekday(body: string, tokens: readonly Token[], i: number): boolean {
  const end = hearingPresentEnd(body, tokens, i);
  return end >= 0 && HEARING_THEN.test(body.slice(end, end + 12));
}

/**
 * What may follow the hearing's words: a stop or the text's end, a comma, a preposition of its place,
 * its time or its charge ("over the attack", "pleads guilty to fraud"), "charged" or "accused".
 */
const HEARING_THEN =
  /^(?:[.,;:!?]|$|[ \u00a0\n]+(?:at|in|on|to|before|after|over|for|with|charged|accused|via|by)(?![\p{L}]))/u;

/**
 * Where the hearing's present opening at token `i` ends, or -1: not a habit's ("usually appears",
 * `HABIT_ADVERBS`).
 */
function hearingPresentEnd(body: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const length = t.end - t.start;
  // Cheap first: a short lowercase word with a hearing verb's first letter.
  if (length < 2 || length > 7 || t.flags & CAPITALISED || !mayOpenAHearing(body.charCodeAt(t.start))) return -1;
  const end = hearingEnd(body, tokens, i);
  if (end < 0) return -1;
  const before = tokens[i - 1];
  return before === undefined || !HABIT_ADVERBS.has(lowerWordAt(body, before)) ? end : -1;
}

/**
 * What may stand between the hearing's words and its weekday (at `at`, with or without its "on"):
 * spaces, and a court's name after "at", "in" or "before" ("stands trial at the Old Bailey on
 * Friday"). Not "… on Friday after a raid on Tuesday": the Tuesday is the raid's.
 */
const GAP_TO_THE_WEEKDAY =
  /^(?:[ \u00a0]+(?:at|in|before)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3})?[ \u00a0]+(?:on[ \u00a0]+)?$/u;

/**
 * Where "is sentenced", "are sentenced" or the hearing's present with its words opening at token
 * `i` ends, or -1.
 */
function hearingEnd(body: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.end - t.start <= 3) {
    const w = lowerWordAt(body, t);
    if (w === "is" || w === "are") {
      const next = tokens[i + 1];
      return next !== undefined && next.end - next.start === 9 && lowerWordAt(body, next) === "sentenced"
        ? next.end
        : -1;
    }
  }
  if (t.start === 0) return -1;
  HEARING_AT.lastIndex = t.start - 1;
  return HEARING_AT.test(body) ? HEARING_AT.lastIndex : -1;
}
