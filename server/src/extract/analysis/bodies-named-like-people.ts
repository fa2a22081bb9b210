import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { isUnnamedGroupNoun } from "./unnamed-groups.ts";

/**
 * Bodies whose names hold no body's word and so read like a person's capitalised name
 * (decision 355): a name that no person bears by its shape alone.
 *
 * - "Transport for Wales", "Transport for London": a capitalised word, "for" and a capitalised
 *   name. A person's name holds no "for"; with a role ("Minister for Europe Stephen Doughty", "The MP
 *   for Cardiff North") or an acronym before it the role decides, as before.
 * - "Natural Resources Wales", "Public Health Scotland": a nation of the UK after two capitalised
 *   words or more, one of them a body's word ("Resources", "Health"), none an honorific or a
 *   description ("Jimmy Donal Wales", "Sir Ian Wales", "Former model Kathy Ireland" and "the
 *   Prince of Wales" stay people).
 * - "Electricity North West": a region named by two points of the compass after one such word
 *   or more (the singer's daughter North West stays a person).
 * - "the Nuggets", "the Lakers": "the" and one capitalised word in the plural, a team, a band or
 *   a family, named with its "the". A body only when listed or when the article names it with
 *   its place ("Denver Nuggets"; see `ClaimantMemory.speaker`); else people, as before ("The
 *   Smiths said", "The Kardashians said"), and a family the article names one of ("Barack Obama"
 *   for "the Obamas") stays people even then. Not people by nation, party or people ("the
 *   Canadians", "the Democrats", "the Kurds") nor a group capitalised as a heading may ("the
 *   Critics").
 */
const UK_NATIONS = new Set(["England", "Scotland", "Wales", "Ireland"]);
const POINTS = new Set(["North", "South"]);
const SIDES = new Set(["East", "West"]);
const CAPITALISED = /^\p{Lu}/u;
/**
 * Words of a body's name before a nation or a region ("Natural Resources Wales", "Electricity
 * North West"): a person's given names ("Mary Jo England", "Jimmy Donal Wales") are none of them.
 */
const BODY_NAME_WORDS = new Set(
  "Natural Resources Water Rail Railway Railways Transport Energy Electricity Power Gas Health Public Sport Sports Arts Visit Heritage Historic Ambulance Fire Rescue Environment Education Housing Homes Forestry Food Standards Skills Trains Network Networks Tourism Enterprise Development Screen Creative Rugby Football Cricket Athletics Cycling Golf Hockey Tennis Swimming Netball".split(
    " ",
  ),
);
/**
 * The service a two-word name ends in ("Northern Rail", "Southern Water", "British Airways"), which
 * a surname seldom is (`namedForARegionOrService`, review of decision 820). Kept apart from
 * BODY_NAME_WORDS though some words are in both: those are words before a nation or a region in a
 * public body's name, with public services and sports no company is named for; these are a
 * company's trade ("Buses", "Airlines", "Media", "Radio"), asked as the name's last word.
 */
export const SERVICE_WORDS = new Set(
  "Rail Railway Railways Trains Buses Water Airways Airlines Energy Gas Telecom Mobile Mail Media Broadband Networks Transport Ferries Radio".split(
    " ",
  ),
);
/**
 * Roles that name a person by the place they serve ("The MP for Cardiff North", "Minister for
 * Europe"): no body's "X for Y".
 */
const MEMBER_FOR = new Set(
  "MP MSP MEP MS AM TD MLA Senator Member Commissioner Secretary Minister Spokesperson Spokesman Spokeswoman Envoy Candidate".split(
    " ",
  ),
);
/** Honorifics that name a person ("Dr Ben Ireland", "Sir Ian Wales", "Baroness Scotland"). */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baron|Baroness|Earl|Countess|Duke|Duchess|Prince|Princess|King|Queen|Rev|Reverend|Cllr|Councillor|Judge|Justice|Dean|Father|Sister|Brother|Rabbi|Imam|Bishop|Archbishop)\.?$/;
const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * How newspapers' names end: "the New York Times", "the Wall Street Journal", "the Guardian". Not
 * "Express": "American Express" is a company.
 */
const NEWSPAPER_NAME_WORDS = new Set(
  "Times Post Journal Herald Telegraph Gazette Tribune Chronicle Observer Inquirer Guardian Independent Mirror".split(
    " ",
  ),
);

/** Does the name (its words as written) end as a newspaper's does ("Wall Street Journal", "Guardian")? */
export function endsLikeANewspaper(written: readonly string[]): boolean {
  return NEWSPAPER_NAME_WORDS.has(written[written.length - 1]!);
}

/**
 * Newspapers and sites whose names are otherwise ordinary words, so no ending tells them: "the
 * Sun", "the Athletic", "the Evening Standard". Matched only as the whole name, and only where an
 * outlet may stand ("told the Sun the lorry …", "According to the Athletic, …"): "the Sun rose" and
 * "the Athletic club" are never asked about.
 */
