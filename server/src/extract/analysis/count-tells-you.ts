import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { DAYS_SAID_IN_A_WORD, WEEKDAYS } from "./dates.ts";
import { FIGURES } from "./figures-tell-no-words.ts";
import { ANYONE_AT_ALL, AUXILIARIES, PERFECT_HAVE, POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { PERIODS } from "./time-before-speaker.ts";

/**
 * "The data will tell you that prices are rising", "“Prices are rising,” the figures will tell
 * you": "you" is anyone who looks, and the figures tell what they show now, so the "will" is no
 * forecast (decision 890). Read narrowly, as figures to come are a forecast ("Figures due on
 * Thursday will show that inflation rose to 4%"):
 * - the verb is "tell you", the generic reader; not "show" nor "tell us", which are as often the
 *   figures' publication to come ("The data will tell us whether the policy worked");
 * - the subject is the count alone, "the data", "the figures" or "Figures" opening the text: any
 *   other word before the count may date it ("Thursday's figures", "the latest figures", "figures
 *   due on Thursday"), and a count named with a capital is a body ("the Office for National
 *   Statistics will tell you", as `figuresTell` reads it);
 * - the telling is not dated nor a question to answer: "On Thursday, the figures will tell you …",
 *   "The figures will tell you next month whether …" and "The data will tell you whether the policy
 *   worked" are the figures to come (the review of decision 890).
 */
const TELL_YOU = " will tell you";
/** "Any economist would tell you that …": anyone's telling if asked, read only for a generic speaker (decision 975). */
const WOULD_TELL_YOU = " would tell you";
/**
 * A word after "tell you" that makes the figures' telling still to come: a question they will
 * answer ("… will tell you whether the policy worked") or a time ("… will tell you on Thursday",
 * "… in August", "… next month"); not "if you ask", "whether you like it or not", "in plain terms".
 */
const TO_COME_AFTER = new Set(["whether", "if", "later", "soon", "tomorrow"]);
/**
 * A word after "tell you" that dates the telling before a word of time: "on Thursday", "in August",
 * "next month", "this week"; not "this: …", "on their own".
 */
const BEFORE_A_TIME = new Set(["on", "in", "by", "next", "this"]);
/**
 * After "Any recount will tell you": a question the telling answers ("who won", "how many passed"),
 * which may be one still to come; the count's rule reads these as decision 890 did.
 */
const ASKED_AFTER = new Set(["who", "how", "what", "which", "when", "why", "where"]);
/**
 * A first word after "Any" that makes the subject things still to come, whose telling is a
 * forecast: "Any more delays will tell you …", "Any further delay …", "Any new figures …" (the
 * review of decision 935).
 */
const STILL_TO_COME = new Set(["more", "further", "new", "future", "fresh"]);
/**
 * A speaker's word that opens the sentence before "any" and a comma: "Frankly, any economist will
 * tell you …", "Honestly, …" (decision 975). Not any "-ly" word nor an opener of time: "Shortly,
 * any …", "Eventually, …" and "On Thursday, …" may date the telling.
 */
const SPEAKING_ADVERBS = new Set(["frankly", "honestly", "candidly", "bluntly", "plainly", "truthfully", "seriously"]);
/**
 * "Any economist worth their salt will tell you …", "Anyone worth his salt …": the idiom praises the
 * speaker and names no one (decision 1015); read off the subject's end before its words are counted.
 */
const WORTH_SALT = POSSESSIVE_DETERMINERS.map((p) => ` worth ${p} salt`);
/** "Ask any economist and they will tell you …": the speaker asked, taken up by a pronoun (decision 975). */
const AND_THEY = [" and they", " and he", " and she"];
/** "Anyone who has run a business": a relative clause in a generic speaker's subject (decision 1060). */
const WHO = " who ";
/** A word of an opener that dates the figures' telling: "On Thursday, the figures will tell you …". */
const TIME_WORDS = new Set([...WEEKDAYS, ...DAYS_SAID_IN_A_WORD, ...PERIODS, ...MONTH_NAMES, "next", "later", "soon"]);
// Module constants: esbuild turns a `\p{…}` regex literal inside a function into a new RegExp per call.
const WORD_CHAR = /[\p{L}\d]/u;

/**
 * Is the "will" at `at` in `text` a count's generic "will tell you", or the "will" or "would" of a
 * generic speaker's ("Any economist would tell you …")?
 */
export function countTellsYou(text: string, at: number): boolean {
  // Cheap first: the words after "will", then one set look-up of the word before it.
  const would = text.startsWith(WOULD_TELL_YOU, at - 1);
  const after = at - 1 + (would ? WOULD_TELL_YOU : TELL_YOU).length;
  if ((!would && !text.startsWith(TELL_YOU, at - 1)) || WORD_CHAR.test(text[after] ?? "")) return false;
  // "… will tell you whether …", "… will tell you on Thursday …": the figures are still to come.
  if (text[after] === " " && toComeAfter(text, after + 1)) return false;
  const countEnd = at - 1;
  // "Any economist will tell you that …": anyone of a trade, telling what is so now (decision 935);
  // "Every economist …", "Frankly, any economist …", "Ask any economist and they …" and "would"
  // read the same (decision 975).
  const from = genericSpeakerStart(text);
  if (from >= 0) {
    const to = text.startsWith("Ask ") ? askedSpeakerEnd(text, countEnd) : countEnd;
    return to > from && genericSubject(text.slice(from, to), text, after) && !ASKED_AFTER.has(wordAt(text, after + 1));
  }
  // "The data would tell you …": a count's "would" is left to the kind's other tests.
  if (would) return false;
  const countStart = text.lastIndexOf(" ", countEnd - 1) + 1;
  const count = text.slice(countStart, countEnd);
  // "Figures will tell you …" opening the text: its capital is the sentence's.
  if (countStart === 0) return FIGURES.has(count.toLowerCase());
  if (!FIGURES.has(count) || countStart < 4) return false;
  const the = text.slice(countStart - 4, countStart - 1);
  // "the data" opening the text, or after a stop or a quotation it tags ("“…,” the data will tell
  // you", "If you look closely, the data will tell you …"); not after a word, which may make the
  // count another ("Not all the figures will tell you …").
  if (the !== "the" && the !== "The") return false;
  if (countStart === 4) return true;
  if (text[countStart - 5] !== " " || WORD_CHAR.test(text[countStart - 6] ?? "")) return false;
  // "On Thursday, the figures will tell you …", "Next week, …": an opener that dates the telling.
  return text[countStart - 6] !== "," || !datedOpener(text.slice(0, countStart - 6));
}

/**
 * Where a generic speaker's words start: the "Any", "Every", "Anyone" or "Everyone" opening the text,
 * or the word after "Ask " or a speaker's adverb and a comma ("Frankly, any …", "Frankly, everyone
 * …"); -1 when none opens it. Cheap first: the first letter, and a word's "any" or "every" opening.
 */
function genericSpeakerStart(text: string): number {
  const first = text.charCodeAt(0);
  if (first === 65 /* A */)
    return genericWordAt(text, 0) ? 0 : text.startsWith("Ask ") && genericWordAt(text, 4) ? 4 : -1;
  if (first === 69 /* E */) return genericWordAt(text, 0) ? 0 : -1;
  const comma = text.indexOf(", ");
  if (comma <= 0 || !SPEAKING_ADVERBS.has(text.slice(0, comma).toLowerCase())) return -1;
  return genericWordAt(text, comma + 2) ? comma + 2 : -1;
}

/**
 * Is the word at `at` "any", "every" or one of `ANYONE_AT_ALL`, in either case? Not "Anyway",
 * "Everything", "Every-day": their "will tell you" is left to the count's test.
 */
function genericWordAt(text: string, at: number): boolean {
  const word = wordAt(text, at).toLowerCase();
  const next = text[at + word.length];
  // "Ask anyone, and they will tell you …": a comma may end the asked speaker.
  return (word === "any" || word === "every" || ANYONE_AT_ALL.has(word)) && (next === " " || next === ",");
}

/**
 * Is `subject` a generic speaker's: "Everyone", "anybody" alone (`ANYONE_AT_ALL`, decision 1015), or
 * "Any" or "Every" and one or two lowercase words (`anyOneTells`), with or without "worth their
 * salt" after it ("Any economist worth their salt", "Anyone worth their salt", decision 1015)?
 * `after` is where "tell you" ends in `text`.
 */
function genericSubject(written: string, text: string, after: number): boolean {
  // "Anyone who has run a business will tell you that …": the speaker's experience, read off the
  // subject before its head is read; only before "that", "so" or a stop, as for "Everyone" alone
  // (decision 1060). Cheap first: one `indexOf`.
  const who = written.indexOf(WHO);
  if (who > 0)
    return (
      hasDoneClause(written.slice(who + WHO.length)) &&
      toldNowAfter(text, after) &&
      genericSubject(written.slice(0, who), text, after)
    );
  const subject = withoutWorthTheirSalt(written);
  const space = subject.indexOf(" ");
  if (space < 0) return ANYONE_AT_ALL.has(subject.toLowerCase()) && toldNowAfter(text, after);
  const determiner = subject.slice(0, space);
  return (
    (determiner === "Any" || determiner === "any" || determiner === "Every" || determiner === "every") &&
    anyOneTells(subject, space + 1, subject.length)
  );
}

/**
 * "who has run a business", "who have ever waited in A&E", "who had lived through the war": a
 * perfect, what the speaker has done, so the telling is what they know now. Not a present or a past
 * alone ("who visits", "who attends", "who signed up"), which may be a visit or a meeting still to
 * come; not a clause with a second auxiliary ("who has said they will vote", "who has been told they
 * may …"), a word of time ("who has registered by Friday", "… next week") or a comma.
 */
function hasDoneClause(clause: string): boolean {
  const words = clause.split(" ");
  if (!PERFECT_HAVE.has(words[0]!) || words.length < 2 || clause.includes(",")) return false;
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!.toLowerCase();
    if ((AUXILIARIES.has(word) && word !== "been") || TIME_WORDS.has(word)) return false;
  }
  return true;
}

