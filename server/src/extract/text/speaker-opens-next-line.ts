/**
 * A headline, its standfirst on one line and the story's first sentence, which opens with its
 * speaker: "Water company fined 12 million pounds …" over "The regulator said the fine was the
 * largest it had ever imposed on a water firm" over "Thames Water said it accepted the ruling …"
 * (decision 710). The standfirst and the sentence are long and the splitter read them as a wrapped
 * paragraph: the line under opens with no article before lowercase, so decision 550 read no new
 * unit there, and their lengths fit a wrap. A wrap cut after a lowercase word other than a linking
 * one seldom goes on with a name and "said"; under a headline broken off as a unit of its own, the
 * standfirst is a unit from its line's start, and such a line under it opens a second sentence.
 *
 * Decision 735 reads the same break at the body's top with no headline over the standfirst (a paste
 * that lost its headline, or a page that sets none), and under a first sentence whose speaker goes
 * on with a verb other than one of saying: "Thames Water is to invest …", "Ofwat fined …", "Thames
 * Water has apologised …". The line's other tests (its last word in lowercase, no linking word, no
 * relative or title near its end) are the same. Decision 780 reads a verb in the present or an
 * irregular past as well ("Ofwat fines the company …", "Ofwat found …"; name-and-its-own-verb.ts).
 */

import {
  EVIDENCE_NOUNS,
  OPENING_ADVERBS,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  pluralSubjectWord,
  QUESTION_OPENERS,
  ROLE_WORDS,
  SENTENCE_ADVERBS,
  RULE_NOUNS,
} from "../analysis/lexicon.ts";
import { namesRulesNotASpeaker } from "../analysis/rules-as-a-source.ts";
import { PLACE_PREPOSITIONS } from "../analysis/speech-subject.ts";
import { isAsciiLower, isAsciiUpper, isDigit, isLetterUnit, letterRunStart } from "./char-classes.ts";
import { leadInNamesOnlyATime } from "./lead-in-of-a-time-only.ts";
import { leadInOfTimeOrManner, speakerUnreadAfterLeadIn } from "./lead-in-of-time-or-manner.ts";
import { lineEndFrom } from "./lines.ts";
import { NAME_RUN, opensWithNameAndItsOwnVerb } from "./name-and-its-own-verb.ts";
import { statesALevelNotAPlace } from "./state-after-a-place-word.ts";
import { placeNameThenSubject, speaksInOwnVoice } from "./statement-shaped-like-a-lead-in.ts";
import { hasOwnVerb, OWN_SPEAKER } from "./verb-wants-object-after-aside.ts";

/**
 * One to three capitalised words (a name, a body, "Mr Smith") and a verb of saying in the past or
 * present, then a space: "Thames Water said ", "Ofwat says ", "Mr Hart told ". Or the name's own
 * verb: an auxiliary or a past in "-ed" ("Thames Water is to invest ", "Ofwat fined ", "Thames Water
 * has apologised "; decision 735), which goes on no wrapped line's last lowercase word either; not
 * "aged", which follows a name inside a sentence ("Jane Smith aged 40").
 */
const SPEAKER_OPENS_LINE = new RegExp(
  `^${NAME_RUN} (?:said|says|told|added|adds|is|are|was|were|has|have|had|will|would|(?!aged )\\p{Ll}+ed) `,
  "u",
);
/** The longest opening the regex reads: three words of a name and the verb. */
const SPEAKER_OPENING_MAX = 48;
/**
 * A relative within the line's last five words, whose clause the speaker goes on: "…, which its
 * chief executive" over "Chris Weston said was fair, …" is one sentence, as "… in a game where
 * striker" over "Ollie Watkins scored twice …" is (decision 735). Or a speaker's title cut
 * from the name under it, one to three words after a comma, "the", a possessive, "and", "but" or
 * "as": "…, and manager" over "Mikel Arteta said …", "…, the housing minister" over "Matthew
 * Pennycook told MPs …", "…, and its boss" over "Ken Murphy said …" (review of decision 710). "…
 * imposed on a water firm" over "Thames Water said …" holds none of them.
 */
const RELATIVE_NEAR_END =
  /(?:(?:^|\s)(?:which|whom|who|that|where|when)(?:\s+\S+){0,4}|(?:,|(?:^|\s)(?:the|its|his|her|their|our|and|but|as|whose))(?:\s+(?!(?:in|of|on|at|to|for|with|from|by|into)\s)\S+){1,3})$/;
