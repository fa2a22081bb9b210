import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { Token } from "./tokens.ts";
import { THAT } from "./word-flags.ts";

/** ", adding that", ", saying that": where the act of restating ends and what was said begins. */
const PARTICIPLE_AFTER_ACT = /,\s*(?:adding|saying|insisting|arguing|noting|warning)\b/g;

/**
 * "Dunmore … repeated the claim at a candidates' forum on March 7, adding that “…”": the
 * restating verb at `verb` and the claim noun at `noun` tell an event (when and where the claim
 * was repeated, which a fact-check needs), and what the speaker added after the participle is
 * the content. Returns that act as the article's lead, worded with the speaker, or null when the
 * noun opens a that-clause ("repeated the claim that …": the claim is the content) or no
 * participle ends the act before `contentStart`.
 */
export function restatedAct(
  body: string,
  tokens: readonly Token[],
  verb: number,
  noun: number,
  contentStart: number,
  speaker: string,
): { start: number; end: number; wording: string } | null {
  if (verb >= noun || tokens[noun + 1] === undefined || tokens[noun + 1]!.flags & THAT) return null;
  const from = tokens[verb]!.start;
  const between = body.slice(tokens[noun]!.end, contentStart);
  PARTICIPLE_AFTER_ACT.lastIndex = 0;
  const m = PARTICIPLE_AFTER_ACT.exec(between);
  if (m === null) return null;
  const end = tokens[noun]!.end + m.index;
  // "repeated the claim" alone says nothing a checker could check: only with where or when.
  if (end - tokens[noun]!.end < 4) return null;
  return { start: from, end, wording: `${speaker} ${body.slice(from, end)}` };
}

/** Pronouns a speaker phrase may be, which an article's claim cannot stand on. */
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/**
 * Who the restated act is worded with: the speaker as written, or for a pronoun the person it was
 * resolved to ("Mayor Ann Lee spoke at the forum. She repeated the claim at a town hall on March
 * 7, adding that …": "Ann Lee repeated the claim …"). Null when a pronoun stands for no person,
 * since "She repeated the claim …" on its own says nothing a checker could place.
 */
export function restatedBy(phrase: string, claimant: Claimant): string | null {
  if (!PRONOUNS.has(phrase.toLowerCase())) return phrase;
  return claimant.type === "person" ? claimant.name : null;
}
