/**
 * One call for a list of patterns tried on the same short text. `isNewsFurniture` tries over a
 * hundred patterns on every sentence that opens a line; one call each came to about 8% of
 * extraction, most of it the calls themselves, since nearly every pattern fails on the text's first
 * char. Patterns anchored at the start ("^…" with no "|" outside a group) that share their flags are
 * joined into one "^(?:(?:a)|(?:b)|…)", which the engine tries at the first char only; any other
 * pattern is tried on its own. The joined test is true exactly when one of its patterns matches:
 * a pattern whose meaning could change inside a larger one (a backreference, a named group, the
 * "g" or "y" flag, which keep state between calls) is never joined.
 */
export function anyPatternTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const joinable = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const re of patterns) {
    const body = anchoredBody(re);
    if (body === null) alone.push(re);
    else joinable.set(re.flags, [...(joinable.get(re.flags) ?? []), body]);
  }
  const joined = [...joinable].map(([flags, bodies]) =>
    bodies.length === 1
      ? new RegExp(`^${bodies[0]}`, flags)
      : new RegExp(`^(?:${bodies.map((b) => `(?:${b})`).join("|")})`, flags),
  );
  const all = [...joined, ...alone];
  return (text) => {
    for (const re of all) if (re.test(text)) return true;
    return false;
  };
}

/** The source after its leading "^" when the pattern may be joined, else null. */
function anchoredBody(re: RegExp): string | null {
  const source = re.source;
  if (source.charCodeAt(0) !== 94 /* ^ */ || re.global || re.sticky) return null;
  if (/\\[1-9]|\\k<|\(\?<[^=!]/.test(source)) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return null;
  }
  return source.slice(1);
}
