import { ONE_WORD_COMPANIES } from "./lexicon.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { collegeNameGoesOn } from "./college-name-goes-on.ts";

/**
 * "Halvorsen Foods reported … . The company now expects …": a later "the company", "the county"
 * or "the council" is the body of that kind the article has named so far, when it has named
 * exactly one. A company is named by a word only companies end their names with ("Halvorsen
 * Foods", "Acme Corp", "Tesco plc"), a county as "Pecos County", a council as "Leeds City
 * Council". Two bodies of the kind, or one whose name cannot be read ("General Motors": "General"
 * is also a common word), and the reference stays as written: which one is meant is not in the
 * words. A company must also have opened a sentence or spoken, not only been a customer, a buyer
 * or a sponsor (see companyAt); a lowercase "city council" is a council whose name is not read. The body is read once, in order, as far as the sentence being read, and only once an
 * article holds such a reference.
 */

/** The last words of a company's name that name nothing else: "Foods", "Inc", "Ltd", "Group", "Corp". */
const COMPANY_ENDINGS =
  "Foods|Inc|Ltd|Limited|Corp|Corporation|Group|Holdings|plc|PLC|LLC|Motors|Airlines|Pharmaceuticals|Technologies|Industries";

/**
 * A kind's word at the end of a name, or a company news copy names by one word ("Tesla bought a
 * stake in Wagner Group. The company said …" names two companies, not one). The search starts
 * with literal words, so the engine skips ahead fast; that no letter stands before them is read
 * in code (a leading lookbehind would be tried at every position).
 */
const KIND_ENDINGS = new RegExp(
  `(?:(${COMPANY_ENDINGS})|(County)|(Council)|(${ONE_WORD_COMPANIES.join("|")})|((?:city|parish|county|town|district|borough|village|municipal|local) council)|(College|Academy|Constabulary))(?![\\p{L}-])`,
  "gu",
);

/** "college", "academy", "constabulary": "Eton College has closed …. The College said …" (second review of decision 725). */
type Kind = "company" | "county" | "council" | "college" | "academy" | "constabulary";

/** The references read: "the company", "the county", "the council", as cleaned claimant names. */
/**
 * "Halvorsen Foods raised its forecast. The snack maker said …": a company described by its trade,
 * and the ending a company's name has for the trade (null: any; an ending that tells no trade,
 * "Inc", fits each). Read as "the company" is, under the same guards, and more (see
 * BodiesNamedSoFar.tradeFits).
 */
const TRADES = new Map<string, RegExp | null>([
  ["firm", null],
  ["retailer", null],
  ["snack maker", /\sFoods$/],
  ["grocer", /\sFoods$/],
  ["carmaker", /\sMotors$/],
  ["automaker", /\sMotors$/],
  ["drugmaker", /\sPharmaceuticals$/],
  ["airline", /\sAirlines$/],
]);
/** Endings that tell no trade: "Mondelez International Inc" may be a snack maker. */
const ANY_TRADE = /\s(?:Inc|Ltd|Limited|Corp|Corporation|Group|Holdings|plc|PLC|LLC)$/;
/**
 * Does the sentence write the trade word for some other company than `name` ("hired a consulting
 * firm", "sold its stake to a retailer")? Not the company's own description after a comma
 * ("Halvorsen Foods, the snack maker,", "Apex Holdings, a retailer,").
 */
function namesAnotherOfTheTrade(sentence: string, name: string, trade: string): boolean {
  let at = sentence.indexOf(trade);
  while (at >= 0) {
    const whole = !/[\p{L}-]/u.test(sentence[at - 1] ?? " ") && !/[\p{L}-]/u.test(sentence[at + trade.length] ?? " ");
    if (whole && !OWN_DESCRIPTION.test(sentence.slice(0, at).replace(name, "\uFFFC"))) return true;
    at = sentence.indexOf(trade, at + trade.length);
  }
  return false;
}
/** The company's name, a comma and "the" or "a", and a word or two: "Halvorsen Foods, the Oslo-based ". */
const OWN_DESCRIPTION = /\uFFFC,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A sentence's closing mark, and the abbreviations whose point closes none ("Acme Inc. raised"). */
const SENTENCE_END = /[.!?]/;
const ABBREVIATION_BEFORE = /(?:Inc|Corp|Ltd|Co|Mr|Mrs|Ms|Dr|St)$/;

