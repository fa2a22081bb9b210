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

/** `text` is body[start, end), one sentence. */
export function raceCallAttribution(
  text: string,
  start: number,
  end: number,
  memory: ClaimantMemory,
): Attribution | null {
  // Cheap first: the words the pattern needs.
  if (!text.includes(" called ") || !text.includes(" for ")) return null;
  const m = RACE_CALL.exec(text);
  const phrase = m === null ? null : openingSpeakerPhrase(m[1]!);
  const claimant = phrase === null ? null : memory.speaker(phrase);
  if (claimant === null || claimant.type !== "organization") return null;
  return {
    claimant,
    contentStart: start,
    contentEnd: end,
    contentWithoutTag: `${m![3]!.replace(/\.$/, "")} won ${m![2]!.startsWith("the ") ? "" : "the "}${m![2]}`,
    lead: null,
    tail: null,
    aside: null,
  };
}
