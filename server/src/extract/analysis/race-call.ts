import type { Attribution } from "./attribution.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { openingSpeakerPhrase } from "./speaker-phrase.ts";

/**
 * "The Labour Party called the contest for Thursday", "… the election for May 7": a date after "for"
 * is when the vote is held, not whom a desk calls it for (review of decision 540). "May Smith" is a name.
 */
const DATE_AFTER_FOR = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d|[^\p{L}\s]|$)`;

/**
 * "The AP has called the race for Husted", "The Associated Press called the Ohio governor's race
 * for Husted": a news desk's call of a race is its claim that the candidate won, as "…, NBC News
 * projects" is (decision 525), though written as an act, not a tag (decision 540). It is worded as
 * that claim: "According to the AP, Husted won the race" (decision 620).
 */
const RACE_CALL = new RegExp(
  String.raw`^((?:The\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})\s+(?:has\s+|have\s+)?called\s+((?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:race|contest|seat|election))\s+for\s+(?!${DATE_AFTER_FOR})(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})`,
  "u",
);

/**
 * After the capitalised words "for" is followed by: "of the House", "a farce", or a lowercase noun
 * before more capitals ("Republican candidate Jon Husted") say they are no winner's whole name; a
 * time or place ("at 9.40pm", "in Pennsylvania") does not.
 */
const NOT_THE_WINNER_AFTER =
  /^\s+(?:(?:of|an?)\s|(?!(?:at|on|in|by|after|before|just|shortly|late|early)\s)\p{Ll}+\s+\p{Lu})/u;

/**
 * What the call pattern needs right before its winner: a race's word, then "for". "called for new
 * elections" and "called for an inquiry" have " called " and " for " but not this, and the full
 * pattern, with its letter classes, is compiled only for a sentence that does (decision 655).
 */
const RACE_WORD_BEFORE_FOR = /(?:race|contest|seat|election)\s+for\s/;

/** `text` is body[start, end), one sentence. */
export function raceCallAttribution(
  text: string,
  start: number,
  end: number,
  memory: ClaimantMemory,
): Attribution | null {
  // Cheap first: the words the pattern needs.
  if (!text.includes(" called ") || !text.includes(" for ") || !RACE_WORD_BEFORE_FOR.test(text)) return null;
  const m = RACE_CALL.exec(text);
  const phrase = m === null ? null : openingSpeakerPhrase(m[1]!);
  const claimant = phrase === null ? null : memory.speaker(phrase);
  if (claimant === null || claimant.type !== "organization") return null;
  const winner = m![3]!.replace(/\.$/, "");
  const named = !/['’]s$/.test(winner) && !NOT_THE_WINNER_AFTER.test(text.slice(m!.index + m![0].length));
  return {
    claimant,
    contentStart: start,
    contentEnd: end,
    // "for Husted's opponent", "for Republican candidate Jon Husted": the capitalised words are not
    // the winner's whole name; worded as written (review of decision 620).
    ...(named
      ? { contentWithoutTag: `${winner} won ${m![2]!.startsWith("the ") ? "" : "the "}${m![2]}` }
      : { contentWording: text.replace(/\.$/, "") }),
    lead: null,
    tail: null,
    aside: null,
  };
}
