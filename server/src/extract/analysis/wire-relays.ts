import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";
import { endsLikeANewspaper, isNewspaperOfOrdinaryWords } from "./bodies-named-like-people.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/**
 * Wire copy relays what a speaker told another outlet: "X was quoted as saying …", "Interfax news
 * agency cited Lavrov as saying …", "…, Lavrov said in comments carried by the TASS news agency".
 * The speaker makes the claim; the outlet that carried it is its `via`, as for "told Interfax".
 */

/** Words that name an outlet by its kind: "the TASS news agency", "state television". */
const OUTLET_NOUNS = new Set(
  "agency television tv radio media broadcaster newspaper daily channel network outlet website paper wire service news".split(
    " ",
  ),
);
/** What the relaying outlet is called when it is written with its kind: the name beside the kind. */
const CAPITALISED_WORD = /^\p{Lu}/u;

/**
 * The outlet's name as a claim's `via`: the capitalised name written beside its kind ("the TASS
 * news agency" → "TASS", "state news agency Xinhua" → "Xinhua"), else the phrase without its
 * article ("state television", "Interfax").
 */
export function outletName(phrase: string): string {
  const words = bareOutlet(phrase).split(/\s+/);
  // Runs of capitalised words that are not an outlet's kind ("TV"); the name is the last run
  // that stands next to a kind, or the whole phrase when it is one run.
  let name: string[] | null = null;
  for (let i = 0; i < words.length;) {
    if (!CAPITALISED_WORD.test(words[i]!) || isKind(words[i]!)) {
      i++;
      continue;
    }
    let e = i;
    while (e < words.length && CAPITALISED_WORD.test(words[e]!) && !isKind(words[e]!)) e++;
    const besideKind =
      (e < words.length && OUTLET_NOUNS.has(words[e]!.toLowerCase())) ||
      (i > 0 && OUTLET_NOUNS.has(words[i - 1]!.toLowerCase())) ||
      (i === 0 && e === words.length);
    if (besideKind) name = words.slice(i, e);
    i = e;
  }
  return (name ?? words).join(" ");
}

/**
 * Is the word an outlet's kind that is no part of its name? "TV" and a lowercase kind ("news
 * agency") are; a capitalised one belongs to the name ("Fox News", "the Environment Agency").
 */
function isKind(word: string): boolean {
  return OUTLET_NOUNS.has(word.toLowerCase()) && (word === "TV" || !CAPITALISED_WORD.test(word));
}

/** Kinds that alone name no outlet: "told the agency" is a regulator, "told the media" an audience. */
const KINDS_NOT_ALONE = new Set(["agency", "service", "media", "network", "website", "paper", "outlet"]);

/** An outlet's phrase without its article and the sentence's closing mark: "the TASS news agency." → "TASS news agency". */
function bareOutlet(phrase: string): string {
  return phrase
    .trim()
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/[.!]+$/, "");
}

/** How many words before an outlet's kind a recipient of "told" may have: "told Russian state television". */
const WORDS_BEFORE_KIND = 3;

/**
 * Where the outlet a speaker "told" ends, when tokens from `from` name one by its kind ("told
 * state television", "told the Interfax news agency", "told state news agency Xinhua"): the index
 * after it, else -1 ("told reporters", "told the BBC" are read as before).
 */
export function outletRecipientEnd(body: string, tokens: readonly Token[], from: number, limit: number): number {
  let k = from < limit && lowerWordAt(body, tokens[from]!) === "the" ? from + 1 : from;
  const last = Math.min(limit, k + WORDS_BEFORE_KIND + 1);
  for (; k < last; k++) {
    if (k > from && commaBefore(body, tokens, k)) return -1;
    if (!OUTLET_NOUNS.has(lowerWordAt(body, tokens[k]!))) continue;
    let e = k + 1;
    while (e < limit && !commaBefore(body, tokens, e) && OUTLET_NOUNS.has(lowerWordAt(body, tokens[e]!))) e++;
    // "told the agency that", "told the media that": a kind alone, nothing before or after it.
    const alone = e === k + 1 && (k === from || lowerWordAt(body, tokens[k - 1]!) === "the");
    if (alone && KINDS_NOT_ALONE.has(lowerWordAt(body, tokens[k]!)) && !(e < limit && isCapitalised(tokens[e]!)))
      return -1;
    // "state news agency Xinhua": the name after the kind.
    while (e < limit && !commaBefore(body, tokens, e) && isCapitalised(tokens[e]!)) e++;
    return e;
  }
  return -1;
}

