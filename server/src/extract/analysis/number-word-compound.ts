import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * "Bruno Guimarães, who is serving a one-match suspension", "a two-game ban", "a three-race
 * sanction": a number word joined to a unit of play before a ban names the kind of ban the player
 * serves, read off the rule book, not a figure the claim asserts, so it makes no statistic (it
 * stays a quantity). Only a number written as a word under ten ("a 12-match ban" in digits is the
 * copy's figure) and only before a ban: "a five-game losing streak" and "a three-match winning
 * run" count what happened, and "a three-point lead" or "a ten-point spread" measure a margin.
 */
const NUMBER_WORD_COMPOUND =
  /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:match|game|race|fixture|round|test)$/i;
const BAN_AFTER = /^ (?:suspension|ban|sanction|exclusion)\b/;

/** Is the quantity, found in `text`, a number word joined to a unit of play before a ban? */
export function numberWordCompound(q: Quantity, text: string): boolean {
  // Cheap first: a unit joined by a hyphen to the figure.
  if (q.unit === null || q.value >= 10 || !q.text.endsWith(`-${q.unit}`) || !NUMBER_WORD_COMPOUND.test(q.text))
    return false;
  const at = text.indexOf(q.text);
  return at >= 0 && BAN_AFTER.test(text.slice(at + q.text.length, at + q.text.length + 16));
}
