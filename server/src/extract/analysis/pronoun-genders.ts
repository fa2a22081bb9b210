import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * What an article says of a person's gender, so that "he said" is not given to a woman named
 * before him ("UNHCR spokeswoman Chiara Lodovici said …" then "“…,” he said"). Only what the text
 * itself shows counts: a title or role ("Mrs.", "spokesman"), a possessive in the sentence that
 * names the person ("Ana Castillo, 62, spent the night in her car"), or a pronoun already
 * resolved to them. Names alone say nothing.
 */
export type Gender = "f" | "m";

const FEMALE_WORDS =
  /\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|policewoman|sister|mother|wife|daughter|grandmother|widow|actress|queen|princess)\b/i;
const MALE_WORDS =
  /\b(?:Mr|Sir|Lord|spokesman|chairman|congressman|businessman|councilman|policeman|brother|father|husband|son|grandfather|widower|actor|king|prince|man|boy)\b/i;
const HER = /\bher\b/i;
const HIS = /\bhis\b/i;

/** The gender a person's written name or title shows, or null. */
export function genderOfTitle(written: string): Gender | null {
  const female = FEMALE_WORDS.test(written);
  const male = MALE_WORDS.test(written);
  return female === male ? null : female ? "f" : "m";
}

/** The gender one possessive in a sentence shows ("in her car"), or null when it shows none or both. */
export function genderOfPossessives(sentence: string): Gender | null {
  const her = HER.test(sentence);
  const his = HIS.test(sentence);
  return her === his ? null : her ? "f" : "m";
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
    this.note(person, genderOfTitle(person.title === undefined ? person.name : `${person.title} ${person.name}`));
  }

  /** Can "he" ("m") or "she" ("f") stand for this person? Yes unless the text said otherwise. */
  fits(person: Claimant, gender: Gender): boolean {
    const g = this.known.get(person.name);
    return g === undefined || g === gender;
  }
}
