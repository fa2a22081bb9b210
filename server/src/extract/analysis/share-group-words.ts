/**
 * The words of a share's group, read by `groupFrom` wherever the group stands. The group a share
 * is of (decision 830): "12% among teenagers", "40 per cent of adults in Wales",
 * "a third of households", "one in 20 among teenagers", "one in five children", and "the
 * unemployment rate for women rose to 5%".
 *
 * Only people, households and the bodies a survey counts are a group. "of the cost", "of GDP",
 * "of income", "of the vote" are measures a share is taken of, not a population, so the group's
 * head must be a word of `share-group-heads.ts` (or a capitalised plural such as "Americans",
 * "Democrats"). A determiner before the group ("of its members", "among those who …") points to a
 * group named elsewhere and gives none, but "the" (decision 870): "30% of the staff", "half of the
 * pupils" name their people as plainly as "of staff" does, and "the" is kept in the group. Any other
 * word between the preposition and the head but up to two modifiers ("young", "Black", "UK",
 * "low-income") gives none.
 */
import { SHARE_MODIFIERS } from "./share-counted-noun.ts";
import {
  isAgeBracket,
  isBodyHead,
  isKindOfWork,
  isListedGroupHead,
  isModifierAfterThe,
  isPeopleAfterThe,
} from "./share-group-heads.ts";
import { ageAfterHead } from "./group-narrowed-by-age.ts";
import {
  NOUNS_BEFORE_A_NOUN,
  PARTICIPLES_OF_BUILT_THINGS,
  PLURAL_PRESENT_VERBS,
  WORKFORCE_MEASURES,
  WORKFORCE_MEASURES_ALSO_VERBS,
  showsAVerb,
} from "./lexicon.ts";
import { placeAfterHead } from "./share-group-place.ts";
import { presentVerbByItsWord } from "./present-verb-by-its-word.ts";
import { POSSESSIVE, pluralAfter, VERBS_IN_S } from "./share-group-text.ts";
import {
  whoClauseAfterAmong,
  whoClauseAfterAmongToMainVerb,
  whoClauseBeforeMainVerb,
} from "./share-group-who-clause.ts";

/** "Americans", "Britons", "Democrats", "Londoners", "Muslims", "Catholics": a capitalised people plural. */
const CAPITALISED_PEOPLE = /^\p{Lu}\p{Ll}+(?:ans|ers|ons|ats|ists|ims|ics)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}]*$/u;
const COMPOUND = /^\p{Ll}+-\p{Ll}+(?:-\p{Ll}+)?$/u;
/**
 * "people aged 16 to 24", "children in care", "doctors who say …", "voters under 30": the group is
 * narrower than its head, and the head alone would be read as a share of all of them.
 */
const NARROWED_AFTER_HEAD =
  /^[ \u00a0]+(?:(?:who|that|aged|with|without|under|over|from|on|at)(?![\p{L}])|in[ \u00a0]+(?:the[ \u00a0]+\p{Ll}|(?!the[ \u00a0])\p{Ll}))/u;
/** "80% of men's pay": a possessive after the head. */
const POSSESSIVE_AFTER_HEAD = new RegExp(`^${POSSESSIVE}`);
/**
 * "25% of staff costs": after "of", a lowercase plural that is no verb in "-s" ("was", "has",
 * "does"). Not asked after "among" or inside "one in five children", where the verb agrees with
 * "one" and ends in "-s" ("one in 20 among teenagers vapes").
 */
const PLURAL_AFTER_HEAD = new RegExp(`^${pluralAfter(VERBS_IN_S)}`, "u");

/** "poorest", "youngest", "largest", "wealthiest": a share modifier's superlative, as in "the poorest households". */
function isSuperlativeOfModifier(word: string): boolean {
  if (!word.endsWith("est")) return false;
  const stem = word.slice(0, -3);
  return SHARE_MODIFIERS.has(stem) || SHARE_MODIFIERS.has(`${stem}e`) || SHARE_MODIFIERS.has(`${stem.slice(0, -1)}y`);
}

