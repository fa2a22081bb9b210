// "Nigel Farage said the figures were a scandal. He told LBC on Monday." in a fact-check: the column
// names the checked claim's maker by a pronoun, saying only where the claim was made (decision 755).
// The maker is the person the sentence before named, as a sentence of the article's own that opens
// "He" or "She" is read (decision 290's article-pronoun.ts), and the sentence is no claim. One that
// goes on to what was said ("He told LBC on Monday that it had tripled.") names the maker too, and
// what it says is read by the caller (decision 795).

import type { Claimant, ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import type { FactCheckState } from "./fact-check-state.ts";
import { personForOpeningPronoun } from "./article-pronoun.ts";
import { personNamedEarlier } from "./pronoun-maker-named-earlier.ts";
import { giveCheckedClaimToMaker } from "./checked-claimant.ts";
import { saidDeniesCheckedClaim, saidRestatesCheckedClaim } from "./said-restates-checked-claim.ts";

/**
 * "He told LBC", "She said it on GB News", "He made the claim to the Sun", "She repeated it on Sky
 * News", then at most when or where ("on Monday", "last week", "in an interview", "that night"),
 * and either the sentence's end or " that " before what was said ("He told LBC that 1.2 million
 * people arrived."; decision 795), not the "that" of a time ("He said it on GB News that night").
 */
const PRONOUN_MAKER =
  /^(?:He|She) (?:told|(?:said|repeated|made) (?:it|this|the claim) (?:on|to|in)) (?:the )?\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*(?: (?:on|in|at|during|last|this|earlier)(?: [\p{L}\d]+){1,3}?| that (?:night|day|morning|afternoon|evening|week|weekend))?(?: that (?!(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)(?=\S)|[.!]?$)/u;
/** A claimant that names two people or more. */
const JOINT_NAME = / and | & |, /;
/**
 * The sentence before disputes the claim rather than making it: "Yvette Cooper said the claim was
 * nonsense. She told the BBC on Sunday." She is its critic, not its maker (decision 755's review).
 */
const DISPUTES =
  /\b(?:wrong|false|untrue|nonsense|incorrect|inaccurate|misleading|denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses|rebutted|debunked|challenged)\b/i;
/**
 * What a critic says of the claim after " that " in other words than `DISPUTES`: "that it was not
 * true", "that the claim was a lie", "that the numbers had been exaggerated" (decision 795's review).
 */
const DISMISSES =
  /\bnot (?:true|right|correct|accurate|the case)\b|\b(?:a lie|lies|lying|exaggerated|exaggerating|overstated|made up|scaremongering|fabricated|fantasy)\b/i;
/** Does the sentence at `span` dispute the claim, as a critic's does? */
function critic(body: string, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && DISPUTES.test(body.slice(span.start, span.end));
}

/** Longer than this, a sentence says more than where (up to its " that "). */
const PRONOUN_MAKER_MAX = 80;

/**
 * The person a pronoun maker's sentence at `span` stands for, where the sentence that named them
 * opens, and where what they said opens after " that " (-1 when the sentence says only where);
 * else null.
 */
export function pronounMaker(
  body: string,
  span: { start: number; end: number },
  previous: { start: number; end: number } | undefined,
  earlier: { start: number; end: number } | undefined,
  memory: ClaimantMemory,
): { maker: Claimant; namedAt: number; said: number } | null {
  // Cheap first: "He " or "She ", a sentence before, and short up to its " that ".
  const pronoun = body.startsWith("He ", span.start) ? "he" : body.startsWith("She ", span.start) ? "she" : null;
  if (pronoun === null || previous === undefined) return null;
  if (
    span.end - span.start > PRONOUN_MAKER_MAX &&
    body.lastIndexOf(" that ", span.start + PRONOUN_MAKER_MAX) < span.start
  )
    return null;
  const m = PRONOUN_MAKER.exec(body.slice(span.start, span.end).trimEnd());
  if (m === null || critic(body, previous)) return null;
  // "She told the BBC that the claim was false": a critic's words, whoever the sentence before named.
  const said = m[0].endsWith(" that ") ? span.start + m[0].length : -1;
  if (said >= 0 && (DISPUTES.test(body.slice(said, span.end)) || DISMISSES.test(body.slice(said, span.end))))
    return null;
  // The memory's person named just before, else one the column names without reporting what they
  // said, or a sentence further back (decision 795).
  const justNamed = personForOpeningPronoun(body, span.start, previous, memory)?.person;
  const found =
    justNamed === undefined
      ? personNamedEarlier(body, previous, critic(body, earlier) ? undefined : earlier, pronoun, memory)
      : { person: justNamed, at: previous.start };
  // "Nigel Farage and Richard Tice said …" is two people: "He" is neither for sure.
  if (found === null || JOINT_NAME.test(found.person.name)) return null;
  return { maker: found.person, namedAt: found.at, said };
}

/**
 * Gives the checked claims the pronoun maker `found` in a sentence ending at `end`, and says whether
 * the sentence is no claim of its own: it says only where, or what it says after " that " is the
 * checked claim again ("… that it had tripled"). "… that 1.2 million people arrived" is read on as
 * a claim, the maker's (decision 795).
 */
export function namePronounMaker(
  claims: ExtractedClaim[],
  check: FactCheckState,
  found: { maker: Claimant; namedAt: number; said: number },
  body: string,
  end: number,
): boolean {
  const [from, to] = check.makerSpan(claims.length);
  // "She told the BBC that it had not tripled": a denial of the checked claim in its own words is a
  // critic's, read as before (decision 795's review).
  if (found.said >= 0 && saidDeniesCheckedClaim(body.slice(found.said, end), claims.slice(from, to))) return false;
  // Under a "CLAIM:" block the column's own sentences from the one that named the maker on ("Suella
  // Braverman spoke at a rally in Kent.") are in the checked span too: they are no claim of hers.
  // The column's own sentences on the lines under the block and before that one ("The post was
  // shared 40,000 times.") are none of hers either: only what the block's own line holds is, when the
  // naming sentence opens a later line (decision 795's review).
  const lineStart = body.lastIndexOf("\n", found.namedAt - 1) + 1;
  const cut = from < to && claims[from]!.start < lineStart ? lineStart : found.namedAt;
  let last = to;
  while (last > from && claims[last - 1]!.start >= cut) last--;
  giveCheckedClaimToMaker(claims, from, last, found.maker);
  return found.said < 0 || saidRestatesCheckedClaim(body.slice(found.said, end), claims.slice(from, last));
}
