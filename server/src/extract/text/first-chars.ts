/**
 * The ASCII chars a text can open with for an anchored pattern to match it, read from the
 * pattern's source after its "^" (any-pattern.ts uses it to try on each sentence only the patterns
 * that can match its first char). The reading is conservative: whenever the opening is not plainly
 * made of a few literal shapes (a char, an escaped mark, "\d", "\p{L}"/"\p{Lu}"/"\p{Ll}", a class of
 * those, a group of alternatives that each open so, any of them optional, after lookarounds, which
 * only narrow) it gives null, "any char". Non-ASCII chars are left out of the set: the caller sends a
 * text that opens with one to every pattern. Under "iu" two of them match an ASCII char (the Kelvin
 * sign "k", the long "ſ" "s", checked over every code point), so they add theirs.
 */
export function firstAsciiChars(body: string, flags: string): Set<number> | null {
  // Under "m" "^" also matches after each line break; under "v" a class may nest or subtract.
  if (flags.includes("m") || flags.includes("v")) return null;
  const chars = new Set<number>();
  const reading = { caseless: flags.includes("i"), unicode: flags.includes("u"), chars };
  return addAlternatives(body, 0, body.length, reading) ? chars : null;
}

interface Reading {
  caseless: boolean;
  unicode: boolean;
  chars: Set<number>;
}

const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = UPPER.toLowerCase();
// Escapes that stand for their own char; any other escape ("\s", "\b", "\u0041") is unread.
const ESCAPED_SELF = new Set("\\^$.|?*+()[]{}/-,:;!\"'#%&<=>@_`~ ".split(""));
// The only non-ASCII chars that match an ASCII one under "iu" (none do under "i" alone).
const FOLDS_TO_ASCII = new Map([
  [0x212a, "k"],
  [0x17f, "s"],
]);

