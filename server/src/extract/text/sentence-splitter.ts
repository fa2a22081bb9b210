import { ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from "./abbreviations.ts";
import {
  ASCII_LETTER_OR_DIGIT,
  isAsciiLetter,
  isAsciiUpper,
  isCloser,
  isDigit,
  isLetterUnit,
  isLowerLetter,
  isSpace,
} from "./char-classes.ts";
import {
  captionOverCreditLineAt,
  captionWithCreditLabelAt,
  opensCreditAfterCaption,
} from "./caption-with-credit-label.ts";
import { endsOnLinkingWord, endsOnLinkingWordTail, wrapsIntoNextLine } from "./hard-wrapped-lines.ts";
import { headsAnEntry, headsTheStory, TOP_OF_BODY } from "./headline-over-story-lines.ts";
import { opensPrivacyNotice } from "./newsletter-box.ts";
import { endsAsProse, endsMidSentence, underSummaryHeading } from "./summary-heading.ts";
import { secondLineOfUnit } from "./two-line-standfirst.ts";
import {
  endsOnClauseWord,
  shortLeadInOverSpeaker,
  speakerOpensLineUnderStandfirst,
} from "./speaker-opens-next-line.ts";
import { clubNameCutAtLineEnd } from "./club-name-cut-at-line-end.ts";
import { verbWantsObjectAfterAside } from "./verb-wants-object-after-aside.ts";
import { endsOnCountedVote } from "./vote-counted-item-end.ts";

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

const SHORT_LINE = 60;

/** The word (letters and inner dots) just before position `dot`, lowercased, e.g. "mrs" or "u.s". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 12) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || isLetterUnit(c)) i--;
    else break;
  }
  return text.slice(i, dot).toLowerCase();
}

/** " ' “ ‘ ( [ « */
function isOpeningMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab;
}

/** The next word after position `i` (skipping opening quotes), lowercased. */
function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && isOpeningMark(text.charCodeAt(j))) j++;
  let k = j;
  while (k < text.length && k - j < 20 && isLetterUnit(text.charCodeAt(k))) k++;
  return text.slice(j, k).toLowerCase();
}

// Module-level: tsx (esbuild) turns a \p{…} regex literal inside a function into a `new RegExp`
// call made on every call.
const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;

/** Words a capital may open after "a.m."/"p.m." in the same sentence: a day, a month or a time zone. */
const AFTER_TIME_OF_DAY = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday " +
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest aest aedt local eastern central pacific mountain"
  ).split(" "),
);

/**
 * Does a name written with a lowercase first letter and a capital inside it open at `at`
 * ("easyJet", "iPhone", "eBay", "mRNA")? After a period it opens a sentence as a capital would:
 * "… affecting about 75,000 passengers. easyJet has cancelled 180 flights". A lowercase word
 * ("… 5 p.m. local time") goes on with the sentence.
 */
function isCamelCaseName(text: string, at: number): boolean {
  // An ASCII lowercase letter first: a stray "ſ" or "ŕ" glued to a capitalised word is no name.
  const first = text.charCodeAt(at);
  if (first < 97 || first > 122) return false;
  for (let k = at + 1; k < text.length && k - at < 5; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiUpper(c)) return true;
    if (!isAsciiLetter(c)) return false;
  }
  return false;
}

/** '"' and '“'. */
const OPENING_QUOTES = new Set([34, 0x201c]);
const CITY_TIME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? [Tt]ime\b/u;

