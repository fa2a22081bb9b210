// The few words of a claim an audit reader needs to recognise it, instead of its id.

export const EXCERPT_LENGTH = 100;

/**
 * At most EXCERPT_LENGTH characters (code points, as PostgreSQL's left() counts them, so a cut
 * never splits an emoji's surrogate pair), ended at a word boundary with "…" when cut. The SQL
 * that reads the quote has already folded its line breaks and runs of spaces into single spaces.
 */
export function claimExcerpt(quote: string | null): string | null {
  if (quote === null || quote === "") return null;
  const chars = Array.from(quote);
  if (chars.length <= EXCERPT_LENGTH) return quote;
  const head = chars.slice(0, EXCERPT_LENGTH - 1).join("");
  // Back to the last space, unless that would drop more than a few words' worth.
  const space = head.lastIndexOf(" ");
  const cut = space >= head.length - 30 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
