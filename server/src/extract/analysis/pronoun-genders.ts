import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * What an article says of a person's gender, so that "he said" is not given to a woman named
 * before him ("UNHCR spokeswoman Chiara Lodovici said …" then "“…,” he said"). Only what the text
 * itself shows counts: a title or role written before the name ("Mrs.", "spokesman"), or a
 * pronoun already resolved to them. Names say nothing ("Billie Jean King"), nor does a possessive
 * in the sentence, which may be someone else's ("Pelosi criticized the president and his tariffs").
 */
export type Gender = "f" | "m";

const FEMALE_WORDS =
  /\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|policewoman|sister|mother|wife|daughter|grandmother|widow|actress|queen|princess|woman|girl)\b/i;
const MALE_WORDS =
  /\b(?:Mr|Sir|Lord|spokesman|chairman|congressman|businessman|councilman|policeman|brother|father|husband|son|grandfather|widower|actor|king|prince|man|boy)\b/i;

/** The gender a title written before a name shows ("Mrs.", "UNHCR spokeswoman"), or null. */
export function genderOfTitle(written: string): Gender | null {
  const female = FEMALE_WORDS.test(written);
  const male = MALE_WORDS.test(written);
  return female === male ? null : female ? "f" : "m";
}

/**
 * Pronouns that can only be the subject's own: a reflexive or "her own". Any other pronoun in the
 * sentence may be someone else's ("Tom Reid praised her work", "Sarah Jones met him"); a relative
 * clause's ("Sarah Jones, who lost her home, …") already keeps the pronoun after it.
 */
const OWN_SHE = /\b(?:herself|her own)\b/i;
const OWN_HE = /\b(?:himself|his own)\b/i;

/**
 * Does a sentence that names no one but one person show that person to be of the other sex than
 * `gender`: by the title written before the name ("Dame", "Sir", "Actress"), or by a pronoun that
 * can only be theirs ("Sarah Jones blamed herself")? Then a "he" after it is not hers.
 */
export function showsOtherGender(title: string, sentence: string, gender: Gender): boolean {
  const titled = genderOfTitle(title);
  if (titled !== null) return titled !== gender;
  return (gender === "m" ? OWN_SHE : OWN_HE).test(sentence);
}

/** Genders learnt so far, by the person's name; bounded like the other per-article memories. */
export class PersonGenders {
  private readonly known = new Map<string, Gender>();

  note(person: Claimant, gender: Gender | null): void {
    if (gender === null || person.type !== "person") return;
    if (this.known.size >= 4096) this.known.clear();
    this.known.set(person.name, gender);
  }

  noteTitled(person: Claimant): void {
    if (person.title !== undefined) this.note(person, genderOfTitle(person.title));
  }

  /** Can "he" ("m") or "she" ("f") stand for this person? Yes unless the text said otherwise. */
  fits(person: Claimant, gender: Gender): boolean {
    const g = this.known.get(person.name);
    return g === undefined || g === gender;
  }

  /** Has the text shown this person to be "he" ("m") or "she" ("f")? Unknown is not enough here. */
  shown(person: Claimant, gender: Gender): boolean {
    return this.known.get(person.name) === gender;
  }
}

/**
 * "Ann Lee, a spokeswoman for the council, said", "Tom Reid, the victim's father, said": the
 * description between commas after a name shows the person's gender by its first noun group
 * only, the words before a preposition, an "-ing" or "-ed" word after a noun ("the lawyer
 * representing the widow"), "and", "who" or the end. Only a description opened by "a", "an",
 * "the" or a possessive: "Ann Lee, whose husband died, said" says nothing of Ann Lee. Words
 * used of both sexes ("chairman", "actor", "host") say nothing here, and what a description shows
 * only ever prefers one person to another for a later "he" or "she" (see ClaimantMemory).
 */
const DESCRIPTION_OPENER = /^(?:a|an|the|[\p{L}-]+['’]s)\s+/iu;
/** Words that end a description's first noun group. */
const GROUP_ENDS = new Set(
  "of for at in with on from to and or who whose whom which that since against representing acting by over after about under as near between into than like among behind within without".split(
    " ",
  ),
);
/** Gendered words that news copy uses of both sexes: "Mary Stone, the bank's chairman". */
const USED_OF_BOTH = /^(?:chairman|actor|host|waiter)$/i;
/** A possessive or a capitalised word in a description is someone else's ("the Queen's", "a Sir Keir Starmer aide"). */
const SOMEONE_ELSES = /['’]s$|^\p{Lu}/u;

export function genderOfDescription(description: string): Gender | null {
  const d = description.trim();
  const opener = DESCRIPTION_OPENER.exec(d);
  if (opener === null) return null;
  const own: string[] = [];
  for (const word of d.slice(opener[0].length).split(/\s+/)) {
    const w = word.replace(/[,.;:]+$/, "");
    if (GROUP_ENDS.has(w.toLowerCase())) break;
    // "the Oscar-winning actor": an "-ing" or "-ed" word before the noun is its adjective; after it, the group has ended.
    if (/(?:ing|ed)$/i.test(w)) {
      if (own.length > 0) break;
      continue;
    }
    if (SOMEONE_ELSES.test(w)) continue;
    if (USED_OF_BOTH.test(w)) return null;
    own.push(w);
    if (own.length > 4) return null;
  }
  return own.length === 0 ? null : genderOfTitle(own.join(" "));
}
