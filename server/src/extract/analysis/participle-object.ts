import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { isPersonNoun } from "./article-pronoun.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb, isPastVerb } from "./verbs.ts";
import { AND, CAPITALISED } from "./word-flags.ts";

/**
 * "Reyes condemned the decision, saying it amounted to a breach of contract": the "it" that opens
 * what the participle reports is the thing the statement before it acted on, when nothing else can
 * be "it". Read as written, the claim "According to Reyes, it amounted to …" names nothing to check.
 *
 * Only when there is no doubt:
 * - the speaker is a person or a group named in the plural ("Reyes", "critics", "the unions"), who
 *   cannot be "it": after a body ("The union condemned the decision, saying it would ballot its
 *   members") "it" is as often the body as the thing;
 * - the object is one noun phrase, a determiner and at most four more words, no name, no
 *   preposition, no comma, "and" or verb ("the decision", "the government's new plan"; not "the
 *   closure of the plant", which holds two things "it" may be), not a plural and not a person;
 * - "it" is no placeholder ("saying it was time to move on", "it was unclear whether …", "it
 *   seemed that …").
 */

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her"]);
const OBJECT_MAX_TOKENS = 5;
/** Words after "it is/was" that make it a placeholder for what follows: "it was time to …", "it is unclear whether …". */
const PLACEHOLDER_WORDS = new Set(["to", "that", "whether", "if", "time", "when", "how", "why", "unclear", "clear"]);
/** Verbs with a placeholder "it": "it seemed", "it emerged that", "it remains unclear". */
const PLACEHOLDER_VERBS = new Set([
  "seems",
  "seemed",
  "appears",
  "appeared",
  "remains",
  "remained",
  "emerged",
  "looks",
  "looked",
]);
/** Words before a head noun that make the phrase more than one thing or a place: "the closure of the plant". */
const LINKING_WORDS = new Set(["of", "in", "on", "at", "for", "from", "with", "by", "to", "or", "about", "over"]);

/** Does the speaker exclude "it": a person, or people or bodies named in the plural? */
function cannotBeIt(claimant: Claimant, body: string, tokens: readonly Token[], subjectEnd: number): boolean {
  if (claimant.type === "person" || claimant.type === "unnamed_sources") return true;
  if (claimant.type !== "organization") return false;
  // "the unions", "the airlines": a plural common noun; "Halvern Motors" is one body.
  const head = tokens[subjectEnd - 1]!;
  return !(head.flags & CAPITALISED) && body.charCodeAt(head.end - 1) === 115 && body.charCodeAt(head.end - 2) !== 115;
}

/**
 * The object of the statement's verb at `verb`, ending before the participle at `participle`, that
 * the "it" at `it` stands for; null when there is doubt.
 */
export function objectForLeadingIt(
  body: string,
  tokens: readonly Token[],
  claimant: Claimant,
  subjectEnd: number,
  verb: number,
  participle: number,
  it: number,
): string | null {
  const itToken = tokens[it]!;
  if (itToken.end - itToken.start !== 2 || lowerWordAt(body, itToken) !== "it") return null;
  // "Reyes has criticised the plan": the participle after the auxiliary the statement's verb is.
  const from = isPastVerb(tokens[verb + 1]) ? verb + 2 : verb + 1;
  if (participle - from < 2 || participle - from > OBJECT_MAX_TOKENS) return null;
  if (!DETERMINERS.has(lowerWordAt(body, tokens[from]!))) return null;
  for (let k = from + 1; k < participle; k++) {
    const t = tokens[k]!;
    if (t.flags & (CAPITALISED | AND) || commaBefore(body, tokens, k) || isFiniteVerb(tokens, k)) return null;
    if (LINKING_WORDS.has(lowerWordAt(body, t))) return null;
  }
  // A plural head is no "it" ("the new rules"), nor is a person ("thanked the nurse, saying it
  // had been a long night").
  const head = tokens[participle - 1]!;
  if (body.charCodeAt(head.end - 1) === 115 && body.charCodeAt(head.end - 2) !== 115) return null;
  if (isPersonNoun(lowerWordAt(body, head))) return null;
  if (!cannotBeIt(claimant, body, tokens, subjectEnd) || placeholderIt(body, tokens, it)) return null;
  return body.slice(tokens[from]!.start, head.end);
}

/** Is the "it" at `it` a placeholder: "it was time to …", "it would be unclear whether …", "it seemed …"? */
function placeholderIt(body: string, tokens: readonly Token[], it: number): boolean {
  const next = tokens[it + 1];
  if (next === undefined) return true;
  const verb = lowerWordAt(body, next);
  if (PLACEHOLDER_VERBS.has(verb)) return true;
  // What "it is", "it was" or "it would be" is comes within three words: "it was too early to say".
  let after = -1;
  if (verb === "is" || verb === "was") after = it + 2;
  else if (MODALS.has(verb) && tokens[it + 2] !== undefined && lowerWordAt(body, tokens[it + 2]!) === "be")
    after = it + 3;
  if (after < 0) return false;
  for (let k = after; k < Math.min(tokens.length, after + 3); k++)
    if (PLACEHOLDER_WORDS.has(lowerWordAt(body, tokens[k]!))) return true;
  return false;
}

const MODALS = new Set(["would", "will", "could", "may", "might"]);