/** Is the period at `dot` an abbreviation's period rather than a full stop, given what follows at `next`? */
function isAbbreviationPeriod(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  const bare = word.replace(/^\.+/, "");
  if (TITLES.has(bare)) return true;
  // A single capital letter is an initial ("J. Smith"); a single small one is a list item or "p.".
  // No initial comes before a title: "vitamin A. Dr. Paul Offit" ends a sentence. A capital
  // glued to digits is a unit ("was 23.0C. Aemet said"), not an initial.
  if (bare.length === 1 && isAsciiUpper(text.charCodeAt(dot - 1)))
    return !isDigit(text.charCodeAt(dot - 2)) && !TITLES.has(wordAfter(text, next)) && !pronounI(text, dot - 1);
  const ambiguous = ABBREVIATIONS.has(bare) || DOTTED_LETTERS.test(bare);
  if (!ambiguous) return false;
  if (isDigit(text.charCodeAt(next))) return true;
  if (bare === "pg" && notPagesPg(text, dot)) return false;
  // "shortly after 6:40 p.m. Seven passengers were killed": after a time of day a capital opens a
  // sentence, unless it dates or zones the time ("8 p.m. Friday", "9 a.m. ET").
  if (bare === "p.m" || bare === "a.m" || bare === "P.M" || bare === "A.M")
    return (
      // "just after 11 p.m. “I called Karen …”": a quotation that opens with a capital opens a sentence.
      !(
        isAsciiUpper(text.charCodeAt(next)) ||
        (OPENING_QUOTES.has(text.charCodeAt(next)) && isAsciiUpper(text.charCodeAt(next + 1)))
      ) ||
      AFTER_TIME_OF_DAY.has(wordAfter(text, next)) ||
      // "3 p.m. Paris time", "9 a.m. Eastern Time"
      CITY_TIME.test(text.slice(next, next + 32))
    );
  return !SENTENCE_OPENERS.has(wordAfter(text, next));
}

/**
 * "rated PG. Box office takings rose", "a dose of 40 pg. Researchers said": a film's rating in
 * capitals or picograms after a figure, no page's "pg." ("See pg. 4").
 */
function notPagesPg(text: string, dot: number): boolean {
  return text.charCodeAt(dot - 1) === 71 || (text.charCodeAt(dot - 3) === 32 && isDigit(text.charCodeAt(dot - 4)));
}

/**
 * "Neither am I. The government …", "and so was I.": the pronoun after a verb or "than" ends a
 * sentence; an initial follows a name or a preposition ("John I. Smith", "designed by I. M. Pei").
 */
function pronounI(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 73 || text.charCodeAt(at - 1) !== 32) return false;
  let w = at - 1;
  while (w > 0 && at - w < 16 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  return BEFORE_FINAL_I.has(text.slice(w, at - 1));
}
/** Words after which "I." ends a sentence ("Neither am I.", "and so was I.", "than I."); not "by I. M. Pei". */
const BEFORE_FINAL_I = new Set(
  "am was were did do does have has had can could will would should than nor so".split(" "),
);

/** "1. ", "12) ": a numbered list's marker. */
const NUMBERED_ITEM = /^\d{1,2}[.)] +\S/;
/** "Hull – Bridlington – Scarborough: five trains": a capitalised label of a few words, a colon, text. */
const LABELLED_ITEM = /^\p{Lu}[^:.!?\n]{0,40}: +\S/u;

/**
 * Are the line that starts at `line` and the next, at `next`, two items of one list: both numbered
 * ("1. Frostbound (Dis) … / Wk 1" over "2. Iron Harbor 2 …") or both a label and a colon ("Leeds –
 * Harrogate – Knaresborough: hourly, down from half-hourly" over "Huddersfield – …: first train
 * at 11.04am")? A line of such a list has no closing punctuation, and read as a wrapped line it
 * runs into the next item. A wrapped sentence whose next line opens with a figure ("rose to\n2.
 * The rest …") or a lowercase word ("the tax on\nfuel would rise …") is one sentence, as before.
 */
function listLinesAt(text: string, line: number, lineEnd: number, next: number): boolean {
  line = firstNonSpace(text, line, next);
  const first = text.charCodeAt(line);
  const nextFirst = text.charCodeAt(next);
  if (isDigit(first))
    return (
      isDigit(nextFirst) &&
      NUMBERED_ITEM.test(text.slice(line, line + 6)) &&
      NUMBERED_ITEM.test(text.slice(next, next + 6))
    );
  if (first < 65 || nextFirst < 65 || isLowerLetter(text[next]!)) return false;
  const label = text.slice(next, next + 46);
  if (!LABELLED_ITEM.test(text.slice(line, line + 46)) || !LABELLED_ITEM.test(label)) return false;
  // A line that ends on a comma or a word that needs one after it ("… the report said, and" over
  // "Barcelona, Spain: where rents rose 30%, led …") is a wrapped sentence, unless the next line
  // opens a speaker's turn in capitals ("REYES: …").
  return !wrapsOn(text, line, lineEnd) || !/\p{Ll}/u.test(label.slice(0, label.indexOf(":")));
}

