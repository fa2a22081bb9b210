import { showsAVerb } from "./lexicon.ts";
import { WORD } from "./share-group-text.ts";

/**
 * "among women who work part-time.", "among voters who backed Labour in 2019, the poll found": a
 * "who" clause of up to six words that runs to a stop, a comma or a dash (decision 920).
 */
const WHO_CLAUSE =
  /^[ \u00a0]+(who[ \u00a0]+\p{Ll}+(?:[ \u00a0]+[\p{L}\d][\p{L}\d’'-]*){0,4})(?=[.,;:!?](?!\d)|[ \u00a0]*$|[ \u00a0]+[–—])/u;
/** The lowercase words of a text. */
const LOWERCASE_WORDS = /\p{Ll}+/gu;

/** Does a word before the share show a verb: "was", "rose", "backed", "won"? */
function hasVerb(before: string): boolean {
  return (before.match(LOWERCASE_WORDS) ?? []).some(showsAVerb);
}

/**
 * The "who" clause right after a head ending at `headEnd` of `text`, read after "among" where a
 * verb stands before the share starting at `shareStart` (decision 920): "who work part-time".
 * Undefined where none is, or it runs on past the clause's end.
 */
export function whoClauseAfterAmong(text: string, headEnd: number, shareStart: number): string | undefined {
  if (!text.startsWith(" who ", headEnd)) return undefined;
  const clause = WHO_CLAUSE.exec(text.slice(headEnd, headEnd + 64));
  if (clause === null || !hasVerb(text.slice(Math.max(0, shareStart - 40), shareStart))) return undefined;
  return clause[1]!.split(WORD).join(" ");
}
