import type { Token } from "./tokens.ts";
import { CONCEDING, LOWERCASE_REPORTING_VERB, OUT, POINTED } from "./word-flags.ts";

/**
 * The tokens attribution's verb reader stops at: a reporting verb, or "pointed" or "points", which
 * report only before "out" (pointedOut), or a conceding present ("admits", "maintains"), which
 * reports only where `concedingReports` reads it so (decision 930). One flag test per token in a loop over every token of
 * every sentence: a second test or a call per token there made the loop hot enough for V8 to
 * compile it mid-article, at a cost the extractor's instruction count showed (decision 615).
 */
export const REPORTING_OR_POINTED = LOWERCASE_REPORTING_VERB | POINTED | CONCEDING;

/**
 * Does the "pointed" or "points" at `i` report, before "out"? "pointed" is a reporting verb in
 * lowercase; "Smith points out that 40% …" reports as "pointed out" does, while elsewhere "points"
 * is a noun ("scored 20 points and …"), so it carries no reporting verb's flag (decision 540).
 * Asked only of a token with the POINTED flag.
 */
export function pointedOut(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    ((tokens[i + 1]?.flags ?? 0) & OUT) !== 0 &&
    ((t.flags & LOWERCASE_REPORTING_VERB) !== 0 || body.startsWith("points", t.start))
  );
}