/**
 * Outlets news copy names alone, with no kind beside them: wire agencies and broadcasters
 * ("according to Interfax", "according to the BBC"). A word of the name is enough
 * ("Interfax-Ukraine", "BBC World Service").
 */
const OUTLETS_NAMED_ALONE = new Set(
  "Reuters AP AFP Bloomberg Interfax TASS RIA Novosti Xinhua Yonhap Kyodo Jiji ANSA dpa EFE Anadolu IRNA ISNA Tasnim Fars KCNA WAFA PTI ANI Bernama Antara Andina Ukrinform BBC CNN NHK CCTV RT NPR PBS CBS NBC ABC Politico Axios Semafor Haaretz Kommersant Vedomosti Izvestia".split(
    " ",
  ),
);
/** Outlets named in two words: "according to the Associated Press", "according to Al Jazeera". */
const OUTLETS_IN_TWO_WORDS = new Set(["Associated Press", "Al Jazeera", "Al Arabiya", "Le Monde", "Der Spiegel"]);
/** Kinds an outlet writes in its own name, and no other body does: "Sky News", "Radio Liberty". */
const KINDS_IN_OUTLET_NAMES = new Set(["News", "Radio", "Television", "TV", "Broadcasting"]);
/** "the Daily Express", "the Sunday Express": a newspaper's ending that `endsLikeANewspaper` leaves to companies. */
const EXPRESS_END = /\sExpress$/;

/**
 * Kinds that name an outlet only after "news" or "wire": "the news agency", "a wire service"; "the
 * state agency", "the ambulance service" and "the hospital network" are bodies of another kind.
 */
const KINDS_AFTER_NEWS = new Set(["agency", "service", "network"]);
const NEWS_OR_WIRE = new Set(["news", "wire"]);

/**
 * Does `phrase` name an outlet that can relay a speaker's words: a phrase of at most six words
 * with an outlet's kind in it ("the TASS news agency", "state media"), an outlet known by name
 * ("Interfax", "the Washington Post"), or a name the article calls an outlet elsewhere ("the
 * Andina news agency" before "according to Andina")? "According to Hamas", "the Kremlin", "the
 * GMB union" or "Jamie Carragher" is a party that says what someone said: its own claim, read
 * as before.
 */
export function namesOutlet(phrase: string, article: string | null): boolean {
  const bare = bareOutlet(phrase);
  const words = bare.split(/\s+/);
  if (words.length > 6) return false;
  // "state media", "the TASS news agency"; not "the agency" alone, which is as often a regulator.
  const kinds = words.filter((w, k) => isKind(w) && (!KINDS_AFTER_NEWS.has(w) || NEWS_OR_WIRE.has(words[k - 1]!)));
  if (kinds.length > 0 && !(words.length === 1 && KINDS_NOT_ALONE.has(kinds[0]!.toLowerCase()))) return true;
  if (!CAPITALISED_WORD.test(bare) || !plausibleSpeakerName(bare)) return false;
  if (words.some((w) => KINDS_IN_OUTLET_NAMES.has(w) || w.split("-").some((part) => OUTLETS_NAMED_ALONE.has(part))))
    return true;
  // "the New York Times", "the Kyiv Independent"; one word only after "the" ("According to the
  // Guardian, Smith told friends …").
  if (OUTLETS_IN_TWO_WORDS.has(bare) || EXPRESS_END.test(bare)) return true;
  const afterThe = /^the\s/i.test(phrase.trim());
  if (endsLikeANewspaper(words) && (words.length > 1 || afterThe)) return true;
  // "the Sun", "the Evening Standard": ordinary words, an outlet only as the whole name after "the".
  if (afterThe && isNewspaperOfOrdinaryWords(bare)) return true;
  return article !== null && calledAnOutlet(article, bare);
}