/**
 * The sentence that ends right before `position` (a sentence's start), read at most 400 chars
 * back: "Halvorsen Foods raised its forecast." before "The snack maker said …".
 */
export function sentenceBefore(body: string, position: number): string {
  const before = body.slice(Math.max(0, position - 400), position).trimEnd();
  let start = before.length - 1;
  while (
    start > 0 &&
    !(
      SENTENCE_END.test(before[start - 1]!) &&
      /\s/.test(before[start]!) &&
      !ABBREVIATION_BEFORE.test(before.slice(0, start - 1))
    )
  )
    start--;
  return before.slice(start);
}

const REFERENCES = new Map<string, Kind>([
  ["company", "company"],
  ...[...TRADES.keys()].map((noun): [string, Kind] => [noun, "company"]),
  ["county", "county"],
  ["council", "council"],
  ["college", "college"],
  ["academy", "academy"],
  ["constabulary", "constabulary"],
]);

/** Whether a claimant's cleaned name ("company") is a reference this reader resolves. */
export function bodyReferenceKind(name: string): Kind | undefined {
  return REFERENCES.get(name.toLowerCase());
}

const WORD_CHAR_BEFORE = /[\p{L}-]/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'&.-]*|&)$/u;
/** Capitalised words that open a sentence or date it, never the first word of a body's name. */
export const NOT_IN_NAMES = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Shares Officials".split(
    " ",
  ),
);
const COMPANY_ENDING = new RegExp(`^(?:${COMPANY_ENDINGS})$`);
/** How many words before the kind's word a name may have: "Prince George's County", "Palm Beach County". */
const NAME_WORDS = 3;
/** A name no reference may resolve to: stands for a body whose name could not be read. */
const UNREADABLE = "\u0000";
/** Between a county's name and its state in the key it is counted by. */
const STATE_MARK = "\u0001";

/** The name ending at the kind's word at `at` ("Halvorsen Foods"), or UNREADABLE when no word before it belongs to one. */
function nameEndingAt(body: string, at: number, endWord: string): string {
  const words: string[] = [];
  let end = at;
  while (words.length < NAME_WORDS) {
    let e = end;
    while (e > 0 && (body[e - 1] === " " || body[e - 1] === "\u00a0")) e--;
    if (e === end) break;
    let s = e;
    while (s > 0 && !/\s/.test(body[s - 1]!)) s--;
    const word = body.slice(s, e);
    if (!NAME_WORD.test(word) || NOT_IN_NAMES.has(word) || isCommonWord(word.toLowerCase())) break;
    words.unshift(word);
    end = s;
  }
  // "Halvorsen Foods Group": the name ends at its first kind's word, so both mentions are one body.
  if (words.length > 0 && COMPANY_ENDING.test(words[words.length - 1]!)) return words.join(" ");
  return words.length === 0 ? UNREADABLE : `${words.join(" ")} ${endWord}`;
}

/**
 * Where a company's name opens a sentence: the start of the text or of a line, or after a
 * sentence's closing mark (not inside a quotation, whose opening mark stands right before it).
 */