/** Words that end no item of a list: a line that ends on one runs on. */
const RUN_ON_WORD =
  /(?:^|[^\p{L}])(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|as|than|its|their|his|her)$/iu;

/** Does the line [line, e) (its white space at the end left out) end on a comma or a RUN_ON_WORD? */
function wrapsOn(text: string, line: number, e: number): boolean {
  if (text.charCodeAt(e - 1) === 44) return true;
  return RUN_ON_WORD.test(text.slice(Math.max(line, e - 8), e));
}

/**
 * A line's first words that open a unit of their own (decision 550): a byline's name, ending its
 * line or going on after a comma ("By business reporter Nadia Kourosh", "By Karen Lisko, Patch
 * Staff"), an article before a lowercase word, which only a sentence's start capitalises ("The
 * labour market remains …", "A divided panel said …"; not a title, "The Crown on Netflix"), or a
 * page's one-word button ("Reply", "Share").
 */
const OPENS_UNIT =
  /^(?:By (?:\p{Ll}+ ){0,3}\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}\s*(?:,|\n|$)|(The|A|An) [\p{Ll}\d$£€]|(\p{Lu}\p{Ll}{2,9})\s*(?:\n|$))/u;
/**
 * A word that a letter "A" names the kind of, on the line's end ("its Class" over "A shares rose
 * 4%", "the Serie" over "A champions", "vitamin" over "A supplements"): the letter runs on. Only
 * words that end no headline ("plan", "group" and "level" do: "… unveils housing plan" over "A new …").
 */
const BEFORE_LETTER =
  /(?:^|[^\p{L}])(?:class|serie|vitamin|hepatitis|category|grade|type|terminal|formula|section|tier|pool|gate|block|wing|exhibit|appendix|schedule|platform|listed|pier|flu|influenza)$/iu;
/** A verb that names what follows ("what she called" over "The plan for change …", "titled" over "The end of …"). */
const BEFORE_TITLE = /(?:^|[^\p{L}])(?:called|titled|entitled|named|dubbed)$/iu;
/**
 * A verb whose speaker or hearer follows it: one of saying after a comma ("…, says" over "Eurostat";
 * "…, Eurostat says" over "Share" has its speaker), or one of telling ("warned" over "Investors").
 */
const BEFORE_SPEAKER =
  /(?:,\s*(?:said|says|say|reports|reported|writes|wrote|adds|added|argues|argued|claims|claimed|explains|explained)|(?:^|[^\p{L}])(?:told|tells|warned|warns|asked|asks))$/iu;

/** The longest line over a new unit that endsBeforeNewUnit breaks. */
const UNIT_LINE = 100;
/**
 * Does the unpunctuated line from `line` end a unit although it is long, because the next line, at
 * `next`, opens a new one (a headline over its byline or standfirst, a statement's point over the
 * next, "Posted … | Updated …" over "Reply"), or because what runs on in it is a caption's credit
 * in brackets ("… at 3:30pm AEDT. (ABC News: John Gunn)" over the share prompt)? Not when it ends
 * on a comma or a word that wants more ("… according to" over "The Times").
 */