/** Special characters of a regex, escaped when a name is looked for in the article. */
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/**
 * The kinds an article calls an outlet by, before its name: "state broadcaster RTS", "the
 * independent outlet Meduza", "news agency Andina".
 */
const KIND_BEFORE_NAME = String.raw`(?:agency|newspaper|broadcaster|television|radio|channel|network|website|outlet|daily|tabloid|magazine)`;
/**
 * And after it: "the Andina news agency", "the Kommersant newspaper". Not "website" or
 * "television" there: "the Kremlin website" and "Hamas television" are a party's own channels.
 */
const KIND_AFTER_NAME = String.raw`(?:news\s+)?(?:agency|newspaper|broadcaster|daily|tabloid|magazine)`;

/**
 * Does the article call `name` an outlet: its kind right after or before the name ("the Andina
 * news agency", "state broadcaster RTS", "El Comercio, a Lima newspaper,")? Read only for a name
 * after "…, X said, according to", which few sentences hold.
 */
function calledAnOutlet(article: string, name: string): boolean {
  if (!article.includes(name)) return false;
  const n = name.replace(REGEXP_SPECIAL, "\\$&");
  return new RegExp(
    String.raw`\b${n}\s+${KIND_AFTER_NAME}\b|\b${KIND_BEFORE_NAME}\s+${n}\b|\b${n},\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?${KIND_BEFORE_NAME}\b`,
    "u",
  ).test(article);
}

/** A speaker's words before a relay: a name with its title, a pronoun or a short description. */
const SPEAKER = String.raw`((?:[\p{L}.’'-]+\s+){0,6}?[\p{L}.’'-]+)`;
/** An outlet's words: "Interfax", "state news agency Xinhua", "the Andina news agency". */
const OUTLET = String.raw`((?:[\p{L}.’'&-]+\s+){0,5}?[\p{L}.’'&-]+)`;
/** When the relay was made, between its words: "on Monday", "late on Tuesday". */
const WHEN = String.raw`(?:\s+(?:(?:late|early)\s+)?on\s+\p{Lu}\p{Ll}+|\s+(?:yesterday|today|earlier))?`;
/** How a sentence may open before its subject: "On Monday, ". */
const OPENING = String.raw`(?:[\p{L}\d’'-]+(?:\s+[\p{L}\d’'-]+){0,3},\s+)?`;
/** The end of a sentence after a trailing relay. */
const END = String.raw`\s*[.!]?[”"]?$`;

/** "Prime Minister Eduardo Arana was quoted (by the Andina news agency) as saying (that) …" */
const QUOTED_AS_SAYING = new RegExp(
  String.raw`^${OPENING}${SPEAKER}\s+(?:was|were|has been|had been|is|are)\s+(?:quoted|cited)(?:\s+(?:by|in)\s+${OUTLET})?${WHEN}\s+as\s+saying(?:\s+that)?,?\s+(?=\S)`,
  "u",
);
/** "State news agency Xinhua quoted Wang Yi as saying (that) …" */
const OUTLET_QUOTED = new RegExp(
  String.raw`^${OPENING}${OUTLET}\s+(?:quoted|cited)\s+([^,]{2,60}?)${WHEN}\s+as\s+saying(?:\s+that)?,?\s+(?=\S)`,
  "u",
);
/** "…, Interfax news agency cited Lavrov as saying." */
const TRAILING_OUTLET_QUOTED = new RegExp(
  String.raw`^,\s+${OUTLET}\s+(?:quoted|cited)\s+([^,]{2,60}?)${WHEN}\s+as\s+saying${WHEN}${END}`,
  "u",
);
/** "…, Arana was quoted (by Andina) as saying." */
const TRAILING_QUOTED_AS = new RegExp(
  String.raw`^,\s+${SPEAKER}\s+(?:was|were)\s+(?:quoted|cited)(?:\s+(?:by|in)\s+${OUTLET})?${WHEN}\s+as\s+saying${WHEN}${END}`,
  "u",
);
/** "in comments carried by the TASS news agency", "in remarks broadcast by state television", "in an interview with Interfax". */
const CARRIED_BY = String.raw`in\s+(?:(?:comments|remarks|an\s+interview|a\s+speech|an\s+address|a\s+statement)(?:\s+(?:\p{Ll}+\s+)?(?:carried|broadcast|aired|published|reported|cited|run|televised)\s+by|\s+(?:with|to)))\s+${OUTLET}`;
/** "Lavrov said in comments carried by the TASS news agency (on Monday) (that) …" */
const SAID_IN_CARRIED = new RegExp(
  String.raw`^${OPENING}${SPEAKER}\s+(?:said|says|told\s+\p{Ll}+)${WHEN}\s+${CARRIED_BY}${WHEN}(?:\s+that\s+|,\s+)(?=\S)`,
  "u",
);
/** "…, Lavrov said in comments carried by the TASS news agency." */
const TRAILING_SAID_IN_CARRIED = new RegExp(
  String.raw`^,\s+${SPEAKER}\s+(?:said|says|added)${WHEN}\s+${CARRIED_BY}${WHEN}${END}`,
  "u",
);

