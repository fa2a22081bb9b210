import { AUXILIARIES } from "./lexicon.ts";
import { isWho } from "./speech-subject.ts";
import { standsBeforeSpeechVerb } from "./speaker-phrase.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { COORDINATOR, LOWERCASE_REPORTING_VERB } from "./word-flags.ts";

/** How far after the aside's verb its closing comma and the sentence's own verb are looked for. */
const ASIDE_REACH = 30;

/**
 * "Smith, who thinks the tax is unfair, said the rise would cost £40m": the "who thinks/believes/
 * says" aside describes the speaker; the sentence's own reporting verb stands after the aside's
 * closing comma, and reads what follows it (decision 580). Taken as the reporting clause, the
 * aside's verb ran its content through "said" into one claim. True when the verb at `verb` opens
 * such an aside: "who" after a comma before it, and a comma further on followed by a reporting
 * verb (an auxiliary or adverb may stand between: "…, has said", "…, also said").
 */
export function opensSpeechAsideBeforeSaid(body: string, tokens: readonly Token[], verb: number): boolean {
  if (verb < 2 || !isWho(tokens[verb - 1]!) || !commaBefore(body, tokens, verb - 1)) return false;
  for (let k = verb + 2; k < tokens.length && k - verb <= ASIDE_REACH; k++) {
    if (!commaBefore(body, tokens, k)) continue;
    // "Smith, who thinks the tax is unfair, and Jones, who backs it, said": a second subject
    // follows the aside, and the verb after it is theirs too; the aside's verb reads as before.
    if (tokens[k]!.flags & COORDINATOR) return false;
    let v = k;
    while (v < tokens.length - 1 && v - k < 2 && standsBeforeSpeechVerb(body, tokens[v]!)) v++;
    // A reporting verb with words after it: "…, said the rise …", not a closing "…, she said."
    if (tokens[v]!.flags & LOWERCASE_REPORTING_VERB && v + 1 < tokens.length && !closesParticiple(body, tokens, v))
      return true;
  }
  return false;
}

/**
 * "Smith, who says the plan, announced in March, will fail, was sacked": the reporting verb at `v`
 * is a participle inside the aside, whose phrase closes with a comma before the aside's own
 * auxiliary; the sentence's verb, if any, is further on.
 */
function closesParticiple(body: string, tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k - v <= ASIDE_REACH; k++)
    if (commaBefore(body, tokens, k)) return AUXILIARIES.has(lowerWordAt(body, tokens[k]!));
  return false;
}
