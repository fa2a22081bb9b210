import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { claimantFromPhrase } from "../analysis/claimant.ts";

/**
 * Transcripts of press conferences, hearings and interviews give each turn a speaker label in
 * capitals: "GOVERNOR ANA REYES: Our budget closes a $2.1 billion deficit." Everything in the turn
 * is that speaker's own words. Only the first chars of a line are read.
 */
const LABEL = /^([A-Z][A-Z.'’ -]{0,48}[A-Z.])[ \t]*:[ \t]+(?=\S)/;
/** Capitalised lead-ins that are not speakers. */
const NOT_SPEAKERS = new Set([
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "UPDATE",
  "UPDATED",
  "CORRECTION",
  "CLARIFICATION",
  "WATCH",
  "READ MORE",
  "RELATED",
  "BREAKING",
  "ANALYSIS",
  "OPINION",
  "TRANSCRIPT",
  "SOURCE",
  "SOURCES",
  "PHOTO",
  "VIDEO",
  "DISCLOSURE",
  "FILE",
  "Q",
  "A",
]);

/** Labels that name a role, not a person: "the reporter said". */
const ROLES = new Set([
  "REPORTER",
  "MODERATOR",
  "QUESTIONER",
  "QUESTION",
  "AUDIENCE MEMBER",
  "INTERVIEWER",
  "HOST",
  "ANCHOR",
  "ANSWER",
]);

/** "GOVERNOR ANA REYES" → "Governor Ana Reyes", "SEN. MARK LIU" → "Sen. Mark Liu", "O'BRIEN" → "O'Brien". */
function titleCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The label a line opens with and its length: a speaker ("REYES: "), or null for a lead-in that
 * is not one ("UPDATE: ", "EDITOR'S NOTE: "), which is left out of claims all the same.
 */
export function lineLabel(line: string): { speaker: Claimant | null; length: number } | null {
  const c = line.charCodeAt(1);
  // Two capitals (or a capital and a dot) first: a label can only start so.
  if (!(c >= 65 && c <= 90) && c !== 46 && c !== 32) return null;
  const m = LABEL.exec(line);
  if (!m) return null;
  if (NOT_SPEAKERS.has(m[1]!.trim())) return { speaker: null, length: m[0].length };
  const label = m[1]!.trim();
  const name = ROLES.has(label) ? label.toLowerCase() : titleCase(label);
  return { speaker: claimantFromPhrase(name), length: m[0].length };
}