/**
 * "…, Lavrov said, according to Interfax." The outlet relays the speaker's tag, not a claim of its
 * own: read from the comma before the tag, and only when the source after "according to" names an
 * outlet ("according to court documents" is a source of another kind, read as before).
 */
const TRAILING_SAID_ACCORDING_TO = new RegExp(
  String.raw`^,\s+${SPEAKER}\s+(?:said|says|added|told\s+\p{Ll}+)${WHEN},\s+according\s+to\s+${OUTLET}${END}`,
  "u",
);

/**
 * "According to Interfax, Lavrov said (on Monday) (in a statement) (that) …": the outlet relays the
 * speaker's tag, as in "…, Lavrov said, according to Interfax". Read only when the sentence opens
 * so and the source names an outlet ("According to Hamas, the military said …" stays Hamas's).
 * After "told" only an audience that is a pronoun or a bare plural may follow ("told reporters
 * (that)"); "told the Duma", "told a news conference" are read as before. After "said" the claim
 * must open with "that" or a word that opens a clause (checked by CLAUSE_OPENER).
 */
const ACCORDING_TO_OUTLET_SAID = new RegExp(
  String.raw`^According\s+to\s+${OUTLET},\s+${SPEAKER}\s+(?:said|says|added|told\s+(?:him|her|them|us|me|\p{Ll}+s))${WHEN}(?:\s+in\s+a\s+statement)?(?:\s+(that))?,?\s+(?=\S)`,
  "u",
);
/**
 * The words a reported clause may open with when no "that" stands before it: a pronoun, an
 * article or determiner, a figure or a capitalised name ("Lavrov said Russia would …", "said the
 * tax would …"). "said privately", "said nothing", "said little", "said yes" are not.
 */
const CLAUSE_OPENER =
  /^(?:\p{Lu}|\d|(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those|there|some|most|many|all|both|each|every|several|more|prices|talks)\b)/u;
/** Speakers that are no one ("no one", "few analysts") or that hold an auxiliary ("Smith had", "the minister has"). */
const NO_SPEAKER =
  /^(?:no\s+one|nobody|none|neither|few|not|only|hardly)\b|\s(?:had|has|have|would|will|also|could|should|may|might|did|does|never|not)$/iu;
/** Another reporting verb after the relay's tag: ", but his deputy said …", "which Kyiv said …"; each clause then keeps the outlet as before. */
const ANOTHER_TAG = /\s(?:said|says|told|added|claimed|insisted|argued|denied)\b/u;

/** A quotation the article says was made up, or relayed by a party to a case. */
const NOT_THEIR_WORDS =
  /\b(?:fake|faked|fabricated|doctored|falsely|false|purported(?:ly)?|misattributed|viral|hoax|spoof|parody|bogus|manipulated|deepfake|never said|prosecutors|lawyers|police|the lawsuit|the indictment|the complaint)\b/i;

/** Where a relay was found: the speaker's content [contentStart, contentEnd) of the sentence, and the claimant. */
export interface WireRelay {
  claimant: Claimant;
  contentStart: number;
  contentEnd: number;
}

