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
 * description between commas after a name shows the person's gender by its head words, those
 * before a preposition, "and", "who" or the end, in lowercase. Only a description opened by "a",
 * "an", "the" or a possessive: "Ann Lee, whose husband died, said" says nothing of Ann Lee.
 */
const DESCRIPTION_HEAD =
  /^(?:a|an|the|[\p{L}-]+['’]s)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s+(?:of|for|at|in|with|on|from|to|and|who|whose|since)\b|\s*$)/iu;
/** A possessive or a capitalised word in a description is someone else's ("the Queen's", "a Sir Keir Starmer aide"). */
const SOMEONE_ELSES = /['’]s$|^\p{Lu}/u;

export function genderOfDescription(description: string): Gender | null {
  const head = DESCRIPTION_HEAD.exec(description.trim());
  if (head === null) return null;
  const own = head[1]!
    .split(/\s+/)
    .filter((w) => !SOMEONE_ELSES.test(w))
    .join(" ");
  return own === "" ? null : genderOfTitle(own);
}
