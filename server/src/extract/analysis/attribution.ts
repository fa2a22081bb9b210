import { isNonInvolvementDisclosure } from "./disclosure-aside.ts";
import { isSpeakersPostAside } from "./speaker-post-aside.ts";
import { opensSpeechAsideBeforeSaid } from "./speech-aside-before-said.ts";
import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { phraseAttribution } from "./attribution-phrases.ts";
import { asProofAttribution } from "./as-proof.ts";
import { raceCallAttribution } from "./race-call.ts";
import { withDocumentOrigin } from "./document-origin-aside.ts";
import { type ClaimantMemory, unnamedSources } from "./claimant.ts";
import { ANONYMITY, reportedContent } from "./reported-content.ts";
import { maxSpeakerTokens, plausibleSpeaker, standsBeforeSpeechVerb, withoutSpeakerAdverbs } from "./speaker-phrase.ts";
import {
  coordinatedSubjectEnd,
  describedNameEnd,
  isSubordinator,
  isWhoOrWhich,
  nameAfterDescription,
  joinedDescriptionStart,
  looksLikeSubject,
  nameEnd,
  opensWithCommonWord,
  opensWithSceneBefore,
  openingSceneEnd,
  ownerOfIt,
  participleAside,
  peopleInPlural,
  relativeAside,
  subjectStart,
} from "./speech-subject.ts";
import { hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { projectsAsReport } from "./network-projection.ts";
import { pointedOut, REPORTING_OR_POINTED } from "./pointed-out.ts";
import { concedingReports } from "./conceding-in-the-present.ts";
import { tagAfterAConcedingPresent } from "./tag-after-a-conceding-present.ts";
import {
  EVIDENCE_NOUNS,
  isOrganisationPlural,
  OCCUPATIONS,
  ORGANISATION_WORDS,
  QUESTION_OPENERS,
  ROLE_WORDS,
} from "./lexicon.ts";
import { articleCommentAt } from "./article-comment.ts";
import { reportingVerbIndex } from "./claim-noun.ts";
import { wouldSayThat } from "./would-say-that.ts";
import { postedDescribesMedium, SAID_IN } from "./said-in-media.ts";
import { participleSpeech, trailingParticipleSpeech } from "./participle-speech.ts";
import { verdictSpeech } from "./verdict-speech.ts";
import { toldUnderATag } from "./told-under-a-tag.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { secondSpeakerAt } from "./second-speaker.ts";
import { semicolonClauseAfter } from "./semicolon-clause.ts";
import { subordinateShape } from "./subordinate-speaker.ts";
import { undisclosedTailAt } from "./undisclosed-tail.ts";
import { ellipsisFilled, nameBeforeSemicolon } from "./contrast-pronoun.ts";
import { restatedAct, restatedBy } from "./restated-claim.ts";
import { type Gender, genderOfDescription } from "./pronoun-genders.ts";
import { endPastPlus } from "./plus-after-name.ts";
import { endBeforeWireWeekday } from "./wire-weekday-after-body.ts";
import {
  ALWAYS_FINITE,
  AND,
  CAPITALISED,
  CONCEDING,
  LOWERCASE_REPORTING_VERB,
  MAY_START_QUANTITY,
  PAST,
  POINTED,
  SAID_AFTER_WOULD,
  THAT,
} from "./word-flags.ts";

export interface Attribution {
  claimant: Claimant;
  /** Where the attributed content lies in the body. */
  contentStart: number;
  contentEnd: number;
  /**
   * A leading clause before the attribution that the article asserts itself ("While X happened,
   * ..."), with its wording when the span alone says too little ("Prices fell after the central
   * bank said": "Prices fell after the central bank said it would cut rates").
   */
  lead: { start: number; end: number; wording?: string } | null;
  /** Text after a trailing attribution that the article asserts itself ("…, Terna said, as air conditioners ran …"). */
  tail: { start: number; end: number } | null;
  /** The tail is the speaker's too ("…, according to police data, though robberies rose …"). */
  tailBySpeaker?: boolean;
  /** The tail is a verbless phrase that goes on with the content ("…, Aemet said, with an average of 23.6C"). */
  tailExtendsContent?: boolean;
  /** The tail is another speaker's reported speech, to be attributed on its own ("…, while critics said …"). */
  secondSpeaker?: boolean;
  /** The tail is this speaker's verdict, worded as written ("economists called the figure inflated"). */
  verdictBy?: Claimant | null;
  /**
   * A leading pronoun of the content is left as written: after "The ministry rejected the report,
   * saying it was flawed" "it" is as often the report as the ministry.
   */
  keepsPronoun?: boolean;
  /** What a leading "it" of the content stands for, when the sentence leaves no doubt ("the decision"). */
  itStandsFor?: string;
  /** The tail's wording, when the article states it of the speaker ("Karin Aas resigned on Monday"). */
  tailWording?: string;
  /** The content's wording, speaker included ("Rita Vance called the plan a fantasy"): no "According to". */
  contentWording?: string;
  /** The content's wording without the speaker's tag inside it ("The rankings, Okafor said, measure …"). */
  contentWithoutTag?: string;
  /** The content is followed by its source ("…, according to X"), which a speaker before it may have cited. */
  sourceAfterContent?: boolean;
  /** A relative clause about the speaker, before the verb, that the article asserts itself, with its wording. */
  aside: { start: number; end: number; restored: string } | null;
  /** The speaker's gender, as a description after the name shows it ("Ann Lee, a spokeswoman for …, said"). */
  describedGender?: Gender;
}

const MIN_LEAD_TOKENS = 4;
/** Words after which a reporting verb's past form is an adjective: "of confirmed cases", "the reported deaths". */
const ADJECTIVE_BEFORE = new Set(["of", "the", "a", "an", "newly", "its", "their", "these", "those", "all", "no"]);
const DENIALS = new Set(["denied", "denies", "deny"]);

const ADDING = new Set(["added", "adds", "add", "adding"]);

const RECALLING = new Set(["recalled", "recalls", "recall"]);

/** Does "recalled" at `i` report speech: before "that", a colon or quotation, or ending its clause? */
function recallsSpeech(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.flags & THAT || commaBefore(body, tokens, i + 1)) return true;
  return /^\s*[:“"]/.test(body.slice(tokens[i]!.end, next.start));
}

const NEEDS_A_CLAUSE = new Set(["feared", "calculated", "calculates", "calculate"]);
/** How far after the verb the clause's auxiliary is looked for ("feared the death toll would"). */
const AUXILIARY_REACH = 7;

/** Does a that-clause, or a subject and an auxiliary before any comma or "and", start at `from`? */
function clauseAhead(body: string, tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (first === undefined) return false;
  if (first.flags & THAT) return true;
  for (let k = from + 1; k < tokens.length && k - from < AUXILIARY_REACH; k++) {
    const t = tokens[k]!;
    if (commaBefore(body, tokens, k) || t.flags & AND) return false;
    if (t.flags & ALWAYS_FINITE) return true;
  }
  return false;
}

const SHOWING = new Set(["show", "shows", "showed"]);
/** Documents and figures that "show" what a source would say: "FBI data show …", "Court records show …". */
/**
 * "show" after a document or a set of figures reports what it shows ("FBI data show violent crime
 * fell"). Not a reporting verb in general: "the shows", "show more responsibility".
 */
function evidenceShows(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // Cheap first: four to six chars starting with a lowercase "s".
  if (t.end - t.start < 4 || t.end - t.start > 6 || body.charCodeAt(t.start) !== 115) return false;
  if (!SHOWING.has(lowerWordAt(body, t))) return false;
  if (EVIDENCE_NOUNS.has(lowerWordAt(body, tokens[i - 1]!))) return true;
  // "Figures from the Bank of England showed …", "Data compiled by analytics firm X show …": the
  // document, then whose it is, before the verb with no comma between; not when a speaker follows
  // ("…, Smith said").
  for (let k = Math.max(i + 1, tokens.length - 3); k < tokens.length; k++)
    if (tokens[k]!.flags & LOWERCASE_REPORTING_VERB) return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    if (commaBefore(body, tokens, k + 1)) return false;
    if (EVIDENCE_NOUNS.has(lowerWordAt(body, tokens[k]!)) && EVIDENCE_OWNER.has(lowerWordAt(body, tokens[k + 1]!)))
      return true;
  }
  return false;
}
/** Words after a document's noun that say whose it is: "figures from", "data compiled by". */
const EVIDENCE_OWNER = new Set(["from", "by", "of", "compiled", "published", "released"]);

