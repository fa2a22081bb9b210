import { nounOfShareUnit, type Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isDayOrMonthName } from "./day-or-month-at.ts";
import { SHARE_MODIFIERS } from "./share-counted-noun.ts";
import { isAgeBracket, isBodyHead, isKindOfWork, isListedGroupHead, isPeopleAfterThe } from "./share-group-heads.ts";
import { ageAfterHead } from "./group-narrowed-by-age.ts";
import { showsAVerb } from "./lexicon.ts";

/**
 * The group a share is of (decision 830): "12% among teenagers", "40 per cent of adults in Wales",
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
/** "Americans", "Britons", "Democrats", "Londoners", "Muslims", "Catholics": a capitalised people plural. */
const CAPITALISED_PEOPLE = /^\p{Lu}\p{Ll}+(?:ans|ers|ons|ats|ists|ims|ics)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}]*$/u;
const COMPOUND = /^\p{Ll}+-\p{Ll}+(?:-\p{Ll}+)?$/u;
/**
 * The preposition, then up to three words of the group itself (two modifiers and the head). Not
 * "for": "a pay rise of 5% for nurses", "25% for large companies", "30% for Sanders" are a rise, a
 * tax or a vote, no share of them.
 */
const AFTER_SHARE = /^[ \u00a0]+(among|of)((?:[ \u00a0]+[\p{L}][\p{L}-]*(?:\d{1,2}s)?){1,3})/u;
/** "adults in Wales", "voters in the UK", "pupils in Northern Ireland": a place the group lives in. */
const PLACE_AFTER = /^[ \u00a0]+in[ \u00a0]+((?:the[ \u00a0]+)?\p{Lu}[\p{L}]*(?:[ \u00a0]+\p{Lu}[\p{L}]*){0,2})/u;
/** "adults in January", "voters in Monday’s poll": a month or a weekday, written capitalised, is no place. */
const CAPITALISED_ONLY = /^[A-Z][a-z]*$/;
function isWhenWord(word: string): boolean {
  return CAPITALISED_ONLY.test(word) && isDayOrMonthName(word);
}
/** A possessive's apostrophe: "men's pay", "YouGov’s poll". */
const POSSESSIVE = "['’]";
/** The verbs in "-s" a lowercase word after a name may be: "adults is", "Wales has". */
const VERBS_IN_S = ["is", "was", "has", "does"];
/** A lowercase plural after a word, none of `notPlurals`: "staff costs", "Labour heartlands". */
function pluralAfter(notPlurals: readonly string[]): string {
  return `[ \\u00a0]+(?!(?:${notPlurals.join("|")})\\b)\\p{Ll}+s\\b`;
}
/** "in YouGov’s poll", "in the Labour heartlands": the capitalised words modify a noun after them. */
const PLACE_MODIFIES = new RegExp(
  `^(?:${POSSESSIVE}|${pluralAfter([...VERBS_IN_S, "always", "perhaps", "sometimes"])})`,
  "u",
);
/**
 * "people aged 16 to 24", "children in care", "doctors who say …", "voters under 30": the group is
 * narrower than its head, and the head alone would be read as a share of all of them.
 */
const NARROWED_AFTER_HEAD =
  /^[ \u00a0]+(?:(?:who|that|aged|with|without|under|over|from|on|at)(?![\p{L}])|in[ \u00a0]+(?:the[ \u00a0]+\p{Ll}|(?!the[ \u00a0])\p{Ll}))/u;
const WORD = /[ \u00a0]+/;
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
type GroupReading = "after" | "afterThe" | "ofRate" | "ofRateThe";

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

/**
 * Does a verb, "in" or no word follow `from` of `text`? "the young rose to 14%", "the unemployed
 * are over 50", "the elderly in Wales": the adjective before it names people (decision 920). "the
 * young people", "the poor harvest", "the elderly live alone" (a verb on no list) give none.
 */
function verbOrNoWordAfter(text: string, from: number): boolean {
  const m = NEXT_LOWERCASE.exec(text.slice(from, from + 24));
  if (m === null) return true;
  const w = m[1]!;
  return w === "in" || showsAVerb(w);
}

/**
 * "among women who work part-time.", "among voters who backed Labour in 2019, the poll found": a
 * "who" clause of up to six words that runs to a stop, a comma or a dash (decision 920).
 */
