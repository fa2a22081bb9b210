/**
 * Last words of a channel's name that no person's surname is: "Canal Plus", "Sky One", "France
 * Télévisions", "Eurosport Two". After "broadcaster" they tell a channel from a person whose name
 * has the same shape ("Irish broadcaster Gay Byrne", "French broadcaster Anne Sinclair"), which no
 * list of given names would: "Canal" may be one as "Gay" is (decision 725).
 */
const CHANNEL_NAME_ENDINGS = new Set(
  "plus one two three four five tv television televisions télévisions radio channel sport sports cinema".split(" "),
);

/**
 * "Canal Plus": a name ending in a channel's word, read only after "broadcaster": for the speaker
 * (decision 725) and for the name a later "the broadcaster" goes to (decision 770).
 */
export function namedLikeAChannel(kind: string, name: string): boolean {
  return kind === "broadcaster" && CHANNEL_NAME_ENDINGS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
}
