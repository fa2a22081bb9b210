import { possessiveOf } from "./possessive.ts";
import { plausibleClauseSubject } from "./speaker-phrase.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import { firstFiniteVerb } from "./verbs.ts";
import { LOWERCASE_REPORTING_VERB, PARENTHETICAL_PREPOSITION, PAST } from "./word-flags.ts";

const LEADING_DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)(?= )/;

/**
 * The wording of a relative clause about a subject, as a claim of its own. "The law, which took
 * effect in 2022" reads "The law took effect in 2022". When the clause has its own subject ("The
 * county's budget shortfall, which officials blamed partly on the thefts", "the plan, which
 * critics say will cost $2 billion"), the subject it is about goes after the clause's verb group:
 * "officials blamed the county's budget shortfall partly on the thefts", "critics say the plan
 * will cost $2 billion". Tokens (relative, end) are the clause after "which"/"who"/"whose".
 */
export function relativeClauseWording(
  body: string,
  tokens: readonly Token[],
  subject: string,
  relative: number,
  end: number,
): string {
  const clauseFrom = relative + 1;
  const clause = (from: number): string => body.slice(tokens[from]!.start, tokens[end - 1]!.end);
  // "who" is the clause's subject in news copy ("Obama, who, after promising …, voted"); only
  // "which" and "whom" stand for an object, and then a noun phrase, not a preposition, follows.
  const word = lowerWordAt(body, tokens[relative]!);
  // "Eddie Howe, whose side had not lost since early October": the clause's subject is the
  // subject's own ("Eddie Howe's side"), not the subject itself.
  if (word === "whose") return `${possessiveOf(subject)} ${clause(clauseFrom)}`;
  if ((word !== "which" && word !== "whom") || tokens[clauseFrom]!.flags & PARENTHETICAL_PREPOSITION)
    return `${subject} ${clause(clauseFrom)}`;
  let verb = firstFiniteVerb(tokens, clauseFrom, end);
  // "which critics say will cost …": a reporting verb the finite-verb test does not know ("say").
  for (let t = clauseFrom + 1; t < verb; t++) {
    if (tokens[t]!.flags & LOWERCASE_REPORTING_VERB) {
      verb = t;
      break;
    }
  }
  if (
    verb <= clauseFrom ||
    PRESENT_VERBS.has(lowerWordAt(body, tokens[clauseFrom]!)) ||
    onlyAdverbs(body, tokens, clauseFrom, verb) ||
    subordinateBefore(body, tokens, clauseFrom, verb) ||
    !plausibleClauseSubject(body, tokens, clauseFrom, verb)
  )
    return `${subject} ${clause(clauseFrom)}`;
  // The verb group: "blamed", "have blamed", "had been blamed".
  let groupEnd = verb + 1;
  while (groupEnd < end && (tokens[groupEnd]!.flags & PAST || BE_PARTICIPLES.has(lowerWordAt(body, tokens[groupEnd]!))))
    groupEnd++;
  const object = subject.replace(LEADING_DETERMINER, (d) => d.toLowerCase());
  const before = body.slice(tokens[clauseFrom]!.start, tokens[groupEnd - 1]!.end);
  return groupEnd < end ? `${before} ${object} ${clause(groupEnd)}` : `${before} ${object}`;
}

const BE_PARTICIPLES = new Set(["been", "being"]);

/**
 * Present forms that open a clause whose subject is "which" itself ("Total encounters, which
 * include people stopped at official crossings"), not a subject of its own: "include people"
 * is no subject before "stopped".
 */
const PRESENT_VERBS = new Set(
  "include includes run runs cover covers serve serves represent represents operate operates employ employs contain contains house houses hold holds make makes remain remains owns own".split(
    " ",
  ),
);

/** Words that open a subordinate clause: no object's subject holds one. */
const SUBORDINATORS = new Set([
  "after",
  "before",
  "since",
  "until",
  "when",
  "because",
  "although",
  "though",
  "once",
  "if",
]);

/**
 * "The cuts, which come three months after the company reported …": the first finite verb found is
 * a subordinate clause's, so "which" is the clause's own subject, not its object.
 */
function subordinateBefore(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (SUBORDINATORS.has(lowerWordAt(body, tokens[t]!))) return true;
  return false;
}

function onlyAdverbs(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!lowerWordAt(body, tokens[t]!).endsWith("ly")) return false;
  return true;
}
