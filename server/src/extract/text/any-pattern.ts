import { firstAsciiChars } from "./first-chars.ts";

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
  const all = [...[...joinable].map(([flags, bodies]) => joinedRegExp(bodies, flags)), ...alone];
  const byFirstChar = byFirstAsciiChar(joinable, alone);
  return (text) => {
    const code = text.charCodeAt(0); // NaN for "", which goes to every pattern
    for (const re of code < 128 ? byFirstChar[code]! : all) if (re.test(text)) return true;
    return false;
  };
}

/**
 * For each ASCII char, the joined patterns that can match a text opening with it (first-chars.ts),
 * each list joined again; a text opening with any other char is tried on them all. Joined whole, a
 * list ran as one regular expression of up to 497 KB of machine code on every sentence (decision
 * 465); a sentence now runs only the part its first char can reach (decision 485).
 */
function byFirstAsciiChar(joinable: Map<string, string[]>, alone: readonly RegExp[]): RegExp[][] {
  const firstChars = new Map<string, (Set<number> | null)[]>();
  for (const [flags, bodies] of joinable)
    firstChars.set(
      flags,
      bodies.map((b) => firstAsciiChars(b, flags)),
    );
  const shared = new Map<string, RegExp>(); // one object for one list, so its code is compiled once
  const table: RegExp[][] = [];
  for (let code = 0; code < 128; code++) {
    const list: RegExp[] = [];
    for (const [flags, bodies] of joinable) {
      const chars = firstChars.get(flags)!;
      const reach = bodies.filter((_, i) => chars[i] === null || chars[i]!.has(code));
      if (reach.length === 0) continue;
      const key = `${flags}\0${reach.join("\0")}`;
      let re = shared.get(key);
      if (re === undefined) shared.set(key, (re = joinedRegExp(reach, flags)));
      list.push(re);
    }
    table.push([...list, ...alone]);
  }
  return table;
}

/** "^(?:(?:a)|(?:b)|…)": true exactly when one of the bodies matches at the start. */
function joinedRegExp(bodies: readonly string[], flags: string): RegExp {
  return bodies.length === 1
    ? new RegExp(`^${bodies[0]}`, flags)
    : new RegExp(`^(?:${bodies.map((b) => `(?:${b})`).join("|")})`, flags);
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