/** The subject less the idiom at its end: "Any economist worth their salt" is "Any economist". */
function withoutWorthTheirSalt(subject: string): string {
  // Cheap first: only a subject ending in "salt" is looked at for the idiom.
  if (!subject.endsWith(" salt")) return subject;
  for (const worth of WORTH_SALT) if (subject.endsWith(worth)) return subject.slice(0, -worth.length);
  return subject;
}

/**
 * After "Everyone will tell you": "that", "so" or a stop, a view anyone holds now. Anything else may
 * be a telling to come ("Everyone will tell you their name when they arrive", "… at the meeting that
 * …", "… once the count is done that …"), a forecast as before (the review of decision 1015). Cheap:
 * one char, then one word.
 */
function toldNowAfter(text: string, after: number): boolean {
  if (text[after] !== " ") return true;
  const word = wordAt(text, after + 1);
  return word === "that" || word === "so";
}

/** "Ask any economist and they will tell you": where the speaker's words end, before ", and they"; -1 without it. */
function askedSpeakerEnd(text: string, countEnd: number): number {
  for (const they of AND_THEY)
    if (text.startsWith(they, countEnd - they.length)) {
      const end = countEnd - they.length;
      return text[end - 1] === "," ? end - 1 : end;
    }
  return -1;
}

