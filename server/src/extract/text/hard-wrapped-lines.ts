/**
 * A paragraph hard-wrapped at a fixed width (an email's, a press release's, wire copy pasted from a
 * terminal) against a headline over its standfirst (decision 590). Decision 550 breaks a line with
 * no final mark over a line that opens "The"/"A"/"An" before a lowercase word, as a standfirst
 * does; in a wrapped paragraph that cut a sentence whose line ended on a word a headline may end
 * on: "… outside the arena, where the band hoped to see" over "The 1975 play Leeds on Friday …",
 * "… last year, the chairman said" over "The board will meet on Friday …".
 *
 * What tells them apart is the lines' lengths. A wrapping editor fills each line until the next
 * word does not fit, so no line is shorter than the one under it by more than that line's first
 * word, and all but the last come close to the width. A headline is as long as it is written: its
 * standfirst is longer (a sentence or two on one line), or much shorter, or the story's first
 * paragraph under them is. A headline in title case ("Westfield Council Passes $38.2M Budget,
 * Raising Taxes 2.9 Percent") is no prose line whatever its length.
 */

import { isAsciiLower, isAsciiUpper, isLowerLetter } from "./char-classes.ts";
import { isButtonCallLine } from "./button-call-line.ts";
import { lineEndFrom, lineTextFrom } from "./lines.ts";

/** A wrapped paragraph's last line may be short, but a line of prose over a much shorter one is a headline's shape. */
const LAST_LINE_SHARE = 0.8;
/** A capitalised word after the line's first char. */
const CAPITALISED = /\s["'‘“(]?\p{Lu}/gu;
/** A word in lowercase of four letters or more: prose's, as a title-case headline has none. */
const LOWERCASE_WORD = /(?:^|\s)\p{Ll}{4,}/gu;

/** The length of the line from `from`, its white space at the end left out. */
function lineLength(text: string, from: number): number {
  return lineTextFrom(text, from).length;
}

/** The length of the first word of the line from `from`: what would have had to fit on the line over it. */
function firstWordLength(text: string, from: number): number {
  const space = text.indexOf(" ", from);
  const end = lineEndFrom(text, from);
  return (space < 0 || space > end ? end : space) - from;
}

/** Are more of the line's words capitalised than written in lowercase: a title-case headline? */
function inTitleCase(line: string): boolean {
  return (line.match(CAPITALISED)?.length ?? 0) >= (line.match(LOWERCASE_WORD)?.length ?? 0);
}

/** The start of the line over the one that starts at `line`, or -1 when there is none or it is blank. */
function lineOver(text: string, line: number): number {
  if (line < 2 || text.charCodeAt(line - 2) === 10) return -1;
  return text.lastIndexOf("\n", line - 2) + 1;
}

/**
 * Are the line [line, lineEnd) and the line from `next` two lines of one hard-wrapped paragraph of
 * three lines or more: no line of the three could have taken the first word of the line under it,
 * the next line is not much shorter, and the first is no title-case headline? Two lines alone ("…
 * after a long debate" over "The scheme was opposed by 300 residents …" and a blank line) are a
 * headline and its standfirst as often as a wrapped paragraph, and are broken as before. Asked only
 * where a line is about to be broken off as a headline: the cost is a few slices of three lines.
 */
export function wrapsIntoNextLine(text: string, line: number, lineEnd: number, next: number): boolean {
  const above = lineEnd - line;
  const under = lineLength(text, next);
  if (under < above * LAST_LINE_SHARE) return false;
  const third = lineEndFrom(text, next) + 1;
  const thirdLength = third < text.length ? lineLength(text, third) : 0;
  const over = lineOver(text, line);
  const overLength = over < 0 ? 0 : lineLength(text, over);
  if (thirdLength === 0 && overLength === 0) return false;
  const width = Math.max(overLength, above, under, thirdLength);
  // A line that could have taken the next one's first word was not wrapped there.
  if (above + 1 + firstWordLength(text, next) <= width) return false;
  if (thirdLength > 0 && under + 1 + firstWordLength(text, third) <= width) return false;
  if (overLength > 0 && overLength + 1 + firstWordLength(text, line) <= width) return false;
  return !inTitleCase(text.slice(line, lineEnd));
}

/**
 * Words no headline, button or list item ends on, written in lowercase: an article, "of", "to", a
 * conjunction, "by", "with", "from", a relative, and an auxiliary or "be" verb ("… who was 43, had
 * been" over "Arrested at the scene …", "The injured man was" over "Tom Reid, 43, …"; decision 670),
 * which leaves its verb or its complement to the line under. "Sign in", "Log on", "Doctor Who", "Plan A" and
 * "Stand by" end on words a page's line may end on, and are not here but "by", which only a
 * credit ends on, and a credit run on to its name is read as one.
 */
const LINKING_WORD_AT_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|nor|but|than|by|with|from|that|which|whose|its|their|is|are|was|were|be|been|being|has|have|had|will|would|could|should|must)$/;

