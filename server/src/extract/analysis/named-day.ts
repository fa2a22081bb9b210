/** Days named by a feast or a season's holiday alone: "from Christmas", "from Easter". */
const FEASTS = new Set("christmas easter thanksgiving hanukkah diwali eid ramadan hogmanay passover".split(" "));
/** The last word of a named day: "Christmas Eve", "Boxing Day", "New Year's Day", "Easter Sunday". */
const DAY_ENDINGS = new Set("eve day night sunday monday friday".split(" "));
/** Words that join a name's parts: "Mail on Sunday", "Adam and Eve" are names, not days (review of decision 660). */
const NAME_JOINS = new Set(["on", "and", "of", "for"]);

/**
 * Does a capitalised run of one to three words name a day ("Christmas Eve", "Boxing Day", "Good
 * Friday", "Easter")? "The report, from Christmas Eve, said" dates the report, as "from March" does;
 * it does not name whose it is (decision 660). `words` are the run's words, lowercased; longer runs
 * ("Match of the Day") and runs joined by "on" or "and" ("Mail on Sunday") are names.
 */
export function namesADay(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 3) return false;
  const last = words[words.length - 1]!;
  if (words.length === 1) return FEASTS.has(last);
  // "The poll, from the Mail on Sunday, found": a paper's name, not a day.
  return DAY_ENDINGS.has(last) && !(words.length === 3 && NAME_JOINS.has(words[1]!));
}
