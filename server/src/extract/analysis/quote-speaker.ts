import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { type ClaimantMemory, claimantFromPhrase, cleanName, unnamedSources } from "./claimant.ts";
import { ANONYMITY } from "./reported-content.ts";
import {
  AUXILIARIES,
  CONCEDING_PRESENTS,
  OCCUPATIONS,
  ORGANISATION_WORDS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SUBJECT_PRONOUNS,
} from "./lexicon.ts";
import { SAID_IN } from "./said-in-media.ts";
import { AFTER_QUOTE_PRONOUN_WILL } from "./pronoun-will-say.ts";
import { FIGURES, figuresTell } from "./figures-tell-no-words.ts";
import { WILL_TELL_LISTENER, endsWithWillTell } from "./will-tell-listener.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";
import { isJsSpace } from "../text/char-classes.ts";

/**
 * Who speaks in a direct quotation, read from the text around it: a speaker tag after the
 * closing quote (", Petro wrote on Twitter", ", said Dr. Ana Ferreira", ", chief minister Murad
 * Ali Shah said") or before the opening one ("Sarabia, for her part, highlighted “").
 */

// "Council member Teresa Okoye put it bluntly: “…”": a way of saying it, before the quotation.
const PUT_IT = "put it (?:bluntly|simply|plainly|succinctly|starkly|this way|another way|best)";
const PUT_IT_AT_END = new RegExp(`\\b${PUT_IT}$`);
const VERB_ALT = `${[...REPORTING_VERBS].join("|")}|${PUT_IT}`;
// "Borja del Pozo Cruz", "Ursula von der Leyen": a particle between a name's capitalised words.
const CAPITALISED_NAME =
  "(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+(?:(?:de|del|della|da|di|van|von|der|den|dos|das|du|le|la|al|bin|ibn)\\s+){0,2}){0,4}[\\p{Lu}][\\p{L}’'.\\-]*";
const NAME = `(${CAPITALISED_NAME}|he|she|they|we|it|He|She|They|We|It)`;
const CHANNEL =
  /^\s+(?:on|via|in)\s+((?:Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads)\b)/;
/**
 * A name after lowercase words of its title: "provincial chief minister Murad Ali Shah", also
 * after a capitalised word or two the title belongs to: "Harlow manager Steve Barnard".
 */
const TITLED_NAME =
  "((?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+){0,2}(?:\\p{Ll}[\\p{L}’'-]*\\s+){1,4}(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+){0,4}[\\p{Lu}][\\p{L}’'.\\-]*)";