/**
 * Finds reported speech in a sentence that is not a direct quotation: "According to X, …",
 * "X announced (to Y) that …", "X said the …", "…, X said." Returns null when the article speaks
 * for itself.
 */
export function findAttribution(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  const byPhrase = phraseAttribution(body.slice(start, end), start, end, memory);
  if (byPhrase && !byPhrase.sourceAfterContent) return byPhrase;
  const byTrailingParticiple = byPhrase ? null : trailingParticipleSpeech(body, start, end, tokens, memory);
  if (byTrailingParticiple) return byTrailingParticiple;
  // "The minister hailed the figures as proof that …": read before "cited" or "welcomed" as verbs.
  const byProof = byPhrase ? null : asProofAttribution(body.slice(start, end), start, end, memory);
  if (byProof) return byProof;
  const byVerb = verbAttribution(body, start, end, tokens, memory);
  // "Vance said the city had built 4,100 units, according to its own dashboard": the source is
  // Vance's, named inside what she said; the speaker before it makes the claim.
  if (byPhrase && !(byVerb && byVerb.contentStart > start && byVerb.contentStart < byPhrase.contentEnd))
    return byPhrase;
  // "The office disputed that number, saying it excluded …": the subject of the statement speaks.
  return (
    byVerb ??
    participleSpeech(body, start, end, tokens, memory) ??
    verdictSpeech(body, start, end, tokens, memory) ??
    // "The AP has called the race for Husted": a desk's call, written as an act (decision 540).
    raceCallAttribution(body.slice(start, end), start, end, memory)
  );
}

