import { tokenize } from "../analysis/tokens.ts";
import { isFiniteVerb } from "../analysis/verbs.ts";
import { lineEndFrom } from "./lines.ts";

/**
 * A fact-check's bibliography: "Our sources" on a line of its own, then one source a line ("FBI
 * Crime Data Explorer, accessed March 9, 2026", "Phone interview, Miriam Kolb, Urban Data Lab,
 * March 10, 2026"). Like a byline or a credit line it says where the story came from, and claims
 * nothing; left in, each entry scored as a claim with its date.
 * An entry is one short line with a comma, no sentence break inside it and no finite verb (a
 * citation names a source; it says nothing happened), and no "Update"/"Correction"/"Editor's
 * note" line is one; the list ends at the first line that is not one, so prose after the list is
 * read as before ("In Washington, officials said 40 people had been arrested." is no entry).
 */
const SOURCES_HEADING = /^(?:Our sources|Sources|Sources cited|Sources and methodology)\s*:?\s*$/i;
const ENTRY_MAX = 200;
/** ". The": a sentence break inside a line, which no source entry has. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+\p{Lu}\p{Ll}/u;
/** A note added to the story under its sources: "Update, May 3: …", "Correction: …". */
const NOTE_OPENING = /^(?:Update|Updated|Correction|Clarification|Editor['’]s note)\b/i;
/** The one verb a citation has: "FBI Crime Data Explorer, accessed March 9, 2026". */
const CITATION_VERB = /^(?:accessed|retrieved|updated|published|archived|posted)$/i;

/**
 * Does the line body[start, end) say something happened ("officials said", "which counted",
 * "crime fell")? A citation's own "accessed" does not count.
 */
function hasClaimVerb(body: string, start: number, end: number): boolean {
  const tokens = tokenize(body, start, end);
  for (let i = 0; i < tokens.length; i++)
    if (isFiniteVerb(tokens, i) && !CITATION_VERB.test(body.slice(tokens[i]!.start, tokens[i]!.end))) return true;
  return false;
}

/**
 * When the line body[start, end) is a sources heading, where its list ends (the end of its last
 * entry, or of the heading when no entry follows); else -1.
 */
export function sourceListEnd(body: string, start: number, end: number): number {
  // "O" or "S" first and a short line: one char test before the regex.
  const first = body.charCodeAt(start);
  if ((first !== 79 && first !== 83) || end - start > 40 || !SOURCES_HEADING.test(body.slice(start, end))) return -1;
  let listEnd = end;
  let at = end;
  while (at < body.length) {
    // Past blank lines to the next line's text.
    while (at < body.length && (body.charCodeAt(at) === 10 || body.charCodeAt(at) === 32 || body.charCodeAt(at) === 13))
      at++;
    if (at >= body.length) break;
    const e = lineEndFrom(body, at);
    const line = body.slice(at, e).trimEnd();
    if (line.length > ENTRY_MAX || !line.includes(",") || SENTENCE_BREAK.test(line) || NOTE_OPENING.test(line)) break;
    if (hasClaimVerb(body, at, at + line.length)) break;
    listEnd = at + line.length;
    at = e;
  }
  return listEnd;
}