/**
 * A conjunction or a preposition that opens a clause, at the line's end: "… the largest since"
 * over "Thames Water was fined …", "… running after" over "Thames Water admitted …" (decision 735,
 * since a name and an auxiliary or a past in "-ed" go on such a word as often as they open a
 * sentence). wrapsOn reads the commoner linking words.
 */
const CLAUSE_WORD_AT_END =
  /(?:^|\s)(?:after|before|since|until|till|because|when|whenever|while|whilst|if|unless|although|though|once|where|whereas|whether|so|about|over|under|against|into|like|despite|including)$/;
/** How much of the line's end CLAUSE_WORD_AT_END reads: a space and its longest word. */
const CLAUSE_WORD_TAIL = 11;

/**
 * Does the line from `line` end at `lineEnd` on a CLAUSE_WORD_AT_END ("… have doubled since")?
 * One regex on the line's last 11 chars.
 */
export function endsOnClauseWord(text: string, line: number, lineEnd: number): boolean {
  return CLAUSE_WORD_AT_END.test(text.slice(Math.max(line, lineEnd - CLAUSE_WORD_TAIL), lineEnd));
}
/**
 * A verb of saying or thinking at the line's end, whose clause the line under holds: "… and the
 * club's manager Unai Emery said" over "Ollie Watkins scored twice." (decision 735). This rule does
 * not break after an attribution that closes the line after a comma either ("…, the regulator
 * said"): broken there, the attribution is read as the next line's lead-in and the line under given
 * to its speaker, which is no better than the run-on; but for a line under that opens with a speaker
 * and a verb of saying of their own (closingAttributionOverSpeaker; decision 780), whose words the
 * attribution reader then gives to that speaker. SHOWING_AT_END reads the verbs of showing or
 * knowing ("… strongly suggested" over "Reform UK was now ahead …"; review of decision 735).
 */
const SAYING_AT_END =
  /(?:^|\s)(?:said|says|told|tells|added|adds|warned|claimed|insisted|argued|announced|revealed|confirmed|admitted|believes|believed|thinks|thought)$/;
/**
 * The same for a verb of showing or knowing, or "likely" ("… strongly suggested", "… it is thought
 * likely"), but for an attribution after a comma that closes the line (CLOSING_ATTRIBUTION: "…,
 * figures show", "…, a study suggests"). Not "expected" or "feared", which a standfirst ends on
 * after "than" ("… faster than expected").
 */
const SHOWING_AT_END =
  /(?:^|\s)(?:say|believe|think|suggested|suggests|showed|shows|found|finds|knew|known|understood|likely|confident)$/;
/** A comma and at most five words to the line's end: an attribution that closes it. */
const CLOSING_ATTRIBUTION = /,(?:\s+\S+){1,5}$/;
/**
 * The line under's speaker and a verb of saying: "Thames Water said …". Under a line that an
 * attribution closes ("…, the regulator said"), the two verbs of saying cannot be one sentence
 * ("the regulator said Thames Water said …"), so the line is a standfirst that ends on its speaker
 * (decision 780). "told" and "added" are left out: "…, the regulator said" over "Thames Water told
 * customers in 2019 …" is one sentence as often.
 */
const SPEAKER_SAYS_AT_START = new RegExp(`^${NAME_RUN} (?:said|says) `, "u");
/**
 * A verb of knowing in the active, then a time phrase, at the line's end: "… he had known for
 * months" over "Jane Smith was planning to leave him …" wants the clause the line under holds
 * (decision 780), as SHOWING_AT_END's "knew" does with nothing after it. Not "had been known for
 * years", a clause that is whole, nor a verb of saying before the time phrase ("… the minister said
 * last week"), which ends a standfirst as often.
 */
const KNOWING_BEFORE_TIME_AT_END =
  /(?:^|\s)(?:knew|(?:had|have|has)\s+(?:known|suspected|realised|realized))\s+(?:for\s+(?:days|weeks|months|years|decades|some\s+time|a\s+long\s+time)|all\s+along|last\s+(?:week|month|year|night)|at\s+the\s+time)$/;