/** Reported speech found by its reporting verb: "X said (that) …", "…, X said", "X repeated his claim that …". */
function verbAttribution(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!;
    // A capitalised form is a name ("United States", "Reports Weekly"), not a reporting verb.
    // One flag test per token for a reporting verb, "pointed" or "points" (pointed-out.ts: why one).
    if (
      !(word.flags & (REPORTING_OR_POINTED | SAID_AFTER_WOULD)) &&
      !evidenceShows(body, tokens, i) &&
      !projectsAsReport(body, tokens, i)
    )
      continue;
    if (word.flags & POINTED && !pointedOut(body, tokens, i)) continue;
    // "Smith would maintain that the policy was working", not "… that rate until June" (decision 975).
    if (word.flags & SAID_AFTER_WOULD && !wouldSayThat(body, tokens, i)) continue;
    // "…, the company admits", "Tesco concedes that …", but not "admits 40 patients" (decision 930).
    if (word.flags & CONCEDING && !concedingReports(body, tokens, i)) continue;
    // "Tesco admits sales fell 4%, the company said on Monday": the trailing tag speaks (decision 1110).
    if (word.flags & CONCEDING && tagAfterAConcedingPresent(body, tokens, i)) continue;
    // "The crew told investigators …, the report said": the tag at the end is the source.
    if (toldUnderATag(body, tokens, i)) continue;
    // "The number of confirmed cases rose to nine": a past form after "of" or a determiner is an
    // adjective ("confirmed cases", "the reported deaths"), no one's reporting verb.
    if (word.flags & PAST && ADJECTIVE_BEFORE.has(lowerWordAt(body, tokens[i - 1]!))) continue;
    // "…, TikTok said in a video posted on Monday": "posted" describes the video (decision 885).
    if (word.flags & PAST && postedDescribesMedium(body, tokens, i)) continue;
    // "Ortega denied the port had ignored complaints" does not report that it had: the article
    // states the denial, and "According to Ortega, the port had ignored complaints" would invert it.
    const lower = lowerWordAt(body, word);
    if (DENIALS.has(lower)) continue;
    // "Health care added 49,000 jobs": "added" before a figure adds to a count, it reports nothing.
    if (tokens[i + 1] && tokens[i + 1]!.flags & MAY_START_QUANTITY && ADDING.has(lower)) continue;
    // "Halvern recalled 98,000 SUVs": a carmaker's recall; only "recalled that …", "recalled: “…”"
    // or a trailing "…, she recalled" report a memory.
    if (RECALLING.has(lower) && !recallsSpeech(body, tokens, i)) continue;
    // "Investors feared a repeat of 2008 and sold …", "calculated its tax bill using …": a fear or
    // a sum reports only a clause ("feared that …", "feared the toll would rise").
    if (NEEDS_A_CLAUSE.has(lower) && !clauseAhead(body, tokens, i + 1)) continue;
    // "Hale repeated his claim that …": the speaker stands before "repeated".
    // "Smith would say that the policy was working": the modal stands where the verb does (decision 750).
    const verb = wouldSayThat(body, tokens, i) ? i - 1 : reportingVerbIndex(body, tokens, i);
    if (verb < 1) continue;
    // "Smith, who thinks the tax is unfair, said …": the aside describes the speaker; "said" reports.
    if (opensSpeechAsideBeforeSaid(body, tokens, verb)) continue;
    // "Brandt conceded … but said …": the first verb's subject speaks; what it did is the article's.
    const coordinated = coordinatedSubjectEnd(body, tokens, verb);
    const subjectFrom = coordinated > 0 ? 0 : subjectStart(body, tokens, verb);
    if (subjectFrom < 0) continue;
    const name =
      coordinated > 0
        ? (nameAfterDescription(body, tokens, coordinated) ?? {
            from: openingSceneEnd(body, tokens, coordinated),
            to: Math.max(describedNameEnd(body, tokens, coordinated), 0) || coordinated,
          })
        : withoutSpeakerAdverbs(body, tokens, subjectFrom, nameEnd(body, tokens, subjectFrom, verb));
    const segStart = name.from;
    const fullNameTo = name.to;
    let nameTo = name.to;
    // "A social media post shared 40,000 times since Sunday falsely claims …": the participle
    // phrase describes the speaker, who is named before it.
    // Only before "that": in "people allowed to pursue claims after …" "claims" is a noun.
    if (!plausibleSpeaker(body, tokens, segStart, nameTo)) {
      nameTo = outletsRelativeStart(body, tokens, segStart, nameTo);
      if (nameTo === fullNameTo && tokens[i + 1] && tokens[i + 1]!.flags & THAT)
        nameTo = reducedRelativeStart(body, tokens, segStart, nameTo);
    }
    const subject = tokens.slice(segStart, nameTo);
    if (
      (!looksLikeSubject(subject, maxSpeakerTokens(body, tokens, segStart, nameTo)) &&
        !peopleInPlural(body, subject) &&
        !ownerOfIt(body, subject)) ||
      !plausibleSpeaker(body, tokens, segStart, nameTo)
    )
      continue;
    // What comes before the speaker is measured from the whole subject segment, fillers included
    // ("…, and then Jerry Falwell announces": the lead ends before "and").
    const content = reportedContent(body, start, end, tokens, i, subjectFrom);
    if (!content) continue;
    // "The report, from the Resolution Foundation, said": whose report, named with it.
    let phrase = withDocumentOrigin(
      body,
      tokens,
      segStart,
      nameTo,
      verb,
      // "Canal+ said": the "+" is the name's own; "Boston College Monday said": the day is not
      // (decision 770).
      body.slice(
        subject[0]!.start,
        endPastPlus(body, tokens[endBeforeWireWeekday(body, tokens, segStart, nameTo) - 1]!.end),
      ),
    );
    // "Scientists say …": a common noun is capitalised only because it opens the sentence.
    if (segStart === 0 && opensWithCommonWord(body, subject)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
    // "A port official, who spoke on condition of anonymity, said …": the aside can say it too.
    const asideText = nameTo < verb ? body.slice(tokens[nameTo]!.start, tokens[verb - 1]!.end) : "";
    const anonymous = content.anonymous || (asideText !== "" && ANONYMITY.test(asideText));
    // "Ann Lee, a spokeswoman for the council, said": the description shows who a later "she" may be.
    const describedGender = asideText === "" || anonymous ? null : genderOfDescription(asideText);
    // "But Mr. Dunmore did not say homicides doubled; he said violent crime did.": Dunmore, not the
    // last speaker, but only when the text shows Dunmore is "he" (an ungendered "Hill denied it;
    // she said …" may be the councilwoman Hill answers).
    const contrast = anonymous || nameTo - segStart !== 1 ? null : nameBeforeSemicolon(body, tokens, segStart);
    const contrasted = contrast === null ? null : memory.speaker(contrast, content.via);
    const spoken = anonymous
      ? unnamedSources(phrase, content.via)
      : contrasted?.type === "person" && memory.surelyFitsPronoun(contrasted, phrase)
        ? contrasted
        : memory.speaker(phrase, content.via);
    if (!spoken) continue;
    // "Smith thinks 40% …" is her view; "AARP thinks that …" is the writer's (or a debater's)
    // account of a body's mind, and stays theirs (decision 540).
    if (spoken.type !== "person" && lower === "thinks") continue;
    const filled =
      contrasted === spoken ? ellipsisFilled(body, tokens, segStart, content.contentStart, content.contentEnd) : null;
    // "The country's largest bank, Nordkredit, said": the description before the name says it is a
    // body; not what was said before a trailing tag ("He turned down three clubs, Tom Smith said").
    const claimant =
      spoken.type === "person" &&
      !spoken.title &&
      content.contentStart !== start &&
      describedAsBody(body, tokens, segStart)
        ? { ...spoken, type: "organization" as const }
        : spoken;
    let contentStart = content.contentStart;
    while (contentStart < end && /[\s:,]/.test(body[contentStart]!)) contentStart++;
    const trailing = content.contentStart === start;
    // "…, and its president of football operations, Damian Shaw, said": the lead ends before "and".
    const described = subjectFrom > 0 ? joinedDescriptionStart(body, tokens, subjectFrom) : -1;
    const leadTo = described > 0 ? described : subjectFrom;
    const leadEnd = leadTo > 0 ? tokens[leadTo - 1]!.end : start;
    // A lead of a few words with a verb in it is an adverbial ("Put simply,"), not a clause.
    // "Prices fell after the central bank said …": the article's clause reaches through the
    // speaker and verb; it says when prices fell, the speaker's content is the bank's.
    const subordinate =
      !trailing && coordinated <= 0 && subjectFrom >= 2 && isSubordinator(body, tokens[subjectFrom - 1]!);
    // "The governor rejected criticism from Karin Aas, who said …": the article's clause ends with the name.
    const namedInClause =
      !trailing &&
      subjectFrom >= 2 &&
      !commaBefore(body, tokens, subjectFrom) &&
      nameTo < verb &&
      isWhoOrWhich(tokens[nameTo]!) &&
      hasFiniteVerb(tokens, 0, subjectFrom);
    if (subordinate) {
      const shape = subordinateShape(body, tokens, start, subjectFrom, verb, content.contentEnd);
      return {
        claimant,
        contentStart,
        contentEnd: shape.contentEnd,
        lead: shape.lead,
        tail: shape.tail,
        ...(shape.tailWording === undefined ? {} : { tailWording: shape.tailWording }),
        aside: null,
      };
    }
    const leadClause = namedInClause
      ? { start, end: tokens[nameTo - 1]!.end }
      : coordinated > 0
        ? { start, end: tokens[verb - 2]!.end }
        : !trailing &&
            subjectFrom >= MIN_LEAD_TOKENS &&
            hasFiniteVerb(tokens, 0, subjectFrom) &&
            !saysWhereSaid(body, tokens) &&
            !putsAQuestion(body, tokens)
          ? { start, end: leadEnd }
          : null;
    // "…, while critics said it would cost twice that": a second speaker ends the first one's content.
    const second = trailing ? null : secondSpeakerAt(body, tokens, i + 1, content.contentEnd);
    // "…, a figure disputed by criminologists": the article's comment ends the speaker's content,
    // and is read on its own (it may hand over to a speaker in turn), unless a speaker comes first.
    const comment = trailing
      ? null
      : articleCommentAt(body, tokens, i + 1, second ? second.contentEnd : content.contentEnd);
    // "…; a review found …": a clause of its own after a semicolon is not the speaker's either.
    const handover = comment
      ? { contentEnd: comment.contentEnd, nextStart: comment.start }
      : trailing || second
        ? null
        : semicolonClauseAfter(body, tokens, i, contentStart);
    if (handover)
      return {
        claimant,
        contentStart,
        contentEnd: handover.contentEnd,
        lead: leadClause,
        tail: { start: handover.nextStart, end: content.contentEnd },
        secondSpeaker: true,
        aside: anonymous ? null : speakerAside(body, tokens, segStart, nameTo, fullNameTo, verb),
      };
    // "Karin Aas, who said that rates were too high, resigned on Monday": what she said ends at
    // the comma before the main verb, which the article states of her.
    const main = second || trailing ? -1 : mainVerbAfterWhoSaid(body, tokens, verb, i);
    // "…, but it has not announced a recall": the article's, about the speaker.
    const undisclosed =
      second || trailing || main > 0
        ? null
        : undisclosedTailAt(body, tokens, i + 2, content.contentEnd, contentStart, phrase, claimant);
    if (undisclosed)
      return {
        claimant,
        contentStart,
        contentEnd: undisclosed.contentEnd,
        lead: leadClause,
        tail: undisclosed.tail,
        tailWording: undisclosed.wording,
        aside: anonymous ? null : speakerAside(body, tokens, segStart, nameTo, fullNameTo, verb),
      };
    if (main > 0)
      return {
        claimant,
        contentStart,
        contentEnd: body.lastIndexOf(",", tokens[main]!.start),
        lead: leadClause,
        tail: { start: tokens[main]!.start, end: content.contentEnd },
        tailWording: `${phrase} ${body.slice(tokens[main]!.start, tokens[tokens.length - 1]!.end)}`,
        aside: null,
      };
    return {
      claimant,
      contentStart,
      contentEnd: second ? second.contentEnd : content.contentEnd,
      // "Dunmore repeated the claim at a forum on March 7, adding that …": the act is the article's.
      lead:
        leadClause ??
        (verb < i && !trailing ? restatedLead(body, tokens, verb, i, contentStart, phrase, claimant) : null),
      tail: second ? second.tail : content.tail,
      tailExtendsContent: second === null && content.tailExtendsContent === true,
      tailBySpeaker: second === null && content.tailBySpeaker === true,
      secondSpeaker: second !== null,
      verdictBy: second?.verdict ? verdictClaimant(body, tokens, second.verdict, memory) : null,
      aside: anonymous ? null : speakerAside(body, tokens, segStart, nameTo, fullNameTo, verb),
      ...(filled === null ? {} : { contentWithoutTag: filled }),
      ...(describedGender === null ? {} : { describedGender }),
    };
  }
  return null;
}

