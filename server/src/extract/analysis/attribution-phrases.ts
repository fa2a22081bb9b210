import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { Attribution } from "./attribution.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { REPORTING_VERBS } from "./lexicon.ts";
import { namesBodyOrRole } from "./quote-speaker.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";

/**
 * Attributions read from a fixed phrase rather than from a reporting verb's place among the
 * tokens: "According to X, …", "…, according to X", "…, according to X, though …", "As X said,
 * …" and "…, said Mayor Dana Kim."
 */

const AS_X_SAID = new RegExp(`^As ([^,]{2,60}?) (?:${[...REPORTING_VERBS].join("|")})(?: [^,]{1,30})?,\\s*`, "u");
const SAID_X_AT_END =
  /,\s*(?:said|says|added|adds|wrote|noted)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*|(?:the|a|an)\s+[^,.;!?]{2,50}?)\s*[.!]?[”"]?$/u;

/** ", a cardiologist …", ", an epidemiologist …", ", the company's …": a description of the speaker. */
const APPOSITIVE_AFTER_COMMA = /^,\s*(?:a|an|the|who)\s/;
/** ", said Dr. Peter Walsh" up to the comma before the speaker's description: a capitalised name only. */
const SAID_NAME_BEFORE_COMMA =
  /^,\s*(?:said|says|added|adds|wrote|noted)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)\s*$/u;

/**
 * A source's name up to the comma that ends it; a comma inside a figure ("a review covering more
 * than 330,000 children") is part of the name.
 */
const SOURCE = String.raw`((?:[^,]|,(?=\d{3}))`;
const LEAD_ACCORDING_TO = new RegExp(String.raw`^According to ${SOURCE}{2,80}),\s*`, "u");
const TRAILING_ACCORDING_TO = new RegExp(String.raw`,\s*according to ${SOURCE}{2,80}?)[.!]?[”"]?$`, "u");
const MIDDLE_ACCORDING_TO = new RegExp(String.raw`,\s*according to ${SOURCE}{2,80}?),(?!\d{3})\s*(and\s+)?`, "u");

/** The content [contentStart, contentEnd) is the claimant's; nothing around it is. */
function credited(claimant: Claimant, contentStart: number, contentEnd: number): Attribution {
  return { claimant, contentStart, contentEnd, lead: null, tail: null, aside: null };
}

/** `text` is body[start, end), one sentence. */
export function phraseAttribution(
  text: string,
  start: number,
  end: number,
  memory: ClaimantMemory,
): Attribution | null {
  const lead = LEAD_ACCORDING_TO.exec(text);
  if (lead) return credited(memory.outlet(lead[1]!), start + lead[0].length, end);
  // "As the minister said, the plan failed": the article repeats the speaker's claim.
  const as = text.startsWith("As ") ? AS_X_SAID.exec(text) : null;
  if (as && plausibleSpeakerName(as[1]!.replace(/^(?:the|a|an) /i, ""))) {
    const claimant = memory.speaker(as[1]!);
    if (claimant) return credited(claimant, start + as[0].length, end);
  }
  // The two "according to" forms are searched for only where the words stand (one native search).
  if (text.includes("according to")) {
    const trail = TRAILING_ACCORDING_TO.exec(text);
    if (trail) return { ...credited(memory.outlet(trail[1]!), start, start + trail.index), sourceAfterContent: true };
    // "Burglaries fell 8 percent, according to police data, though robberies rose": both sides are
    // the source's. After "and" a clause of its own is the article's: "…, according to ASX data,
    // and 27 of 31 economists surveyed by Bloomberg had forecast the move".
    const middle = MIDDLE_ACCORDING_TO.exec(text);
    if (middle)
      return {
        ...credited(memory.outlet(middle[1]!), start, start + middle.index),
        tail: { start: start + middle.index + middle[0].length, end },
        tailBySpeaker: middle[2] === undefined,
        sourceAfterContent: true,
      };
  }
  // "Crime fell 12 percent last year, said Mayor Dana Kim.": the tag follows the last comma, so
  // the regex runs on what follows it only.
  const lastComma = text.lastIndexOf(",");
  const name = lastComma > 0 ? SAID_X_AT_END.exec(text.slice(lastComma))?.[1] : undefined;
  if (name && (/^(?:the|a|an)\s/i.test(name) ? namesBodyOrRole(name) : plausibleSpeakerName(name))) {
    const claimant = memory.speaker(name);
    if (claimant) return credited(claimant, start, start + lastComma);
  }
  // "…, said Dr. Peter Walsh, a cardiologist at …": the tag stands before the speaker's description.
  if (lastComma > 0 && APPOSITIVE_AFTER_COMMA.test(text.slice(lastComma, lastComma + 6))) {
    const tagComma = text.lastIndexOf(",", lastComma - 1);
    const named = tagComma > 0 ? SAID_NAME_BEFORE_COMMA.exec(text.slice(tagComma, lastComma))?.[1] : undefined;
    const claimant = named && plausibleSpeakerName(named) ? memory.speaker(named) : null;
    if (claimant) return credited(claimant, start, start + tagComma);
  }
  return null;
}
