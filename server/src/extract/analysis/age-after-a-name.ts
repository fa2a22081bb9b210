import { OPENING_ADVERBS } from "./lexicon.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { isPersonNoun } from "./article-pronoun.ts";
import { ONE_WORD_CLUBS } from "./one-word-clubs.ts";
import { CLUB_SECOND_WORDS } from "./club-name-second-words.ts";
import {
  A_PERSONS_PRONOUN,
  chargedByALeague,
  clubGoesOn,
  FIRMS_NAMED_ALONE,
} from "./clubs-and-firms-after-a-figure.ts";
import { ACTS_ON_PEOPLE, ageListedAfterACourtAct, SURNAME_AND_AGE } from "./surnames-listed-after-a-court-act.ts";
import { pastAPersonsApposition, personInApposition } from "./a-person-in-apposition.ts";
import { aPersonsPostGoesOn } from "./a-persons-post-after-a-name.ts";
import { aPerformersQualityGoesOn } from "./a-performers-quality-after-an-age.ts";
import { countiesCountedAfterAct } from "./counties-listed-alone.ts";

/**
 * An age written after a person's name between commas, as news copy gives it: "Tom Whitfield, 34,
 * from Belper", "his wife, Jane Smith, 61, said …", and after "aged": "a man, aged 60, was
 * arrested". Counted in years, as "34 years old" is. A place's count after its name ("cases in
 * Kent, 34, and Essex, 28") is left alone: a preposition before the name says it is a place; so
 * is a club's or a place's two-word name ("Manchester City, 68,", "New York, 45,").
 */
const AGED_BEFORE = /\baged[ \u00a0]+$/i;
/** Two capitalised words (a first name and a surname), a comma: "Tom Whitfield, ". */
const NAME_BEFORE =
  /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}*\.?)?[ \u00a0]+\p{Lu}[\p{Ll}'’-]+),[ \u00a0]+$/u;
/** What may follow the age: a comma or a closing bracket, as the aside closes. */
const AGE_CLOSES = /^[ \u00a0]*[,)]/;
const NOT_A_FIRST_NAME = /^(?:In|At|On|From|For|By|Of|To|The|And|But|With|After|Before|Across|Near|Since|During)\b/;
const PLACE_PREPOSITION = /\b(?:in|at|from|to|for|across|near|of|into|between)[ \u00a0]+$/i;
/** A figure (and its noun) and a comma right before the name: "shot 68, ", "on 70 points, ". */
const FIGURE_THEN_COMMA = /\d(?:[ \u00a0]+\p{Ll}+)?,[ \u00a0]+$/u;
/**
 * Words that make two capitalised words a club, a place or a campaign, not a person: "Manchester
 * City, 68, and Liverpool, 65" (points), "Aston Villa, 15," (titles), "New York, 45," (cases),
 * "Real Madrid, 15,", "Yes Scotland, 45,". A league table or a tally lists them as a person's
 * age is listed, and only the name tells them apart.
 */
const NOT_A_PERSON_WORD = new Set([
  ...CLUB_SECOND_WORDS,
  ...(
    "Celtic Real Inter Sporting Dynamo Madrid Milan Munich Dortmund Juventus " +
    "New North South East West Greater Upper Lower Great Saint San Santa Los Las Port Fort Yes Better " +
    "York Jersey Hampshire Yorkshire Wales Ireland Scotland England Africa America Kingdom States Together " +
    "Island Islands Republic Party Council Borough District Park Valley"
  ).split(" "),
]);

/**
 * A table of scorers the name opens or goes on: "The top scorers were Erling Haaland, 22, and …",
 * "Top scorers: …", "The leading goalscorers this season are …", "Most league goals: …". The
 * figure after each name is a tally (decision 415). Only the plural, and only as what "are",
 * "were" or a colon lists: "The goalscorer, Tom Whitfield, 34," names one scorer, and
 * "Goalscorers Tom Whitfield, 34, and Ben Jones, 28, were praised" gives their ages. Read on at
 * most 48 chars before the figure, with no full stop or semicolon between. Only the top, leading or
 * highest scorers (a review of decision 415): "Among the scorers were veteran striker Jamie Vardy,
 * 38, …", "The try scorers were Marcus Smith, 26, …" name one match's scorers, with their ages.
 */
const SCORERS_BEFORE =
  /\b(?:(?:top|leading|highest|prolific)[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,2}?(?:goal)?scorers\b[^.;:]{0,20}?(?:[ \u00a0]*:|[ \u00a0]+(?:are|were))|goals[ \u00a0]*:)[^.;]{0,24}$/i;