/**
 * The main verb after "<name>, who said …, <verb>": the token after the comma that closes the
 * who-clause and opens a verb that is not itself a report; -1 when the verb at `verb` is not
 * right after ", who".
 */
function mainVerbAfterWhoSaid(body: string, tokens: readonly Token[], verb: number, i: number): number {
  if (verb < 2 || !isWhoOrWhich(tokens[verb - 1]!) || !commaBefore(body, tokens, verb - 1)) return -1;
  // Bounded, so a sentence of many "who said" stays linear.
  for (let k = i + 2; k < tokens.length && k - i <= 40; k++)
    if (commaBefore(body, tokens, k) && isFiniteVerb(tokens, k) && !(tokens[k]!.flags & LOWERCASE_REPORTING_VERB))
      return k;
  return -1;
}

/**
 * Whether the name at `nameFrom` follows a description between commas that ends in a body's word:
 * "The country's largest bank, Nordkredit, said", "Two of the sanctioned companies, Kerensteel and
 * Volga Metals, said".
 */
function describedAsBody(body: string, tokens: readonly Token[], nameFrom: number): boolean {
  if (nameFrom < 2 || !commaBefore(body, tokens, nameFrom)) return false;
  // "Outside a cooling center, Marcus Bell, 58, said": where the scene is describes no one.
  if (opensWithSceneBefore(body, tokens, nameFrom)) return false;
  // "A spokesman for the company, Jan Berg, said": a role in the description makes a person.
  for (let k = nameFrom - 1; k >= 0; k--) {
    const w = lowerWordAt(body, tokens[k]!);
    if (ROLE_WORDS.has(w) || OCCUPATIONS.has(w) || PERSON_HEADS.has(w)) return false;
    if (commaBefore(body, tokens, k)) break;
  }
  const word = lowerWordAt(body, tokens[nameFrom - 1]!);
  // "In a statement, Joanne Pryce said": where it was said describes no one.
  if (saysWhereSaid(body, tokens)) return false;
  return ORGANISATION_WORDS.has(word) || isOrganisationPlural(word);
}