/** How much of the line's end KNOWING_BEFORE_TIME_AT_END reads: "have suspected for a long time". */
const KNOWING_TAIL = 36;
/**
 * A player's or an officer's role with no article before it, at the line's end, whose name the line
 * under opens with: "… a late header from captain" over "Bruno Fernandes earned them a point", "…
 * opted for striker" over "Callum Wilson started …" (review of decision 735), "… a brace from the home
 * side's top scorer" over "Jarrod Bowen made it 3-1 …" (review of decision 780). RELATIVE_NEAR_END reads
 * a role after "the", "its" or a comma; news copy sets one bare before its name as often.
 */
const ROLE_AT_END =
  /(?:^|\s)(?:captain|skipper|striker|scorer|goalscorer|forward|winger|wing|defender|midfielder|goalkeeper|keeper|substitute|paceman|spinner|opener|manager|coach|boss|chairman|chairwoman|executive|chief|minister|secretary|chancellor|leader|president|senator|judge|officer|spokesman|spokeswoman)$/;
/** How much of the line's end ROLE_AT_END reads: a space and its longest word. */
const ROLE_TAIL = 13;
/** How much of the line's end RELATIVE_NEAR_END reads. */
const RELATIVE_TAIL = 48;

/**
 * Is the unit from `start` a line under a headline: the sentence before it (ending at `prevEnd`,
 * -1 for none) ended on a letter or a figure, with no final mark, and only white space lies between?
 * Or the body's first line, with no sentence before it (decision 735): a standfirst at the top of a
 * paste, which a wrapped paragraph further down is not.
 */
function underHeadline(text: string, prevEnd: number, start: number): boolean {
  if (prevEnd < 0) return true;
  if (prevEnd === 0 || start - prevEnd > 8) return false;
  const last = text.charCodeAt(prevEnd - 1);
  return (isLetterUnit(last) || isDigit(last)) && text.slice(prevEnd, start).trim() === "";
}

/**
 * Does the line that ends at `lineEnd` (a word in lowercase, its white space left out), a unit from
 * `start` under a headline, go on to a line from `next` that opens with a speaker and a verb of
 * saying, with no relative near the line's end? The caller has made sure the line ends on no word
 * that runs on. Char tests on each side of the break and a compare before the regex runs on the
 * next line's first 48 chars.
 */
export function speakerOpensLineUnderStandfirst(
  text: string,
  prevEnd: number,
  start: number,
  lineEnd: number,
  next: number,
): boolean {
  if (!isAsciiLower(text.charCodeAt(lineEnd - 1)) || !isAsciiUpper(text.charCodeAt(next))) return false;
  if (!underHeadline(text, prevEnd, start)) return endsOnSaidOverSpeaker(text, start, lineEnd, next);
  // The line's last word in lowercase: not a name cut at the line's end ("analysts at Goldman" over
  // "Sachs said …").
  if (!isAsciiLower(text.charCodeAt(letterRunStart(text, lineEnd)))) return false;
  const opening = text.slice(next, next + SPEAKER_OPENING_MAX);
  if (!SPEAKER_OPENS_LINE.test(opening) && !opensWithNameAndItsOwnVerb(opening)) return false;
  const last = text.slice(Math.max(start, lineEnd - CLAUSE_WORD_TAIL), lineEnd);
  const tail = text.slice(Math.max(start, lineEnd - RELATIVE_TAIL), lineEnd);
  if (SAYING_AT_END.test(last)) return closingAttributionOverSpeaker(text, start, lineEnd, tail, opening);
  if (CLAUSE_WORD_AT_END.test(last)) return false;
  if (ROLE_AT_END.test(text.slice(Math.max(start, lineEnd - ROLE_TAIL), lineEnd))) return false;
  if (
    KNOWING_BEFORE_TIME_AT_END.test(text.slice(Math.max(start, lineEnd - KNOWING_TAIL), lineEnd)) &&
    !ownSpeakerCloses(text, next)
  )
    return false;
  if (SHOWING_AT_END.test(last) && !CLOSING_ATTRIBUTION.test(tail)) return false;
  return !RELATIVE_NEAR_END.test(tail);
}

/**
 * Does a line that ends on a verb of saying end a standfirst? Only when an attribution after a comma
 * closes it ("…, the regulator said") and the line under opens with a speaker and a verb of saying
 * of its own (decision 780); otherwise the verb wants the clause the line under holds (decision
 * 735). The comma's regex runs on the line's last 48 chars, the speaker's on the next line's first
 * 48, only after the verb of saying matched.
 */
