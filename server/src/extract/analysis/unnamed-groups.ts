import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { PROFESSION_ENDING } from "./lexicon.ts";

/**
 * People an article describes but does not name: "officials", "Western diplomats", "some
 * economists", "economists at Capital Economics". A fact-checker weighs them as unnamed sources;
 * the description is kept as their name ("According to U.S. officials, …"). A race's
 * "organisers", "Opec+ delegates" and "Head teachers" are such groups too, not one person (decision
 * 1070).
 */
const UNNAMED_GROUP_NOUNS = new Set(
  "officials experts analysts critics researchers scientists economists doctors witnesses residents activists protesters demonstrators campaigners supporters opponents whips voters lawyers attorneys survivors relatives colleagues friends neighbours neighbors villagers locals passengers lawmakers legislators senators mps ministers leaders members donors observers diplomats forecasters meteorologists traders bankers strategists pollsters commentators academics insiders aides advocates controllers customers executives investors shareholders employees managers organisers organizers delegates teachers negotiators".split(
    " ",
  ),
);
/** "Doctors of the World", "Friends of the Earth": a capitalised group noun, then "of the" and a name, is a body's name. */
const NAMED_LIKE_A_GROUP = /^\p{Lu}\p{Ll}+ of (?:the )?\p{Lu}/u;
/**
 * "Advocates for Youth", "Advocates for Human Rights", "Advocates for Children of New York":
 * advocacy bodies are named "Advocates for" and a cause in title case. Not "advocates for
 * Palestinian rights", whose lowercase word makes it a description.
 */
const ADVOCATES_NAMED = /^[Aa]dvocates for \p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|the|for|in|on|&))*$/u;
/** Words after the group noun that still describe the group: "officials at the ministry", "officials familiar with". */
const GROUP_DESCRIPTION_OPENERS = new Set("at of from in with for on close familiar briefed who".split(" "));
/** People who speak for a party in court: "lawyers for the family", "attorneys representing the driver". */
const COUNSEL = new Set(["lawyers", "attorneys", "solicitors", "barristers", "counsel"]);
const ACTING_FOR = new Set(["for", "representing"]);
/** A party counsel speak for, named ("the family", "Smith", "Meta's shareholders"), not a kind of people. */
const PARTY_NAMED = /^\s+(?:the|his|her|their|its)\s|^\s+\p{Lu}/u;
/** "The researchers", "its economists": people the article has introduced, not an unnamed group. */
const REFERRING_OPENER = /^(?:the|these|those|its|their|his|her|our|my|your)\s/i;

/** Does `word` name a group of people the article does not name ("Analysts", "officials")? */
export function isUnnamedGroupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return UNNAMED_GROUP_NOUNS.has(lower) || PROFESSIONS_IN_PLURAL.test(lower);
}

/** "neurologists", "psychiatrists", "clinicians": professions in the plural, by their endings. */
const PROFESSIONS_IN_PLURAL = new RegExp(`^${PROFESSION_ENDING}s$`);
/** Members of a party or a nation in the plural: "Democrats", "Tories", "Ukrainians" (lowercase). */
const MEMBERS_IN_PLURAL =
  /^(?:democrats|republicans|conservatives|tories|liberals|socialists|greens|\p{L}+(?:ans|ese|is))$/u;
/** Words that make such members an unnamed few: "some Democrats", "several Republican senators". */
const SOME_OF_THEM = new Set("some many several few other most dozens".split(" "));

/** A share of people standing alone as a subject. */
const LONE_SHARES = new Set("some many several few most others".split(" "));

export function describedGroup(name: string, words: readonly string[], phrase: string): Claimant | null {
  // "…, the people said": wire copy's second reference to "people familiar with the matter".
  // "Many feared that …", "Some believe …", "Others said …": a share of people, no one named.
  if (words.length === 1 && (words[0] === "people" || LONE_SHARES.has(words[0]!)))
    return { name: name.toLowerCase(), type: "unnamed_sources", via: null };
  if (REFERRING_OPENER.test(phrase.trim()) || NAMED_LIKE_A_GROUP.test(name)) return null;
  // The word test first: the pattern is read only for a name that opens with "advocates".
  if (words[0] === "advocates" && ADVOCATES_NAMED.test(name)) return null;
  // "Some Democrats said": members of a party, not the party.
  if (words.length === 2 && SOME_OF_THEM.has(words[0]!) && MEMBERS_IN_PLURAL.test(words[1]!))
    return { name, type: "unnamed_sources", via: null };
  const head = words.findIndex((w) => UNNAMED_GROUP_NOUNS.has(w) || PROFESSIONS_IN_PLURAL.test(w));
  if (head < 0) return null;
  // "Reyes and other economists": a named person leads the group.
  for (let i = 0; i < head; i++) if (words[i] === "and" || words[i] === "&") return null;
  // "Lawyers for the family", "attorneys representing the driver": counsel speaking on the
  // record for a party they name, not anonymous sources; a group that speaks as one, like a body.
  // Not "Some lawyers for asylum seekers": counsel for no one in particular, unnamed.
  if (
    head === 0 &&
    COUNSEL.has(words[head]!) &&
    head < words.length - 2 &&
    ACTING_FOR.has(words[head + 1]!) &&
    PARTY_NAMED.test(phrase.slice(phrase.indexOf(words[head + 1]!) + words[head + 1]!.length))
  )
    return { name, type: "organization", via: null };
  if (head < words.length - 1 && !GROUP_DESCRIPTION_OPENERS.has(words[head + 1]!)) return null;
  return { name, type: "unnamed_sources", via: null };
}
