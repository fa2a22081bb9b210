import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "../analysis/claimant.ts";

/**
 * Transcripts of press conferences, hearings and interviews give each turn a speaker label in
 * capitals: "GOVERNOR ANA REYES: Our budget closes a $2.1 billion deficit." Everything in the turn
 * is that speaker's own words. Only the first chars of a line are read.
 */
// "MODERATOR (KAREN WELLS):": a role with the name in brackets, which names the speaker.
const LABEL = /^([A-Z](?:[A-Z.'’ -]{0,48}[A-Z.])?)(?:[ \t]*\(([A-Z][A-Z.'’ -]{1,40}[A-Z.])\))?[ \t]*:[ \t]+(?=\S)/;
/** An update's lead-in in any case, with its time: "UPDATE, June 13:", "Updated at 3 p.m.:". */
const UPDATE_LEAD_IN = /^(?:UPDATE|Update|UPDATED|Updated)\b[^:\n]{0,40}:[ \t]+(?=\S)/;
/**
 * A live blog entry's time stamp: "7:45 a.m.:", "9:10 a.m. ET:", "14:05 —". Not part of the
 * entry's claim: it read as a quantity (7) and hid "Sheriff Ana Ruiz said" from the attribution.
 */
const TIME_STAMP_LEAD_IN =
  /^\d{1,2}(?::\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)(?:\s+[A-Z]{1,4})?\s*(?::|\s[—–-])[ \t]+(?=\S)/;
/** Lead-ins of notes about the story itself, not claims in it: the whole line is left out. */
const NOTES = new Set([
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "CORRECTION",
  "CLARIFICATION",
  "DISCLOSURE",
  "PHOTO",
  "VIDEO",
  "WATCH",
  "READ MORE",
  "RELATED",
  "SOURCE",
  "SOURCES",
  "FILE",
]);
/** Other capitalised lead-ins that are not speakers (notes and updates are read above). */
const NOT_SPEAKERS = new Set([
  "BREAKING",
  "ANALYSIS",
  "OPINION",
  "TRANSCRIPT",
  "A",
  "FACT CHECK",
  "FACT-CHECK",
  "THE FACTS",
  "FACTS",
  "WHAT WE FOUND",
  "CONTEXT",
  "OUR RULING",
  "THE RULING",
  "BOTTOM LINE",
  "THE BOTTOM LINE",
]);
/**
 * A fact-check's own block: "CLAIM: “We have lost 50,000 jobs.”" is the checked claim, not
 * something a person named Claim said, nor the last speaker's.
 */
const CHECKED_CLAIM = new Set(["CLAIM", "THE CLAIM", "CLAIMS"]);
/** A fact-check's rating line ("RATING: Half True", "VERDICT: False"): a label on a page, no claim. */
const RATINGS = new Set(["RATING", "OUR RATING", "VERDICT", "THE VERDICT", "OUR VERDICT", "RULING", "OUR RULING"]);
/** The same labels as a fact-check may write them in sentence case, colon and space included. */
const FACT_CHECK_LABEL =
  /^(Claims?|The claim|Verdict|The verdict|Our verdict|Rating|Our rating|Ruling|Our ruling):[ \t]*/;
/** Up to the end of the first sentence (a rating's own line or its first words). */
const FIRST_SENTENCE = /^.*?(?:[.!](?=\s|$)|$)/;
/** The ratings fact-checkers give: a line that is only one of them holds no claim. */
const RATING_VALUE =
  /^(?:true|mostly true|half true|mostly false|false|pants on fire|misleading|missing context|unproven|unsupported|mixture|mixed|correct|incorrect|accurate|inaccurate|fake|partly false|partly true|altered|satire|exaggerated|needs (?:more |some )?context|lacks context|not quite(?: right| true| accurate)?|no evidence|four pinocchios|three pinocchios|two pinocchios|one pinocchio)[.!]?$/i;

/** Whoever asks on a "Q:" line. */
const QUESTIONER: Claimant = { name: "questioner", type: "person", via: null };

/** Is this the speaker of a "Q:" line? */
export function isQuestioner(c: Claimant): boolean {
  return c.name === QUESTIONER.name && c.type === QUESTIONER.type;
}

/** The ratings that call a claim false or unsupported. */
const FALSE_RATING =
  /^(?:mostly false|false|pants on fire|misleading|incorrect|inaccurate|fake|partly false|altered|exaggerated|no evidence|unsupported|four pinocchios|three pinocchios)[.!]?$/i;

/** Is `text` only a rating that calls a claim false ("False.", "Misleading")? */
export function isFalseRating(text: string): boolean {
  return FALSE_RATING.test(text);
}

/** Is `text` only one of the ratings fact-checkers give ("Half true", "Correct.")? */
export function isRatingValue(text: string): boolean {
  return RATING_VALUE.test(text);
}

