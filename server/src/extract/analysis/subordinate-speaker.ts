import { RECORD_TAIL } from "./lexicon.ts";
import { commaBefore, type Token } from "./tokens.ts";
import { hasFiniteVerb } from "./verbs.ts";
import { presentTenseVerbIn } from "./present-tense.ts";

/**
 * How a sentence divides when its speaker stands in a subordinate clause ("after the central
 * bank said …"): what the speaker said, the article's clause the subordinate one hangs on, and
 * what the article adds after the speaker's words.
 */
export interface SubordinateShape {
  contentEnd: number;
  /** The article's clause before the speaker ("Prices fell after the central bank said"), worded whole. */
  lead: { start: number; end: number; wording: string } | null;
  /** The article's words after the speaker's ("prices are still 20% higher", "its biggest drop since 2020"). */
  tail: { start: number; end: number } | null;
  tailWording?: string;
}

/**
 * `subjectFrom` is the speaker's first token, right after the subordinating word; `verb` the
 * reporting verb; [contentStart, contentEnd) what reporting would give the speaker.
 * - Leading: "Two years after the Federal Reserve said inflation was transitory, prices are still
 *   20% higher": the speaker's words end at the comma before the main clause, which is the
 *   article's, worded as the whole sentence.
 * - Trailing: "Prices fell after the central bank said it would cut rates": the article's clause
 *   runs through the speaker and verb, worded with what was said; a record after a comma ("…, its
 *   biggest drop since 2020") is the article's, about its own clause.
 */
export function subordinateShape(
  body: string,
  tokens: readonly Token[],
  start: number,
  subjectFrom: number,
  verb: number,
  contentEnd: number,
): SubordinateShape {
  const whole = (to: number) => body.slice(start, to).replace(TRAILING_MARKS, "");
  const end = tokens[tokens.length - 1]!.end;
  const leading = !hasFiniteVerb(tokens, 0, subjectFrom - 1);
  for (let k = verb + 2; k < tokens.length; k++) {
    if (!commaBefore(body, tokens, k) || tokens[k]!.start >= contentEnd) continue;
    const comma = body.lastIndexOf(",", tokens[k]!.start);
    if (leading && opensClause(body, tokens, k)) {
      return { contentEnd: comma, lead: null, tail: { start: tokens[k]!.start, end }, tailWording: whole(end) };
    }
    if (!leading && RECORD_TAIL.test(body.slice(tokens[k]!.start, tokens[k]!.start + 40))) {
      const record = body.slice(tokens[k]!.start, end).replace(TRAILING_MARKS, "");
      const clause = body.slice(start, tokens[subjectFrom - 1]!.start).replace(TRAILING_MARKS, "");
      return {
        contentEnd: comma,
        lead: { start, end: tokens[verb]!.end, wording: whole(comma) },
        tail: { start: tokens[k]!.start, end },
        tailWording: `${clause}, ${record}`,
      };
    }
  }
  return {
    contentEnd,
    lead: leading ? null : { start, end: tokens[verb]!.end, wording: whole(contentEnd) },
    tail: null,
  };
}

const TRAILING_MARKS = /[\s,;:.!]+$/;

/** Does a clause with its own verb open at token k ("prices are still 20% higher", "40 new cases were reported")? */
function opensClause(body: string, tokens: readonly Token[], k: number): boolean {
  const to = Math.min(tokens.length, k + 8);
  // "…, that's a frightening thing": a subject with "is" written onto it.
  if (CONTRACTED_IS.test(body.slice(tokens[k]!.start, tokens[k]!.end))) return true;
  return hasFiniteVerb(tokens, k, to) || presentTenseVerbIn(body, tokens, k, to) > 0;
}
const CONTRACTED_IS = /^(?:that|it|there|this|what|he|she)['’]s$/i;