/**
 * Is `word` a modifier a group's head may take: one of the share modifiers or their superlatives,
 * a compound, or (not after "the") a capitalised word. After "the", a capitalised word before
 * people names a club or a party's own ("the Rangers fans", "the Labour members").
 */
function isModifier(word: string, afterThe: boolean): boolean {
  if (SHARE_MODIFIERS.has(word) || COMPOUND.test(word) || isSuperlativeOfModifier(word)) return true;
  return !afterThe && CAPITALISED.test(word) && word !== "The";
}

/**
 * Where a group is read: after a share's preposition ("of adults"), after its "the" ("of the
 * staff"), or before a rate's figure ("the rate for women rose to 5%"), with "the" ("the rate
 * among the young rose to 14%", decision 920).
 */
export type GroupReading = "after" | "afterThe" | "ofRate" | "ofRateThe";

function isAfterThe(reading: GroupReading): boolean {
  return reading === "afterThe" || reading === "ofRateThe";
}

/**
 * A capitalised people plural counts only without "the": "the Democrats in the House", "the
 * Rangers" are a party's members or a team. An age bracket ("over-65s") is people in every reading.
 */
function isHead(word: string, reading: GroupReading): boolean {
  return (
    isListedGroupHead(word, reading === "ofRate" || reading === "ofRateThe") ||
    isAgeBracket(word) ||
    (!isAfterThe(reading) && CAPITALISED_PEOPLE.test(word))
  );
}

/** The lowercase word right after a word: "young rose", "unemployed are". */
const NEXT_LOWERCASE = /^[ \u00a0]+(\p{Ll}+)/u;

/** The clause's end after a word: a stop, a comma, a colon, a semicolon or the text's end. */
const CLAUSE_END = /^[ \u00a0]*(?:[.,;:!?]|$)/u;

/**
 * A comma after "old", "rich" or "sick", then an adjective and a plural: "the old, draughty homes",
 * "the old, crumbling schools" (decision 960's review). The comma is no clause's end there; "the
 * sick, the poll found" and "the rich, who …" are.
 */
const ADJECTIVES_IN_A_ROW =
  /^,[ \u00a0]+(?!(?:the|a|an|its|their|who|and|but|or)[ \u00a0])\p{Ll}+[ \u00a0]+\p{Ll}{2,}s\b/u;
/** What may follow "live", "smoke", "sleep" as a verb: "the old live alone", "the old sleep badly". */
const VERB_AND_ITS_WORD =
  /^(?:[ \u00a0]*(?:[.,;:!?]|$)|[ \u00a0]+(?:alone|in|on|at|with|near|abroad|longer|less|more|badly|well|independently|together|apart|outside|without)\b(?!-))/u;

/** "were", "are", "was", "is", "have", "had": a passive after "the old" may follow. */
const BE_FORMS = new Set(["were", "are", "was", "is", "have", "had"]);
/** "were built", "had been demolished", "are largely listed": the passive's participle (group 2), after "been" (group 1). */
const PASSIVE_AFTER_BE = /^[ \u00a0]+(been[ \u00a0]+)?(?:\p{Ll}+ly[ \u00a0]+)?(\p{Ll}+)/u;
/** "insulated from rising prices", "restored to health": the participle said of people (review). */
const SAID_OF_PEOPLE_AFTER = /^[ \u00a0]+(?:from|against|to[ \u00a0]+(?:health|life|work|their[ \u00a0]+homes?))\b/u;

/**
 * Does a participle of `PARTICIPLES_OF_BUILT_THINGS` open `rest` (after `be`, a form of "be" or
 * "have")? "the old were built before 1900", "the old had been demolished": "the old" is bridges,
 * homes, schools, whose noun the share's clause left out (decision 1045). "the old were hit
 * hardest" is people; so are "the old have built up savings" (no "been": an active perfect) and
 * "the rich are insulated from the downturn" (review).
 */