const NEWSPAPERS_OF_ORDINARY_WORDS = new Set([
  "Sun",
  "Sun on Sunday",
  "Athletic",
  "Atlantic",
  "Economist",
  "Spectator",
  "New Yorker",
  "Evening Standard",
  "Hollywood Reporter",
  "Daily Mail",
  "Mail on Sunday",
  "Daily Beast",
  "Scotsman",
]);

/** Is the name, without its "the", one of the newspapers named by ordinary words ("Sun", "Evening Standard")? */
export function isNewspaperOfOrdinaryWords(name: string): boolean {
  return NEWSPAPERS_OF_ORDINARY_WORDS.has(name);
}

/** "the Daily Express", "the Sunday Express": a newspaper, where "American Express" (one word before) is a company. */
const EXPRESS_END = /^(?:Daily|Sunday)\s+Express$/;

/** "the Times of India", "the Times of Israel", "the Times of Malta": a newspaper named for its place. */
const NEWSPAPER_OF_A_PLACE = /^(?:Times|Herald|Gazette|Chronicle|Tribune) of \p{Lu}\p{Ll}+$/u;

/** A newspaper's name, which takes "the" in a wording: "the Guardian", "the Washington Post", "the Sun". */
export function namedLikeANewspaper(name: string, written: readonly string[]): boolean {
  return (
    endsLikeANewspaper(written) ||
    EXPRESS_END.test(name) ||
    isNewspaperOfOrdinaryWords(name) ||
    (written.length === 3 && NEWSPAPER_OF_A_PLACE.test(name))
  );
}

/** `written`: the name's words as written, split at spaces and hyphens, with no leading "the". */
export function namedLikeABody(written: readonly string[]): boolean {
  const n = written.length;
  // "Electricity North West", "Natural Resources Wales", "Transport for Wales": three words or more.
  if (n < 3) return false;
  const last = written[n - 1]!;
  // Cheap first: only these shapes can match.
  if (UK_NATIONS.has(last) && nationOrRegionOfABody(written, n - 1, 2)) return true;
  if (SIDES.has(last) && POINTS.has(written[n - 2]!) && nationOrRegionOfABody(written, n - 2, 1)) return true;
  // "Transport for Wales"; not "MP for Cardiff North" nor "MSP for Glasgow Southside".
  return (
    written[1] === "for" &&
    CAPITALISED.test(written[0]!) &&
    CAPITALISED.test(written[2]!) &&
    !MEMBER_FOR.has(written[0]!) &&
    !ALL_CAPITALS.test(written[0]!)
  );
}

/**
 * A name ending in a nation or region (at `place`) is a body's when the words before the place,
 * `least` or more, are capitalised words of a name, none an honorific or a description ("Former
 * model Kathy Ireland", "Kim Kardashian's daughter North West"), one of them a body's word.
 */