/**
 * Does the line [line, lineEnd) end on a LINKING_WORD_AT_END, a sentence cut mid-way whatever the
 * line under ("… over the next ten years and could" over "Cost more than planned. Photo: …"; review
 * of decision 670)?
 */
export function endsOnLinkingWordTail(text: string, line: number, lineEnd: number): boolean {
  return LINKING_WORD_AT_END.test(text.slice(Math.max(line, lineEnd - 7), lineEnd));
}

/** The splitter's short line: a line under it may be a narrow column's, whose width nothing tells. */
const NARROW_WRAP = 60;
/** An article at a line's end, and one opening the line under: "… about the" over "The Budget …". */
const ARTICLE_AT_END = /(?:^|\s)(?:the|an?)$/;
const ARTICLE_AT_START = /^(?:The|An?)\s/;
/**
 * An auxiliary or "be" at a line's end (decision 670), which a headline ends on as a noun or an
 * idiom too: "Held against their will", "Let it be", "Who we are", "What might have been".
 */
const AUXILIARY_AT_END = /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|must)$/;
/**
 * How far the line under a short line ending on an auxiliary may pass the wrap's width (the line
 * with the next's first word): two short words, as a hand-broken line leaves. A headline over its
 * story's first sentence passes it by more ("Let it be" over "The Beatles' last album was released
 * in 1970."; review of decision 670).
 */
const AUXILIARY_SLACK = 12;

/**
 * Does the short line [line, lineEnd) of a hard-wrapped paragraph end on a LINKING_WORD_AT_END
 * ("… the chancellor met the" over "Prime Minister …", "… were published by" over "The Office for
 * National Statistics …"), over a line from `next` that goes on the sentence: it opens with a
 * capitalised word (not a speaker's "REYES:" in capitals, a figure or a mark) and ends it with a
 * final mark or ends on a linking word itself? The splitter breaks every line under 60 chars with no
 * final mark over a capital (decision 550); such a line is a sentence cut in two (decision 630). The
 * last char must be a lowercase ASCII letter before the regex runs on the line's last few chars.
 */
export function endsOnLinkingWord(text: string, line: number, lineEnd: number, next: number): boolean {
  const last = text.charCodeAt(lineEnd - 1);
  // A wrapping editor leaves no space at the line's end: the break follows the word.
  const after = text.charCodeAt(lineEnd);
  if (after !== 10 && after !== 13) return false;
  if (!isAsciiLower(last) || !isAsciiUpper(text.charCodeAt(next)) || !isLowerLetter(text[next + 1] ?? "")) return false;
  const tail = text.slice(Math.max(line, lineEnd - 7), lineEnd);
  if (!LINKING_WORD_AT_END.test(tail) || isButtonCallLine(text, line, lineEnd)) return false;
  const under = lineTextFrom(text, next);
  // A headline over its story's first line (review of decision 630): a wrap fills its width, so the
  // line under is no longer than this one with its first word, unless both are a narrow column's;
  // and no wrap leaves "the" over "The".
  const width = lineEnd - line + 1 + firstWordLength(text, next);
  if (under.length > Math.max(width, NARROW_WRAP)) return false;
  // An auxiliary's line is no narrow column's when the line under passes its width by more than
  // two short words: a headline ending on a noun or an idiom (review of decision 670).
  // "Not" goes on the auxiliary as no story's first word does ("Kane: we were" over "Not good
  // enough, says England captain").
  if (under.length > width + AUXILIARY_SLACK && !under.startsWith("Not ") && AUXILIARY_AT_END.test(tail)) return false;
  if (ARTICLE_AT_END.test(tail) && ARTICLE_AT_START.test(under)) return false;
  const end = under.charCodeAt(under.length - 1);
  return end === 46 || end === 33 || end === 63 || LINKING_WORD_AT_END.test(under.slice(-7));
}