function builtAfter(rest: string, be: string): boolean {
  const m = PASSIVE_AFTER_BE.exec(rest);
  if (m === null || !PARTICIPLES_OF_BUILT_THINGS.has(m[2]!)) return false;
  if (m[1] === undefined && (be === "have" || be === "had")) return false;
  return !SAID_OF_PEOPLE_AFTER.test(rest.slice(m[0].length));
}

/**
 * Does a verb, "in" or no word follow `from` of `text`? "the young rose to 14%", "the unemployed
 * are over 50", "the elderly in Wales": the adjective before it names people (decision 920), and
 * so it does before a present verb of `PLURAL_PRESENT_VERBS` ("the elderly live alone", decision
 * 960). "the young people", "the poor harvest" give none. `modifier`: the adjective is as often a
 * modifier ("the old town", "the sick pay"), and only a verb, "in" or the clause's end may follow it.
 */
function verbOrNoWordAfter(text: string, from: number, modifier: boolean): boolean {
  const after = text.slice(from, from + 24);
  const m = NEXT_LOWERCASE.exec(after);
  if (m === null) return !modifier || (CLAUSE_END.test(after) && !ADJECTIVES_IN_A_ROW.test(after));
  const w = m[1]!;
  // "30% of the old were built before 1900": things built, not people (decision 1045).
  if (modifier && BE_FORMS.has(w) && builtAfter(text.slice(from + m[0].length, from + 64), w)) return false;
  // "among the young who vote Labour live in cities": a "who" clause names people, read to the main
  // verb by `groupFrom` or refused there (decision 1105).
  if (w === "in" || w === "who" || showsAVerb(w)) return true;
  // "the sick wait more than 18 weeks": a verb on no list, read by the word it takes (decision 1000).
  if (!PLURAL_PRESENT_VERBS.has(w)) return presentVerbByItsWord(text, from);
  // "the old smoke alarms", "the old sleep pods", "the old live-in carers": after "old", "rich" or
  // "sick" these three are people's verbs only before a word that ends their clause or follows a verb.
  return !modifier || !NOUNS_BEFORE_A_NOUN.has(w) || VERB_AND_ITS_WORD.test(after.slice(m[0].length));
}

/**
 * "is", "was", "has", "does" after a measure, or their "n't" ("staff pay isn't enough", decision
 * 1140): the measure is the subject, no plural's verb.
 */
const SINGULAR_VERB_AFTER = new RegExp(`^[ \\u00a0]+(?:${VERBS_IN_S.join("|")})(?:n['’]t)?\\b`);

/**
 * Does a measure of a workforce follow the head ending at `headEnd` (`next`: the 24 chars after
 * it)? "care home staff turnover" (decision 1045), and "staff pay is", "nurses training was", whose
 * measure is also a verb and is read as the measure only before a singular verb (decision 1105).
 */
function isWorkforceMeasure(text: string, headEnd: number, next: string): boolean {
  const m = NEXT_LOWERCASE.exec(next);
  if (m === null) return false;
  if (WORKFORCE_MEASURES.has(m[1]!)) return true;
  const end = headEnd + m[0].length;
  return WORKFORCE_MEASURES_ALSO_VERBS.has(m[1]!) && SINGULAR_VERB_AFTER.test(text.slice(end, end + 12));
}

/** The "who" clause after a head ending at `headEnd`, to the main verb: after "of" (decision 960), after "among" (decision 1045). */
function whoClauseToMainVerb(text: string, headEnd: number, after?: string, shareStart?: number): string | undefined {
  if (after === "of") return whoClauseBeforeMainVerb(text, headEnd);
  if (after !== "among" || shareStart === undefined) return undefined;
  return whoClauseAfterAmongToMainVerb(text, headEnd, shareStart);
}