/** Words that head a description of a person: "the head of the central bank", "a lawyer for the bank". */
const PERSON_HEADS = new Set(
  "head chief lawyer attorney spokesman spokeswoman spokesperson director president chair chairman chairwoman founder owner boss".split(
    " ",
  ),
);

/** What the article says about the speaker between the name and the verb, as a claim of its own. */
function speakerAside(
  body: string,
  tokens: readonly Token[],
  nameFrom: number,
  nameTo: number,
  fullNameTo: number,
  verb: number,
): { start: number; end: number; restored: string } | null {
  // "Smith, who won in 2020, has said": the auxiliary belongs to the verb, not the aside.
  let v = verb;
  while (v - 1 > nameTo && !commaBefore(body, tokens, v) && standsBeforeSpeechVerb(body, tokens[v - 1]!)) v--;
  const relative = relativeAside(body, tokens, nameFrom, nameTo, v);
  if (relative === null) return participleAside(body, tokens, nameFrom, nameTo, nameTo < fullNameTo ? fullNameTo : v);
  const aside = body.slice(relative.start, relative.end);
  // "…, who is not involved in the mission, said": a disclosure, no claim; nor is "…, who served at
  // the Federal Energy Regulatory Commission from 2019 to 2024, says": the speaker's post.
  if (isNonInvolvementDisclosure(aside)) return null;
  return body.endsWith("who ", relative.start) && isSpeakersPostAside(aside) ? null : relative;
}