/** Is the bare number `number` (digits) at `at` a person's age? */
export function ageAfterName(text: string, at: number, number: string): boolean {
  if (number.length > 3 || !/^\d+$/.test(number) || Number(number) > 120) return false;
  if (!AGE_CLOSES.test(text.slice(at + number.length, at + number.length + 3))) return false;
  const before = text.slice(Math.max(0, at - 48), at);
  if (AGED_BEFORE.test(before)) return true;
  const m = NAME_BEFORE.exec(before);
  if (m === null) return surnameAloneOpening(text, at, number);
  // "In London, 34,", "The Smiths, 4,": a capitalised preposition or determiner opens no name.
  if (NOT_A_FIRST_NAME.test(m[1]!)) return false;
  if (m[1]!.split(/[ \u00a0]+/).some((w) => NOT_A_PERSON_WORD.has(w))) return false;
  // "McIlroy shot 68, Scottie Scheffler, 70, and Jon Rahm, 72": a name that goes on a list of
  // figures takes the list's figure (a score), not an age.
  const beforeName = before.slice(0, m.index + m[0].length - m[1]!.length - 2);
  if (FIGURE_THEN_COMMA.test(beforeName)) return false;
  // Read the scorers further back: "The leading goalscorers this season are " is 40 chars.
  const nameAt = Math.max(0, at - 48) + beforeName.length;
  if (SCORERS_BEFORE.test(text.slice(Math.max(0, nameAt - 80), nameAt))) return false;
  return !PLACE_PREPOSITION.test(beforeName);
}

