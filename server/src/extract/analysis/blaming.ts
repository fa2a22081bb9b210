import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { Attribution } from "./attribution.ts";
import { hasFiniteVerb } from "./verbs.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { AND, COORDINATOR } from "./word-flags.ts";

/**
 * "Halvorsen lowered its profit forecast, blaming a 40% jump in cocoa prices": the participle gives
 * the subject's reason for what it did, a claim of the subject's (the 40% is the company's
 * figure), while the act before it is the article's. Unlike "saying", what follows is no clause
 * that stands alone ("a 40% jump in cocoa prices"), so the claim keeps the verb: "Halvorsen
 * blamed a 40% jump in cocoa prices".
 */

const B = 98;

/** Is the token the word "blaming", in lowercase? A char test before the slice. */
export function isBlaming(body: string, t: Token): boolean {
  return t.end - t.start === 7 && body.charCodeAt(t.start) === B && body.slice(t.start, t.end) === "blaming";
}

/** The subject's reason after ", blaming" at token i, worded "<subject> blamed …". */
export function blamedReason(
  subject: string,
  claimant: Claimant,
  body: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  end: number,
): Attribution {
  const reason = body.slice(tokens[i + 1]!.start, end).replace(/[.!]$/, "");
  return {
    claimant,
    contentStart: tokens[i]!.start,
    contentEnd: end,
    contentWording: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} blamed ${reason}`,
    lead: { start, end: tokens[i - 1]!.end },
    tail: null,
    aside: null,
  };
}

/**
 * Where the clause that holds the participle at i starts: after the last ", but", ", and" or
 * ", while" before it ("Halvorsen reported earnings that topped estimates, but the snack maker
 * lowered its forecast, blaming …"), else `from`.
 */
export function lastClauseStart(body: string, tokens: readonly Token[], i: number, from: number): number {
  for (let k = i - 2; k > from; k--)
    if (tokens[k]!.flags & (AND | COORDINATOR) && commaBefore(body, tokens, k)) return k + 1;
  return from;
}

/**
 * Nouns of a figure that moves: "Shares in Acme fell 20% …, blaming weak demand", "Ryanair's profits
 * fell 40%, blaming …". Finance copy's shorthand for the company's reason, but a figure gives no
 * reason, and crediting one to "Shares in Acme" (a person) is worse than leaving it the article's.
 */
const FIGURE_NOUNS = new Set(
  (
    "shares share stock stocks price prices profit profits sales revenue revenues earnings cost costs " +
    "rate rates inflation output exports imports figures numbers value values income losses margins " +
    "bills fares yields turnover"
  ).split(" "),
);
/** Prepositions that end a subject's head: "Shares | in Acme", "Prices | at the pump". */
const AFTER_THE_HEAD = new Set("in at of on for from to across".split(" "));

/** Is the subject's head noun a figure ("Shares in Acme", "Ryanair's profits"), not who blames? */
export function subjectIsAFigure(subject: string): boolean {
  const words = subject.toLowerCase().split(/\s+/);
  let head = words.findIndex((w) => AFTER_THE_HEAD.has(w));
  if (head < 0) head = words.length;
  return head > 0 && FIGURE_NOUNS.has(words[head - 1]!);
}

/** Words that open a clause of its own: a relative clause or a subordinate one. */
const CLAUSE_OPENERS = new Set(
  "who whom whose which that after when because as while before since until once if although though".split(" "),
);

/**
 * Does a clause with its own verb stand between the statement's verb and the participle at i?
 * "Police arrested a man who attacked a bus driver, blaming him for the delay": the man blamed the
 * driver, not the police; "… fell 20% after it cut its forecast, blaming …": the company did.
 * The participle may end either clause, so no one is credited.
 */
export function clauseBeforeBlaming(body: string, tokens: readonly Token[], verb: number, i: number): boolean {
  for (let k = verb + 1; k + 1 < i; k++)
    if (CLAUSE_OPENERS.has(lowerWordAt(body, tokens[k]!)) && hasFiniteVerb(tokens, k + 1, i)) return true;
  return false;
}
