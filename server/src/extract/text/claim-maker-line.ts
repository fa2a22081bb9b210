// A fact-check's line that names who made the claim under check (decision 610): "WHO SAID IT:
// Nigel Farage" or "Claimed by: Nigel Farage, Reform UK leader" beside a "CLAIM:" block. The line
// is a label on the page, not a claim, and not a speaker's turn: the checked claim is the maker's.

import { isAsciiLower } from "./char-classes.ts";
import { makerEndPastIn } from "./maker-name-with-in.ts";

/**
 * The label and the maker after it, up to where the line says more of them: their post after a
 * comma ("Nigel Farage, Reform UK leader"), where or when they said it ("… on GB News", "… (3 May)",
 * "… in a leaflet"), or the rest of a sentence ("Nigel Farage said it on LBC."; decision 650). A
 * comma inside a figure ("An Instagram post shared 10,000 times") and "in" before a capital
 * ("Friends in Need") are part of the maker's name. The maker may open in lower case ("pundit Gary
 * Neville", "various Facebook pages"; decision 650): the line is read only by a check.
 */
const MAKER_LINE =
  /^(?:WHO SAID IT|Who said it|CLAIMED BY|Claimed by|CLAIM MADE BY|Claim made by|WHO MADE THE CLAIM|Who made the claim|MADE BY|Made by)[ \t]*:[ \t]*([\p{Lu}\p{Ll}\d@](?:[^\n\r,(]|,(?=\d))*?)(?:(?:, | \(| on | in (?!\p{Lu})| at | (?:said|says|claimed|claims|made|wrote|posted|told|repeated)\b)[^\n\r]*|\.)?\s*$/u;
/**
 * The same maker named in the column's prose (decision 650): "The claim was made by the Reform UK MP
 * Lee Anderson on GB News." The name ends where the sentence goes on to where or when ("… in March",
 * "… in Parliament") or to what was done after ("… and repeated by the prime minister 14 times", "…
 * and then deleted"; decision 690's review).
 */
const MAKER_SENTENCE =
  /^(?:The|This) claim was (?:first |originally )?made by ((?:[^\n\r,(.]|\.(?!\s|$))*?)(?=, | \(| on | in | at | during | when | last | earlier | after | before | and (?:then|later|also|was|were|has|had|is|\p{Ll}+ed)\b|[.;:!]?\s*$|\. )/u;
/**
 * A maker in lower case that names none: "Who said it: unknown", "… it is not clear who first made
 * the claim", "… a man who said he was a nurse" (cut at "said"), "The claim was made by mistake";
 * the line or sentence is read as before (decision 650's review). A craft's "Made by: hand in a
 * workshop in Devon" (or "… machine") says how a thing was made, not who made a claim (decision 755);
 * "machine-learning researchers" and "hand-written posts" still name makers (its review).
 */
const NO_MAKER =
  /^(?:unknown|unclear|uncertain|anonymous|unattributed|not (?:known|clear)|nobody|no one|none|it|it['’]s|we|they|there|mistake|accident|error|implication|omission|email|e-mail|post|letter|phone|text|default|proxy)\b|^(?:hand|machine)(?![\w'’-])|\b(?:who|which|that)\b/;
/**
 * The sentence goes on past its maker to say more ("…, who said 1.2 million people arrived last
 * year", "…, and repeated by the prime minister 14 times", "…, but the figures he used were from
 * 2019"): it is still read as a claim (decision 650's review).
 */
const SAYS_MORE = /,\s*(?:who|which|where|whose|but|and|although|though|while|yet)\b| (?:and|but) (?!\p{Lu})/u;
const MAKER_LINE_MAX = 120;

/** The maker a "WHO SAID IT:" or "Claimed by:" line names ("Nigel Farage, Reform UK leader"), else null. */
export function claimMakerOnLine(line: string): string | null {
  const c = line.charCodeAt(0);
  // Cheap first: "W", "C" or "M", and short.
  if ((c !== 87 && c !== 67 && c !== 77) || line.length > MAKER_LINE_MAX) return null;
  const m = MAKER_LINE.exec(line);
  return m && !namesNoMaker(m[1]!) ? m[1]! : null;
}

/** Is a maker that opens in lower case one that names none ("unknown", "it is not clear who")? */
function namesNoMaker(maker: string): boolean {
  return isAsciiLower(maker.charCodeAt(0)) && NO_MAKER.test(maker);
}

/**
 * The maker a sentence of the column names ("The claim was made by the Reform UK MP Lee Anderson …"),
 * and whether the sentence says more than who made the claim, where and when; else null.
 */
export function claimMakerInSentence(sentence: string): { maker: string; saysMore: boolean } | null {
  // Cheap first: "T", and short.
  if (sentence.charCodeAt(0) !== 84 || sentence.length > MAKER_LINE_MAX) return null;
  const m = MAKER_SENTENCE.exec(sentence);
  if (m === null || namesNoMaker(m[1]!)) return null;
  // "Friends in Need" is one name: the sentence's " in " cut is undone for it (decision 755).
  const makerStart = m[0].length - m[1]!.length;
  const end = makerEndPastIn(sentence, makerStart, m[0].length);
  return { maker: sentence.slice(makerStart, end), saysMore: SAYS_MORE.test(sentence.slice(end)) };
}