function closingAttributionOverSpeaker(
  text: string,
  start: number,
  lineEnd: number,
  tail: string,
  opening: string,
): boolean {
  if (!CLOSING_ATTRIBUTION.test(tail)) return false;
  if (SPEAKER_SAYS_AT_START.test(opening)) return !leadInBeforeSpeaker(text, start, lineEnd);
  // "Otherwise, critics said" over "According to analysts, prices would rise …": the line under
  // names its own speaker too, and a one-word lead-in's tag stands apart from it (decision 1025).
  // Other lines over "According to" run on as before.
  return opening.startsWith("According to ") && namesASpeaker(opening) && oneWordLeadIn(text, start, lineEnd);
}

/**
 * Does "According to " open on a speaker: a capital ("Mr Smith", "The ONS"), "the" and a speaker
 * ("the ONS", "the council", "the minister", "the report", "the police"), or a plural group in
 * lowercase (`pluralSubjectWord`: "analysts", "police")? Not "According to plan" or "to schedule",
 * an idiom of the line's own words (decision 1025), nor the same idiom with "the" ("According to
 * the plan", "the timetable"; decision 1025's review). A char-code test, then a slice and the
 * lexicon's tests.
 */
function namesASpeaker(opening: string): boolean {
  let at = 13;
  if (isAsciiUpper(opening.charCodeAt(at))) return true;
  const afterThe = opening.startsWith("the ", at);
  if (afterThe) {
    at += 4;
    if (isAsciiUpper(opening.charCodeAt(at))) return true;
  }
  const words = /^([a-z]+)(?: ([a-z]+))?/.exec(opening.slice(at));
  if (words === null) return false;
  // "According to the rules": what binds, no speaker (decision 1085); the line runs on as before.
  // The source up to its comma, read as phraseAttribution reads it: "the rules committee" and
  // "rules experts" are people (decision 1085's review).
  const comma = opening.indexOf(",", at);
  if (RULE_NOUNS.has(words[1]!) || (words[2] !== undefined && RULE_NOUNS.has(words[2]))) {
    if (namesRulesNotASpeaker(opening.slice(13, comma < 0 ? opening.length : comma))) return false;
  }
  if (pluralSubjectWord(words[1]!)) return true;
  if (!afterThe) return false;
  // One word before the noun: "the latest figures", "the regional council".
  return speakerNoun(words[1]!) || (words[2] !== undefined && (speakerNoun(words[2]) || pluralSubjectWord(words[2])));
}

/**
 * A word after "According to the" that names who speaks: a role ("minister"), a body ("council"),
 * an outlet ("newspaper") or a document that holds what it says ("report"): the lexicon's lists.
 */
function speakerNoun(word: string): boolean {
  return ROLE_WORDS.has(word) || ORGANISATION_WORDS.has(word) || OUTLET_WORDS.has(word) || EVIDENCE_NOUNS.has(word);
}

/**
 * Is the unit from `start` to `lineEnd` one word, a comma and its speaker's "said" ("Otherwise,
 * critics said", "Meanwhile, the union said"): a tag with none of the speaker's words (decision
 * 1025)? A `lastIndexOf` and an `indexOf`.
 */
function oneWordLeadIn(text: string, start: number, lineEnd: number): boolean {
  const comma = text.lastIndexOf(",", lineEnd);
  return comma > start && text.indexOf(",", start) === comma && text.lastIndexOf(" ", comma) < start;
}

/**
 * Words that open a lead-in before a speaker, not a statement: "In a statement read to the court,
 * his lawyer said", "Pressed on the figures, she said", "Asked about the injury, the manager said".
 */
const LEAD_IN_OPENERS = new Set(
  (
    "In On At After Before During Asked Pressed Speaking Responding Replying Answering Writing Questioned " +
    "Challenged Interviewed Commenting Addressing Giving Earlier Later Afterwards Separately Meanwhile"
  ).split(" "),
);
/** A conjunction after the comma: "…, and Badenoch said", a clause whose verb wants its object. */
const CLAUSE_JOINERS = new Set(["and", "but", "while", "whereas"]);

/**
 * Is the line's last comma, before its speaker and "said", the end of a lead-in rather than of a
 * statement: the unit's only comma after a lead-in's first word ("In a statement read to the court,
 * his lawyer said" over "Mr Smith said he had never met the victim."), or a comma before "and" ("…,
 * and Badenoch said" over "Reform says …")? Then the speaker's "said" wants the line under, a
 * wrapped sentence that reports a second speaker, and the line runs on (review of decision 780). A
 * `lastIndexOf`, an `indexOf` and set lookups, asked only after both regexes matched.
 */