/**
 * Where a participle after a common noun opens a reduced relative clause in tokens [from, to)
 * ("post [shared …]", "report [published on Monday]"), or `to` when none does.
 */
function reducedRelativeStart(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from + 1; t < to && t - from <= 5; t++) {
    const prev = tokens[t - 1]!;
    if (tokens[t]!.flags & PAST && !(tokens[t]!.flags & CAPITALISED) && !(prev.flags & CAPITALISED)) return t;
    // "Papers filed in federal court allege that …": a plural common noun opening the sentence is
    // capitalised only there ("Ortega filed …" names a person who did something).
    if (t === 1 && tokens[t]!.flags & PAST && !(tokens[t]!.flags & CAPITALISED) && commonPlural(body, prev)) return t;
  }
  return to;
}

/**
 * "Criminologists we spoke with also cautioned that …", "Residents we spoke to said …": the
 * outlet's own relative clause, its "who" left out, after the people who speak; where it starts,
 * or `to`.
 */
function outletsRelativeStart(body: string, tokens: readonly Token[], from: number, to: number): number {
  for (let t = from + 1; t + 1 < to && t - from <= 4; t++)
    if (tokens[t + 1]!.flags & PAST && lowerWordAt(body, tokens[t]!) === "we") return t;
  return to;
}

