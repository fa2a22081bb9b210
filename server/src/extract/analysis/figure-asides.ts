import type { Token } from "./tokens.ts";
import { MAY_START_QUANTITY } from "./word-flags.ts";

/**
 * An aside between commas that gives a figure for the noun before it: "The county says the money,
 * about $1.1 million a year, funds jail operations", "Harlan says the money, about $4,800, went on
 * calls". Tokens [from, to) are the aside: it opens with what may start a quantity ("about", a
 * digit) and holds a digit, at most eight tokens ("a few", "some of them" alone are no figure).
 */
export function figureAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 8 || to > tokens.length || !(tokens[from]!.flags & MAY_START_QUANTITY)) return false;
  const end = tokens[to - 1]!.end;
  for (let i = tokens[from]!.start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
