import type { Attribution } from "./attribution.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { openingSpeakerPhrase } from "./speaker-phrase.ts";

/**
 * "The minister hailed the figures as proof that the £267m strategy was working", "Labour seized on
 * the data as evidence that …": what follows "that" is the subject's reading of the figures, its
 * claim; the act before it ("The minister hailed the figures") is the article's.
 */
const AS_PROOF =
  /^((?:The\s+)?(?:[\p{L}.’'-]+\s+){0,3}[\p{L}.’'-]+)\s+(?:hailed|cited|welcomed|seized\s+on|pointed\s+to|held\s+up|touted|presented)\s+[^,;“”"]{1,60}?\s+as\s+(?:proof|evidence|a\s+sign|an\s+indication|confirmation|vindication)\s+that\s+(?=\S)/u;

/** "No one has presented the figures as evidence that …": nobody holds them up. */
const NO_ONE = /^(?:No one|Nobody|None|Neither|Never|Few)\b|\s(?:has|have|had|is|are|was|were)$/;
/** Where what was held up as proof ends: a turn to a clause of its own. */
const TURN = /,\s(?:but|while|though|although|whereas)\s|;\s/;

/** `text` is body[start, end), one sentence. */
export function asProofAttribution(
  text: string,
  start: number,
  end: number,
  memory: ClaimantMemory,
): Attribution | null {
  // Cheap first: both words the pattern needs.
  if (!text.includes(" as ") || !text.includes(" that ")) return null;
  const m = AS_PROOF.exec(text);
  if (m === null || NO_ONE.test(m[1]!)) return null;
  const phrase = openingSpeakerPhrase(m[1]!);
  if (phrase === null) return null;
  const claimant = memory.speaker(phrase);
  if (claimant === null) return null;
  const proof = text.lastIndexOf(" as ", m[0].length);
  // "…, but critics said crime had risen": a clause of its own after a turn is read on its own.
  const turn = TURN.exec(text.slice(m[0].length));
  const contentEnd = turn === null ? end : start + m[0].length + turn.index;
  return {
    claimant,
    contentStart: start + m[0].length,
    contentEnd,
    lead: { start, end: start + proof },
    tail: turn === null ? null : { start: contentEnd + turn[0].length, end },
    secondSpeaker: turn !== null,
    aside: null,
  };
}
