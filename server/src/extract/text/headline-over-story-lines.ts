/**
 * A headline at the top of a body, with no final mark, over the lines that open its story
 * (decision 575): a standfirst, a byline or a time stamp. "Foreign Office warns against travel to
 * parts of Canary Islands after volcano eruption" over "2 hours ago", "Times letters: Closing rural
 * bus routes and the cost of free parking" over "Readers respond to … 38 bus services" over "Friday
 * November 27 2026, 12.01am GMT, The Times". Each is a unit of its own, however long. A pasted
 * text's hard-wrapped first line runs on: it ends on a word that wants more (left to the caller's
 * wrapsOn, endsMidSentence and WANTS_MORE here), or the line under it is prose that goes on.
 */

import { ROLE_WORDS } from "../analysis/lexicon.ts";
import {
  datesTheStory,
  isByByline,
  isLiveBlogStampLine,
  isNameAndJobByline,
  isNameAtGround,
} from "./news-furniture.ts";
import { endsMidSentence } from "./summary-heading.ts";
import { lineTextFrom } from "./lines.ts";

/** How far into the body a headline's line may start: only a masthead's and a section's short lines come before it. */
export const TOP_OF_BODY = 400;
/** The longest headline read over a standfirst (a line over a byline or a stamp may be a longer standfirst). */
const HEADLINE_MAX = 100;
/** The longest standfirst: a sentence or two on one line. */
const STANDFIRST_MAX = 300;
/**
 * A verb that wants its object on the next line, or a word that wants its clause ("The council
 * said" over "Taxes will rise …", "… would do whatever it takes to" is wrapsOn's): no headline ends on one.
 */
const WANTS_MORE =
  /(?:^|[^\p{L}])(?:said|says|told|tells|announced|announces|include[sd]?|including|reached|raised?|expects?|expected|shows?|showed|found|finds|makes?|made|takes?|took|gives?|gave|such|whether|because|after|before|over|under|against|like|unlike|despite|during|since|until|while|where|when|if)$/iu;

/** A headline opens with a capital, a figure or a quotation's mark (title or sentence case). */
const HEADLINE_OPENING = /[\p{Lu}\d'"‘“]/u;
/** A mark inside the line that ends a sentence ("… both ! producing …", "… in 2019. The …"): prose, no headline. */
const SENTENCE_INSIDE = /[!?]|\.\s+\p{Lu}\p{Ll}/u;

/** A line's final mark, a closing quotation's mark after it or not. */
const FINAL_MARK = /[.!?]["'”’]?$/;
/** A headline's label or score before a colon and a capital: "Times letters: Closing …". */
const LABEL_COLON = /\S: \p{Lu}/u;
/** The line's last word in lowercase letters. */
const LAST_WORD = /\p{Ll}+$/u;

/** Does the line open a story: a byline ("By …", "Name at Place", "Name, Political Editor") or a line that dates it? */
function opensStory(line: string): boolean {
  return isByByline(line) || datesTheStory(line) || isNameAtGround(line) || isNameAndJobByline(line);
}

/**
 * Can the unpunctuated line [line, end) be a headline: it opens as one, holds no sentence's end and
 * ends on no word that wants more?
 */
function readsAsHeadline(text: string, line: number, end: number): boolean {
  if (!HEADLINE_OPENING.test(text[line]!) || SENTENCE_INSIDE.test(text.slice(line, end))) return false;
  if (endsMidSentence(text, line, end) || WANTS_MORE.test(text.slice(Math.max(line, end - 10), end))) return false;
  // "… where striker" over "Ollie Watkins scored twice.": a role in lowercase wants its holder's name.
  const lastWord = text.slice(Math.max(line, end - 16), end).match(LAST_WORD);
  return lastWord === null || !ROLE_WORDS.has(lastWord[0]);
}

/**
 * Does the unpunctuated line [line, end), the first of a paragraph further down the body, head an
 * entry of its own (decision 590): a live blog's entry or a roundup's brief, with its byline or
 * stamp right under it ("… as child poverty rises again" over "Jane Smith, Political Editor", "…"
 * over "2 hours ago")? Only the line under it counts: a standfirst down the body cannot be told
 * from a paragraph's wrapped second line.
 */
export function headsAnEntry(text: string, line: number, end: number, next: number): boolean {
  if (!readsAsHeadline(text, line, end)) return false;
  const under = lineTextFrom(text, next);
  // "… is expected to hold until at least" over "May 31, 2026.": a wrapped sentence's end, as a
  // stamp or a byline ends with no full stop. A live blog's entry may be stamped with its time
  // alone ("14:05 BST"), which opensStory does not take at a story's top.
  return !under.endsWith(".") && (opensStory(under) || isLiveBlogStampLine(under));
}

/**
 * Does the unpunctuated line [line, end), at the top of the body and a unit from its start, head
 * what follows at `next`: a byline or a time stamp, or a standfirst (a line that ends with a final
 * mark over a paragraph's end, or any line over a byline or a stamp)?
 */
export function headsTheStory(text: string, line: number, end: number, next: number): boolean {
  if (!readsAsHeadline(text, line, end)) return false;
  const under = lineTextFrom(text, next);
  if (opensStory(under)) return true;
  if (end - line > HEADLINE_MAX || under.length > STANDFIRST_MAX) return false;
  const after = next + under.length;
  const third = lineTextFrom(text, text.indexOf("\n", after) + 1 || text.length);
  if (opensStory(third)) return true;
  // A standfirst with its final mark, over a paragraph's end, under a headline with a label or a
  // score before a colon ("Aston Villa 3-1 Newcastle: Watkins double …"). Without the colon a
  // wrapped paragraph of two lines reads the same ("… the drama" over "The Crown on Netflix, the
  // survey found."), and decision 550 reads the standfirst that opens "The"/"A" before a lowercase word.
  return third === "" && FINAL_MARK.test(under) && LABEL_COLON.test(text.slice(line, end));
}
