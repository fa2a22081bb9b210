/** The group named before a share, after an opening "Among": "Among adults who smoke, 30% want to quit". */
import { groupFrom } from "./share-group-words.ts";
import { WORD } from "./share-group-text.ts";
import { whoClauseToItsEnd } from "./share-group-who-clause.ts";

/**
 * "Among" opening the sentence or a clause after "that", then the group and a comma right before
 * the share (decision 1000): "Among women in Wales, about 40% …", "found that among young drivers,
 * 20% …". "Among adults, smoking fell by 30%" has no share right after the comma.
 */
const AMONG_BEFORE = /(?:^|[.!?;:][ \u00a0]+|\bthat[ \u00a0]+)[Aa]mong[ \u00a0]+([^,.;:!?]{2,80}),[ \u00a0]+$/du;

/**
 * A share followed by "of" is of the whole named there ("Among renters, 40% of income goes on
 * rent"), and one followed by a comparative is a difference ("20% fewer said …", "20% more"): the
 * "Among" group is no whole of either (decision 1000's review).
 */
const NOT_OF_THE_GROUP = /^[ \u00a0]+(?:of|more|fewer|less|higher|lower)\b/u;

/**
 * The group of the share at [`start`, `end`) of `text`, named after an "Among" before it, or
 * undefined. The group's reader must take every word before the comma: "Among other things",
 * "Among the rule changes", "Among those who smoke" give none.
 */
export function groupBeforeShare(text: string, start: number, end: number): string | undefined {
  // Cheap test: a comma and a space right before the share, and "mong" in the text.
  if (text.charCodeAt(start - 2) !== 44 || !text.includes("mong")) return undefined;
  if (NOT_OF_THE_GROUP.test(text.slice(end, end + 8))) return undefined;
  const slice = text.slice(Math.max(0, start - 100), start);
  const m = AMONG_BEFORE.exec(slice);
  if (m === null) return undefined;
  const phrase = m[1]!.trimEnd();
  const at = start - slice.length + m.indices![1]![0];
  // "Among adults who smoke,": the group before "who", then the clause to the comma.
  const who = phrase.search(/[ \u00a0]who[ \u00a0]/u);
  const groupText = who < 0 ? phrase : phrase.slice(0, who);
  const words = groupText.split(WORD);
  const the = words[0] === "the";
  const head = the ? words.slice(1) : words;
  if (head.length === 0) return undefined;
  const upTo = text.slice(0, at + groupText.length);
  // After "the", as after a share's "the": "the young", not "the Democrats" (a party).
  const reading = the ? "afterThe" : "after";
  const found = groupFrom(upTo, the ? upTo.indexOf(head[0]!, at) : at, head.slice(0, 3), "among", reading);
  const group = found !== undefined && the ? `the ${found}` : found;
  if (group === undefined || group.split(" ").length !== words.length) return undefined;
  if (who < 0) return group;
  const clause = whoClauseToItsEnd(text, at + who);
  return clause === undefined ? undefined : `${group} ${clause}`;
}
