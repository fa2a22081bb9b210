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
 *   members") "it" is as often the body as the thing, and so it is after people who speak for one
 *   ("An Amazon spokeswoman", "Union leaders");
 * - the object is one noun phrase, a determiner and at most four more words, no name, no
 *   preposition, no comma, "and" or verb ("the decision", "the government's new plan"; not "the
 *   closure of the plant", which holds two things "it" may be), not a plural and not a person;
 * - "it" is no placeholder ("saying it was time to move on", "it was unclear whether …", "it
 *   seemed that …", "it was raining", "it had been dry for months", "it was late"), and the object
 *   is no jury or crowd and ends in no adverb ("left the party early").
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
  // Weather: "saying it rained all weekend".
  "rained",
  "rains",
  "snowed",
  "snows",
]);
/**
 * People named as one body, whom "it" after thanks or praise seldom stands for: "Davies thanked the
 * jury, saying it had been a long and difficult trial".
 */
const PEOPLE_AS_ONE = new Set(["jury", "crowd", "audience", "congregation"]);
/** Adverbs that close a verb phrase after its object: "left the party early", "sent the bill back". */
const ADVERBS_AFTER_OBJECT = new Set(
  "early late again away home back today yesterday tonight now too instead anyway already soon later once twice abroad overnight here there".split(
    " ",
  ),
);
/**
 * Weather and the time of day or year, which a placeholder "it" is: "saying it was raining too
 * heavily", "it had been dry for months", "it was late and she was tired".
 */
const WEATHER_AND_TIME = new Set(
  "raining snowing pouring drizzling hailing hot cold dry wet warm sunny windy stormy humid freezing dark light late early night midnight".split(
    " ",
  ),
);
/** Words before a head noun that make the phrase more than one thing or a place: "the closure of the plant". */
const LINKING_WORDS = new Set(["of", "in", "on", "at", "for", "from", "with", "by", "to", "or", "about", "over"]);

/**
 * Roles of people who speak for a body, whose "it" is as often that body as the thing: "An Amazon
 * spokeswoman disputed the report, saying it had already raised wages" (Amazon had), "Union
 * leaders rejected the offer, saying it would strike again" (the union would).
 */
const SPEAKS_FOR_A_BODY = new Set(
  "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives official officials leader leaders leadership executive executives boss bosses chief chiefs ceo manager managers management director directors".split(
    " ",
  ),
);

/**
 * Does the speaker exclude "it": a person named in full or by a title, or people or bodies named in the plural, who speak
 * for no body (see SPEAKS_FOR_A_BODY)? The speaker is tokens [subjectStart, subjectEnd).
 */
function cannotBeIt(
  claimant: Claimant,
  body: string,
  tokens: readonly Token[],
  subjectStart: number,
  subjectEnd: number,
): boolean {
  // One capitalised word with no title may be a company the article never called one ("Acme
  // rejected the offer, saying it would fight on"): only a person named in full or by a title
  // ("Maria Reyes", "Mayor Kim") is surely no "it".
  if (claimant.type === "person" && !claimant.name.includes(" ") && claimant.title === undefined) return false;
  if (claimant.type === "person" || claimant.type === "unnamed_sources") {
    for (let k = subjectStart; k < subjectEnd; k++)
      if (SPEAKS_FOR_A_BODY.has(lowerWordAt(body, tokens[k]!))) return false;
    return true;
  }
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
  subjectStart: number,
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
  const headWord = lowerWordAt(body, head);
  if (isPersonNoun(headWord) || PEOPLE_AS_ONE.has(headWord)) return null;
  // "Jones left the party early": an adverb after the object is no part of it.
  if (headWord.endsWith("ly") || ADVERBS_AFTER_OBJECT.has(headWord)) return null;
  if (!cannotBeIt(claimant, body, tokens, subjectStart, subjectEnd) || placeholderIt(body, tokens, it)) return null;
  return body.slice(tokens[from]!.start, head.end);
}

/**
 * Is the "it" at `it` a placeholder: "it was time to …", "it would be unclear whether …", "it
 * seemed …", "it had been dry for months", "it was raining"?
 */
function placeholderIt(body: string, tokens: readonly Token[], it: number): boolean {
  const next = tokens[it + 1];
  if (next === undefined) return true;
  const verb = lowerWordAt(body, next);
  if (PLACEHOLDER_VERBS.has(verb)) return true;
  // What "it is", "it was", "it had been" or "it would be" is comes within three words: "it was
  // too early to say".
  const word = (k: number) => (tokens[k] === undefined ? "" : lowerWordAt(body, tokens[k]!));
  let after = -1;
  if (verb === "is" || verb === "was") after = it + 2;
  else if ((verb === "has" || verb === "had") && word(it + 2) === "been") after = it + 3;
  else if (MODALS.has(verb) && word(it + 2) === "be") after = it + 3;
  else if (MODALS.has(verb) && word(it + 2) === "have" && word(it + 3) === "been") after = it + 4;
  if (after < 0) return false;
  for (let k = after; k < Math.min(tokens.length, after + 3); k++) {
    const w = word(k);
    if (PLACEHOLDER_WORDS.has(w) || WEATHER_AND_TIME.has(w)) return true;
  }
  return false;
}

const MODALS = new Set(["would", "will", "could", "may", "might"]);