/** Speaker written after a closing quote: ", Petro wrote on Twitter" / ", said Petro". */
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:${NAME}\\s+(?:${VERB_ALT})\\b|(?:${VERB_ALT})\\s+${NAME})`, "u");
/**
 * The same with lowercase title words before the name: ", chief minister Murad Ali Shah said",
 * ", said lead author Dr. Mei Chen" (tried second: rarer). After "said", the name ends the
 * sentence or clause, or its affiliation follows (", said lead author Dr. Melody Ding of the
 * University of Sydney"); a title's period ("Dr.") ends no sentence.
 */
const AFTER_QUOTE_TITLED = new RegExp(
  `^[\\s,]*(?:${TITLED_NAME}\\s+(?:${VERB_ALT})\\b|(?:${VERB_ALT})\\s+${TITLED_NAME}(?=\\s*(?:[,;]|(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|St))\\.(?:\\s|$)|$)|\\s+(?:of|at|from)\\s))`,
  "u",
);

/**
 * ", said Brazil's environment minister, Helena Tavares.", ", said the health secretary, Wes
 * Streeting": a description (a possessive or "the", then lowercase words), a comma and the name
 * that ends the tag. Tried before the plain form when that takes a possessive for a name ("Brazil's").
 */
/** "Brazil's", "the World Bank's": whose role it is, in the possessive. */
const OWNER = "(?:[\\p{Lu}][\\p{L}.\\-]*\\s+){0,3}[\\p{Lu}][\\p{L}.\\-]*['’]s\\s+";
const AFTER_QUOTE_DESCRIBED = new RegExp(
  `^[\\s,]*(?:${VERB_ALT})\\s+(?:the\\s+(?:${OWNER})?|${OWNER})(?:\\p{Ll}[\\p{L}’'-]*\\s+){0,4}\\p{Ll}[\\p{L}’'-]*,\\s+${NAME}(?=\\s*(?:[.,;!?]|$))`,
  "u",
);

/** A description between commas around a name: "Halvern's head of quality", "48", "head of quality at Halvern". */
const APPOSITIVE = '[^,“”".!?;:]{1,60}';
/**
 * A name set off by commas with its description before or after it, or an age: ", Halvern's head
 * of quality, Renee Calder, said", ", Renee Calder, head of quality at Halvern, said", ", Calder,
 * 48, said" (tried last).
 */
const AFTER_QUOTE_WITH_APPOSITIVE = new RegExp(
  `^[\\s,]*(?:${APPOSITIVE},\\s*)?${NAME},\\s*(?:${APPOSITIVE},\\s*)?(?:${VERB_ALT})\\b`,
  "u",
);

/**
 * "“Not yet,” the minister would say", "“We will win,” the coach would often say": a modal (and an
 * adverb of habit) between a role and the verb of speech belongs to the verb, not to the speaker's
 * name. Only after a role named with an article: after a pronoun ("“Not now,” he would often say")
 * the tag stays in the claim, as decision 560 reads it, since the pronoun may name no one yet.
 */
const MODAL_BEFORE_VERB =
  "(?:(?:would|will|might|could|may|can)\\s+(?:(?:often|always|usually|sometimes|later|simply|just)\\s+)?)?";
/**
 * "“Fine,” Smith would say", "“The economy is growing,” Ms Reeves will say on Wednesday": a modal
 * between a capitalised name and the verb of speech, read like a role's (`MODAL_BEFORE_VERB`). Not
 * after a pronoun, which may name no one yet (see above): "He", "She" and the rest are turned away.
 * Only after a quotation that hands over with a comma: after “The plan is working.” a new sentence
 * opens the same way ("Critics would say it is failing"), and its subject is no speaker of it.
 */
/**
 * "“The economy is growing,” Reeves will tell MPs": "tell" is no verb of `REPORTING_VERBS`, and its
 * listener follows it; a speech to come tagged so after the quotation names its speaker as the same
 * tag before the quotation does since decision 750 (decision 790). Tried only after the modal.
 */
const OR_WILL_TELL = `|${WILL_TELL_LISTENER}`;
const AFTER_QUOTE_NAME_MODAL = new RegExp(
  `^[\\s,]*(?!(?:He|She|They|We|It|I)\\s)(${CAPITALISED_NAME})\\s+(?=(?:would|will|might|could|may|can)\\s)(?:${MODAL_BEFORE_VERB}(?:${VERB_ALT})\\b${OR_WILL_TELL})`,
  "u",
);
/** A body or role named with an article: ", said the company" / ", a spokesperson for the airline said". */
const COMMON_SPEAKER = "((?:the|a|an|one)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?[\\p{L}’'-]+)";
const AFTER_QUOTE_COMMON = new RegExp(
  // After the verb the phrase must end the tag ("said the company."), not open a clause ("said the company would").
  // "said one GOP consultant who requested anonymity": a who-clause may end it too.
  `^[\\s,]*(?:(?:${VERB_ALT})\\s+${COMMON_SPEAKER}(?=\\s*(?:[.,;!?]|$|who\\s))|${COMMON_SPEAKER}\\s+(?:${MODAL_BEFORE_VERB}(?:${VERB_ALT})\\b${OR_WILL_TELL}))`,
  "u",
);

/** What ends a conceding tag: the sentence's or clause's end, or "in" and where it was said. */
const CONCEDING_TAG_END = `(?=\\s*(?:[.,;!?]|$)|\\s+in\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:${[...SAID_IN].join("|")})\\b)`;

/**
 * "“Prices will rise,” the company admits.", "“…,” Tesco concedes in a statement": a conceding
 * present (`CONCEDING_PRESENTS`, decision 930) after a quotation that hands over with a comma, its
 * speaker before it, then the sentence's end or "in" and where it was said (decision 970). No
 * reporting verb of the other tags, which also read a tag after a quotation that ends its sentence
 * or that stands inside one ("a hospital dubbed “the best” admits …").
 */
const AFTER_QUOTE_CONCEDING = new RegExp(
  `^[\\s,]*(?:${NAME}|${COMMON_SPEAKER})\\s+(?:${CONCEDING_PRESENTS.join("|")})${CONCEDING_TAG_END}`,
  "u",
);

/**
 * "“Prices will rise,” admits Tesco.", "“…,” concedes the chief executive in a statement": the same
 * present before its speaker (decision 1010), a capitalised name (no pronoun: "admits it" is an
 * object) or a body or role after an article, which ends the tag as `AFTER_QUOTE_CONCEDING`'s verb
 * does. Tried after it, on the same quotations.
 */
const AFTER_QUOTE_CONCEDING_BEFORE_SPEAKER = new RegExp(
  `^[\\s,]*(?:${CONCEDING_PRESENTS.join("|")})\\s+(?:(${CAPITALISED_NAME})|${COMMON_SPEAKER})${CONCEDING_TAG_END}`,
  "u",
);

/** ", who asked not to be named": a who-clause right after the speaker, to its comma or stop. */
const WHO_ASIDE = /^,?\s*who\s[^,.;]{1,60}/;

/** Does a phrase name a body or a role ("the company", "a spokesperson for the airline")? */
export function namesBodyOrRole(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .some(
      (w) =>
        ORGANISATION_WORDS.has(w) || ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, "")) || OCCUPATIONS.has(w),
    );
}

/**
 * "she will say" after the quotation; the regex only on a tag with " will " in it. Only when the
 * pronoun stands for someone the text has named: "My father was a miner. “Never trust a Tory,” he
 * will say to anyone who listens" and "“It is unaffordable,” they will say, but the sums add up"
 * are the article's, tag and all, as before decision 685.
 */
function pronounWillSay(after: string, memory: ClaimantMemory): RegExpExecArray | null {
  if (!after.includes(" will ")) return null;
  const m = AFTER_QUOTE_PRONOUN_WILL.exec(after);
  return m !== null && memory.resolvePronoun(m[1]!) !== null ? m : null;
}

function speakerTagAfter(after: string, endsWithComma: boolean, memory: ClaimantMemory): RegExpExecArray | null {
  // The plain tag is the common one; a described name is read when it is not, or when the plain
  // tag took a possessive for the name ("said Brazil's environment minister, Helena Tavares").
  const plain = AFTER_QUOTE.exec(after);
  if (plain && !/['’]s$/.test((plain[1] ?? plain[2])!)) return plain;
  const tag =
    AFTER_QUOTE_DESCRIBED.exec(after) ??
    plain ??
    AFTER_QUOTE_TITLED.exec(after) ??
    (endsWithComma ? (AFTER_QUOTE_NAME_MODAL.exec(after) ?? pronounWillSay(after, memory)) : null);
  if (tag) return tag;
  const common = AFTER_QUOTE_COMMON.exec(after);
  if (common) {
    const speaker = (common[1] ?? common[2])!;
    if (namesBodyOrRole(speaker) && !figuresTell(speaker, common[0])) return common;
  }
  // Only after a quotation that hands over with a comma: after “….” a new sentence may open
  // the same way ("Sarabia, for her part, highlighted …").
  if (!endsWithComma) return null;
  const conceding = AFTER_QUOTE_CONCEDING.exec(after) ?? AFTER_QUOTE_CONCEDING_BEFORE_SPEAKER.exec(after);
  if (
    conceding &&
    (conceding[1] !== undefined || namesBodyOrRole(conceding[2]!)) &&
    !quotationIsSubject(after, conceding[0].length)
  )
    return conceding;
  return AFTER_QUOTE_WITH_APPOSITIVE.exec(after);
}

/**
 * "“The Crown,” Netflix boasts, was watched by 40 million households": a conceding tag set off by
 * commas before an auxiliary is an aside, and the quotation (a title) is the sentence's subject,
 * which the sentence goes on to describe. A char test, then one anchored regex on the next word.
 */
function quotationIsSubject(after: string, tagEnd: number): boolean {
  if (after.charCodeAt(tagEnd) !== 44) return false;
  const next = /^,\s*([a-z]+)\b/.exec(after.slice(tagEnd));
  return next !== null && AUXILIARIES.has(next[1]!);
}

/** Does the quotation that ends at `quoteEnd` close with a comma before its mark ("…,”")? */
export function handsOverWithComma(body: string, quoteEnd: number): boolean {
  return body.charCodeAt(quoteEnd - 2) === 44;
}

/**
 * Speaker written before an opening quote: "Sarabia, for her part, highlighted “…" / "He said: “…".
 * Exported for the test of its pre-check.
 */
export const BEFORE_QUOTE = new RegExp(`${NAME}(?:,[^,“"]{1,40},)?\\s+(?:${VERB_ALT})(?:\\s+that)?[\\s:,]*$`, "u");

/**
 * "Rachel Reeves will say: “…”": a speech to come tagged before the quotation, "will" (and "also",
 * "later" or "then") between the name and the verb of speech (decision 685). Tried only when
 * `BEFORE_QUOTE` fails and the window holds " will "; `speechToComeBefore` words it as the tag does.
 * "will tell" takes its listener ("will tell MPs:", decision 750).
 */
const WILL_VERB = `\\s+(?:will\\s+(?:(?:also|later|then)\\s+)?(?:${VERB_ALT})|${WILL_TELL_LISTENER})[\\s:,]*$`;
const BEFORE_QUOTE_WILL = new RegExp(`${NAME}${WILL_VERB}`, "u");
/** A pronoun first: in "… in Leeds. She will say:" the name would take "Leeds. She". */
const BEFORE_QUOTE_PRONOUN_WILL = new RegExp(`\\b(he|she|they|we|He|She|They|We)${WILL_VERB}`, "u");

/**
 * "The chancellor will say: “…”", "the prime minister will tell MPs": a role or a body named with
 * "the" before the speech to come, as ", said the company" names one after a quotation.
 */
const BEFORE_QUOTE_COMMON_WILL = new RegExp(`\\b([Tt]he\\s+(?:[\\p{Ll}’'-]+\\s+){0,2}?[\\p{Ll}’'-]+)${WILL_VERB}`, "u");

/** The speaker of a speech to come, tagged before the quotation; a role's phrase opens in lower case ("the chancellor"). */
function speakerWillSayBefore(before: string): RegExpExecArray | null {
  const named = BEFORE_QUOTE_PRONOUN_WILL.exec(before) ?? BEFORE_QUOTE_WILL.exec(before);
  if (named) return named;
  const common = BEFORE_QUOTE_COMMON_WILL.exec(before);
  if (common === null || !namesBodyOrRole(common[1]!)) return null;
  common[1] = "t" + common[1]!.slice(1);
  return common;
}

function speakerFromMatch(name: string, memory: ClaimantMemory, channel: string | null): Claimant | null {
  if (!plausibleSpeakerName(name)) return null;
  if (SUBJECT_PRONOUNS.has(name.toLowerCase())) {
    const c = memory.resolvePronoun(name);
    return c ? { ...c, via: channel ?? c.via } : null;
  }
  return claimantFromPhrase(name, channel);
}

/** Start of the run of chars at the end of text[0, end) that are not white space (\s). */
function lastRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isJsSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of text[0, end) less its trailing white space and, with `colonsAndCommas`, ":" and ",". */
function trimmedEnd(text: string, end: number, colonsAndCommas: boolean): number {
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (!isJsSpace(c) && !(colonsAndCommas && (c === 58 || c === 44))) break;
  }
  return end;
}

/**
 * What BEFORE_QUOTE needs at its end, checked without the regex, which tries every position of
 * the window (about 3 µs a window): white space, a reporting verb, optionally white space and
 * "that", then only white space, colons and commas. Nine windows in ten fail here.
 */
export function endsWithReportingVerb(text: string): boolean {
  let end = trimmedEnd(text, text.length, true);
  let start = lastRunStart(text, end);
  if (text.slice(start, end) === "that") {
    end = trimmedEnd(text, start, false);
    if (end === start) return false;
    start = lastRunStart(text, end);
  }
  return (
    start > 0 &&
    (REPORTING_VERBS.has(text.slice(start, end)) || PUT_IT_AT_END.test(text.slice(Math.max(0, start - 20), end)))
  );
}

const PUT_IT_BEFORE_QUOTE = new RegExp(`\\b${PUT_IT}[ \\t]*[:,][ \\t]*$`);

/** Does "put it bluntly:" stand right before the quote that starts at `quoteStart` (within `from`)? */
export function wayOfSayingBefore(body: string, quoteStart: number, from: number): boolean {
  return PUT_IT_BEFORE_QUOTE.test(body.slice(Math.max(from, quoteStart - 40), quoteStart));
}

/**
 * Is the quote that ends at `quoteEnd` tagged by a count's "tell" ("“…,” the figures will tell
 * you", `figuresTell`)? The tag names no speaker, and says the quotation is the article's own
 * point: it goes on from no speaker before it either (decision 890).
 */
export function countTellsAfter(body: string, quoteEnd: number, windowEnd: number): boolean {
  const after = body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120));
  // "“…,” the data shows.": the count's "shows" tag is the article's point too (decision 935).
  if (after.includes(" show")) return countShows(after);
  // Cheap first: only a tag with " tell" is read so (as in `figuresTell`).
  if (!after.includes(" tell")) return false;
  const common = AFTER_QUOTE_COMMON.exec(after);
  return common !== null && figuresTell((common[1] ?? common[2])!, common[0]);
}