function leadInBeforeSpeaker(text: string, start: number, lineEnd: number): boolean {
  const comma = text.lastIndexOf(",", lineEnd);
  if (comma < start) return false;
  const joiner = text.slice(comma + 1, comma + 10).trimStart();
  if (CLAUSE_JOINERS.has(joiner.slice(0, joiner.indexOf(" ")))) return true;
  if (text.indexOf(",", start) !== comma) return false;
  const leadIn = text.slice(start, comma);
  // One word before the comma ("Otherwise, critics said", "Meanwhile, the union said", "Later,
  // ministers said") holds none of the speaker's words: the line is a tag left hanging over a line
  // that names its own speaker ("Analysts said prices would rise"), and a run-on would give the
  // analysts' words to the critics ("According to critics, Analysts said …"). It stands apart, and
  // the line under keeps its speaker (decision 1025). A lead-in of more words ("In a statement read
  // to the court, his lawyer said") names how the line under was relayed, and runs on as before.
  if (leadIn.indexOf(" ") < 0) return false;
  // "Last week, the minister said", "On Monday, the union said", "Earlier this year, critics said":
  // a time says nothing of how the line under was relayed either, and the tag stands apart as one
  // word's does (decision 1050). "In a statement read to the court" names a medium and runs on.
  if (leadInNamesOnlyATime(leadIn.split(" "))) return false;
  // The first word up to a space or the comma: "Later, the minister said" has no space before it.
  const space = leadIn.indexOf(" ");
  if (LEAD_IN_OPENERS.has(space < 0 ? leadIn : leadIn.slice(0, space))) return true;
  return leadInWithNoVerb(leadIn, text, comma, lineEnd);
}

/** A one-word lead-in of time that is no adverb in "-ly": "Yesterday, the minister said". */
const ONE_WORD_TIMES = new Set(["yesterday", "today", "tonight", "overnight", "now", "then"]);
/** A place's preposition and up to three words: "Outside Leeds Crown Court", "Across the Atlantic". */
const PLACE_LEAD_IN_WORDS = 4;

/**
 * Are the words before the comma a lead-in whatever their first word: one adverb ("Yesterday, the
 * minister said", "Privately, one aide said", "Elsewhere, the chancellor said"), or a short place
 * opened by a word the extractor already reads as one ("Outside court, his lawyer said", "Near the
 * scene, a witness said"), and in either case no verb of its own: no auxiliary, irregular past or
 * past in "-ed" (hasOwnVerb)? A statement that closes on its speaker has a verb, or opens with the
 * noun it is about ("Profits up 5 per cent …", "Crime in the capital falls …, police said"), which
 * the first word's test turns away where the verb test cannot (decision 805). A one-word statement
 * ("Unacceptable, the union said", "Wrong, critics said") is no adverb of time or manner, a
 * sentence adverb is a lead-in alone before its comma, not before a statement's words ("Still no
 * deal on the budget, the Treasury said"), and a place word before more than a place opens a
 * statement's subject ("Across the UK house prices fall for a third month, Nationwide said";
 * review of decision 805). A lead-in of time or manner ("Last week", "By contrast", "Back in
 * London", "Throughout the trial") counts too, and a place word before a level or a rank ("Near
 * collapse", "Outside the top four") does not (decision 835). Set lookups, then a walk over the
 * words, asked only after the unit's only comma was found.
 */