/** Adds the first chars of every top-level alternative in body[from, to); false when one is unread. */
function addAlternatives(body: string, from: number, to: number, reading: Reading): boolean {
  let start = from;
  let depth = 0;
  let inClass = false;
  for (let i = from; i <= to; i++) {
    const c = body[i];
    if (i === to || (c === "|" && depth === 0 && !inClass)) {
      if (!addFirstOf(body, start, i, reading)) return false;
      start = i + 1;
    } else if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return true;
}

/**
 * Adds the first chars of one alternative, body[from, to): those of its first atom, and of the next
 * while the atom may match nothing; false when an atom is unread or all of them may match nothing.
 */
function addFirstOf(body: string, from: number, to: number, reading: Reading): boolean {
  let at = from;
  while (at < to) {
    const c = body[at]!;
    let end: number; // just after the atom
    let atom: string[] | null = null;
    if (c === "(") {
      end = groupEnd(body, at);
      if (end < 0 || end > to) return false;
      if (body[at + 1] === "?" && body[at + 2] !== ":") {
        if (!/^\(\?(?:[=!]|<[=!])/.test(body.slice(at, at + 4))) return false; // a named group
        at = end; // a lookaround matches no char: the opening is read after it
        continue;
      }
      const inner = body[at + 1] === "?" ? at + 3 : at + 1;
      if (!addAlternatives(body, inner, end - 1, reading)) return false;
    } else if (c === "[") {
      end = classEnd(body, at);
      atom = end < 0 ? null : classChars(body.slice(at + 1, end - 1), reading.unicode);
      if (atom === null) return false;
    } else if (c === "\\") {
      end = reading.unicode && /^\\p\{L[ul]?\}/.test(body.slice(at, at + 6)) ? body.indexOf("}", at) + 1 : at + 2;
      atom = escapeChars(body.slice(at, end), reading.unicode);
      if (atom === null) return false;
    } else if (".^$)|?*+{".includes(c)) return false;
    else {
      end = at + 1;
      atom = [c];
    }
    if (atom !== null) addChars(atom, reading);
    const next = afterOptionalQuantifier(body, end, to);
    if (next < 0) return true; // the atom must match a char, so nothing after it can open the text
    at = next;
  }
  return false; // every atom may match nothing
}

function addChars(atom: readonly string[], { caseless, unicode, chars }: Reading): void {
  for (const ch of atom) {
    let code = ch.codePointAt(0)!;
    if (code > 127) {
      const folded = caseless && unicode ? FOLDS_TO_ASCII.get(code) : undefined;
      if (folded === undefined) continue;
      code = folded.charCodeAt(0);
    }
    chars.add(code);
    if (caseless) {
      const c = String.fromCharCode(code);
      chars.add(c.toLowerCase().charCodeAt(0));
      chars.add(c.toUpperCase().charCodeAt(0));
    }
  }
}

/** Where the pattern goes on when the atom ending at `end` may match nothing, else -1. */
function afterOptionalQuantifier(body: string, end: number, to: number): number {
  if (end >= to) return -1;
  const q = body[end];
  let next = -1;
  if (q === "?" || q === "*") next = end + 1;
  else if (q === "{") {
    const m = /^\{0*(?:,\d*)?\}/.exec(body.slice(end, end + 12));
    if (m) next = end + m[0].length;
  }
  if (next > 0 && body[next] === "?") next++; // lazy
  return next;
}

/** The chars one escape stands for ("\\d", "\\.", "\\p{Lu}" under "u"), or null. */
function escapeChars(escape: string, unicode: boolean): string[] | null {
  if (escape === "\\d") return DIGITS.split("");
  if (unicode && escape.startsWith("\\p{")) {
    const letters =
      escape === "\\p{Lu}" ? UPPER : escape === "\\p{Ll}" ? LOWER : escape === "\\p{L}" ? UPPER + LOWER : null;
    // Non-ASCII letters stand in for the rest of the class (only the two folding ones matter).
    return letters === null ? null : [...letters, "\u212a", "\u017f"];
  }
  return escape.length === 2 && ESCAPED_SELF.has(escape[1]!) ? [escape[1]!] : null;
}

/** The index just after the "]" closing the class opened at `open`, or -1. */
function classEnd(body: string, open: number): number {
  for (let i = open + 1; i < body.length; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "]") return i + 1;
  }
  return -1;
}

/** The index just after the ")" closing the group opened at `open`, or -1. */
function groupEnd(body: string, open: number): number {
  let depth = 0;
  for (let i = open; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(body, i) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
    if (i < 0) return -1;
  }
  return -1;
}

/**
 * The chars of a class's inside: literals, escapes read by escapeChars and ranges (their ASCII part,
 * and the two chars that fold to ASCII under "iu" when the range holds them); null for anything else.
 */
function classChars(inside: string, unicode: boolean): string[] | null {
  // "[^…]" may match anything; a surrogate half is one char of an astral pair under "u".
  if (inside.length === 0 || inside[0] === "^" || /[\ud800-\udfff]/.test(inside)) return null;
  const out: string[] = [];
  let i = 0;
  // The next member's one char, or its chars when it is a shorthand; i moves past it.
  const member = (): string[] | null => {
    if (inside[i] !== "\\") return [inside[i++]!];
    const end = unicode && inside.startsWith("\\p{", i) ? inside.indexOf("}", i) + 1 : i + 2;
    const escaped = escapeChars(inside.slice(i, end), unicode);
    i = end;
    return escaped;
  };
  while (i < inside.length) {
    if (inside[i] === "[") return null; // a "[" inside a class under the "v" flag opens a nested class
    const first = member();
    if (first === null) return null;
    if (first.length > 1 || inside[i] !== "-" || i + 1 >= inside.length) {
      out.push(...first);
      continue;
    }
    i++;
    const last = member();
    if (last === null || last.length > 1) return null;
    const lo = first[0]!.charCodeAt(0);
    const hi = last[0]!.charCodeAt(0);
    if (hi < lo) return null;
    for (let code = lo; code <= Math.min(hi, 127); code++) out.push(String.fromCharCode(code));
    for (const code of FOLDS_TO_ASCII.keys()) if (lo <= code && code <= hi) out.push(String.fromCharCode(code));
  }
  return out;
}