/**
 * The group written from `at` of `text`: up to two modifiers and a head, the words `words` (the
 * first one or more words found there); then a place after "in". Returns the group's text, or
 * undefined when no head ends the words read, a word before it is no modifier, or the head names
 * a measure after it. `after`: the preposition the words follow ("of", "among"), if any.
 * `shareStart`: where the share's figure starts, whose words before it `hasVerb` reads for a "who"
 * clause after "among"; left out where no such clause is read.
 */
export function groupFrom(
  text: string,
  at: number,
  words: string[],
  after?: string,
  reading: GroupReading = "after",
  shareStart?: number,
): string | undefined {
  for (let head = 0; head < words.length; head++) {
    const word = words[head]!;
    const peopleAfterThe =
      head === 0 &&
      isAfterThe(reading) &&
      isPeopleAfterThe(word) &&
      verbOrNoWordAfter(text, text.indexOf(word, at) + word.length, isModifierAfterThe(word));
    if (!peopleAfterThe && !isHead(word, reading)) {
      // "gig workers", "care staff": a kind of work before a head of workers (decision 920), and
      // "care home residents" (decision 960).
      if (!isModifier(word, isAfterThe(reading)) && !isKindOfWork(words, head)) return undefined;
      continue;
    }
    let group = words.slice(0, head + 1).join(" ");
    // Where the head ends: the words are read from `at`, spaces between them kept as written.
    let headEnd = text.indexOf(words[head]!, at) + words[head]!.length;
    // "people aged 16 to 24", "children under five": an age narrows people, and is read into the
    // group (decision 870). Households and bodies have a size ("businesses under 50 staff"), no age.
    const age = isBodyHead(words[head]!) ? undefined : ageAfterHead(text.slice(headEnd, headEnd + 40));
    if (age !== undefined) {
      group = `${group} ${age[0]}`;
      headEnd += age[1];
    }
    const next = text.slice(headEnd, headEnd + 24);
    // "40% among women who work part-time.": a short "who" clause to the clause's end, after a verb
    // before the share (decision 920). "Some 40% of women who work part-time earn less" gives none.
    const clause =
      after === "among" && shareStart !== undefined ? whoClauseAfterAmong(text, headEnd, shareStart) : undefined;
    if (clause !== undefined) return `${group} ${clause}`;
    // "40% of women who work part-time earn less": a "who" clause to the main verb (decision 960).
    // After an age too: "12% of people aged 16 to 24 who work part-time are paid less" (decision 1000).
    // After "among" with no verb before the share: "Some 40% among women who work part-time earn less" (decision 1045).
    const toVerb = whoClauseToMainVerb(text, headEnd, after, shareStart);
    if (toVerb !== undefined) return `${group} ${toVerb}`;
    // "80% of men's pay", "25% of staff costs": the head modifies a measure after it, which the share is of.
    if (POSSESSIVE_AFTER_HEAD.test(next) || NARROWED_AFTER_HEAD.test(next)) return undefined;
    // "40% of care home staff turnover": a measure of the workforce after its head, which the share
    // is of (decision 1045), as "staff costs" is a plural's (decision 830).
    if (after === "of" && isWorkforceMeasure(text, headEnd, next)) return undefined;
    // "members of the public", "owners of electric cars", "viewers of the final": a head of decision
    // 870 narrowed by an "of" after it, whose group is not all of them. Decision 830's heads read as before.
    if (next.startsWith(" of ") && isListedGroupHead(words[head]!) && !isListedGroupHead(words[head]!, true))
      return undefined;
    // "among Rangers supporters": a capitalised plural before a plural noun is a club or a party, no
    // people. Not inside "one in five Britons skips", whose verb agrees with "one". After an age, a
    // plural is its unit ("workers over 48 hours"), which no age has.
    const capitalisedBeforeNoun = after === "among" && !isListedGroupHead(words[head]!);
    if ((after === "of" || capitalisedBeforeNoun || age !== undefined) && PLURAL_AFTER_HEAD.test(next))
      return undefined;
    const place = placeAfterHead(text, headEnd);
    return place === undefined ? group : `${group} in ${place}`;
  }
  return undefined;
}