/**
 * "Any economist will tell you that prices are rising", "Any good doctor will tell you …": one or two
 * lowercase words after "Any" opening the text (from `from` to `subjectEnd`), a generic speaker whose
 * "will tell you" is no forecast; not "Any Treasury official …" (a body's), another opener, a longer
 * subject ("Any economist at the briefing on Thursday will tell you …" may be dated), things still to
 * come ("Any more delays will tell you …", `STILL_TO_COME`) nor a time ("Every week will tell you …",
 * decision 975).
 */
function anyOneTells(text: string, from: number, subjectEnd: number): boolean {
  if (subjectEnd <= from) return false;
  const subject = text.slice(from, subjectEnd);
  const space = subject.indexOf(" ");
  if (space !== subject.lastIndexOf(" ")) return false;
  if (space > 0 && STILL_TO_COME.has(subject.slice(0, space))) return false;
  if (TIME_WORDS.has(space > 0 ? subject.slice(0, space) : subject)) return false;
  for (let k = 0; k < subject.length; k++) {
    const c = subject.charCodeAt(k);
    // Lowercase ASCII letters and the one space only.
    if ((c < 97 || c > 122) && k !== space) return false;
  }
  return subject.length > 0 && space !== 0 && space !== subject.length - 1;
}

/** The word that starts at `from` in `text`, up to the next space or stop. */
function wordAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return text.slice(from, end);
}

/** Do the words at `from`, after "tell you", make the telling one still to come? */
function toComeAfter(text: string, from: number): boolean {
  const word = wordAt(text, from).toLowerCase();
  const next = text[from + word.length] === " " ? wordAt(text, from + word.length + 1) : "";
  if (TO_COME_AFTER.has(word)) return next !== "you";
  return BEFORE_A_TIME.has(word) && TIME_WORDS.has(next.toLowerCase()) && next !== "may";
}

/** Does an opener (no quotation) hold a word of time? "On Thursday", "Next week", "In August". */
function datedOpener(opener: string): boolean {
  const last = opener[opener.length - 1];
  // "“Prices rose this year,” the data will tell you": a quotation's words are no opener.
  if (last === "”" || last === '"' || last === "’" || last === "'") return false;
  // "As you may know, …": "may" is a month only with its capital.
  for (const word of opener.split(" ")) if (TIME_WORDS.has(word.toLowerCase()) && word !== "may") return true;
  return false;
}
