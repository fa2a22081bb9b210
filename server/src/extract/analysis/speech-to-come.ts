import { REPORTING_VERBS } from "./lexicon.ts";
import { handsOverWithComma } from "./quote-speaker.ts";
import { TELL_LISTENER, WILL_TELL_LISTENER } from "./will-tell-listener.ts";

/** A verb of speech after a modal (and "also", "later" or "then"). */
const SPEAK = String.raw`(?:(?:also|later|then)\s+)?(?:say|tell|announce|argue|warn|add|insist|declare|urge|pledge|promise|vow|claim)`;
/** "will" and a verb of speech. */
const WILL_SPEAK = String.raw`\swill\s+${SPEAK}`;

/**
 * "“The economy is growing,” the chancellor will say on Wednesday": a speech handed out in advance
 * is tagged with what the speaker will say, and the claim must not word it as said. The tag runs
 * from the quotation's close to "will" and a verb of speech, with no
 * comma, colon or stop between (the speaker's name and title), and no verb of speech of its own
 * before: "“We are ready,” Johnson said, and he will tell MPs" and "“…,” the chancellor said he will
 * tell MPs" were said, and so were "“…,” Smith argued in a paper that will warn …" and any tag with
 * a verb of speech of its own (`REPORTING_VERBS`). Only after a quotation that hands over with a
 * comma: after “Growth is back.” a new sentence ("She will tell MPs …") is no tag of it.
 */
const TAG_TO_COME = new RegExp(
  String.raw`^[”"’]?,?[”"’]?\s+(?:(?!\b(?:${[...REPORTING_VERBS].join("|")})\b)[^.!?;:,“”"\n]){1,50}?${WILL_SPEAK}\b`,
);
/** "“…”, the chancellor will say": the comma outside the mark. */
const COMMA_AFTER_MARK = /^[”"’]?,/;
/** How far after the quotation the tag is read: a name, a title and the modal. */
const TAG_WINDOW = 90;

/** "will tell" and its listener at the end of the tag `TAG_TO_COME` matched. */
const TELL_AT_TAG_END = new RegExp(String.raw`${WILL_TELL_LISTENER}`, "uy");
/**
 * Where the listener's words stop: the time or place of the speech ("will tell MPs on Wednesday",
 * "will tell the party conference in Liverpool") is no part of whom it is told to, nor is a clause
 * or purpose after the listener ("will tell MPs why she changed course", "will tell MPs it is time
 * to move on", "will tell MPs to back the bill", "will tell reporters if England lose"): cut there,
 * the wording kept half of it ("will tell the Commons why the: “…”", the review of decision 790).
 * A subject pronoun is never the listener ("tell him", "tell them" are).
 */
const LISTENER_ENDS = new Set([
  "on",
  "in",
  "at",
  "this",
  "next",
  "later",
  "today",
  "tonight",
  "tomorrow",
  "when",
  "as",
  "during",
  "after",
  "before",
  "from",
  "with",
  "about",
  "why",
  "how",
  "what",
  "whether",
  "where",
  "because",
  "if",
  "unless",
  "so",
  "to",
  "it",
  "he",
  "she",
  "they",
  "we",
  "there",
]);

/**
 * The words of a speech to come tagged after the quotation that ends at `quoteEnd` ("will say",
 * or "will tell MPs" for a tag that names its listener, decision 790), or null for a quotation
 * that was said. Every verb but "tell" is worded "will say", as decision 645 pins "Trump will argue
 * in a rally speech tonight".
 */
export function speechToCome(body: string, quoteEnd: number): string | null {
  const after = body.slice(quoteEnd, quoteEnd + TAG_WINDOW);
  // Cheap first: most tags hold no "will".
  if (!after.includes(" will ")) return null;
  if (!(handsOverWithComma(body, quoteEnd) || COMMA_AFTER_MARK.test(after))) return null;
  const tag = TAG_TO_COME.exec(after);
  if (tag === null) return null;
  // Cheap first: only a tag that ends in "tell" can name a listener.
  if (!tag[0].endsWith("tell")) return "will say";
  TELL_AT_TAG_END.lastIndex = tag[0].lastIndexOf("will");
  const told = TELL_AT_TAG_END.exec(after);
  if (told === null) return "will say";
  const words = told[0].split(/\s+/);
  const listenerAt = words.indexOf("tell") + 1;
  const listenerEnd = words.findIndex((w, k) => k > listenerAt && LISTENER_ENDS.has(w));
  return words.slice(0, listenerEnd < 0 ? words.length : listenerEnd).join(" ");
}

/**
 * "Rachel Reeves will say: “…”": the tag before the quotation ends in "will" and a verb of speech
 * (decision 685), or in "will tell" and a listener ("will tell MPs:", decision 750), read on the 40
 * chars before the quotation's mark.
 */
const TAG_TO_COME_BEFORE = new RegExp(String.raw`(?:${WILL_SPEAK}|\s${WILL_TELL_LISTENER})[\s:,]*$`, "u");
const TAG_END = /[\s:,]+$/;

/**
 * The words of a speech to come tagged before the quotation that opens at `quoteStart` ("will
 * say", "will argue", "will tell MPs"), or null: the claim words the tag as the text does.
 */
export function speechToComeBefore(body: string, quoteStart: number): string | null {
  const before = body.slice(Math.max(0, quoteStart - 40), quoteStart);
  // Cheap first: most lead-ins hold no "will".
  if (!before.includes(" will")) return null;
  const m = TAG_TO_COME_BEFORE.exec(before);
  return m === null ? null : m[0].trim().replace(TAG_END, "").replace(/\s+/g, " ");
}

/**
 * "It is however understood that Reeves would tell MPs: “…”": the lead-in ends in "would" and a verb
 * of speech, or "would tell" and a listener, as `TAG_TO_COME_BEFORE` reads "will" (decision 1015).
 * Read only after a briefing's frame (`reportedSpeechToCome` in extract-claims.ts): elsewhere
 * "Reeves would tell MPs: “…”" may be a habit's or a narrative's.
 */
const WOULD_SPEAK_BEFORE = new RegExp(String.raw`\swould\s+(?:${SPEAK}|${TELL_LISTENER})[\s:,]*$`, "u");

/** Is the quotation that opens at `quoteStart` tagged before it with "would" and a verb of speech? */
export function wouldSpeakBefore(body: string, quoteStart: number): boolean {
  const before = body.slice(Math.max(0, quoteStart - 40), quoteStart);
  // Cheap first: most lead-ins hold no "would".
  return before.includes(" would") && WOULD_SPEAK_BEFORE.test(before);
}