function endsBeforeNewUnit(text: string, line: number, start: number, lastContent: number, next: number): boolean {
  if (start > line && text.charCodeAt(start) === 40 && text.charCodeAt(lastContent) === 41) return true;
  // The line over is a whole unit of its own (a headline, a point, a time stamp), not the end of a
  // sentence that began on a line before, and short as a headline or a stamp is.
  // Or, the second line of a standfirst set on two over the story's first sentence ("The" or "A"
  // before a lowercase word), the unit began on the line over (decision 670).
  const first = firstNonSpace(text, line, next);
  if (lastContent - first > UNIT_LINE) return false;
  const twoLines = start !== first;
  if (twoLines && !secondLineOfUnit(text, line, first, start)) return false;
  const opens = OPENS_UNIT.exec(text.slice(next, next + 60));
  if (opens === null || (twoLines && opens[1] === undefined) || wrapsOn(text, line, lastContent + 1)) return false;
  // A hard-wrapped sentence whose line ends where a name, a letter or a title runs on.
  const tail = text.slice(Math.max(line, lastContent - 11), lastContent + 1);
  if (opens[1] !== undefined)
    return (
      !BEFORE_TITLE.test(tail) &&
      !(opens[1] === "A" && BEFORE_LETTER.test(tail)) &&
      // "… where the band hoped to see" over "The 1975 play Leeds …": a line of a paragraph
      // wrapped at a fixed width, not a headline over its standfirst (decision 590).
      !wrapsIntoNextLine(text, line, lastContent + 1, next)
    );
  return opens[2] === undefined || !BEFORE_SPEAKER.test(tail);
}

/**
 * Is the unpunctuated line from `line`, a unit from its first char, a headline over what opens its
 * story: in the body's first paragraph near its start, over its standfirst, byline or time stamp
 * (headsTheStory); as a paragraph's first line further down, over its byline or stamp (headsAnEntry,
 * decision 590)? Cheap checks first: most lines open no paragraph.
 */
function headlineOverItsStory(
  text: string,
  paragraph: number,
  paragraphStart: number,
  line: number,
  start: number,
  lastContent: number,
  next: number,
): boolean {
  const atTop = paragraph === 0 && line <= TOP_OF_BODY;
  if ((!atTop && line !== paragraphStart) || start !== firstNonSpace(text, line, next)) return false;
  if (wrapsOn(text, line, lastContent + 1)) return false;
  return atTop ? headsTheStory(text, start, lastContent + 1, next) : headsAnEntry(text, start, lastContent + 1, next);
}

/**
 * "Warner Bros.’ The Long Winter rounded out the top five": the mark after "Bros." is the plural's
 * possessive, and the film's name follows. Only after "Bros." (a company's brothers, the one plural
 * abbreviation a company writes) and only when no quotation in single marks is open in the
 * sentence: "He called it ‘a gift to Warner Bros.’ The studio made $40m" ends one.
 */
function isPluralPossessiveAbbreviation(text: string, dot: number, start: number): boolean {
  const mark = text.charCodeAt(dot + 1);
  if ((mark !== 0x2019 && mark !== 39) || wordBefore(text, dot) !== "bros") return false;
  // A bounded slice: lastIndexOf on the whole text could run back to its start.
  const before = text.slice(Math.max(start, dot - QUOTE_LOOK_BACK), dot);
  return !before.includes(mark === 39 ? " '" : "‘");
}
/** How far back in a sentence an open single mark is looked for. */
const QUOTE_LOOK_BACK = 300;

/**
 * Closes the sentence that began at `start` (-1: none) at `end`. A module-level function, not a
 * closure over the splitter's state: a closure would keep `start` in a heap context that the
 * per-character loop then reads and writes, and tsx names each closure with a defineProperty call.
 */
function pushSentence(out: SentenceSpan[], start: number, end: number, paragraph: number): void {
  if (start >= 0 && end > start) out.push({ start, end, paragraph });
}

/** Line breaks and the marks that can end a sentence: . ! ? … and the CJK full stops 。！？ */
const BREAK_CHAR = /[\n.!?\u2026\u3002\uff01\uff1f]/g;

/** Index of the first line break or sentence-ending mark at or after `i`, or text.length. */
function nextBreakChar(text: string, i: number): number {
  BREAK_CHAR.lastIndex = i;
  return BREAK_CHAR.test(text) ? BREAK_CHAR.lastIndex - 1 : text.length;
}

