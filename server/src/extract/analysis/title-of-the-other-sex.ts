// "Mr Tom Reid opened a school. Mrs Reid cut the ribbon. “It was lovely,” Mrs Reid said.": a
// surname taken up with a courtesy title of one sex stands for no full name the article itself
// writes after a title of the other (decision 1030, left from decision 985). Gender is still never
// taken from a given name: "Tom Reid … Mrs Reid" stays one person, as decision 945 read it.

import type { Gender } from "./pronoun-genders.ts";

/** Courtesy titles the article may write before a full name, by the sex they show. */
const TITLES_OF: Record<Gender, readonly string[]> = {
  m: ["Mr", "Mr."],
  f: ["Mrs", "Mrs.", "Ms", "Ms.", "Miss"],
};

/**
 * Does `body` write `fullName` right after a courtesy title of the sex other than `gender` ("Mr Tom
 * Reid" when the surname is taken up as "Mrs Reid"), or does the full name open with one? "Miss" is
 * no title word to the name readers, so "Miss Jane Hollis" is taken up whole, and "Mr Hollis" after
 * it is someone else (decision 1090). Cost: an `includes` of the name, then one per title where it
 * is there, and one `startsWith` per title.
 */
export function writtenWithTitleOfOtherSex(body: string, fullName: string, gender: Gender): boolean {
  if (!body.includes(fullName)) return false;
  return TITLES_OF[gender === "m" ? "f" : "m"].some(
    (title) => fullName.startsWith(`${title} `) || body.includes(`${title} ${fullName}`),
  );
}
