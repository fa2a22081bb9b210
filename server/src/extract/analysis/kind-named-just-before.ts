import { NOT_IN_NAMES, sentenceBefore } from "./bodies-named-so-far.ts";

/**
 * "The Environment Agency issued 40 flood warnings. The agency said …", "Lloyds Bank cut its
 * rates. The bank said …", "Marlow Group raised its forecast. The group said …": a body's kind
 * word names the body the sentence right before names, when that sentence names it and no other
 * (as decision 365's trade words do for "the firm"). "The agency" is also as often a regulator
 * named earlier, "the bank" a central bank and "the group" a group of people; so only a name that
 * ends in the kind's own word counts ("Bank of England" too), and only when the sentence before
 * holds no other capitalised name and does not write the kind word for another ("a rival bank").
 */
const KIND_NAMES = new Map<string, RegExp>([
  ["agency", /\sAgency$/],
  ["bank", /\sBank$|^Bank of \p{Lu}/u],
  ["group", /\sGroup$/],
]);

/** Each kind word written alone, in lowercase ("a rival bank"), built once. */
const KIND_WORDS = new Map(
  [...KIND_NAMES.keys()].map((word) => [word, new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, "u")]),
);

/** Runs of capitalised words, with "of" inside one ("Bank of England"): at most five words. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'&-]*){0,4}/gu;

/** "Paris-based Société Générale Group": where the body is based is no part of its name. */
const PLACE_BASED = /^\p{Lu}[\p{L}]*-(?:based|born|owned|listed|headquartered)\s+/u;

/** Whether a claimant's cleaned name ("bank") is a kind word this reader resolves. */
export function isKindNamedJustBefore(name: string): boolean {
  return KIND_NAMES.has(name.toLowerCase());
}

/**
 * The one body of the kind (`kindWord`: "agency", "bank", "group") that the sentence ending right
 * before `position` names, or null when it names none, two, or any other capitalised name.
 */
export function bodyNamedJustBefore(body: string, position: number, kindWord: string): string | null {
  const fits = KIND_NAMES.get(kindWord.toLowerCase());
  if (fits === undefined) return null;
  const sentence = sentenceBefore(body, position);
  // "Acme Corp hired a rival bank.": the kind word written for another body.
  if (KIND_WORDS.get(kindWord.toLowerCase())!.test(sentence)) return null;
  let found: string | null = null;
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    // "The Bank of England's governor spoke.": the bank is named in its possessive.
    const run = m[0]
      .replace(/^The\s+/, "")
      .replace(/['’]s$/, "")
      .replace(PLACE_BASED, "");
    if (fits.test(run)) {
      if (found !== null && found !== run) return null;
      found = run;
      continue;
    }
    // The sentence's opening word ("On Monday", "The"), days and months name no other body.
    if ((m.index === sentence.length - sentence.trimStart().length && !run.includes(" ")) || NOT_IN_NAMES.has(run))
      continue;
    return null;
  }
  return found;
}