const WHO_CLAUSE =
  /^[ \u00a0]+(who[ \u00a0]+\p{Ll}+(?:[ \u00a0]+[\p{L}\d][\p{L}\d’'-]*){0,4})(?=[.,;:!?](?!\d)|[ \u00a0]*$|[ \u00a0]+[–—])/u;
/** The lowercase words of a text. */
const LOWERCASE_WORDS = /\p{Ll}+/gu;
/** Does a word before the share show a verb: "was", "rose", "backed", "won"? */
function hasVerb(before: string): boolean {
  return (before.match(LOWERCASE_WORDS) ?? []).some(showsAVerb);
}

/**
 * The group written from `at` of `text`: up to two modifiers and a head, the words `words` (the
 * first one or more words found there); then a place after "in". Returns the group's text, or
 * undefined when no head ends the words read, a word before it is no modifier, or the head names
 * a measure after it. `after`: the preposition the words follow ("of", "among"), if any.
 * `shareStart`: where the share's figure starts, whose words before it `hasVerb` reads for a "who"
 * clause after "among"; left out where no such clause is read.
 */
function groupFrom(
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
      verbOrNoWordAfter(text, text.indexOf(word, at) + word.length);
    if (!peopleAfterThe && !isHead(word, reading)) {
      // "gig workers", "care staff": a kind of work before a head of workers (decision 920).
      if (!isModifier(word, isAfterThe(reading)) && !isKindOfWork(word, words[head + 1])) return undefined;
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
    if (after === "among" && next.startsWith(" who ") && shareStart !== undefined) {
      const clause = WHO_CLAUSE.exec(text.slice(headEnd, headEnd + 64));
      if (clause !== null && hasVerb(text.slice(Math.max(0, shareStart - 40), shareStart)))
        return `${group} ${clause[1]!.split(WORD).join(" ")}`;
    }
    // "80% of men's pay", "25% of staff costs": the head modifies a measure after it, which the share is of.
    if (POSSESSIVE_AFTER_HEAD.test(next) || NARROWED_AFTER_HEAD.test(next)) return undefined;
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
    const place = PLACE_AFTER.exec(text.slice(headEnd, headEnd + 48));
    if (place === null) return group;
    const placeWords = place[1]!.split(WORD);
    const placeEnd = headEnd + place[0].length;
    if (placeWords.some(isWhenWord) || PLACE_MODIFIES.test(text.slice(placeEnd, placeEnd + 24))) {
      return group;
    }
    return `${group} in ${placeWords.join(" ")}`;
  }
  return undefined;
}

/**
 * The group after a share ending at `end` of `text`: " among teenagers", " of adults in Wales".
 * `start`: where the share's figure starts, for a verb before it (a "who" clause after "among").
 */
export function groupAfterShare(text: string, end: number, start = end): string | undefined {
  // Cheap test: a space and the first letter of "among" or "of".
  const c = text.charCodeAt(end + 1) | 32;
  if (text.charCodeAt(end) !== 32 || (c !== 97 && c !== 111)) return undefined;
  const m = AFTER_SHARE.exec(text.slice(end, end + 64));
  if (m === null) return undefined;
  const words = m[2]!.trim().split(WORD);
  const at = end + m[0].length - m[2]!.length;
  if (words[0] !== "the") return groupFrom(text, at, words, m[1], "after", start);
  // "30% of the staff", "one in five of the residents": the group after "the", which it keeps.
  if (words.length === 1) return undefined;
  const group = groupFrom(text, text.indexOf(words[1]!, at), words.slice(1), m[1], "afterThe", start);
  return group === undefined ? undefined : `the ${group}`;
}

/** "The unemployment rate for women rose to 5%": a rate's group, named before its figure in the same clause. */
const RATE_GROUP_BEFORE = /\brates?[ \u00a0]+(for|among)[ \u00a0]+((?:[^.;:!?\d]|-\d{1,2}s){1,80})$/u;
/**
 * "interest rates for first-time buyers", "the tax rate for pensioners", "the insurance rate for
 * motorists" (decision 870, with motorists a head): a price's rate, no share of the people.
 */
const PRICE_RATE =
  /\b(?:interest|insurance|mortgage|tax|savings?|growth|exchange|inflation|pay|wage|lending|borrowing|base|deposit|loan|fixed|variable|discount)[ \u00a0]+rates?[ \u00a0]+(?:for|among)[ \u00a0]/iu;

function groupOfRateBefore(text: string, at: number): string | undefined {
  const slice = text.slice(Math.max(0, at - 100), at);
  if (!slice.includes("rate")) return undefined;
  const m = RATE_GROUP_BEFORE.exec(slice);
  if (m === null || PRICE_RATE.test(slice.slice(Math.max(0, m.index - 12), m.index + m[0].length - m[2]!.length)))
    return undefined;
  const words = m[2]!.trim().split(WORD);
  const from = at - m[2]!.length;
  // "the default rate among borrowers" (decision 920): after "among" a rate is a share of them,
  // not a price they are charged ("the rate for borrowers"), so every listed head counts.
  const among = m[1] === "among";
  // "the unemployment rate among the young", "the rate for the over-65s": "the" is kept (decision 920).
  const the = words[0] === "the" && words.length > 1;
  const reading: GroupReading = the ? (among ? "afterThe" : "ofRateThe") : among ? "after" : "ofRate";
  const found = the
    ? groupFrom(text, text.indexOf(words[1]!, from), words.slice(1, 4), undefined, reading)
    : groupFrom(text, from, words.slice(0, 3), undefined, reading);
  // "the rate among the young people of Wales": an "of" after the group names whose they are.
  if (found !== undefined && the && words[found.split(" ").length + 1] === "of") return undefined;
  const group = found !== undefined && the ? `the ${found}` : found;
  // The clause between the group and the figure is short: a verb and "to", "at", "by" ("rose to", "stood at").
  if (group === undefined || words.length - group.split(" ").length > 4) return undefined;
  return group;
}

/**
 * "rose 12% among teenagers", "dropped 8% among Republicans", "a rise of 5% among": a change by a
 * per cent, which is a share of the figure before, not of the people. "by" counts only after a
 * change ("rose by", "cut deaths by"): "backed by 60% of voters" is a share of them. Not
 * `bare-figures.ts`'s CHANGE_BEFORE, which is any word of change before a bare "from".
 */
const CHANGE_BY_A_SHARE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|dropped|drop|drops|climbed|jumped|increased|decreased|declined|slumped|soared|surged|slipped|gained|lost)(?:[ \u00a0]+by)?|(?:rise|increase|fall|drop|cut|jump|decline) of)[ \u00a0]+$/iu;
const BY_BEFORE = /(?:^|[^\p{L}])by[ \u00a0]+$/u;
const CHANGE_VERB =
  /\b(?:cut|cuts|reduced|reduces|raised|raises|lowered|lowers|increased|increases|boosted|slashed)\b/iu;

/** Is the share at `at` of `text` a change by it ("rose by 12%", "cut deaths by 30%")? */
function isChange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (CHANGE_BY_A_SHARE_BEFORE.test(before)) return true;
  return BY_BEFORE.test(before) && CHANGE_VERB.test(before);
}

/** Is `q` a share of a whole: a per cent, "a third", "one in four"? */
function isShare(q: Quantity): boolean {
  return q.unit === "%" || q.unit === "share" || nounOfShareUnit(q.unit) !== null;
}

/**
 * Gives each share among `out` (quantities of `text` = body[start, …)) the group it is of, where
 * one is written right after it, inside it ("one in five children": the counted noun is the
 * group) or before a rate's figure. Others are left as they were, with no `group`.
 */
export function withShareGroups(text: string, start: number, out: Quantity[]): void {
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!;
    if (!isShare(q)) continue;
    const end = q.end - start;
    const noun = nounOfShareUnit(q.unit);
    const counted = noun !== null && q.text.endsWith(noun) ? groupFrom(text, end - noun.length, [noun]) : undefined;
    const group =
      counted ??
      groupAfterShare(text, end, q.start - start) ??
      (q.unit === "%" ? groupOfRateBefore(text, q.start - start) : undefined);
    if (group === undefined) continue;
    if (isChange(text, q.start - start)) continue;
    out[k] = { ...q, group };
  }
}