/**
 * "“Wages are rising faster than prices,” the data shows.": "the" and a count alone (`FIGURES`),
 * then "shows", "show" or "showed", ending the sentence. Not "the Treasury figures show" nor "the
 * latest figures show" (another word may make the figures someone's), nor "the data shows, the
 * minister said" (a speaker's tag after it), nor a clause after the verb ("the data shows that …").
 */
const COUNT_SHOWS = /^[\s,]*the ([a-z]+) show(?:s|ed)?[.!?]?\s*$/;

/** Is `after`, the text after a quotation, a count's "shows" tag alone? */
function countShows(after: string): boolean {
  const tag = COUNT_SHOWS.exec(after);
  return tag !== null && FIGURES.has(tag[1]!);
}

/** Does a speaker tag (", Petro wrote", ", said Petro") follow the quote that ends at `quoteEnd`? */
export function speakerNamedAfter(body: string, quoteEnd: number, windowEnd: number, memory: ClaimantMemory): boolean {
  const after = body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120));
  return speakerTagAfter(after, handsOverWithComma(body, quoteEnd), memory) !== null;
}

/** Who is speaking in a direct quotation, judging by the text right after or right before it. */
export function quoteSpeaker(
  body: string,
  quoteStart: number,
  quoteEnd: number,
  windowStart: number,
  windowEnd: number,
  memory: ClaimantMemory,
): Claimant | null {
  const after = body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120));
  const a = speakerTagAfter(after, handsOverWithComma(body, quoteEnd), memory);
  if (a) {
    // 'John Smith said: "Victims are ignored." He said that …': a quotation that closes its own
    // sentence is tagged before it; what follows opens a sentence of its own.
    const named = body.charCodeAt(quoteEnd - 2) === 46 ? speakerBefore(body, quoteStart, windowStart, memory) : null;
    if (named) return named;
    const name = (a[1] ?? a[2])!;
    const rest = after.slice(a.index + a[0].length);
    // "…,” said one nurse, who asked not to be named.": someone the article does not name (not
    // "said the chief executive, adding that two nurses who asked not to be named …").
    const aside = WHO_ASIDE.exec(rest);
    if (aside && !/^\p{Lu}/u.test(name) && ANONYMITY.test(aside[0])) return unnamedSources(name, null);
    const ch = CHANNEL.exec(rest);
    return speakerFromMatch(name, memory, ch ? cleanName(ch[1]!) : null);
  }
  return speakerBefore(body, quoteStart, windowStart, memory);
}

/** The speaker written before a quotation ("Ana Ruiz said: “…"), or null. */
function speakerBefore(body: string, quoteStart: number, windowStart: number, memory: ClaimantMemory): Claimant | null {
  const before = body.slice(Math.max(windowStart, quoteStart - 120), quoteStart);
  // "Rachel Reeves will tell MPs: “…”": a listener after the verb (decision 750), asked only when
  // the verb does not end the lead-in.
  const verbAtEnd = endsWithReportingVerb(before);
  if (!verbAtEnd && !endsWithWillTell(before)) return null;
  const b =
    (verbAtEnd ? BEFORE_QUOTE.exec(before) : null) ?? (before.includes(" will ") ? speakerWillSayBefore(before) : null);
  if (b) return speakerFromMatch(b[1]!, memory, null);
  return null;
}
