// Prisma's `contains` becomes SQL LIKE without escaping the pattern, so a search for "50%" or "a_b"
// would match far more than asked, and "\" nothing. Escaped, a search finds exactly what was typed.
export function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
