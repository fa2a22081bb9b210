import { claimantFromPhrase, sameName } from "./claimant.ts";
import { firstTokenEndingAfter, type Token } from "./tokens.ts";
import { COUNTRIES_AND_GROUPS } from "./lexicon.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { CAPITALISED, LOWERCASE_REPORTING_VERB, PAST } from "./word-flags.ts";

/** Lowercase words inside a body's name: "Department for Transport", "Bank of Scotland". */
const INSIDE_A_NAME = new Set(["of", "for"]);
const PERFECT = new Set(["has", "have"]);

/** A body's name is a few words: longer capitalised runs are headlines or lists. */
const MAX_NAME_WORDS = 6;

/**
 * "Ukraine's military said …, and Russia has lost 40,000 troops", "Labour said …, and the
 * Conservatives have built only 12": a country, an armed group or a party after ", and" is the other
 * side of what the speaker is talking about, and its act is the speaker's claim to check, not the
 * article's (review of decision 495).
 */
function isASide(subject: string): boolean {
  const name = subject.replace(/^the\s+/, "");
  // A party by its last word: "Labour", "the Conservatives", "the Liberal Democrats".
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return COUNTRIES_AND_GROUPS.has(name) || isNationalityOrParty(last) || isNationalityOrParty(last.replace(/s$/, ""));
}

function wordAt(body: string, t: Token): string {
  return body.slice(t.start, t.end);
}

/** The speaker itself, opening its words: "Apple said it sold …", "Investors said they lost …". */
const THE_SPEAKER_ITSELF = new Set(["it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i", "my"]);
/** Words of a present or future account: "says 31 schools are shut", "said 40 staff would go". */
const NOT_A_PAST_ACCOUNT = new Set(["is", "are", "has", "have", "will", "would", "can", "could", "may", "might"]);

/**
 * Do the speaker's words between `from` and `to` tell, in the simple past, of others than the speaker
 * ("Prosecutors said Smith defrauded investors of $40m")? Then a body's simple past after ", and"
 * goes on with that account (decision 540). Not when the words open with the speaker itself ("Apple
 * said it sold 40 million iPhones, and Samsung sold 30 million": the writer sets another's figure
 * beside the speaker's), tell of the present or the future ("says 31 schools are shut", "said 40
 * staff would go"), or are shifted into the past perfect ("said it had closed 40 roads"): the
 * unshifted past beside them is the writer's (review of decision 540).
 */
function goesOnWithAPastAccount(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  let k = firstTokenEndingAfter(tokens, from);
  if (k < tokens.length && wordAt(body, tokens[k]!) === "that") k++;
  if (k >= tokens.length || THE_SPEAKER_ITSELF.has(wordAt(body, tokens[k]!).toLowerCase())) return false;
  let past = false;
  for (; k < tokens.length && tokens[k]!.end <= to; k++) {
    const word = wordAt(body, tokens[k]!);
    if (NOT_A_PAST_ACCOUNT.has(word) || (word === "had" && (tokens[k + 1]?.flags ?? 0) & PAST)) return false;
    if (tokens[k]!.flags & PAST) past = true;
  }
  return past;
}

/**
 * A tag after the speaker's words ("…, and Powys Council has closed 40, officials said"): the tag
 * covers every clause before it, as it always has.
 */
function tagFollows(body: string, wordsEnd: number, sentenceEnd: number): boolean {
  for (let k = wordsEnd; k < sentenceEnd; k++) if (/\p{L}/u.test(body[k]!)) return true;
  return false;
}

/**
 * "Powys County Council says 31 schools are shut today, and Ceredigion Council has closed 12": the
 * clause after ", and" names a body of its own as its subject and reports what that body has done,
 * so it is the article's statement, not more of what Powys said (decision 495). Only a body's name
 * ("Ceredigion Council", "the Met Office") and a present-perfect or past verb, save a simple past
 * that goes on with the speaker's past account of others (decision 540): "…, and that 12 more
 * would follow", "…, and the figure has doubled" and "…, and Ceredigion Council had closed 12" (a
 * past perfect, as reported speech shifts it) stay the speaker's, as does a clause whose verb
 * reports ("…, and Ceredigion Council said …", a speaker of its own).
 */
export function bodysOwnActAfterAnd(
  body: string,
  tokens: readonly Token[],
  start: number,
  speakerName: string,
  wordsStart: number,
  wordsEnd: number,
  sentenceEnd: number,
): boolean {
  // ", but" and ", while" join a body's own act as ", and" does (decision 525), with the same safeguards.
  const joined = body.endsWith(", and ", start) || body.endsWith(", but ", start) || body.endsWith(", while ", start);
  if (!joined || tagFollows(body, wordsEnd, sentenceEnd)) return false;
  let i = firstTokenEndingAfter(tokens, start);
  if (i < tokens.length && wordAt(body, tokens[i]!) === "the") i++;
  const first = i;
  while (
    i < tokens.length &&
    i - first < MAX_NAME_WORDS &&
    ((tokens[i]!.flags & CAPITALISED) !== 0 ||
      (i > first && INSIDE_A_NAME.has(wordAt(body, tokens[i]!)) && (tokens[i + 1]?.flags ?? 0) & CAPITALISED))
  )
    i++;
  if (i === first || i >= tokens.length) return false;
  // A simple past after ", and" goes on with the speaker's own account of others in the past
  // ("Prosecutors said Smith defrauded investors of $40m, and Goldman Sachs lost $12m"; decision
  // 540); after ", but" or ", while", or beside the speaker's account of itself ("Shell said it paid
  // $12bn, and BP paid $8bn"), of the present or in the past perfect, it is the writer's.
  const perfect = PERFECT.has(wordAt(body, tokens[i]!));
  if (!perfect && body.endsWith(", and ", start) && goesOnWithAPastAccount(body, tokens, wordsStart, start))
    return false;
  const verb = perfect ? tokens[i + 1] : tokens[i];
  if (verb === undefined || (verb.flags & PAST) === 0 || (verb.flags & LOWERCASE_REPORTING_VERB) !== 0) return false;
  const subject = body.slice(tokens[first]!.start, tokens[i - 1]!.end);
  return !isASide(subject) && claimantFromPhrase(subject).type === "organization" && !sameName(subject, speakerName);
}
