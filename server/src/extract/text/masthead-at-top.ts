/**
 * A publication's name alone on the body's first line, as a pasted page opens: "Courthouse News
 * Service", "The Energy Gang", "STAT", "Full Fact" (decision 595). Such a name has no shape of its
 * own (a title-case headline of two or three words looks the same), but the page names itself again
 * further down, in its copyright line ("© 2026 Courthouse News Service"), its credits ("The Energy
 * Gang is a production of Canary Media") or its writer's biography ("… for STAT"); a headline is not
 * written out again word for word. Only a signature counts, the name after "©" or "Copyright", at
 * its line's end, or opening its line over its credits or its slogan: a title-case headline quoted again in
 * the story ("Unions said Ford Shuts Plant was a headline nobody wanted", "Gaza Ceasefire Holds, the
 * envoy told reporters") is no signature, and the headline is read (decision 595's review). A
 * newspaper's own name ("The Guardian", "Daily Mail", "Financial Times") is a masthead without one
 * (decision 635). Asked once per body.
 */

import { lineEndFrom } from "./lines.ts";
import { isNewspaperNameAlone } from "./newspaper-name-alone.ts";

/** One to four capitalised words, "of", "the", "and" or "&" between them, nothing else. */
const MASTHEAD_NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|&)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** The longest line read as a masthead. */
const MASTHEAD_MAX = 40;
/** A letter or a figure, which would make a later occurrence part of a longer word ("STATE"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A copyright line's mark before the name on its line: "© 2026 Courthouse News Service." */
const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b/i;
/** Nothing but a full stop after the name to its line's end: "… for STAT.", "…, 12.01am GMT, The Times". */
const ENDS_ITS_LINE = /^\.?\s*$/;
/**
 * What follows the name that opens its line when it signs the page: its credits ("The Energy Gang is a
 * production of Canary Media.") or its box's slogan, no sentence's end ("Full Fact fights bad
 * information"). A headline quoted as a sentence's subject ("Labour Wins Hartlepool was the top trend
 * overnight.") is not.
 */
const CREDITS_OR_SLOGAN = /^ (?:is (?:a|an|the|published|produced|run|owned|funded)\b|\p{Ll}[^.!?]*$)/u;
/** How many later occurrences are looked at for one that signs the page. */
const OCCURRENCES_LOOKED_AT = 4;

/**
 * The end of the body's first line when it is a masthead (a name of MASTHEAD_NAME's shape with a
 * line of text right under it, named again below that line), else -1.
 */
export function mastheadLineEnd(body: string): number {
  let start = 0;
  while (start < body.length && /\s/.test(body[start]!)) start++;
  const end = lineEndFrom(body, start);
  if (end - start > MASTHEAD_MAX || end >= body.length) return -1;
  const name = body.slice(start, end).trimEnd();
  if (!MASTHEAD_NAME.test(name)) return -1;
  // A newspaper's own name needs no signature, and may stand over a blank line (decision 635).
  if (isNewspaperNameAlone(name)) return end;
  if (!/\S/.test(body[end + 1] ?? "")) return -1;
  // Looked for past the line under it: a name over a biography that repeats it ("Maria Lopez" over
  // "Maria Lopez is a political correspondent for the BBC.") is the writer's (writer-bio-under-name.ts).
  return signedAgain(body, name, lineEndFrom(body, end + 1)) ? end : -1;
}

/** Does `name` sign the page somewhere in the body after `from`, as words of their own? */
function signedAgain(body: string, name: string, from: number): boolean {
  let at = body.indexOf(name, from);
  for (let n = 0; at >= 0 && n < OCCURRENCES_LOOKED_AT; n++) {
    const end = at + name.length;
    if (!WORD_CHAR.test(body[at - 1] ?? " ") && !WORD_CHAR.test(body[end] ?? " ") && signsThePage(body, at, end)) {
      return true;
    }
    at = body.indexOf(name, at + 1);
  }
  return false;
}

/** Does the name at body[at, end) stand where a page signs itself: after "©", at its line's end, or opening its line? */
function signsThePage(body: string, at: number, end: number): boolean {
  const before = body.slice(body.lastIndexOf("\n", at - 1) + 1, at);
  if (COPYRIGHT_MARK.test(before)) return true;
  const after = body.slice(end, lineEndFrom(body, end));
  return ENDS_ITS_LINE.test(after) || (before.trim() === "" && CREDITS_OR_SLOGAN.test(after));
}