function leadInWithNoVerb(leadIn: string, text: string, comma: number, lineEnd: number): boolean {
  const words = leadIn.split(" ");
  const first = words[0]!.toLowerCase();
  if (words.length === 1) {
    // "Overall, the bank said": a sentence adverb that opens a sentence before a comma
    // (OPENING_ADVERBS; decision 880), as "Meanwhile" does.
    if (
      !first.endsWith("ly") &&
      !SENTENCE_ADVERBS.has(first) &&
      !ONE_WORD_TIMES.has(first) &&
      !OPENING_ADVERBS.has(first)
    )
      return false;
    // One listed adverb has no verb of its own: "Indeed" ends in "-ed" but is no past (decision 925).
    // "Indeed, as the union said" is an aside on the article's own words, no lead-in before its
    // speaker: the line under keeps its speaker (review of decision 925). "Otherwise, she said",
    // "Likewise, a witness said": one speaker, a lone word or after "a" or "an", that the
    // attribution reader does not name would take the line under from its own speaker and give
    // both to no one; it stands apart, as after a blank line (`namedSpeakerAfterLastComma`; review
    // of decision 965). "Privately, one aide said" runs on as before.
    // "she had said" is read as "she said", as namedSpeakerAfterLastComma reads it.
    const verb = text.lastIndexOf(" ", lineEnd);
    const aux = text.startsWith(" had", verb - 4) || text.startsWith(" has", verb - 4) ? verb - 4 : verb;
    const lone = text.indexOf(" ", comma + 2) === aux;
    if (lone || text.startsWith(" a ", comma + 1) || text.startsWith(" an ", comma + 1))
      return namedSpeakerAfterLastComma(text, lineEnd);
    return !text.startsWith(" as ", comma + 1);
  } else if (placeLeadIn(words, first)) {
    // "Near the scene, a witness said", "Outside court, a neighbour said": one unnamed speaker the
    // attribution reader does not name, after "a" or "an" (decision 965). A run-on would give the
    // line under to no one. "the family", "the coastguard" run on as before.
    if (
      (text.startsWith(" a ", comma + 1) || text.startsWith(" an ", comma + 1)) &&
      speakerUnreadAfterLeadIn(text.slice(comma + 1, lineEnd))
    )
      return false;
  } else {
    if (!leadInOfTimeOrManner(words, first, placeLeadIn)) return false;
    // "With tears in her eyes, the mother said": a speaker the attribution reader does not name after
    // a lead-in (review of decision 835). Decision 805's place lead-ins are left as they were. The
    // attribution (after the comma, to the line's end) is sliced only here.
    if (speakerUnreadAfterLeadIn(text.slice(comma + 1, lineEnd))) return false;
    // "With us or against us, the president said", "Throughout Europe prices fall, analysts said":
    // the speaker's own words, or a statement's subject after a place (decision 880).
    if (speaksInOwnVoice(words) || placeNameThenSubject(words)) return false;
  }
  return !hasOwnVerb(leadIn);
}

/**
 * A place's preposition and up to three words ("Outside Leeds Crown Court", "Near the scene") that
 * state no level or rank ("Near collapse", "Outside the top four"; decision 835). `first` is
 * words[0] in lowercase, which the caller has.
 */
function placeLeadIn(words: readonly string[], first: string): boolean {
  return (
    PLACE_PREPOSITIONS.has(first) &&
    words.length <= PLACE_LEAD_IN_WORDS &&
    !statesALevelNotAPlace(words, first) &&
    !placeNameThenSubject(words)
  );
}

/**
 * Below the body's top, a line is a wrapped paragraph's as often as a standfirst's, and the rules
 * above do not read it (decision 710's "Tried and dropped"). One shape is no wrap anywhere: an
 * attribution after a comma that closes the line on "said" or "says" over a speaker and a verb of
 * saying of their own ("…, the regulator said" over "Thames Water said …"; decision 780). Two
 * compares on the line's last five chars come before any regex.
 */
function endsOnSaidOverSpeaker(text: string, start: number, lineEnd: number, next: number): boolean {
  if (!text.startsWith(" said", lineEnd - 5) && !text.startsWith(" says", lineEnd - 5))
    return tagWithAWordAfterItsVerb(text, start, lineEnd, next);
  const tail = text.slice(Math.max(start, lineEnd - RELATIVE_TAIL), lineEnd);
  return closingAttributionOverSpeaker(text, start, lineEnd, tail, text.slice(next, next + SPEAKER_OPENING_MAX));
}

/** "said", "says" or "told" before the line's last word: "ministers told reporters", "said little". */
const VERB_BEFORE_LAST_WORD = /^ (?:said|says|told) $/;
/**
 * Does the line from `start` end on a one-word lead-in, its speaker, "said", "says" or "told" and one
 * word after it ("Otherwise, ministers told reporters", "Meanwhile, ministers said little") over a
 * line under that opens with a speaker and "said" or "says" of its own ("Analysts said …")? The tag
 * is whole with its word and holds none of the line under's, as "Otherwise, ministers said" holds
 * none (decision 1025): it stands apart (decision 1050). Not "said that" or "said whether", which
 * want the clause the line under holds, nor a capital after "said" or "says" ("said Mr" over "Smith
 * said …"), which may open the line under's speaker (decision 1050's review). A `lastIndexOf` and a
 * six-char regex before the rest.
 */