/** Labels that name a role, not a person: "the reporter said". */
const ROLES = new Set([
  "REPORTER",
  "MODERATOR",
  "QUESTIONER",
  "QUESTION",
  "AUDIENCE MEMBER",
  "INTERVIEWER",
  "HOST",
  "ANCHOR",
  "ANSWER",
]);

/** "GOVERNOR ANA REYES" → "Governor Ana Reyes", "SEN. MARK LIU" → "Sen. Mark Liu", "O'BRIEN" → "O'Brien". */
export function titleCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The label a line opens with and its length: a speaker ("REYES: "), or null for a lead-in that
 * is not one ("UPDATE: ", "7:45 a.m.: "), which is left out of claims all the same; `skip` for a
 * note about the story ("NOTE: ", "CORRECTION: "), whose line holds no claim; `update` for an
 * update's lead-in, whose date (if it gives one) the paragraph's relative dates count from;
 * `answer` for an interview's "A:", whose turn is the interviewee's.
 */
export function lineLabel(line: string): {
  speaker: Claimant | null;
  length: number;
  skip?: boolean;
  update?: boolean;
  answer?: boolean;
  checked?: boolean;
  /** A rating line that calls the checked claim false ("VERDICT: False", "RATING: Pants on Fire"). */
  ratedFalse?: boolean;
  /** A note about the story ("CORRECTION: …"): the rest of its paragraph is the note too. */
  note?: boolean;
} | null {
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const stamp = TIME_STAMP_LEAD_IN.exec(line);
    return stamp ? { speaker: null, length: stamp[0].length } : null;
  }
  const update = UPDATE_LEAD_IN.exec(line);
  if (update) return { speaker: null, length: update[0].length, update: true };
  const c = line.charCodeAt(1);
  // Two capitals, a capital and a dot, space or colon first: a label can only start so; a
  // fact-check's own labels may be written in sentence case ("Claim:", "Our rating:").
  const titled = c >= 97 && c <= 122 ? FACT_CHECK_LABEL.exec(line) : null;
  if (!titled && !(c >= 65 && c <= 90) && c !== 46 && c !== 32 && c !== 58) return null;
  const m = titled ?? LABEL.exec(line);
  if (!m) return null;
  const label = titled ? m[1]!.toUpperCase() : m[1]!.trim();
  if (NOTES.has(label)) return { speaker: null, length: m[0].length, skip: true, note: true };
  if (RATINGS.has(label)) {
    const lineEnd = line.indexOf("\n");
    // "Verdict: Mostly true. Labor data show …": the rating is the line's first sentence.
    const rest = FIRST_SENTENCE.exec(line.slice(m[0].length, lineEnd < 0 ? line.length : lineEnd).trim())![0];
    return { speaker: null, length: m[0].length, skip: RATING_VALUE.test(rest), ratedFalse: FALSE_RATING.test(rest) };
  }
  if (label === "A") return { speaker: null, length: m[0].length, answer: true };
  // "Q: Mayor, your opponent says you cut the police budget by $40 million": whoever asks speaks,
  // not the outlet.
  if (label === "Q") return { speaker: QUESTIONER, length: m[0].length };
  if (CHECKED_CLAIM.has(label)) return { speaker: null, length: m[0].length, checked: true };
  if (NOT_SPEAKERS.has(label)) return { speaker: null, length: m[0].length };
  const named = titled ? undefined : m[2];
  const name = named !== undefined ? titleCase(named) : ROLES.has(label) ? label.toLowerCase() : titleCase(label);
  return { speaker: claimantFromPhrase(name), length: m[0].length };
}

/**
 * "I" as the speaker's pronoun, not a numeral ("World War I", "Phase I", "Henry I"). "We" and
 * "our" are left out: in an annotated transcript they are as often the outlet's own voice ("Our
 * fact-check found …", "we asked").
 */
const SPEAKER_I =
  /(?:^|[^\p{L}'’])(?<!\b(?:War|Phase|Type|Title|Class|Chapter|Part|Stage|Level|Grade|Tier|Section|Article|Division|Volume|Book|Act|Henry|Louis|Elizabeth|George|Charles|James|Edward|William|Mary|Richard|John|Paul)[ \u00a0])I(?:['’](?:m|ve|d|ll))?(?![\p{L}'’])/u;
const QUOTE_MARK = /[“”"]/;
/** The outlet's own voice in a transcript it annotates. */
const OUTLET_VOICE =
  /\b(?:our (?:fact-check|analysis|review|reporting)|we (?:found|asked|checked|contacted)|told us)\b/i;

/**
 * Does the paragraph whose first sentence is body[from, end) go on with the last transcript turn?
 * Only when that sentence speaks as "I" with no quotation of its own and not in the outlet's
 * voice ("Since I took office, this city has added 46,000 jobs."): a reporter's narrative between
 * turns does not.
 */
export function continuesTurn(body: string, from: number, end: number): boolean {
  const sentence = body.slice(from, Math.min(end, from + 400));
  return !QUOTE_MARK.test(sentence) && SPEAKER_I.test(sentence) && !OUTLET_VOICE.test(sentence);
}