function relayed(
  speaker: string,
  outlet: string | undefined,
  memory: ClaimantMemory,
  contentStart: number,
  contentEnd: number,
): WireRelay | null {
  const name = speaker.trim();
  if (!plausibleSpeakerName(name.replace(/^(?:the|a|an)\s+/i, ""))) return null;
  if (outlet !== undefined && !namesOutlet(outlet, memory.article)) return null;
  const claimant = memory.speaker(name, outlet === undefined ? null : outletName(outlet));
  return claimant === null ? null : { claimant, contentStart, contentEnd };
}

/**
 * A relayed statement in the sentence `text` (offsets relative to it), or null. Only a sentence
 * with " as saying", ", according to " or a relay's "in comments", "in remarks", "interview",
 * "carried by" or "broadcast by" is read (a few native searches first).
 */
export function wireRelay(text: string, memory: ClaimantMemory): WireRelay | null {
  if (text.includes(" as saying")) {
    // "Starmer was quoted in a fake BBC report as saying …": words put in someone's mouth are
    // what the article debunks, not the speaker's claim.
    if (NOT_THEIR_WORDS.test(text)) return null;
    const quoted = QUOTED_AS_SAYING.exec(text);
    if (quoted) return relayed(quoted[1]!, quoted[2], memory, quoted[0].length, text.length);
    const byOutlet = OUTLET_QUOTED.exec(text);
    if (byOutlet) return relayed(byOutlet[2]!, byOutlet[1], memory, byOutlet[0].length, text.length);
    // A trailing relay follows the sentence's last comma.
    const comma = text.lastIndexOf(",");
    if (comma <= 0) return null;
    const after = text.slice(comma);
    const speakerQuoted = TRAILING_QUOTED_AS.exec(after);
    if (speakerQuoted) return relayed(speakerQuoted[1]!, speakerQuoted[2], memory, 0, comma);
    const outletQuoted = TRAILING_OUTLET_QUOTED.exec(after);
    if (outletQuoted) return relayed(outletQuoted[2]!, outletQuoted[1], memory, 0, comma);
    return null;
  }
  // "According to Interfax, Lavrov said …": the relay opens the sentence, the tag follows it.
  if (text.startsWith("According to ")) {
    const lead = ACCORDING_TO_OUTLET_SAID.exec(text);
    const rest = lead === null ? "" : text.slice(lead[0].length);
    if (
      lead &&
      !NOT_THEIR_WORDS.test(lead[1]!) &&
      !NO_SPEAKER.test(lead[2]!.trim()) &&
      (lead[3] !== undefined || CLAUSE_OPENER.test(rest)) &&
      !ANOTHER_TAG.test(rest)
    ) {
      const relay = relayed(lead[2]!, lead[1], memory, lead[0].length, text.length);
      if (relay) return relay;
    }
  }
  // "…, Lavrov said, according to Interfax.": the relay follows the tag's own comma.
  const according = text.lastIndexOf(", according to ");
  if (according > 0) {
    const tagComma = text.lastIndexOf(",", according - 1);
    const tag = tagComma > 0 ? TRAILING_SAID_ACCORDING_TO.exec(text.slice(tagComma)) : null;
    if (tag && !NOT_THEIR_WORDS.test(tag[2]!)) return relayed(tag[1]!, tag[2], memory, 0, tagComma);
  }
  // One native search for the words every relay holds before the finer ones: most sentences have neither.
  const relayBy = text.includes(" by ");
  if (
    !(relayBy && (text.includes(" carried by ") || text.includes(" broadcast by "))) &&
    !text.includes(" interview ") &&
    !(text.includes(" in comments ") || text.includes(" in remarks "))
  )
    return null;
  const lead = SAID_IN_CARRIED.exec(text);
  if (lead) return relayed(lead[1]!, lead[2], memory, lead[0].length, text.length);
  const comma = text.lastIndexOf(",");
  const tail = comma > 0 ? TRAILING_SAID_IN_CARRIED.exec(text.slice(comma)) : null;
  return tail ? relayed(tail[1]!, tail[2], memory, 0, comma) : null;
}