function nationOrRegionOfABody(written: readonly string[], place: number, least: number): boolean {
  if (place < least) return false;
  let bodyWord = false;
  for (let i = 0; i < place; i++) {
    const w = written[i]!;
    if (!CAPITALISED.test(w) || HONORIFIC.test(w) || /[’']s$/.test(w)) return false;
    if (BODY_NAME_WORDS.has(w)) bodyWord = true;
  }
  return bodyWord;
}

/** "the Nuggets", "The Lakers": the phrase as written, before "the" is dropped. */
const THE_PLURAL_NAME = /^[Tt]he\s+(\p{Lu}\p{Ll}{2,})s$/u;

/** The singular of a plural name after "the" ("Nugget" for "the Nuggets"), else null. */
export function pluralNameAfterThe(phrase: string): string | null {
  // Cheap first: "the …s".
  if (phrase.length < 8 || phrase.charCodeAt(phrase.length - 1) !== 115) return null;
  const m = THE_PLURAL_NAME.exec(phrase);
  // "the Swiss", "the Bass": no plural.
  if (m === null || m[1]!.endsWith("s")) return null;
  const singular = m[1]!;
  return isNationalityOrParty(singular) || PEOPLES.has(singular) || isUnnamedGroupNoun(`${singular}s`)
    ? null
    : singular;
}

/** Peoples named in the plural, read as nationalities are ("The Kurds said"). */
const PEOPLES = new Set("Kurd Uyghur Uighur Tamil Yazidi Pashtun Hazara Baloch Druze Sikh Maori".split(" "));

/**
 * Teams known by a plural name alone, and the two Houses: a body, where another plural name after
 * "the" is a family ("the Smiths", "the Kardashians") unless the article names the team with its
 * place. Names that are as often a family, a people or a group ("Kings", "Royals", "Giants",
 * "Saints", "Senators", "Rangers", "Browns") are left out.
 */
const LISTED_TEAMS = new Set(
  (
    "Lords Commons " +
    "Hawks Celtics Nets Hornets Bulls Cavaliers Mavericks Nuggets Pistons Warriors Rockets Pacers Clippers Lakers Grizzlies Bucks Timberwolves Pelicans Knicks Suns Raptors Spurs Blazers " +
    "Falcons Ravens Bengals Cowboys Broncos Packers Texans Colts Jaguars Raiders Chargers Rams Dolphins Vikings Patriots Jets Steelers Seahawks Buccaneers " +
    "Diamondbacks Braves Orioles Cubs Rockies Astros Dodgers Marlins Brewers Mets Yankees Phillies Padres Mariners Rays " +
    "Bruins Sabres Flames Hurricanes Blackhawks Oilers Canadiens Predators Islanders Flyers Penguins Canucks Leafs"
  ).split(" "),
);

/** "the Lakers": a name listed as a team's (or a House's), written with no "the". */
export function isListedTeam(name: string): boolean {
  return LISTED_TEAMS.has(name);
}

/** A player's position or a coach, written after a team's name: "Valkyries coach Natalie Nakase". */
const TEAM_ROLE_AFTER = String.raw`['’]?\s+(?:head\s+|assistant\s+)?(?:coach|guard|forward|center|centre|quarterback|pitcher|goalkeeper|goaltender|striker|midfielder|defender|defenseman|linebacker|shortstop|outfielder|rookie)\b`;
/** What is done to a team and to no family: "beat the Mystics", "signed with the Valkyries". */
const TEAM_ACT_BEFORE = String.raw`\b(?:beat|beats|defeated|signed\s+with|traded\s+to|drafted\s+by)\s+the\s+`;

/** A league that plays in teams, named by its initials. */
const LEAGUE = /\b(?:WNBA|NBA|NFL|MLB|NHL|MLS|NWSL)\b/u;
/** A player named with a position: "guard Tiffany Hayes", "forward Emily Engstler"; not "security guard Tom Reid". */
const PLAYER_NAMED =
  /(?<!(?:[Ss]ecurity|[Pp]rison|[Bb]order|[Cc]rossing|[Bb]ody|[Ll]ife|[Ss]chool|[Cc]oast|[Nn]ational|[Hh]onou?r)\s)\b(?:guard|forward|center|quarterback|pitcher|goaltender|linebacker|shortstop|outfielder|rookie)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/**
 * Does the article write `plural` ("Valkyries") as a team's name: a position or a coach right
 * after it ("Valkyries coach Natalie Nakase", "Mystics guard Ariel Atkins"), a score ("the Mystics
 * 81-70"), or a game's or a signing's verb before it ("beat the Mystics", "signed with the
 * Valkyries")? Or does it name a league by its initials and a player by position ("the WNBA", "guard
 * Tiffany Hayes")? A team missing from LISTED_TEAMS and never named with its place ("The Valkyries
 * said") is then a body. Not "against the Smiths" (a lawsuit) nor "the Smiths' lawyer": a family's
 * words stay a family's.
 */
export function writtenAsATeam(article: string, plural: string): boolean {
  if (!article.includes(plural)) return false;
  const league = LEAGUE.test(article);
  // "The NBA fined guard Tom Harris. The Kennedys said …": the player must be named in a sentence
  // that names the plural, or any family in a sports story would be a team.
  if (league && sentencesNaming(article, plural).some((s) => PLAYER_NAMED.test(s))) return true;
  // The name is letters only (THE_PLURAL_NAME): nothing in it to escape.
  const name = plural;
  if (new RegExp(String.raw`\b${name}${TEAM_ROLE_AFTER}|\b${name}\s+\d{1,3}-\d{1,3}\b`, "u").test(article)) return true;
  // "The Joneses beat the Smiths in the bake-off": a game's verb counts only in a story that also
  // names a league or gives a score.
  return new RegExp(`${TEAM_ACT_BEFORE}${name}\\b`, "u").test(article) && (league || SCORE.test(article));
}

/** A score: "81-70", "3-1". */
const SCORE = /\b\d{1,3}-\d{1,3}\b/u;

/** How far either side of a name its sentence is looked for: a text with no full stop stays linear. */
const SENTENCE_REACH = 1000;

/**
 * The sentences of `article` that name `word` (cut at a closing mark and a space; enough here), each
 * at most SENTENCE_REACH chars either side of the name.
 */
function sentencesNaming(article: string, word: string): string[] {
  const found: string[] = [];
  for (let at = article.indexOf(word); at >= 0; at = article.indexOf(word, at + word.length)) {
    const from = Math.max(0, at - SENTENCE_REACH);
    const around = article.slice(from, Math.min(article.length, at + word.length + SENTENCE_REACH));
    const own = at - from;
    const start = Math.max(around.lastIndexOf(". ", own), around.lastIndexOf("! ", own), around.lastIndexOf("? ", own));
    const ends = [". ", "! ", "? "].map((mark) => around.indexOf(mark, own)).filter((e) => e >= 0);
    found.push(around.slice(start + 1, ends.length === 0 ? around.length : Math.min(...ends) + 1));
  }
  return found;
}
