import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { ORGANISATION_WORDS, ROLE_WORDS, UNNAMED_SOURCE_PATTERN } from "./lexicon.ts";

export const ARTICLE_CLAIMANT: Claimant = { name: "the article", type: "article", via: null };

// The same few speakers are named again and again in an article: their cleaned names are kept
// (emptied when large, so memory stays bounded on any input).
const cleanedNames = new Map<string, string>();

/** Drops leading determiners and trailing punctuation so "The Colombian presidency," reads as a name. */
export function cleanName(raw: string): string {
  let name = cleanedNames.get(raw);
  if (name === undefined) {
    name = raw
      .replace(/^[\s“”"'‘’(,]+|[\s“”"'‘’),:;.]+$/g, "")
      .replace(/^(the|a|an)\s+/i, "")
      .replace(/\s+/g, " ");
    if (cleanedNames.size >= 1024) cleanedNames.clear();
    cleanedNames.set(raw, name);
  }
  return name;
}

/** Classifies a subject phrase as a claimant: unnamed sources, an organisation or a person. */
export function claimantFromPhrase(phrase: string, via: string | null = null): Claimant {
  if (UNNAMED_SOURCE_PATTERN.test(phrase)) return { name: "unnamed sources", type: "unnamed_sources", via };
  const name = cleanName(phrase);
  const words = name.toLowerCase().split(/[\s-]+/);
  let lastOrg = -1;
  for (let i = 0; i < words.length; i++) if (ORGANISATION_WORDS.has(words[i]!.replace(/[’']s$/, ""))) lastOrg = i;
  // "Council member Robert Hayes" is a person: a role after the organisation word names someone in it.
  const person = lastOrg < 0 || words.slice(lastOrg + 1).some((w) => ROLE_WORDS.has(w.replace(/s$/, "")));
  return { name, type: person ? "person" : "organization", via };
}

/** Levenshtein distance with an early exit; used to match misspelt outlet names. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return (
    x === y ||
    editDistance(x, y, Math.max(1, Math.floor(Math.min(x.length, y.length) / 6))) <=
      Math.max(1, Math.floor(Math.min(x.length, y.length) / 6))
  );
}

/**
 * Remembers who has spoken so far in the article: pronouns ("she added") resolve to the last
 * person, and an outlet that earlier relayed unnamed sources keeps that provenance when it is
 * later cited by name ("According to El Espectador, ...").
 */
export class ClaimantMemory {
  private lastPerson: Claimant | null = null;
  private lastSpeaker: Claimant | null = null;
  private relays: { outlet: string; claimant: Claimant }[] = [];
  private relayOutlets = new Set<string>();

  remember(c: Claimant): void {
    if (c.type === "article") return;
    this.lastSpeaker = c;
    if (c.type === "person") this.lastPerson = c;
    // A repeat of an outlet already listed would never be found first, so it is not kept: the
    // list stays as long as the number of distinct outlets, not of mentions.
    if (c.via && c.type === "unnamed_sources" && !this.relayOutlets.has(c.via)) {
      this.relayOutlets.add(c.via);
      this.relays.push({ outlet: c.via, claimant: c });
    }
  }

  notePerson(name: string): void {
    this.lastPerson = { name, type: "person", via: null };
  }

  resolvePronoun(pronoun: string): Claimant | null {
    const p = pronoun.toLowerCase();
    if (p === "he" || p === "she") return this.lastPerson;
    return this.lastSpeaker;
  }

  lastQuoteSpeaker(): Claimant | null {
    return this.lastSpeaker;
  }

  /** An outlet named as a source: if it relayed unnamed sources before, they are the real claimant. */
  outlet(name: string): Claimant {
    const relay = this.relays.find((r) => sameName(r.outlet, name));
    if (relay) return relay.claimant;
    return { name: cleanName(name), type: "organization", via: null };
  }
}
