/**
 * A newspaper's name alone, as a pasted page's first line gives it when the page was cut before its
 * copyright line (decision 635): "The Guardian", "Daily Mail", "Financial Times", "The New York
 * Times", "THE GUARDIAN". The name's last word is a newspaper's (bodies-named-like-people.ts), or
 * the whole name is one of the newspapers named by ordinary words ("Daily Mail", "The Economist") or
 * a newsroom's site (NEWSROOM_SITES).
 */

import { endsLikeANewspaper, isNewspaperOfOrdinaryWords } from "../analysis/bodies-named-like-people.ts";
import { endsLikeARegionalPaper, isPaperJoiner } from "./regional-newspaper-names.ts";

/** At most three words before the paper's word: "The Sydney Morning Herald", "South China Morning Post". */
const WORDS_MAX = 4;
/**
 * A headline's verb in the present before the paper's word, as "Musk Buys Washington Post" and
 * "Trump Sues Times" have it: a word before the last that ends in a lowercase letter and "s". Not
 * "ss" (decision 675): no headline's verb in the present ends so, and "Press and Journal" is a paper.
 */
const VERB_BEFORE = /\p{Ll}(?<!s)s$/u;
/**
 * Words a headline puts before a paper's word and no newspaper's name holds (decision 635's
 * review): a participle ("Man Stabbed Seven Times", "Mother Named Legal Guardian", "Minister Deleted
 * Post"), an "-ing" word other than a paper's "Morning" or "Evening" or the town "Reading" ("Record
 * Waiting Times"), a number ("Woman Shot Three Times"), a verb in the past ("Musk Bought Washington
 * Post"; decision 675 adds the irregular pasts a headline puts there: "Musk Got Washington Post",
 * "Bezos Gave Post", "Trump Told Times"), or a capitalised small word ("Murdoch To Sell Times", "Scotland Must Be Independent",
 * "Turmoil At The Telegraph").
 */
const HEADLINE_WORD_BEFORE =
  /^(?:(?!(?:Morning|Evening|Reading)$)\p{L}+\p{Ll}(?:ed|ing)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Hundred|Thousand|Several|Many|Bought|Sold|Made|Beat|Shot|Won|Lost|Took|Left|Quit|Hit|Got|Gave|Told|Said|Sent|Paid|Kept|Held|Found|Ran|Led|Fled|Struck|Broke|Drove|Threw|Wrote|Caught|Fought|Sank|Stole|Saw|To|At|Be|Is|Are|Was|Were|Must|Now|Will|Can|May|In|On|For|By|From|With|Over|Into|After|Against|As|Not|No|Back|Out|Up|Down|Off|The)$/u;
/** Places in newspapers' names that end so: "Los Angeles Times", "Las Vegas Sun", "St. Louis Post-Dispatch". */
const PLACES_IN_S = new Set(["Los", "Angeles", "Las", "Vegas", "Louis"]);
/**
 * "News & Star", "NEWS AND STAR": "News" before the word that joins two papers' words is a paper's
 * word, not a headline's verb in "-s" (decision 765). Elsewhere it is asked as before, so "Fake News
 * Times" and "Bad News and Times" are read.
 */
function isNewsBeforeJoiner(words: readonly string[], i: number): boolean {
  // Only as the name's first word: "Bad News and Times" and "Fox News and Post" are read as
  // headlines, as "Bad News Times" was (decision 765's review).
  return i === 0 && words[i] === "News" && isPaperJoiner(words[i + 1]);
}
/**
 * Broadcasters' and sites' names a page opens with, whose words no ending tells: "Sky News" (not
 * any "… News": "Good News" and "Fake News" are a headline's words too), "Mail Online".
 */
const NEWSROOM_SITES = new Set(
  "Sky News|GB News|ITV News|Fox News|CBS News|NBC News|ABC News|Yahoo News|Mail Online|Al Jazeera".split("|"),
);

/** "THE GUARDIAN" as "The Guardian": each word's first letter kept, the rest in lowercase. */
function titleCased(name: string): string {
  return name.replace(/(\p{Lu})(\p{Lu}+)/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
}

/** Is `name` (one line, trimmed, of MASTHEAD_NAME's shape) a newspaper's name and nothing else? */
export function isNewspaperNameAlone(name: string): boolean {
  // All capitals ("THE GUARDIAN", "DAILY MAIL") is read as the title-case name; initials ("ABC
  // News") only among NEWSROOM_SITES, which are asked before.
  if (NEWSROOM_SITES.has(name)) return true;
  const written = name === name.toUpperCase() ? titleCased(name) : name;
  const bare = written.startsWith("The ") ? written.slice(4) : written;
  if (isNewspaperOfOrdinaryWords(bare)) return true;
  const words = bare.split(" ");
  // One word alone ("Times", "Post") is read as before unless it opens with "The": "The Guardian".
  if (words.length > WORDS_MAX || (words.length === 1 && bare === written)) return false;
  if (!endsLikeANewspaper(words) && !endsLikeARegionalPaper(words)) return false;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (
      (VERB_BEFORE.test(word) && !PLACES_IN_S.has(word) && !isNewsBeforeJoiner(words, i)) ||
      HEADLINE_WORD_BEFORE.test(word)
    )
      return false;
  }
  return true;
}