const SENTENCE_START_BEFORE = /(?:[.!?][”"’)]?\s+|\n\s*)(?:The\s+)?$/u;
/** A trailing tag's speaker: ", Halvorsen Foods said." */
const TAG_BEFORE = /[,”"]\s+(?:the\s+)?$/u;
const TAG_VERB_AFTER = /^\s+(?:said|says|added|told)\b/u;
/**
 * What follows a company that is its sentence's subject: a comma ("Ashcombe Foods, which supplies
 * Tesco, said") or a verb ("said", "posted", "will", "expects"). Not "and" (two subjects), a
 * possessive, or a noun it qualifies ("Mercer Group chairman Tom Hale", "Acme Corp shares").
 */
const SUBJECT_AFTER =
  /^(?:,|\s+(?:said|told|will|would|could|can|may|might|must|should|is|was|has|had|have|did|does|plans|expects|also|now|still|then|again|yesterday|today|earlier|later|recently|cut|put|set|hit|bought|sold|made|won|lost|took|paid|fell|rose|grew|began|spent|sent|built|brought|gave|got|held|kept|led|left|ran|saw|struck|wrote|became|chose|drove|fought|found|met|quit|shut|split|stood|withdrew|\p{Ll}+ed))(?![\p{L}-])/u;
/** A company's ending written with a point after it: "Inc.", "Corp.", "Ltd.". */
const ABBREVIATED_ENDING = /(?:Inc|Corp|Ltd)$/;
/** A verb in "-s" after a subject: "Halvorsen Foods reports", "Apex Holdings says". */
const VERB_IN_S = /^\s+(\p{Ll}+s)(?![\p{L}-])/u;
/** Nouns in "-s" that a company's name qualifies rather than governs: "Acme Corp shares fell". */
const NOUNS_IN_S = new Set(
  "shares shareholders workers employees executives officials staff customers investors directors stores plants sales profits products bonds results accounts lawyers".split(
    " ",
  ),
);
/**
 * Another company described as one beside its name: "Orbis, a Swedish software maker,", "Zeta,
 * the fintech start-up,", "Ford, its main rival,". Such a company has no suffix to be counted
 * by, so a later "the company" may be it.
 */
const DESCRIBED_COMPANY =
  /(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,3}),\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:[\p{L}-]*maker|start-?up|firm|company|exchange|group|carrier|airline|retailer|rival|chain|supplier|customer|lender|bank|insurer|operator|manufacturer|producer|developer|conglomerate|subsidiary|parent|brand|business|buyer|bidder|owner)(?![\p{L}-])/gu;
/**
 * "The company" that is a troupe or a unit of soldiers: an article naming a theatre, ballet,
 * opera or orchestra, a "Company" by name, or an army's company is read as before.
 */
const OTHER_COMPANIES =
  /\b(?:Theat(?:re|er)|Ballet|Opera|Orchestra|Company|Players)\b|\b(?:[Ii]nfantry|[Aa]rmy|[Rr]ifle|[Aa]rtillery|[Tt]ank|[Pp]aratroop|[Ee]ngineer)\s+[Cc]ompany\b/u;

export class BodiesNamedSoFar {
  private readonly named = new Map<Kind, Set<string>>();
  /** Companies that opened a sentence as its subject or spoke in a trailing tag: the only ones "the company" may be. */
  private readonly subjects = new Set<string>();
  /** The next kind's word not yet taken in (found past a position asked for earlier), or null at the end. */
  private next: RegExpExecArray | null | undefined;

  constructor(private readonly body: string) {}

  /**
   * The one body of the kind named before `position`, or null when none or more than one was. For
   * a trade word (`reference`: "snack maker", "airline"), also only a company whose name fits the
   * trade and that the sentence right before names alone (see tradeFits).
   */
  bodyAt(kind: Kind, position: number, reference = ""): string | null {
    this.readUpTo(position);
    const names = this.named.get(kind);
    if (names === undefined || names.size !== 1) return null;
    const [name] = names;
    if (name === UNREADABLE) return null;
    if (kind === "company" && !this.companyAt(name!, position)) return null;
    if (TRADES.has(reference) && !this.tradeFits(name!, reference, position)) return null;
    return name!.split(STATE_MARK)[0]!;
  }

  /**
   * "Halvorsen Foods raised its forecast. The snack maker said …": a trade word names the company
   * only when its name fits the trade ("Foods" for a snack maker; "Halvorsen Foods said …. The
   * airline said …" is another company) and the sentence right before names it and no other
   * capitalised name ("Halvorsen Foods supplies Tesco. The retailer said …" may be Tesco, whose
   * name has no suffix to be counted by).
   */
  private tradeFits(name: string, trade: string, position: number): boolean {
    const ending = TRADES.get(trade);
    if (ending !== null && !ending!.test(name) && !ANY_TRADE.test(name)) return false;
    const sentence = sentenceBefore(this.body, position);
    if (!sentence.includes(name)) return false;
    // "Acme Corp hired a consulting firm. The firm said …": the sentence before names another of
    // the trade, unless only as the company's own description ("Halvorsen Foods, a snack maker,").
    if (namesAnotherOfTheTrade(sentence, name, trade)) return false;
    const own = new Set(name.split(" "));
    const words = sentence.replace(name, " ").match(/\p{Lu}[\p{L}’'&-]*/gu) ?? [];
    return words.every((w, k) => (k === 0 && sentence.trimStart().startsWith(w)) || own.has(w) || NOT_IN_NAMES.has(w));
  }

  /**
   * The key a county is counted by: "Orange County, Florida" and "Orange County, California" are
   * two (the state after the comma is kept, after STATE_MARK, and dropped from the name read). A
   * county after "from" or "in" ("a man from Harris County", "officials in Pecos County") is where
   * someone is from, and blocks a reference as an unreadable name does.
   */
  private countyKey(name: string, end: number): string {
    const start = end - name.length;
    if (/\b(?:from|in)\s+$/u.test(this.body.slice(Math.max(0, start - 6), start))) return UNREADABLE;
    const state = /^,\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(this.body.slice(end, end + 30));
    return state === null ? name : `${name}${STATE_MARK}${state[1]}`;
  }

  /**
   * Can "the company" before `position` be `name`, the one company named by a suffix so far? Only
   * when it opened a sentence or spoke ("Halvorsen Foods said"), not when it was a customer, a
   * buyer or a sponsor after "by", "of" or "from"; when no other company is described beside its
   * name ("Orbis, a Swedish software maker,"); and when no troupe or army company is in the text.
   */
  private companyAt(name: string, position: number): boolean {
    if (!this.subjects.has(name)) return false;
    const before = this.body.slice(0, position);
    if (OTHER_COMPANIES.test(before)) return false;
    for (const m of before.matchAll(DESCRIBED_COMPANY)) {
      const described = m[1]!.replace(/^The\s+/, "");
      if (described !== name) return false;
    }
    return true;
  }

  /** Did the company's name at [start, end) open its sentence as the subject, or speak in a trailing tag? */
  private isSubject(start: number, end: number): boolean {
    const before = this.body.slice(Math.max(0, start - 12), start);
    // "Mondelez International Inc. raised …": an abbreviation's point, then a lowercase verb.
    const rest = this.body.slice(end, end + 31);
    const after = ABBREVIATED_ENDING.test(this.body.slice(end - 4, end))
      ? rest.replace(/^\.(?= \p{Ll})/u, "")
      : rest.slice(0, 30);
    if (TAG_BEFORE.test(before) && TAG_VERB_AFTER.test(after)) return true;
    if (!(start - before.length === 0 && /^(?:The\s+)?$/u.test(before)) && !SENTENCE_START_BEFORE.test(before))
      return false;
    if (SUBJECT_AFTER.test(after)) return true;
    const verb = VERB_IN_S.exec(after);
    return verb !== null && !NOUNS_IN_S.has(verb[1]!);
  }

  /** Takes in every kind's word that ends before `position`; each is found once, so the body is searched once in all. */
  private readUpTo(position: number): void {
    if (this.next === undefined) {
      KIND_ENDINGS.lastIndex = 0;
      this.next = KIND_ENDINGS.exec(this.body);
    }
    while (this.next !== null && this.next.index + this.next[0].length <= position) {
      const m = this.next;
      KIND_ENDINGS.lastIndex = m.index + m[0].length;
      // "UniGroup": a word that only ends in a kind's word is none.
      if (m.index > 0 && WORD_CHAR_BEFORE.test(this.body[m.index - 1]!)) {
        this.next = KIND_ENDINGS.exec(this.body);
        continue;
      }
      const kind: Kind =
        m[6] !== undefined
          ? (m[6].toLowerCase() as Kind)
          : m[2] !== undefined
            ? "county"
            : m[3] !== undefined || m[5] !== undefined
              ? "council"
              : "company";
      let name = m[5] !== undefined ? UNREADABLE : m[4] !== undefined ? m[4] : nameEndingAt(this.body, m.index, m[0]);
      if (kind === "county" && name !== UNREADABLE) name = this.countyKey(name, m.index + m[0].length);
      // "Trinity College Dublin", "the (Royal) College of Nursing": what goes on after the kind,
      // where a kind with no name before it may still have one after it (decision 770).
      if (m[6] !== undefined)
        name = collegeNameGoesOn(this.body, m.index + m[0].length, name === UNREADABLE ? m[0] : name) ?? name;
      let names = this.named.get(kind);
      if (names === undefined) this.named.set(kind, (names = new Set()));
      names.add(name);
      if (kind === "company" && name !== UNREADABLE) {
        const start = m[4] !== undefined ? m.index : m.index + m[0].length - name.length;
        if (this.body.slice(start, m.index + m[0].length) === name && this.isSubject(start, m.index + m[0].length))
          this.subjects.add(name);
      }
      this.next = KIND_ENDINGS.exec(this.body);
    }
  }
}