/** "Papers", "Documents", "Emails": a common word in the plural, capitalised or not. */
function commonPlural(body: string, t: Token): boolean {
  const word = lowerWordAt(body, t);
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && isCommonWord(word);
}

const SAID_IN_DETERMINERS = new Set(["a", "an", "its", "their", "his", "her"]);

/** Does the sentence open by saying where it was said ("In a statement posted on Telegram")? No claim of its own. */
function saysWhereSaid(body: string, tokens: readonly Token[]): boolean {
  return (
    tokens.length > 3 &&
    lowerWordAt(body, tokens[0]!) === "in" &&
    SAID_IN_DETERMINERS.has(lowerWordAt(body, tokens[1]!)) &&
    SAID_IN.has(lowerWordAt(body, tokens[2]!))
  );
}

/**
 * "Asked whether she would resign, Kim said …", "When asked if the plan would cost $4 million, …":
 * the question put to the speaker asserts nothing, whatever verb it holds.
 */
function putsAQuestion(body: string, tokens: readonly Token[]): boolean {
  const at = lowerWordAt(body, tokens[0]!) === "when" ? 1 : 0;
  return (
    tokens.length > at + 2 &&
    lowerWordAt(body, tokens[at]!) === "asked" &&
    QUESTION_OPENERS.has(lowerWordAt(body, tokens[at + 1]!))
  );
}

/** "…, though economists called the figure inflated": the speaker of a verdict, as a claimant. */
function verdictClaimant(
  body: string,
  tokens: readonly Token[],
  speaker: { speakerFrom: number; speakerTo: number },
  memory: ClaimantMemory,
): Claimant | null {
  return memory.speaker(body.slice(tokens[speaker.speakerFrom]!.start, tokens[speaker.speakerTo - 1]!.end));
}

/** The restated act as the article's lead, worded with the speaker's name for a pronoun; null without one. */
function restatedLead(
  body: string,
  tokens: readonly Token[],
  verb: number,
  noun: number,
  contentStart: number,
  phrase: string,
  claimant: Claimant,
): ReturnType<typeof restatedAct> {
  const speaker = restatedBy(phrase, claimant);
  return speaker === null ? null : restatedAct(body, tokens, verb, noun, contentStart, speaker);
}
