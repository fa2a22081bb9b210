import { isHighSurrogate, isJsSpace, isLowSurrogate } from "./text/char-classes.ts";
/** Context kept with each claim so it can be re-anchored if the body is edited later. */
export const CONTEXT_CHARS = 32;

/**
 * Up to CONTEXT_CHARS before `start`, never cutting a surrogate pair in half. Prefix and suffix
 * are two calls, not one that returns both: the claim record takes them as plain fields instead
 * of spreading a temporary object into it.
 */
export function contextBefore(body: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from++;
  return body.slice(from, start);
}

/** Up to CONTEXT_CHARS after `end`, never cutting a surrogate pair in half. */
export function contextAfter(body: string, end: number): string {
  let to = Math.min(body.length, end + CONTEXT_CHARS);
  if (to < body.length && isHighSurrogate(body.charCodeAt(to - 1))) to--;
  return body.slice(end, to);
}

/** Stripped from the start of a span: spaces , ; : — – - */
function trimsLeft(c: number): boolean {
  return isJsSpace(c) || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45;
}
/** Stripped from the end of a span: spaces , ; : ! ? … — – */
function trimsRight(c: number): boolean {
  return (
    isJsSpace(c) ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x2013
  );
}

const OPEN_DOUBLE = 0x201c; // “
const OPEN_SINGLE = 0x2018; // ‘
const OPEN_GUILLEMET = 0xab; // «
const CLOSE_DOUBLE = 0x201d; // ”
const CLOSE_GUILLEMET = 0xbb; // »
const STRAIGHT = 34; // "
const ABBREVIATION_END = /(^|[^\p{L}])\p{Lu}\.\p{Lu}\.$|\.\.$/u;

/** Does body[max(s, e - 5), e), which ends with ".", end like "U.S." or ".."? */
function abbreviationEnd(body: string, s: number, e: number): boolean {
  const from = Math.max(s, e - 5);
  // Both forms have another "." two or three places from the end; most full stops do not.
  const dotBefore =
    (e - 2 >= from && body.charCodeAt(e - 2) === 46) || (e - 3 >= from && body.charCodeAt(e - 3) === 46);
  return dotBefore && ABBREVIATION_END.test(body.slice(from, e));
}

/**
 * Narrows a candidate span to its words: no surrounding spaces or separators, no trailing full
 * stop (unless it closes an abbreviation such as "U.S."), and no quote mark left unpaired.
 */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s;) {
    changed = false;
    while (s < e && trimsLeft(body.charCodeAt(s))) {
      s++;
      changed = true;
    }
    while (e > s && trimsRight(body.charCodeAt(e - 1))) {
      e--;
      changed = true;
    }
    if (e > s && body.charCodeAt(e - 1) === 46 && !abbreviationEnd(body, s, e)) {
      e--;
      changed = true;
    }
    if (e <= s) break;
    const first = body.charCodeAt(s);
    const last = body.charCodeAt(e - 1);
    const opensAtStart =
      first === OPEN_DOUBLE || first === OPEN_SINGLE || first === OPEN_GUILLEMET || first === STRAIGHT;
    const closesAtEnd = last === CLOSE_DOUBLE || last === CLOSE_GUILLEMET || last === STRAIGHT;
    if (!opensAtStart && !closesAtEnd) continue;
    // Quote marks in the span: curly/guillemet openers, their closers, and straight quotes.
    let opens = 0;
    let closes = 0;
    let straight = 0;
    for (let i = s; i < e; i++) {
      const c = body.charCodeAt(i);
      if (c === OPEN_DOUBLE || c === OPEN_SINGLE || c === OPEN_GUILLEMET) opens++;
      else if (c === CLOSE_DOUBLE || c === CLOSE_GUILLEMET) closes++;
      else if (c === STRAIGHT) straight++;
    }
    if (opensAtStart && (opens > closes || (first === STRAIGHT && straight % 2 === 1))) {
      s++;
      changed = true;
    } else if (
      ((last === CLOSE_DOUBLE || last === CLOSE_GUILLEMET) && closes > opens) ||
      (last === STRAIGHT && straight % 2 === 1)
    ) {
      e--;
      changed = true;
    }
  }
  return { start: s, end: e };
}
