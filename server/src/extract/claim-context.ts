/** Context kept with each claim so it can be re-anchored if the body is edited later. */
export const CONTEXT_CHARS = 32;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Up to CONTEXT_CHARS before and after [start, end), never cutting a surrogate pair in half. */
export function contextAround(body: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from++;
  let to = Math.min(body.length, end + CONTEXT_CHARS);
  if (to < body.length && isHighSurrogate(body.charCodeAt(to - 1))) to--;
  return { prefix: body.slice(from, start), suffix: body.slice(end, to) };
}

const OPENERS = "“\"‘«";
const CLOSERS = "”\"’»";

/**
 * Narrows a candidate span to its words: no surrounding spaces or separators, no trailing full
 * stop (unless it closes an abbreviation such as "U.S."), and no quote mark left unpaired.
 */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s; ) {
    changed = false;
    while (s < e && /[\s,;:—–\-]/u.test(body[s]!)) (s++, (changed = true));
    while (e > s && /[\s,;:!?…—–]/u.test(body[e - 1]!)) (e--, (changed = true));
    if (e > s && body[e - 1] === "." && !/(^|[^\p{L}])\p{Lu}\.\p{Lu}\.$|\.\.$/u.test(body.slice(Math.max(s, e - 5), e))) {
      e--;
      changed = true;
    }
    const span = body.slice(s, e);
    const opens = [...span].filter((c) => OPENERS.includes(c) && c !== '"').length;
    const closes = [...span].filter((c) => CLOSERS.includes(c) && c !== '"' && c !== "’").length;
    const straight = [...span].filter((c) => c === '"').length;
    if (e > s && OPENERS.includes(body[s]!) && (opens > closes || (body[s] === '"' && straight % 2 === 1))) (s++, (changed = true));
    else if (e > s && (body[e - 1] === "”" || body[e - 1] === "»") && closes > opens) (e--, (changed = true));
    else if (e > s && body[e - 1] === '"' && straight % 2 === 1) (e--, (changed = true));
  }
  return { start: s, end: e };
}