function tagWithAWordAfterItsVerb(text: string, start: number, lineEnd: number, next: number): boolean {
  const space = text.lastIndexOf(" ", lineEnd - 1);
  if (space - 5 < start || !VERB_BEFORE_LAST_WORD.test(text.slice(space - 5, space + 1))) return false;
  const word = text.slice(space + 1, lineEnd);
  if (word === "that" || QUESTION_OPENERS.has(word)) return false;
  // After "said" or "says" a capital may open the line under's speaker, hard-wrapped: "the minister
  // said Mr" over "Smith said …", "said Labour" over "MPs said …" is one report of another. After
  // "told" the word is the one told ("told MPs", "told Sky") and holds none of the line under.
  if (!text.startsWith("told", space - 4) && !isAsciiLower(text.charCodeAt(space + 1))) return false;
  return (
    oneWordLeadIn(text, start, lineEnd) &&
    CLOSING_ATTRIBUTION.test(text.slice(Math.max(start, lineEnd - RELATIVE_TAIL), lineEnd)) &&
    SPEAKER_SAYS_AT_START.test(text.slice(next, next + SPEAKER_OPENING_MAX))
  );
}

/**
 * Is a short line (the splitter's, which stands alone) a lead-in before its speaker over a second
 * speaker's "said" or "says": "Later, the minister said" or "Indeed, the union said" as a
 * paragraph's first line over "Labour says …" (decision 925)? Then it runs on as the same words do
 * at a long line's end (decisions 805, 835 and 880). Not at the body's top or under a headline,
 * where the line is a standfirst as often (`underHeadline`), nor when the speaker after the comma is
 * one the attribution reader does not name ("Later, she said") or an aside ("Later, as the union
 * said"): the line under would lose its own speaker to no one (review of decision 925). Two
 * compares on the line's last five chars come before any regex.
 */
export function shortLeadInOverSpeaker(
  text: string,
  prevEnd: number,
  start: number,
  lineEnd: number,
  next: number,
): boolean {
  if (!text.startsWith(" said", lineEnd - 5) && !text.startsWith(" says", lineEnd - 5)) return false;
  if (underHeadline(text, prevEnd, start)) return false;
  const tail = text.slice(Math.max(start, lineEnd - RELATIVE_TAIL), lineEnd);
  return (
    CLOSING_ATTRIBUTION.test(tail) &&
    SPEAKER_SAYS_AT_START.test(text.slice(next, next + SPEAKER_OPENING_MAX)) &&
    leadInBeforeSpeaker(text, start, lineEnd) &&
    namedSpeakerAfterLastComma(text, lineEnd)
  );
}

/**
 * Do the words after the line's last comma name their speaker: no aside on the article's own words
 * ("Later, as the union said") and no speaker the attribution reader does not name
 * (`speakerUnreadAfterLeadIn`: "Later, she said"), a "had" or "has" before the closing "said" or
 * "says" passed over ("the minister had said" reads as "the minister said"; review of decision 925)?
 */
function namedSpeakerAfterLastComma(text: string, lineEnd: number): boolean {
  const comma = text.lastIndexOf(",", lineEnd);
  if (text.startsWith(" as ", comma + 1)) return false;
  const words = text.slice(comma + 1, lineEnd);
  const aux = words.slice(-9, -5);
  return !speakerUnreadAfterLeadIn(aux === " had" || aux === " has" ? words.slice(0, -9) + words.slice(-5) : words);
}

/**
 * Does the line from `next` close on a speaker of its own after a comma ("Thames Water was pumping
 * raw sewage into the brook, the Environment Agency said.")? Then it is no clause a verb of knowing
 * on the line over wants ("Residents … said on Tuesday they had known for years"), but a sentence
 * under a standfirst (review of decision 780). A comma's `indexOf` before the regex, which runs
 * only after KNOWING_BEFORE_TIME_AT_END matched.
 */
function ownSpeakerCloses(text: string, next: number): boolean {
  const under = text.slice(next, lineEndFrom(text, next));
  return under.indexOf(", ") >= 0 && OWN_SPEAKER.test(under);
}