/** One capitalised word, a surname named in full earlier in the story, opening the claim: "Smith, ". */
const SURNAME_OPENING = /^["“‘]?(\p{Lu}[\p{L}'’-]*\p{Ll}),[ \u00a0]+$/u;
/**
 * After the age, what a person's aside goes on with: an address ("of Redditch", "from Belper") or
 * a person's verb in the singular ("was jailed", "who lives", "pleaded guilty"). A tally's place
 * or club goes on otherwise ("Kent, 34, and Essex, 28", "Arsenal, 68, were top"), and so does one
 * before "was" or "had" and a noun: "Kent, 34, was the worst-hit county", "Norfolk, 34, had the
 * highest rate" (a review of decision 490), so "was", "is", "has" and "had" take a participle.
 */
const PERSON_GOES_ON =
  /^,[ \u00a0]+(?:(?:of|from)[ \u00a0]+\p{Lu}|(?:who|pleaded|admitted|denied|appeared|died)\b|(?:was|is|has|had)[ \u00a0]+(?:\p{Ll}+(?:ed|en)|been|found|told|held|sent|shot|left|caught|struck|hit|brought|taken)\b)/u;

/**
 * "Reeves, 46, is the first female chancellor", "Morgan, 29, was a talented player": "is" or
 * "was" before a noun a person is (decision 545). A tally's place is a county or a club ("Kent,
 * 34, was the worst-hit county"), so only the noun's head is asked: the last of at most four
 * lowercase words after "the", "a" or "an", before a full stop, a comma or a word that ends the
 * noun ("to", "of", "for", "in", "who").
 */
const IS_A_NOUN =
  /^,[ \u00a0]+(?:is|was)[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,3}?(\p{Ll}+)(?=[ \u00a0]+(?:to|of|for|in|at|on|who|with|and|since)\b|[,.;:]|$)/u;

/**
 * "Toyota, 34, is the market leader": a market's, an industry's or a sector's leader is a firm
 * (decision 585), though "leader" alone is a person's noun. Only "leader": "the industry
 * minister", "the market analyst", "the category manager" are people (review of decision 585).
 */
const FIRMS_ROLE = /\b(?:market|industry|sector|category|segment)[ \u00a0]+leaders?$/u;

/**
 * Does the aside after an age go on as a person's: an address, a person's verb, or "is/was" a
 * person? A person's noun in apposition is read past ("Brown, 44, a teacher, was jailed").
 */
function personGoesOn(aside: string): boolean {
  // "Brown, 44, a teacher, was jailed": the verb past a person's noun in apposition (decision 775).
  const after = pastAPersonsApposition(aside) ?? aside;
  if (PERSON_GOES_ON.test(after)) return true;
  const noun = IS_A_NOUN.exec(after);
  if (noun !== null) return isPersonNoun(noun[1]!) && !FIRMS_ROLE.test(noun[0]);
  // "Shell, 44, is the group's chief executive": IS_A_NOUN reads no possessive, the post's list
  // does (decision 705). "Shaw, 68, is magnificent": a performer's praise (decision 1080).
  return aPersonsPostGoesOn(after) || aPerformersQualityGoesOn(after);
}

/**
 * "Smith, 34, of Redditch, was jailed", "Pryce, 34, was jailed": a surname alone (a person named
 * in full before, as news copy names them again) at the start of the claim, and the aside goes on
 * as a person's does (decision 490). Not a place or a club (NOT_A_PERSON_WORD), nor a capitalised
 * word that opens no name ("In", "The").
 */
function surnameAloneOpening(text: string, at: number, number: string): boolean {
  // "Police arrested Jones, 28, Smith, 34, and Patel, 41": the list's later ages (decision 625).
  if (at > 60) return adultAge(number) && ageListedAfterACourtAct(text, at, mayBeSurname);
  const m =
    SURNAME_OPENING.exec(text.slice(0, at)) ??
    (adultAge(number) ? SURNAME_HEARD.exec(text.slice(Math.max(0, at - 40), at)) : null);
  // "Smith, 34, and Jones, 28, were jailed": an aside that goes on with "and" may be a list's.
  // 64 chars: "is the first female chancellor" reads to the noun's end.
  const after = text.slice(at + number.length, at + number.length + 64);
  // "Police charged Kent, 34, Sussex, 28, and Surrey, 41, …": the counties' counts (decision 665).
  if (m !== null && countiesCountedAfterAct(m[0], m[1]!, after)) return false;
  if (m !== null && (personGoesOn(after) || courtActOnAPerson(m[0], text.slice(0, at - m[0].length), after)))
    return mayBeSurname(m[1]!, after);
  if (m === null && adultAge(number) && identifiedAsPersonGoesOn(text, at, after)) return true;
  return surnameListAge(text, at) || (adultAge(number) && ageListedAfterACourtAct(text, at, mayBeSurname));
}

/**
 * "Police identified the man as Smith, 34, of Leeds": a surname after "identified" or "named" and
 * "as", where the aside goes on as a person's (decision 585). The regex runs only where " as "
 * stands in the 64 chars before the figure, a cheap literal test first.
 */
const IDENTIFIED_AS =
  /\b(?:named|identified)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,4}?as[ \u00a0]+(\p{Lu}[\p{L}'’-]*\p{Ll}),[ \u00a0]+$/u;
function identifiedAsPersonGoesOn(text: string, at: number, after: string): boolean {
  const before = text.slice(Math.max(0, at - 64), at);
  if (!before.includes(" as ")) return false;
  const m = IDENTIFIED_AS.exec(before);
  return m !== null && personGoesOn(after) && mayBeSurname(m[1]!, after);
}

/**
 * What only a person's aside goes on with, never a club's: an address, a plea, a court's act on
 * the body ("Fleetwood, 34, of Leeds, was jailed", "Lyon, 29, pleaded guilty", "Stoke, 41, was
 * jailed", "Blackburn, 45, who lives in Bury"). There a town's or a club's name is a surname (a review of decision 545). "Derby, 38,
 * from League One" is a club's.
 */
const ONLY_A_PERSON_GOES_ON =
  /^,[ \u00a0]+(?:(?:both|all)[ \u00a0]+)?(?:(?:of|from)[ \u00a0]+(?!League\b|Division\b)\p{Lu}|(?:pleaded|admitted|denied|appeared|died|who[ \u00a0]+(?:lives|lived))\b|(?:was|is)[ \u00a0]+(?:jailed|arrested|sentenced|remanded|bailed)\b)/u;

/**
 * Could this capitalised word be a surname: not a place's, a club's or a party's word, nor an
 * adverb? A one-word club's name is one only when the aside after the age goes on as only a
 * person's does.
 */
function mayBeSurname(word: string, after: string): boolean {
  // "Leicester, 40, and Derby, 38, who were promoted": a club's points (decision 545).
  if (NOT_A_FIRST_NAME.test(word) || NOT_A_PERSON_WORD.has(word)) return false;
  // "Toyota, 34, is the biggest owner": a firm named alone is one too (decision 625).
  // "Shell, 44, is the chief executive": a post only a person holds keeps the surname (decision 665).
  if ((ONE_WORD_CLUBS.has(word) || FIRMS_NAMED_ALONE.has(word)) && !ONLY_A_PERSON_GOES_ON.test(after))
    return aPersonsPostGoesOn(after);
  // "Preston, 34, was promoted last season", "Police arrested Reading, 25, fans" (decision 625).
  if (clubGoesOn(after)) return false;
  // "Labour, 34, was ahead", "Meanwhile, 34, was the figure": a party or an opening adverb.
  const lower = word.toLowerCase();
  return !(OPENING_ADVERBS.has(lower) || lower.endsWith("ly") || isNationalityOrParty(word));
}

/**
 * What a court or the police do to people, after a pair's or a list's "were" ("Smith, 34, and
 * Jones, 28, were jailed") and before a surname ("Police named Smith, 34, of Redditch").
 */
const COURT_ACTS = `${ACTS_ON_PEOPLE}|killed|injured`;
/**
 * "The jury cleared Brown, 51, of all charges", "Officers arrested Smith, 34, on Tuesday": what a
 * court or the police do to a surname is done to a person, whatever follows (decision 585). Only
 * the court's acts: "named" and "identified" name places too ("Police named Kent, 34, as the
 * worst-hit county").
 */
const COURT_ACT_LEAD = new RegExp(`^(?:${COURT_ACTS})\\b`);
/**
 * Is the court's act that `lead` opens done to a person? A storm kills and injures places too
 * ("The storm injured Cornwall, 34, and Devon, 28, the worst in decades"), so after weather
 * "killed" and "injured" ask the aside as other words do; and a league charges a club ("The FA
 * charged Bolton, 34, with failing to control their players"). Decision 625.
 */
function courtActOnAPerson(lead: string, beforeLead: string, after: string): boolean {
  if (!COURT_ACT_LEAD.test(lead) || chargedByALeague(beforeLead, lead, after)) return false;
  // "The quake injured Brown, 44, a teacher": a person's noun in apposition (decision 665).
  return !(
    HARM_LEAD.test(lead) &&
    WEATHER_BEFORE.test(beforeLead.slice(-32)) &&
    !A_PERSONS_PRONOUN.test(after) &&
    !personInApposition(after)
  );
}
const HARM_LEAD = /^(?:killed|injured)\b/;
/**
 * Weather that strikes a region, not one spot: a fire, a blaze, a landslide or an avalanche kills
 * people where they are ("A house fire killed Harris, 71, on Tuesday night"), so those are left
 * out (a review of decision 625); and a person's pronoun after the figure ("The flood killed Morgan,
 * 60, as he tried to rescue his dog") keeps the person.
 */
const WEATHER_BEFORE =
  /\b(?:storms?|floods?|flooding|wildfires?|quake|earthquake|hurricane|tornado|cyclone|typhoon|heatwave)[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?$/i;

/**
 * "The court heard Smith, 34, had …", "Police said that Smith, 34, was …": a surname alone after
 * "heard" or "that", as court copy names a defendant again (decision 520), and after "named",
 * "identified" or what a court or the police do ("Police named Smith, 34, of Redditch", "Officers
 * arrested Smith, 34, …"; decision 545). A preposition's ("Figures for Kent, 34, …") is a place's
 * count.
 */
const SURNAME_HEARD = new RegExp(
  `\\b(?:heard|that|named|identified|${COURT_ACTS})[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]*\\p{Ll}),[ \\u00a0]+$`,
  "u",
);
/**
 * "Smith, 34, and Jones, 28, were jailed": two surnames with their ages open the claim, and the
 * pair goes on as people do (decision 520); three or four too ("Smith, 34, Jones, 28, and Brown,
 * 51, were jailed"; decision 545). A tally's pair goes on otherwise ("Kent, 34, and
 * Essex, 28, reported cases", "Arsenal, 68, and Chelsea, 65, were level"), so a plural "were" is
 * a person's only before what a court or the police do to people. "both" only before an address or
 * a plea ("both of Leeds", "both denied"): "Toyota, 34, and Honda, 28, both recalled cars" is a
 * tally's, and so is "were named as the worst-hit areas" (a review of decision 520).
 */
const SURNAME_LIST = new RegExp(
  `^["“‘]?(?:\\p{Lu}[\\p{L}'’-]*\\p{Ll},[ \\u00a0]+\\d{1,3},[ \\u00a0]+){1,3}and[ \\u00a0]+\\p{Lu}[\\p{L}'’-]*\\p{Ll},[ \\u00a0]+\\d{1,3},[ \\u00a0]+` +
    `(?:(?:both[ \\u00a0]+)?(?:of|from)[ \\u00a0]+\\p{Lu}|(?:who|(?:both[ \\u00a0]+)?(?:pleaded|admitted|denied|appeared)|were[ \\u00a0]+(?:${COURT_ACTS}))\\b)`,
  "u",
);
/**
 * After a list's bare "who", what only clubs do ("who were promoted", "who drew", "who are level
 * on points") and what only people do ("who all live in Leeds", "who denied", "who were jailed").
 * A club named like a surname ("Bolton, 34, and Preston, 28, who were promoted") and a longer list
 * of clubs off the list ("Mansfield, 40, Stevenage, 38, and Gillingham, 36, who were all promoted")
 * go on as clubs (decision 585).
 */
/*
 * Each club's word is asked with what follows it, as people are promoted, draw and top things too
 * (review of decision 585): "promoted to sergeant", "relegated to the back benches", "drew up the
 * plans", "top the bill", "bottom of the class", "level on votes", and boxers "unbeaten this year"
 * or who "drew in their first fight". A club goes up to a named division ("promoted to League
 * One", "to the Premier League") or with none named, draws a score, with or at someone or on a
 * day, and is top, bottom or level of a table or on points.
 */
const CLUBS_AFTER_WHO = new RegExp(
  "^[ \\u00a0]+(?:(?:were|are|have|had|both|all|been|also)[ \\u00a0]+){0,3}(?:" +
    "(?:promoted|relegated)(?![ \\u00a0]+to[ \\u00a0]+(?!(?:the[ \\u00a0]+)?\\p{Lu}))" +
    "|(?:draw|drew)(?=[ \\u00a0]+(?:\\d|with\\b|level\\b|at\\b|away\\b|on[ \\u00a0]+\\p{Lu}))" +
    "|(?:top|bottom)(?=[ \\u00a0]+of[ \\u00a0]+the[ \\u00a0]+(?:table|league|division|group|standings)\\b|[,.;]|[ \\u00a0]+(?:on[ \\u00a0]+points|with)\\b)" +
    "|level(?=[ \\u00a0]+on[ \\u00a0]+points\\b|[ \\u00a0]+at[ \\u00a0]+the[ \\u00a0]+(?:top|bottom)\\b)" +
    "|unbeaten(?=[ \\u00a0]+(?:at[ \\u00a0]+home|away|in[ \\u00a0]+\\S+[ \\u00a0]+(?:league[ \\u00a0]+)?(?:games|matches)|this[ \\u00a0]+season)\\b)" +
    ")\\b",
  "u",
);
const PEOPLE_AFTER_WHO = new RegExp(
  `^[ \\u00a0]+(?:(?:were|are|both|all)[ \\u00a0]+){0,2}(?:live[sd]?|work(?:s|ed)?|pleaded|admitted|denied|appeared|died|${COURT_ACTS}|(?:of|from)[ \\u00a0]+\\p{Lu})\\b`,
  "u",
);

/**
 * Does the list's "who" go on as people do? Never where only clubs' words follow; a pair as
 * before (decision 520), a list of three or four only with a person's words (a review of decision
 * 545 kept longer lists before "who" from ages; decision 585 reads them where people go on).
 */
function whoGoesOnAsPeople(afterWho: string, listed: number): boolean {
  if (CLUBS_AFTER_WHO.test(afterWho)) return false;
  return listed <= 2 || PEOPLE_AFTER_WHO.test(afterWho);
}

/** Is the age at text[at] one of an opening list of surnames' ages? */
function surnameListAge(text: string, at: number): boolean {
  const m = SURNAME_LIST.exec(text.slice(0, 160));
  if (m === null || at >= m[0].length) return false;
  const people = [...m[0].matchAll(SURNAME_AND_AGE)];
  const last = people[people.length - 1]!;
  const lastAgeEnd = last.index + last[0].length;
  const after = text.slice(lastAgeEnd, lastAgeEnd + 40);
  if (m[0].endsWith("who") && !whoGoesOnAsPeople(text.slice(m[0].length, m[0].length + 40), people.length))
    return false;
  let found = false;
  for (const person of people) {
    if (!adultAge(person[2]!) || !mayBeSurname(person[1]!, after)) return false;
    if (person.index + person[0].length - person[2]!.length === at) found = true;
  }
  return found;
}

/**
 * Court copy names an adult by surname alone; a child is not named so. A figure under 16 after one
 * capitalised word is a tally's ("Brazil, 5, and Germany, 4, who …", "The tribunal heard Uber, 3,
 * had …"), so the pair and "heard" rules read only 16 and over (a review of decision 520).
 */
function adultAge(number: string): boolean {
  return Number(number) >= 16;
}