/** First index in [from, to) that is not white space (isSpace), or `to`. */
function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** Last index in [from, to) that is not white space, given that `from` is not. */
function lastNonSpace(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i > from && isSpace(text.charCodeAt(i))) i--;
  return i;
}

/**
 * Rule-based sentence splitter, linear in the input length (one forward pass, bounded look-behind
 * and look-ahead). Handles abbreviations, initials, dotted acronyms, decimals, closing quotes,
 * curly punctuation, CJK full stops, paragraph breaks and short unpunctuated lines (headlines).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = -1;
  let lineStart = 0;
  let lastContent = -1; // index of last non-space char in the current sentence
  // Where the paragraph began, and whether it stands under a summary heading (-1: not yet asked).
  let paragraphStart = 0;
  let summaryItems = -1;

  for (let i = 0; i < n; i++) {
    // Chars other than line breaks and sentence-ending marks only extend the sentence: jump to
    // the next of those (found by a regex, in native code) and take the stretch in one step.
    const breakAt = nextBreakChar(text, i);
    if (breakAt > i) {
      const first = firstNonSpace(text, i, breakAt);
      if (first < breakAt) {
        if (start < 0) start = first;
        lastContent = lastNonSpace(text, first, breakAt);
      }
      i = breakAt;
      if (i >= n) break;
    }
    const c = text.charCodeAt(i);
    // Most characters are ASCII letters and digits: they only extend the sentence.
    if (c < 128 && ASCII_LETTER_OR_DIGIT[c] === 1) {
      if (start < 0) start = i;
      lastContent = i;
      continue;
    }
    if (c === 10) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 10 && isSpace(text.charCodeAt(j))) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        pushSentence(out, start, lastContent + 1, paragraph);
        start = -1;
        if (out.length > 0 && out[out.length - 1]!.paragraph === paragraph) paragraph++;
        else if (out.length > 0) paragraph = Math.max(paragraph, out[out.length - 1]!.paragraph + 1);
        i = j;
        lineStart = j + 1;
        paragraphStart = j + 1;
        summaryItems = -1;
        continue;
      }
      // Two lines of one list, each without closing punctuation, are two items (listLinesAt).
      // The line's end, its white space left out, is lastContent + 1: the line tests below take it
      // rather than each walking back over that white space again.
      if (start >= 0 && j < n && listLinesAt(text, lineStart, lastContent + 1, j)) {
        pushSentence(out, start, lastContent + 1, paragraph);
        start = -1;
        lineStart = i + 1;
        continue;
      }
      // A short line without closing punctuation (title, byline, list item) stands alone; so does
      // a long one under a summary heading ("Summary" over a live page's items), unless it ends on
      // a word that runs on (wrapsOn).
      if (start >= 0) {
        const prev = text[lastContent]!;
        const nextCh = text[j] ?? "";
        if (!/[,;:(\-–—&/]/.test(prev) && nextCh !== "" && !isLowerLetter(nextCh)) {
          // A newsletter's blurb over its "Privacy Notice:" line stands alone however long.
          let alone =
            // "… the chancellor met the" over "Prime Minister …": a short line cut mid-sentence (decision 630).
            // Nor one whose verb wants its object after a speaker's aside ("The plan, officials
            // said, would cost" over "Westfield residents …"; decision 735).
            // Nor a lead-in before its speaker over a second speaker's "says" ("Later, the minister
            // said" over "Labour says …"; decision 925).
            (lastContent - lineStart < SHORT_LINE &&
              !endsOnLinkingWord(text, lineStart, lastContent + 1, j) &&
              !verbWantsObjectAfterAside(text, lineStart, lastContent + 1, j) &&
              !(
                start === lineStart &&
                shortLeadInOverSpeaker(text, out.length > 0 ? out[out.length - 1]!.end : -1, start, lastContent + 1, j)
              )) ||
            opensPrivacyNotice(text, j) ||
            endsBeforeNewUnit(text, lineStart, start, lastContent, j) ||
            headlineOverItsStory(text, paragraph, paragraphStart, lineStart, start, lastContent, j) ||
            // A standfirst over a caption with its credit label, and that credit over the story
            // (decision 670); not a line cut on a linking word over a capitalised run-on (review
            // of decision 670).
            opensCreditAfterCaption(text, lineStart, start) ||
            (captionWithCreditLabelAt(text, j) && !endsOnLinkingWordTail(text, lineStart, lastContent + 1)) ||
            // A standfirst over a caption alone over its credit line (decision 735); not a wrapped
            // sentence's line cut on a word that runs on or one that opens a clause ("… on the
            // plans for" over "Westfield Park in a meeting …", "… since" over "Labour took control
            // …"; review of decision 735), nor one cut inside a club's name ("… win over Manchester"
            // over "City at Anfield, …"; decision 780).
            (captionOverCreditLineAt(text, j) &&
              !endsOnLinkingWordTail(text, lineStart, lastContent + 1) &&
              !wrapsOn(text, lineStart, lastContent + 1) &&
              !endsOnClauseWord(text, lineStart, lastContent + 1) &&
              !clubNameCutAtLineEnd(text, lineStart, lastContent + 1, j)) ||
            // A one-line standfirst under its headline, over a sentence that opens with its speaker
            // ("Thames Water said …"; decision 710).
            (start >= lineStart &&
              lastContent - start <= UNIT_LINE &&
              speakerOpensLineUnderStandfirst(
                text,
                out.length > 0 ? out[out.length - 1]!.end : -1,
                start,
                lastContent + 1,
                j,
              ) &&
              !wrapsOn(text, lineStart, lastContent + 1));
          if (!alone) {
            // Items, not prose wrapped under the heading: no line of the paragraph ends with a
            // final mark (endsAsProse), and this one ends on no verb or word that wants more.
            if (summaryItems < 0)
              summaryItems = underSummaryHeading(text, paragraphStart) && !endsAsProse(text, paragraphStart) ? 1 : 0;
            // "… with 88% of the expected vote in" ends its item on "in" (endsOnCountedVote).
            alone =
              summaryItems === 1 &&
              (!wrapsOn(text, lineStart, lastContent + 1) || endsOnCountedVote(text, lineStart, lastContent + 1)) &&
              !endsMidSentence(text, lineStart, lastContent + 1);
          }
          if (alone) {
            pushSentence(out, start, lastContent + 1, paragraph);
            start = -1;
          }
        }
      }
      lineStart = i + 1;
      continue;
    }
    if (isSpace(c)) continue;
    if (start < 0) start = i;
    lastContent = i;
    // CJK full-width terminators need no following space.
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      let k = i + 1;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      lastContent = k - 1;
      pushSentence(out, start, k, paragraph);
      start = -1;
      i = k - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let k = i + 1;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d === 46 || d === 33 || d === 63 || d === 0x2026) k++;
      else break;
    }
    while (k < n && isCloser(text.charCodeAt(k))) k++;
    if (c === 46 && k === i + 2 && isPluralPossessiveAbbreviation(text, i, start)) {
      i = k - 1;
      lastContent = i;
      continue;
    }
    if (k < n && !isSpace(text.charCodeAt(k))) {
      i = k - 1;
      lastContent = i;
      continue;
    }
    let next = k;
    while (next < n && isSpace(text.charCodeAt(next)) && text.charCodeAt(next) !== 10) next++;
    lastContent = k - 1;
    if (next < n && text.charCodeAt(next) !== 10) {
      const nextCh = text[next]!;
      if (isLowerLetter(nextCh) && !isCamelCaseName(text, next)) {
        i = k - 1;
        continue;
      }
      if (c === 46 && k === i + 1 && isAbbreviationPeriod(text, i, next)) {
        i = k - 1;
        continue;
      }
      // Otherwise the sentence ends here; in uncased scripts too, a period followed by a letter
      // that has no case ends it.
    } else if (c === 46 && k === i + 1 && next < n && TITLES.has(wordBefore(text, i))) {
      i = k - 1;
      continue;
    }
    pushSentence(out, start, k, paragraph);
    start = -1;
    i = k - 1;
  }
  pushSentence(out, start, lastContent + 1, paragraph);
  return out;
}
