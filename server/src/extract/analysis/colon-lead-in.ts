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
 */
const ROLE_COMMA_NAME = /(\p{Ll}+),\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*):\s*$/u;
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
  if (!ROLE_WORDS.has(role) && !OCCUPATIONS.has(role) && !isOffice(role)) return null;
  const name = m[2]!;
  if (!plausibleSpeakerName(name)) return null;
  const speaker = claimantFromPhrase(name);
  return speaker.type === "person" ? speaker : null;
}
