import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isDigit } from "../text/char-classes.ts";

/**
 * "The quake struck at 4:17 a.m.": the quantity regex reads "4" and "17 a" around the colon. A
 * time of day or a ratio ("4:1 odds") is no count: a number joined to another by a colon is
 * dropped, on either side of it.
 */

/** Is the quantity one side of "digits:digits"? */
function besideColon(body: string, q: Quantity): boolean {
  return (
    (body.charCodeAt(q.end) === 58 && isDigit(body.charCodeAt(q.end + 1))) ||
    (body.charCodeAt(q.start - 1) === 58 && isDigit(body.charCodeAt(q.start - 2)))
  );
}

/** The quantities less those that are part of a time or ratio; the same array when none is. */
export function withoutClockTimes(body: string, quantities: Quantity[]): Quantity[] {
  for (const q of quantities) if (besideColon(body, q)) return quantities.filter((x) => !besideColon(body, x));
  return quantities;
}
