import { AND } from "./word-flags.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/** Prepositions that open a list of things: "costs of grain, …", "higher costs for grain, …". */
const LIST_OPENERS = new Set(["of", "for"]);

/**
 * "-ing" words that name a kind of thing before a noun ("cooking oil", "drinking water", "washing
 * powder", "sleeping bags") or cannot take an object ("rising rents"): in a list they open an item.
 * Any other "-ing" word after "of grain," is read as a participle with its objects, as news copy
 * mostly means it: "The storm caused a loss of power, killing livestock and crops", "The city
 * recorded 40mm of rain, flooding streets and basements" are two claims each.
 */
const ITEM_MODIFIERS = new Set([
  "cooking",
  "drinking",
  "washing",
  "baking",
  "sleeping",
  "living",
  "heating",
  "parking",
  "shopping",
  "swimming",
  "running",
  "walking",
  "fishing",
  "camping",
  "cleaning",
  "dining",
  "reading",
  "writing",
  "boarding",
  "booking",
  "waiting",
  "shipping",
  "clothing",
  "bedding",
  "seating",
  "lighting",
  "packaging",
  "catering",
  "roofing",
  "flooring",
  "plumbing",
  "missing",
  "rising",
  "falling",
  "soaring",
  "mounting",
  "spiralling",
  "spiraling",
  "dwindling",
  "ageing",
  "aging",
  "remaining",
  "existing",
]);

/**
 * "rising costs of grain, cooking oil and packaging": an "-ing" word after the comma that follows
 * a lowercase noun right after "of" or "for" is the adjective of the list's next item ("cooking
 * oil"), not a participle opening a phrase, when it is a word that names a kind of thing. The item
 * it opens is one word, and "and" with one last item closes the list, at the clause's end or a
 * comma. "the coast of Florida, killing people and livestock" (a name), "…, killing people and
 * destroying homes" (runs on after "and"), "out of work, rising unemployment, an economic crisis …"
 * (no "and" closes it) and "a loss of power, killing livestock and crops" (a participle) still split.
 * `at`: the "-ing" token, which a comma precedes.
 */
export function participleInNounList(body: string, tokens: readonly Token[], at: number): boolean {
  const item = tokens[at - 1];
  const opener = tokens[at - 2];
  // "cooking oil, packaging and fuel": up to two more one-word items, each after a comma (decision 520).
  let k = at + 2;
  while (k < at + 4 && tokens[k] !== undefined && commaBefore(body, tokens, k) && isLowerWord(body, tokens[k]!)) k++;
  const and = tokens[k];
  const last = tokens[k + 1];
  if (item === undefined || opener === undefined || and === undefined || last === undefined) return false;
  if ((and.flags & AND) === 0) return false;
  // The list ends on its last item: the clause's end or a comma, where "… and wages flat" runs on.
  if (tokens[k + 2] !== undefined && !commaBefore(body, tokens, k + 2)) return false;
  // A list's items are common nouns: "the coast of Florida, killing people and livestock" splits.
  if (!/[a-z]/.test(body.charAt(item.start))) return false;
  return LIST_OPENERS.has(lowerWordAt(body, opener)) && ITEM_MODIFIERS.has(lowerWordAt(body, tokens[at]!));
}

/** A word in lowercase letters only: "packaging", not "Florida" nor "40". */
function isLowerWord(body: string, token: Token): boolean {
  return /^[a-z]+$/.test(body.slice(token.start, token.end));
}
