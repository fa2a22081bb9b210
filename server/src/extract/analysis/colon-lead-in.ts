import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "./claimant.ts";
import { OCCUPATIONS, ROLE_WORDS } from "./lexicon.ts";
import { isOffice } from "./role-holders.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";

/**
 * A live blog hands a paragraph over to a quotation with a line that names the speaker and ends in
 * a colon: "Here's the latest from the Met Office's chief meteorologist, Paul Gundersen:", then
 * the quotation as a paragraph of its own. The quotation is that person's, not the last speaker's
 * (decision 355). The name must follow a comma after a role or occupation ("chief meteorologist,
 * Paul Gundersen:"), so a heading that ends in a colon ("Key points:", "Travel advice from
 * Transport for Wales:") names no speaker.
 *
 * The role must be whose words follow: the line is the role alone ("The Met Office's chief
 * meteorologist, Paul Gundersen:") or the role comes "from" ("the latest from …", "reaction from
 * …"). A line that names the one asked, written to or met ("pressed on taxes by the BBC's
 * political editor, Chris Mason:", "sent to the chief nurse, Mary Cole:", "after meeting the
 * French president, Emmanuel Macron:") names no speaker: the quotation stays the article's.
 */
const ROLE_COMMA_NAME = /(\p{Ll}+),\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*):\s*$/u;
/** Words of a role phrase: determiners and possessives ("the", "our", "Met Office's"). */
const ROLE_PHRASE_WORD = /^(?:the|a|an|our|its|their|his|her|\p{Lu}[\p{L}’'.-]*)$/u;
/** Lowercase words that qualify a role ("chief meteorologist", "political editor"). */
const ROLE_QUALIFIERS = new Set(
  "chief deputy senior junior political health home foreign economics economic business science medical legal former acting shadow interim lead general managing executive press technical sports sport environment education transport culture".split(
    " ",
  ),
);
/** A line that puts questions to someone: what follows is not theirs for sure. */
const ASKING = /\b(?:asked|pressed|interviewed|questioned|put|sent|meeting|met|wrote|written)\b/;
/** How far back the lead-in line is read. */
const LINE_LOOK = 200;

/** The speaker a lead-in line names for the quotation that opens its line at `quoteStart`, or null. */
export function colonLeadInSpeaker(body: string, quoteStart: number): Claimant | null {
  // Cheap first: the quotation opens its line, and the text before it ends in a colon.
  let i = quoteStart - 1;
  while (i >= 0 && (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9)) i--;
  if (i < 0 || body.charCodeAt(i) !== 10) return null;
  while (i >= 0 && /\s/.test(body[i]!)) i--;
  if (i < 0 || body.charCodeAt(i) !== 58) return null;
  // Within the window only: a line of a megabyte is not searched back to its start.
  const window = body.slice(Math.max(0, i - LINE_LOOK), i + 1);
  const line = window.slice(window.lastIndexOf("\n") + 1);
  const m = ROLE_COMMA_NAME.exec(line);
  if (m === null) return null;
  const role = m[1]!;
  if (!isRoleWord(role)) return null;
  if (!roleIsTheSource(line.slice(0, m.index + role.length))) return null;
  const name = m[2]!;
  if (!plausibleSpeakerName(name)) return null;
  const speaker = claimantFromPhrase(name);
  return speaker.type === "person" ? speaker : null;
}

function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || OCCUPATIONS.has(word) || isOffice(word);
}

/**
 * Does the line before ", <name>:" (`lead`, ending in the role word) name the role as whose words
 * follow: the role phrase alone, or after "from"?
 */
function roleIsTheSource(lead: string): boolean {
  if (ASKING.test(lead)) return false;
  const words = lead.split(/\s+/).filter((w) => w !== "");
  let k = words.length - 1;
  while (k >= 0) {
    const w = words[k]!;
    if (!ROLE_PHRASE_WORD.test(w) && !ROLE_QUALIFIERS.has(w) && !isRoleWord(w)) break;
    k--;
  }
  // "The Met Office's chief meteorologist": the role alone; "Here's the latest from …": from.
  return k < 0 || words[k] === "from";
}
