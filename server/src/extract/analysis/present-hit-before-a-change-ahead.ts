import { isPlainPersonNoun } from "./article-pronoun.ts";
import { whenClauseOfNoDayAhead } from "./when-clause-of-no-day-ahead.ts";

/**
 * "the Treasury said on Tuesday that the new rates hit households on Friday, when the cap
 * changes": after a plural subject "hit" is a present as well as a past, and a "when" clause in
 * the present after the weekday says the day is still to come, so it is not counted back as an
 * act done (decision 810). Decision 775 read only the words before the weekday, which cannot tell
 * this from "the film, which hit cinemas on Friday, took £5m". A "when" clause with a past in it
 * ("when the roads were busy", "when prices rocketed") leaves the act done, and so does one that
 * names no day to come ("when ferries are busiest", "when the river burst its banks"; decision
 * 865, `whenClauseOfNoDayAhead`), and so does weather's "hit" (decision 915, `WEATHER_THAT_HITS`).
 * The subject's word is kept for that look-up.
 */
const PLURAL_SUBJECT_HIT_BEFORE = /(?<!\p{L})(\p{L}*\p{Ll}s)[ \u00a0]+hit(?:[ \u00a0]+[\p{L}'’-]+){1,4}[ \u00a0]+$/u;

/** ", when the cap changes": a "when" clause after the weekday, up to the clause's end. */
const WHEN_CLAUSE_AFTER = /^,[ \u00a0]+when[ \u00a0]+([^,.;:!?]+)/u;

/**
 * A past in the "when" clause: "were", "had", "rocketed", and the commonest irregular ones
 * ("began"); and those news copy tells a crash, a match, a storm or an assault by ("when the
 * driver lost control", "when Leeds won", "when the wind blew", "when he told them to stop", "when
 * the Fed held rates"; a review of decision 810).
 */
const PAST_IN_THE_CLAUSE =
  /\b(?:was|were|had|did|began|became|came|went|rose|fell|got|saw|ran|left|took|made|struck|broke|stood|lost|won|sat|met|told|said|held|led|kept|felt|slept|caught|fought|brought|thought|bought|sent|spent|built|drove|flew|blew|threw|drew|grew|knew|gave|chose|spoke|woke|froze|rode|shook|sank|swept|found|heard|paid|sold|stole|\p{Ll}+ed)\b/u;

/**
 * Is the weekday (`before` it, at most 48 chars; `after` it, from its end) that of a plural
 * present "hit" still to come, by a present "when" clause after it?
 */
export function presentHitBeforeAChangeAhead(before: string, after: string): boolean {
  // Cheap first: "hit" after a plural in the words before, then the clause's comma and "when".
  if (!before.includes("s hit ")) return false;
  if (!after.startsWith(", when ")) return launchedOnTheWeekday(before, after);
  const when = WHEN_CLAUSE_AFTER.exec(after);
  if (when === null || PAST_IN_THE_CLAUSE.test(when[1]!) || whenClauseOfNoDayAhead(when[1]!)) return false;
  const hit = PLURAL_SUBJECT_HIT_BEFORE.exec(before);
  return hit !== null && !WEATHER_THAT_HITS.has(hit[1]!.toLowerCase());
}

/**
 * "Forecasters said on Monday that gales hit Scotland on Saturday, when ferries run late": weather
 * keeps no timetable, so its plural's "hit" is no present of a day set ahead, as a new rate's, a
 * launch's or a strike's may be ("the new rates hit households on Friday, when bills rise",
 * "strikes hit rail services on Friday, when fans travel"), and the "when" clause's bare present
 * is a habit of the day gone (decision 915; decision 865 left it, as the clause alone cannot tell
 * a habit from a day to come). A forecast writes "will hit", which the modal keeps ahead.
 */
const WEATHER_THAT_HITS: ReadonlySet<string> = new Set([
  "gales",
  "storms",
  "thunderstorms",
  "floods",
  "winds",
  "rains",
  "downpours",
  "showers",
  "blizzards",
  "tornadoes",
  "hurricanes",
  "heatwaves",
  "wildfires",
  "tremors",
]);

/**
 * The places a product or a film reaches on its launch ("hit stores", "hit UK cinemas", "hit the
 * market"), and an app's ("hit the App Store", "the Play Store"; decision 915), and a car's ("the
 * new cars hit forecourts"; decision 995, with the price rises and the drivers that hit forecourts
 * too in `NOT_LAUNCHED`).
 */
export const LAUNCH_PLACE = String.raw`(?:stores|shops|shelves|cinemas|screens|theatres|theaters|bookshops|bookstores|showrooms|forecourts|market|(?<=(?:App|Play)[ \u00a0]+)Store)`;

/**
 * "Apple said on Tuesday that the new phones hit stores on Friday.": a launch's "hit" after a
 * plural, into the places a product or a film reaches, with nothing after the weekday, is the
 * present of a day still to come (decision 825; decisions 775 and 810 left it). Box-office copy
 * that reports the day gone goes on past it ("hit cinemas on Friday and took £5m") or writes
 * "which hit" after a singular, and a crash's "hit" names no such place. The word before "hit" is
 * kept for `NOT_LAUNCHED`.
 */
const LAUNCH_HIT_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(\p{L}*\p{Ll}s)[ \u00a0]+hit[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}\p{L}*[ \u00a0]+)?${LAUNCH_PLACE}[ \u00a0]+$`,
  "u",
);

/**
 * "raiders hit shops on Friday", "fears hit the market on Friday", "the crisis hit shops", "the
 * series hit screens": a raid, a disruption or a market's fall hits the places too, and a singular
 * in "-s" has only the past "hit"; none is a launch still to come (a review of decision 825).
 * "sales slumps hit shops", "the recalls hit shelves": a fall in trade or a recall is no launch
 * either (the review of decision 915, as its place after the weekday reached these). "fuel price
 * rises hit forecourts", "new charges hit forecourts", "panic buyers hit forecourts", "shoppers
 * hit stores", "missiles hit the market": a change in prices, the people who go to the places and
 * what is fired at them hit them on a day gone (decision 995, as forecourts joined `LAUNCH_PLACE`).
 */
const NOT_LAUNCHED =
  /^(?:raiders|looters|thieves|robbers|burglars|vandals|protesters|rioters|gangs|attackers|shoplifters|hackers|arsonists|strikes|floods|storms|cuts|outages|blackouts|shortages|closures|fears|worries|concerns|jitters|losses|sanctions|slumps|recalls|bombs|rockets|missiles|shells|drones|rises|hikes|increases|prices|costs|charges|taxes|duties|tariffs|levies|queues|shoppers|hunters|buyers|drivers|motorists|customers|consumers|crowds|series|species|news|chaos|has|was|its|this)$|(?:ss|us|is)$/u;

/**
 * "researchers said that fake apps hit the App Store on Friday", "malicious apps", "counterfeit
 * phones": what no maker launches is found on the store or the shelf on a day gone, so the word
 * before the plural keeps the day counted back (the review of decision 915, as the app store
 * reached these). Asked only after the launch's pattern has matched.
 */
const NOT_A_MAKERS = String.raw`(?<!\p{L})(?:fake|malicious|rogue|scam|bogus|counterfeit|copycat|infected)`;
const NOT_LAUNCHED_BEFORE = new RegExp(String.raw`${NOT_A_MAKERS}[ \u00a0]+$`, "iu");

/**
 * ", priced at £799", ", starting at £30,000": the launch's price after the weekday is the
 * product's, still on sale, and keeps the day ahead as the sentence's end does (decision 865).
 * Box-office copy goes on with what the day took (", taking £5m"), and a raid with what it cost
 * (", costing owners £5,000"), which stay counted back. ", with prices from £799" is the price's
 * too (decision 915).
 */
const PRICE_AFTER = [
  ", priced ",
  ", starting at ",
  ", retailing at ",
  ", from £",
  ", from $",
  ", from €",
  ", with prices from ",
  ", with prices starting at ",
];

/**
 * " in the UK and Europe.", " across the US.", " nationwide.": where the launch reaches, then the
 * sentence's end, keeps the day ahead as the end alone does (decision 915). Only "the", "and" and
 * capitals after "in" or "across", so "in the UK and took £5m" and "in the morning" are not read.
 */
const PLACE_THEN_THE_END =
  /^[ \u00a0]+(?:(?:in|across)(?:[ \u00a0]+(?:the|and|\p{Lu}[\p{L}'’-]*)){1,5}|nationwide|worldwide)[.!?]/u;

/** A sentence's stop: ".", "!" or "?" before a space or the text's end. */
const SENTENCE_STOP = /[.!?](?:\s|$)/u;

/** Does a launch's "hit" (`before` the weekday) stand with nothing `after` the weekday but the sentence's end or a price? */
function launchedOnTheWeekday(before: string, after: string): boolean {
  if (!nothingAfterTheLaunch(after)) return false;
  const m = LAUNCH_HIT_BEFORE.exec(before);
  // Lowercased: with no saying the plural opens the sentence ("Raiders hit shops on Friday.";
  // decision 995), as the word before it may ("Fake apps hit …").
  return m !== null && !NOT_LAUNCHED.test(m[1]!.toLowerCase()) && !NOT_LAUNCHED_BEFORE.test(before.slice(0, m.index));
}

/**
 * Is there nothing `after` a launch's weekday but the sentence's end, a price or the places it
 * reaches?
 */
function nothingAfterTheLaunch(after: string): boolean {
  // Cheap first: the sentence ends right after the weekday; a line break before a lower-case
  // word is a wrapped line inside the sentence ("on Friday\nand that demand was high").
  const end = after.charAt(0);
  if (end === ",") {
    if (!PRICE_AFTER.some((p) => after.startsWith(p))) return false;
    // ", priced at £799, and sold out within hours", "— and sold out": what the day sold goes
    // on after the price, and the day is counted back (a review of decision 865).
    const stop = after.search(SENTENCE_STOP);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    if (sentence.includes(", and ") || sentence.includes("—") || sentence.includes(" – ")) return false;
  } else if (end === " ") {
    if (!PLACE_THEN_THE_END.test(after)) return false;
  } else if (end !== "." && end !== "" && (end !== "\n" || /\p{Ll}/u.test(after.charAt(1)))) return false;
  return true;
}

/**
 * "The film hits cinemas on Friday.", "The Apple Watch hits stores on Friday.": a singular's
 * "hits" is a present only, and into a launch's place with nothing after the weekday but the
 * sentence's end, a price or the places it reaches it is the launch still to come, as a plural's
 * "hit" is (decision 1040; decision 995 read the plural only). "hits the coast", "hits shops on
 * Friday and sold out" and a frame of time gone ("Last week the film hits cinemas on Friday") keep
 * the claim's tense; "fake" or "counterfeit" before the subject is no maker's launch.
 */
const SINGULAR_LAUNCH_HITS_BEFORE = new RegExp(
  String.raw`(?<!\p{L})hits[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}\p{L}*[ \u00a0]+)?${LAUNCH_PLACE}[ \u00a0]+$`,
  "u",
);

/** Is the weekday (`before` it, at most 48 chars; `after` it, from its end) that of a singular's launch still to come? */
export function singularLaunchHitsAhead(before: string, after: string): boolean {
  const m = SINGULAR_LAUNCH_HITS_BEFORE.exec(before);
  return (
    m !== null &&
    nothingAfterTheLaunch(after) &&
    !PAST_FRAME_BEFORE.test(before) &&
    !NOT_LAUNCHED_ANYWHERE_BEFORE.test(before.slice(0, m.index)) &&
    !notLaunchedSingular(before.slice(0, m.index))
  );
}

/**
 * "Thief hits shops on Friday", "The ram-raider hits stores", "The strike hits cinemas": the
 * singular before "hits" is one of what the plural's reader turns away (`NOT_LAUNCHED`, asked in
 * its plural: "thief" as "thieves", "raider" as "raiders"), a raid or a blow on a day gone, no
 * maker's launch (the review of decision 1040); and so is a word for a person ("gunman",
 * "attacker"; decision 1100), written lowercase and not after a preposition (its review).
 */
function notLaunchedSingular(beforeTheHits: string): boolean {
  const m = /(\p{L}+)[ \u00a0]+$/u.exec(beforeTheHits);
  const word = m?.[1];
  if (m === null || word === undefined) return false;
  const w = word.toLowerCase();
  // "The gunman hits shops on Friday": a person is no maker's product, and a person's "hits" is a
  // raid or a headline's present of a day gone (decision 1100; one set look-up, before the plural's
  // regex).
  if (personWhoHits(beforeTheHits.slice(0, m.index), word, w)) return true;
  return NOT_LAUNCHED.test(w.endsWith("s") ? w : w.endsWith("f") ? `${w.slice(0, -1)}ves` : `${w}s`);
}

/**
 * Is `word`, right before "hits", a person who does the hitting? Only the plain person nouns
 * (`isPlainPersonNoun`: "gunman", "attacker", "suspect"), not the roles and occupations, which are
 * also devices ("The new smart speaker", "the Blu-ray player") and titles ("The Host", "The
 * Founder"; the review of decision 1100). A capitalised word is a title or a product's name ("The
 * Father", "The Boss Baby", "The new Game Boy"): one char code. After "about", "of" or "starring"
 * the person is the subject of the film or book that hits ("A new film about the gunman").
 */
function personWhoHits(beforeTheWord: string, word: string, lower: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  return isPlainPersonNoun(lower) && !PREPOSITION_BEFORE_THE_PERSON.test(beforeTheWord);
}
const PREPOSITION_BEFORE_THE_PERSON =
  /\b(?:about|of|on|with|for|from|by|starring|featuring)[ \u00a0]+(?:(?:the|a|an|its)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?$/u;

/** "fake", "counterfeit" anywhere before the singular's "hits" ("A fake app hits the App Store"). */
const NOT_LAUNCHED_ANYWHERE_BEFORE = new RegExp(String.raw`${NOT_A_MAKERS}(?!\p{L})`, "iu");

/**
 * "The new phones hit stores on Friday.", "Marvel's latest films hit cinemas": with no saying the
 * tense walk reads a launch's "hit" ahead only where "new" or "latest" names what is launched,
 * within two words before the plural (decision 995). Without it "Rockets hit the market on
 * Friday", "Bargain hunters hit stores" and "Missiles hit stores" are a day gone, and no list of
 * what hits a place on a day gone is whole.
 */
const NEW_BEFORE_THE_HIT = /(?<!\p{L})(?:[Nn]ew|[Ll]atest)(?:[ \u00a0]+[\p{L}'’-]+){1,2}[ \u00a0]+hit[ \u00a0]/u;

/**
 * "New rules hit shops on Friday", "the latest figures hit the market": new rules, measures or
 * figures are no product, and their "hit" is their blow to the place on a day gone (the review of
 * decision 995). Only with no saying: after one, decision 825's reader is left as it was.
 */
const NEW_BUT_NO_PRODUCT =
  /(?<!\p{L})(?:rules|regulations|restrictions|measures|laws|curbs|controls|limits|figures|statistics)[ \u00a0]+hit[ \u00a0]/iu;

/**
 * "Last week the new phones hit stores on Friday", "Earlier this month …": a frame of time gone
 * before the launch puts its weekday back (the review of decision 995).
 */
const PAST_FRAME_BEFORE = /(?<!\p{L})(?:last|earlier|ago|yesterday)(?!\p{L})/iu;

/** Do the words before a weekday (`before`) name a new product before its "hit", in no past frame? */
export function newProductBeforeTheHit(before: string): boolean {
  return NEW_BEFORE_THE_HIT.test(before) && !NEW_BUT_NO_PRODUCT.test(before) && !PAST_FRAME_BEFORE.test(before);
}
