import { SPEAKER_ADVERBS } from "./speaker-phrase.ts";
import { isFiniteVerb } from "./verbs.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { MAY_START_QUANTITY, PARENTHETICAL_PREPOSITION, PAST, TO } from "./word-flags.ts";

/**
 * A listener's own clause at `e`, right after the listener's word: a participle ("residents living
 * near the site") or "who" and its verb group ("passengers who had travelled from Leeds"). Returns
 * the token after the participle or the verb group, where a place may follow, or -1 when no such
 * clause opens at `e`. The caller reads the place; where it finds no clear end the listener stays in
 * the wording whole rather than be cut inside its clause (decision 800).
 */
export function listenerClauseEnd(body: string, tokens: readonly Token[], e: number): number {
  const first = tokens[e];
  // Cheap first: the last letter ("g" of "-ing") or the length of "who", before any word is built.
  if (first === undefined || isCapitalised(first)) return -1;
  if (endsInIng(body, first)) {
    // "told MPs spending would rise", "told shareholders trading was strong", "told staff working
    // hours would be cut", "told reporters nothing had changed": a verb one or two words on makes
    // the "-ing" word the subject of what was said, not the listener's participle; "during" and
    // "nothing" are no participles at all.
    // "told investors lending to small firms had risen": "to" after it is no place of a listener.
    if (
      isFiniteVerb(tokens, e + 1) ||
      isFiniteVerb(tokens, e + 2) ||
      (tokens[e + 1]?.flags ?? 0) & TO ||
      NOT_PARTICIPLES.has(lowerWordAt(body, first)) ||
      gerundWithItsPreposition(body, tokens, e)
    )
      return -1;
    return e + 1;
  }
  if (first.end - first.start !== 3 || lowerWordAt(body, first) !== "who") return -1;
  // "who had travelled", "who were evacuated", "who were waiting": a finite verb, then its
  // participles, past or in "-ing" (decision 800).
  // "who live near the plant", "who work at the depot": a present the verb flags do not know, read
  // as the verb where no preposition stands in its place; the caller reads on only where a place
  // follows it, else keeps the listener whole as before (decision 820).
  // "who still live near the plant", "who also work at the depot": one adverb a subject's verb takes
  // ("Smith still says") stands before the verb, which is read after it (decision 860).
  const verb = adverbAt(body, tokens, e + 1) ? e + 2 : e + 1;
  // With no verb there, the clause has no end this reader can see: no place follows it.
  if (!isFiniteVerb(tokens, verb)) return presentAfterWho(tokens, verb) ? verb + 1 : verb;
  let k = verb + 1;
  while (k < verb + 3 && tokens[k] !== undefined && (tokens[k]!.flags & PAST || endsInIng(body, tokens[k]!))) k++;
  return k;
}

/** One of the adverbs a speaker's verb takes before it ("still", "also", "once"), lowercase. */
function adverbAt(body: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  // Cheap first: the longest of them ("repeatedly") is ten letters.
  return t !== undefined && t.end - t.start <= 12 && !isCapitalised(t) && SPEAKER_ADVERBS.has(lowerWordAt(body, t));
}

/**
 * "told staff housing for key workers would be a priority", "told MPs spending on defence would
 * rise": one of the gerunds news copy makes the subject of what was said, a preposition right after
 * it and a finite verb two or three words past the preposition make it that subject with its own
 * phrase, not a listener's participle (decision 820). Only listed gerunds: a participle of a
 * person's doing keeps its reading ("staff working on contracts would be paid less", "players
 * training for the final would rest").
 */
function gerundWithItsPreposition(body: string, tokens: readonly Token[], e: number): boolean {
  // Cheap first: the preposition's flag.
  if (!((tokens[e + 1]?.flags ?? 0) & PARENTHETICAL_PREPOSITION)) return false;
  return (
    GERUND_SUBJECTS.has(lowerWordAt(body, tokens[e]!)) && (isFiniteVerb(tokens, e + 3) || isFiniteVerb(tokens, e + 4))
  );
}
/** Gerunds that name a sum or a service ("housing", "spending"), seldom what a listener is doing. */
const GERUND_SUBJECTS = new Set(
  "housing funding spending borrowing lending parking heating policing pricing schooling recycling licensing".split(
    " ",
  ),
);

/** A lowercase word after "who" that may be its present ("live", "work"), not a preposition ("who in 2019 …"). */
function presentAfterWho(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && !isCapitalised(t) && !(t.flags & (PARENTHETICAL_PREPOSITION | MAY_START_QUANTITY));
}

/** Words in "-ing" that open what was said, never a listener's clause. */
const NOT_PARTICIPLES = new Set(["during", "nothing", "something", "everything", "anything"]);

/** A lowercase word in "-ing" ("living", "waiting"): the "g" by character code before the word is built. */
function endsInIng(body: string, token: Token): boolean {
  if (body.charCodeAt(token.end - 1) !== 103 /* g */ || token.end - token.start <= 4 || isCapitalised(token))
    return false;
  return lowerWordAt(body, token).endsWith("ing");
}
