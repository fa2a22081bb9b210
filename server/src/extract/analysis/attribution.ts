import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { phraseAttribution } from "./attribution-phrases.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { ANONYMITY, reportedContent } from "./reported-content.ts";
import { plausibleSpeaker, withoutSpeakerAdverbs } from "./speaker-phrase.ts";
import { looksLikeSubject, nameEnd, opensWithCommonWord, relativeAside, subjectStart } from "./speech-subject.ts";
import { hasFiniteVerb } from "./verbs.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { LOWERCASE_REPORTING_VERB, OUT, POINTED } from "./word-flags.ts";

export interface Attribution {
  claimant: Claimant;
  /** Where the attributed content lies in the body. */
  contentStart: number;
  contentEnd: number;
  /** A leading clause before the attribution that the article asserts itself ("While X happened, ..."). */
  lead: { start: number; end: number } | null;
  /** Text after a trailing attribution that the article asserts itself ("…, Terna said, as air conditioners ran …"). */
  tail: { start: number; end: number } | null;
  /** The tail is the speaker's too ("…, according to police data, though robberies rose …"). */
  tailBySpeaker?: boolean;
  /** The tail is another speaker's reported speech, to be attributed on its own ("…, while critics said …"). */
  secondSpeaker?: boolean;
  /** A relative clause about the speaker, before the verb, that the article asserts itself, with its wording. */
  aside: { start: number; end: number; restored: string } | null;
}

const MIN_LEAD_TOKENS = 4;
const DENIALS = new Set(["denied", "denies", "deny"]);

/**
 * Finds reported speech in a sentence that is not a direct quotation: "According to X, …",
 * "X announced (to Y) that …", "X said the …", "…, X said." Returns null when the article speaks
 * for itself.
 */
export function findAttribution(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  const byPhrase = phraseAttribution(body.slice(start, end), start, end, memory);
  if (byPhrase) return byPhrase;

  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // A capitalised form is a name ("United States", "Reports Weekly"), not a reporting verb.
    if (!(verb.flags & LOWERCASE_REPORTING_VERB)) continue;
    if (verb.flags & POINTED && !(tokens[i + 1] && tokens[i + 1]!.flags & OUT)) continue;
    // "Ortega denied the port had ignored complaints" does not report that it had: the article
    // states the denial, and "According to Ortega, the port had ignored complaints" would invert it.
    if (DENIALS.has(lowerWordAt(body, verb))) continue;
    const subjectFrom = subjectStart(body, tokens, i);
    if (subjectFrom < 0) continue;
    const name = withoutSpeakerAdverbs(body, tokens, subjectFrom, nameEnd(body, tokens, subjectFrom, i));
    const segStart = name.from;
    const nameTo = name.to;
    const subject = tokens.slice(segStart, nameTo);
    if (!looksLikeSubject(subject) || !plausibleSpeaker(body, tokens, segStart, nameTo)) continue;
    // What comes before the speaker is measured from the whole subject segment, fillers included
    // ("…, and then Jerry Falwell announces": the lead ends before "and").
    const content = reportedContent(body, start, end, tokens, i, subjectFrom);
    if (!content) continue;
    let phrase = body.slice(subject[0]!.start, tokens[nameTo - 1]!.end);
    // "Scientists say …": a common noun is capitalised only because it opens the sentence.
    if (segStart === 0 && opensWithCommonWord(body, subject)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
    // "A port official, who spoke on condition of anonymity, said …": the aside can say it too.
    const asideText = nameTo < i ? body.slice(tokens[nameTo]!.start, tokens[i - 1]!.end) : "";
    const anonymous = content.anonymous || (asideText !== "" && ANONYMITY.test(asideText));
    const claimant = anonymous
      ? { name: "unnamed sources", type: "unnamed_sources" as const, via: content.via }
      : memory.speaker(phrase, content.via);
    if (!claimant) continue;
    let contentStart = content.contentStart;
    while (contentStart < end && /[\s:,]/.test(body[contentStart]!)) contentStart++;
    const trailing = content.contentStart === start;
    const leadEnd = subjectFrom > 0 ? tokens[subjectFrom - 1]!.end : start;
    // A lead of a few words with a verb in it is an adverbial ("Put simply,"), not a clause.
    const leadClause =
      !trailing && subjectFrom >= MIN_LEAD_TOKENS && hasFiniteVerb(tokens, 0, subjectFrom)
        ? { start, end: leadEnd }
        : null;
    // "…, while critics said it would cost twice that": a second speaker ends the first one's content.
    const second = trailing ? null : secondSpeakerAt(body, tokens, i + 1, content.contentEnd);
    return {
      claimant,
      contentStart,
      contentEnd: second ? second.contentEnd : content.contentEnd,
      lead: leadClause,
      tail: second ? second.tail : content.tail,
      secondSpeaker: second !== null,
      aside: anonymous ? null : relativeAside(body, tokens, segStart, nameTo, i),
    };
  }
  return null;
}

/** Words that join a second speaker's clause: "…, while critics said", "…, but economists say". */
const JOINERS = new Set(["while", "but", "though", "although", "whereas", "and"]);

/**
 * Where reported content that runs to `end` hands over to another speaker: a comma, a joining
 * word, then a plausible speaker and a reporting verb within a few words. The content ends at
 * the comma; the tail (from the speaker on) is attributed on its own.
 */
function secondSpeakerAt(
  body: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): { contentEnd: number; tail: { start: number; end: number } } | null {
  for (let k = from + 1; k < tokens.length - 2 && tokens[k]!.end <= end; k++) {
    if (!commaBefore(body, tokens, k) || !JOINERS.has(lowerWordAt(body, tokens[k]!))) continue;
    for (let m = k + 2; m < Math.min(tokens.length, k + 8); m++) {
      if (!(tokens[m]!.flags & LOWERCASE_REPORTING_VERB)) continue;
      const subject = tokens.slice(k + 1, m);
      if (!looksLikeSubject(subject) || !plausibleSpeaker(body, tokens, k + 1, m)) break;
      const comma = body.lastIndexOf(",", tokens[k]!.start);
      return { contentEnd: comma, tail: { start: tokens[k + 1]!.start, end } };
    }
  }
  return null;
}
