/** The group written after a share, after "among" or "of": "12% among teenagers", "40% of adults in Wales". */
import { groupFrom } from "./share-group-words.ts";
import { WORD } from "./share-group-text.ts";

/**
 * The preposition, then up to three words of the group itself (two modifiers and the head). Not
 * "for": "a pay rise of 5% for nurses", "25% for large companies", "30% for Sanders" are a rise, a
 * tax or a vote, no share of them.
 */
const AFTER_SHARE = /^[ \u00a0]+(among|of)((?:[ \u00a0]+[\p{L}][\p{L}-]*(?:\d{1,2}s)?){1,3})/u;

/**
 * The group after a share ending at `end` of `text`: " among teenagers", " of adults in Wales".
 * `start`: where the share's figure starts, for a verb before it (a "who" clause after "among").
 */
export function groupAfterShare(text: string, end: number, start = end): string | undefined {
  // Cheap test: a space and the first letter of "among" or "of".
  const c = text.charCodeAt(end + 1) | 32;
  if (text.charCodeAt(end) !== 32 || (c !== 97 && c !== 111)) return undefined;
  const m = AFTER_SHARE.exec(text.slice(end, end + 64));
  if (m === null) return undefined;
  const words = m[2]!.trim().split(WORD);
  const at = end + m[0].length - m[2]!.length;
  if (words[0] !== "the") return groupFrom(text, at, words, m[1], "after", start);
  // "30% of the staff", "one in five of the residents": the group after "the", which it keeps.
  if (words.length === 1) return undefined;
  const group = groupFrom(text, text.indexOf(words[1]!, at), words.slice(1), m[1], "afterThe", start);
  return group === undefined ? undefined : `the ${group}`;
}
