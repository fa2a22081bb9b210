import { withBodyNameCommasHidden, withNameCommas } from "./body-name-commas.ts";
import { whoAsideAfterSource } from "./according-to-aside.ts";
import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { Attribution } from "./attribution.ts";
import { type ClaimantMemory, unnamedSources } from "./claimant.ts";
import {
  AUXILIARIES,
  IRREGULAR_PAST,
  FIGURE_COMPARISON_TAIL,
  OCCUPATIONS,
  RECORD_TAIL,
  REPORTING_VERBS,
  ROLE_WORDS,
} from "./lexicon.ts";
import { changeByAFigure } from "./change-by-a-figure.ts";
import { namedTeller, TELLER_NAME } from "./named-teller.ts";
import { namesBodyOrRole } from "./quote-speaker.ts";
import { namesRulesNotASpeaker } from "./rules-as-a-source.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";
import { isUnnamedGroupNoun } from "./unnamed-groups.ts";
import { wireRelay } from "./wire-relays.ts";

/**
 * Attributions read from a fixed phrase rather than from a reporting verb's place among the
 * tokens: "According to X, …", "…, according to X", "…, according to X, though …", "As X said,
 * …" and "…, said Mayor Dana Kim."
 */

const AS_X_SAID = new RegExp(`^As ([^,]{2,60}?) (?:${[...REPORTING_VERBS].join("|")})(?: [^,]{1,30})?,\\s*`, "u");
const SAID_X_AT_END =
  /,\s*(?:said|says|added|adds|wrote|noted)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*|(?:the|a|an)\s+[^,.;!?]{2,50}?)\s*[.!]?[”"]?$/u;

/**
 * ", a cardiologist …", ", an epidemiologist …", ", the company's …", ", medical director of
 * Franklin County EMS": a description of the speaker (a role without "a" or "the" goes on to
 * "of", "for" or "at").
 */
const APPOSITIVE_AFTER_COMMA =
  /^,\s*(?:(?:a|an|the|who)\s|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:of|for|at)\s)/u;
/** ", said Dr. Peter Walsh" up to the comma before the speaker's description: a capitalised name only. */
const SAID_NAME_BEFORE_COMMA =
  /^,\s*(?:said|says|added|adds|wrote|noted)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)\s*$/u;

/**
 * A source's name up to the comma that ends it; a comma inside a figure ("a review covering more
 * than 330,000 children") is part of the name.
 */
const SOURCE = String.raw`((?:[^,]|,(?=\d{3}))`;
// Up to 120 chars: "two people familiar with the plans who were not authorized to discuss them publicly".
const LEAD_ACCORDING_TO = new RegExp(String.raw`^According to ${SOURCE}{2,120}),\s*`, "u");
const TRAILING_ACCORDING_TO = new RegExp(String.raw`,\s*according to ${SOURCE}{2,120}?)[.!]?[”"]?$`, "u");
const MIDDLE_ACCORDING_TO = new RegExp(String.raw`,\s*according to ${SOURCE}{2,120}?),(?!\d{3})\s*(and\s+)?`, "u");

/**
 * "unofficial results posted by the Franklin County Board of Elections shortly after 1 a.m.
 * Wednesday", "results of a trial published on Wednesday in The Lancet": the source is the body
 * that published, or the document without the when and where of its publishing.
 */
const PUBLISHED = /^(.+?)\s+(?:published|posted|released|issued|compiled|presented|made public)\b(.*)$/su;
/**
 * "by the Franklin County Board of Elections": capitalised words, joined by "of", "for", "and",
 * "the"; after a time ("released Monday by the Border Patrol") and with a level of government
 * before them ("by the state Department of Education").
 */
const BY_BODY =
  /^(?:\s+(?:on|late|early|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month))?\s+by\s+((?:the\s+)?(?:(?:state|federal|city|county|national|provincial|regional)\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}.’'&-]*)*)/u;

function sourceName(phrase: string): string {
  const published = PUBLISHED.exec(phrase);
  if (published === null) return declaredBy(phrase) ?? phrase;
  return BY_BODY.exec(published[2]!)?.[1] ?? BY_OFFICE.exec(published[2]!)?.[1] ?? published[1]!;
}
/**
 * "posted by the county elections office", "declared by the returning officer shortly after 3am":
 * a body or officer named in lowercase by its kind, before the end or a time.
 */
const BY_OFFICE =
  /^\s+by\s+(the\s+(?:[a-z’'-]+\s+){0,3}(?:officer|office|board|department|agency|commission|ministry|council|authority|bureau))(?![\s-]+(?!(?:shortly|just|soon|late|early|on|at|after|before|overnight|last|this)\b)[a-z])/;
/**
 * "results declared by the returning officer shortly after 3am on Friday", "figures announced by
 * the Electoral Commission": the body that declared them, when one is named ("a state of emergency
 * declared by the governor" stays whole).
 */
const DECLARED =
  /^(?:the\s+|unofficial\s+|official\s+|final\s+|provisional\s+)*(?:results?|figures|count|tally|totals?)\s+(?:declared|announced)\b(.*)$/su;

function declaredBy(phrase: string): string | null {
  const declared = DECLARED.exec(phrase);
  return declared === null ? null : (BY_BODY.exec(declared[1]!)?.[1] ?? BY_OFFICE.exec(declared[1]!)?.[1] ?? null);
}

/** ", which recorded …", ", which has counted …": what the source named before it did. */
const SOURCE_WHICH_DID = /^which\s+(?=(?:has\s+|had\s+)?\p{Ll}{3,}ed\s)/u;

/** "the trade group that challenged the statute", "an industry body": a noun phrase and at most a relative clause. */
const SOURCE_DESCRIPTION =
  /^(?:the|a|an)\s+(?:(?:[\p{L}’'-]+\s+){0,5}(?:that|which|who|whose)\b|(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+[.!]?[”"]?$)/u;
/** Not "commissioned by …", "conducted by …": who paid for or ran a source is a claim of its own. */
const PUBLISHED_DESCRIPTION = /^(?:published|released|issued|posted)\b[^,;]{0,80}[.!]?[”"]?$/;
/** "a labor economist at Arizona State University", "an outplacement firm": a role or a body's kind. */
const DESCRIPTION_NOUN =
  /^(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+)(?=\s+(?:at|of|for|with|in|on|who|that|which)\b|[.!]?[”"]?$)/u;

/**
 * Whether the words after "…, according to X," describe X rather than go on with a claim, and
 * what kind of X: "person" for a role ("a labor economist at …"), "body" for anything else ("the
 * trade group that challenged the statute"); null when they do not describe it.
 */
function sourceDescription(after: string): "person" | "body" | null {
  // "…, according to AdImpact, which tracks political advertising": what the source does.
  if (WHAT_THE_SOURCE_DOES.test(after)) return /^who\s/i.test(after) ? "person" : "body";
  // "…, according to the report, published Wednesday in the journal Retail Letters": when and
  // where the source came out.
  if (PUBLISHED_DESCRIPTION.test(after)) return "body";
  const noun = DESCRIPTION_NOUN.exec(after)?.[1]?.toLowerCase();
  if (noun !== undefined && (ROLE_WORDS.has(noun) || OCCUPATIONS.has(noun))) return "person";
  return SOURCE_DESCRIPTION.test(after) ? "body" : null;
}

/** "which tracks political advertising", "who studies housing": a relative clause to the sentence's end, no figure in it. */
const WHAT_THE_SOURCE_DOES = /^(?:which|who)\s+[^,;\d]{3,80}[.!]?[”"]?$/i;

/** "well above the forecast of 260,000", "up from 3.1% in May": a comparison with no verb of its own. */
const COMPARISON_TAIL =
  /^(?:(?:well|far|just|slightly|sharply)\s+)?(?:above|below|up|down|higher|lower|ahead|short|compared)\b/i;
const JOINER = /^(?:though|although|but|while|yet)\s+/i;
const WITH_TAIL = /^with\s/i;
const SHARE_WORD = /\b(?:half|third|quarter|fifth|tenth|majority|most)\b/i;
/** A clause that opens with its own speaker: "experts warned that", "critics say". */
const SPEAKS_ITSELF =
  /^(?:[\p{L}’'-]+\s+){1,4}?(?:said|say|says|warned|warn|warns|cautioned|caution|argued|argue|argues|noted|insisted|insist|claimed|claim|claims)\b/u;
const MEANWHILE_JOINER = /^(?:even as|just as|as|whereas|even though)\s+/i;
const SUBJECT_PRONOUN = /^(?:it|they|he|she)\b/i;

/** The content [contentStart, contentEnd) is the claimant's; nothing around it is. */
function credited(claimant: Claimant, contentStart: number, contentEnd: number): Attribution {
  return { claimant, contentStart, contentEnd, lead: null, tail: null, aside: null };
}

/**
 * "Alison Boden, the group's director": a name and its description between commas, which is the
 * subject of the "said" after it ("…, said the court blocked the plan"), not a statement.
 */
const NAME_AND_APPOSITIVE =
  /^(?!(?:In|On|At|By|For|From|After|Before|Since|During|Last|This|Next|Earlier|Later|Meanwhile|However|The|A|An)\b)[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3},\s*[^,]{2,60}$/u;

/**
 * "…, said the company." names a body; "Reeves, the chancellor, said the union had refused to
 * negotiate." does not end with one: an auxiliary or modal makes the words after "said" a clause.
 */
function namesSpeakingBody(phrase: string): boolean {
  return namesBodyOrRole(phrase) && !phrase.split(/\s+/).some((w) => AUXILIARIES.has(w.toLowerCase()));
}

/** "…, the company said" at the end of a clause: the speaker phrase before the verb. */
const TAG_AT_END =
  /,\s*((?:the|a|an)\s+[^,]{2,40}?|(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*)\s+(?:said|says|added|adds|noted|wrote)$/u;

/**
 * The speaker of a clause that ends "…, the company said" and where the tag's comma stands, or
 * null. For the clause before a trailing "according to" ("Sales rose 4 percent, the company said,
 * and profits doubled, according to LSEG data"): the first figure is the company's.
 */
export function speakerTagAtEnd(text: string, memory: ClaimantMemory): { claimant: Claimant; comma: number } | null {
  const tag = TAG_AT_END.exec(text);
  if (!tag) return null;
  const name = tag[1]!;
  if (!(/^(?:the|a|an)\s/i.test(name) ? namesSpeakingBody(name) : plausibleSpeakerName(name))) return null;
  const claimant = memory.speaker(name);
  return claimant ? { claimant, comma: tag.index } : null;
}

/** A speaker's act or a commitment: what a data source's figures do not report. */
const SPEECH_OR_PLEDGE =
  /\b(?:accused|pledged|promised|vowed|said|says|claimed|announced|insisted|argued|warned|denied|urged|called for)\b/;
const TURNS = [", but ", ", and ", "; "];

/**
 * Where a clause before a trailing "according to" ends and the source's own clause begins, when
 * the earlier one reports a speaker's act or a pledge ("But the opposition accused the army of
 * …, and at least seven people were killed …, according to local media"); null otherwise, as in
 * "Exports rose 3%, but imports fell 2%, according to customs data", where both are the source's.
 */
function actBeforeTurn(text: string, contentEnd: number): { leadEnd: number; contentFrom: number } | null {
  let at = -1;
  let turn = "";
  for (const t of TURNS) {
    const i = text.lastIndexOf(t, contentEnd - t.length);
    if (i > at) {
      at = i;
      turn = t;
    }
  }
  if (at <= 0 || !SPEECH_OR_PLEDGE.test(text.slice(0, at))) return null;
  return { leadEnd: at, contentFrom: at + turn.length };
}

/**
 * "The court heard that …", "The court heard how …", "The jury was told …": what a witness or
 * counsel said in a hearing, which the court has not found; the article does not say who. Not
 * "The court heard evidence for three days". "was told by prosecutor Tom Reid that" names who
 * (group `by`, read by `namedTeller`).
 */
const HEARD = String.raw`\s+(?:heard\s+(?:that|how)|(?:was|were|had been|has been)\s+told(?:\s+by\s+(?<by>${TELLER_NAME})\s+that|(?:\s+(?:by|on|in|at)\s+[^,.;]{1,30}?)?\s+that|(?!\s+(?:to|by|on|in|at)\b)))\s+(?=\S)`;
const HEARING_HEARD = new RegExp(String.raw`^(?:The|A)\s+(court|jury|tribunal|inquiry|inquest)${HEARD}`, "u");
/** A court by its name: "Leeds Crown Court", "Westminster Magistrates' Court", "The Old Bailey", "the Court of Appeal". */
const COURT_NAME = String.raw`(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:Court|Bailey|Tribunal)(?:\s+of\s+Appeal)?`;
/**
 * "Leeds Crown Court heard that …", "Southwark Crown Court was told that …", "Jurors at Leeds
 * Crown Court heard how …", "Jurors heard that …": a named court, or its jurors, hearing what a
 * witness or counsel said, as "The court heard that …" is.
 */
const NAMED_HEARING = new RegExp(String.raw`^(?:Jurors(?:\s+at\s+(${COURT_NAME}))?|(${COURT_NAME}))${HEARD}`, "u");

/** NAMED_HEARING's court or jurors, looked for in a sentence's first COURT_REACH chars first. */
const COURT_OR_JURORS = /Court|Bailey|Tribunal|Jurors/;
const COURT_REACH = 90;

/** Who heard the evidence a sentence opens with ("the court", "Leeds Crown Court") and where the content starts, or null. */
function hearingOpening(text: string): { heardBy: string; toldBy?: string; contentFrom: number } | null {
  const first = text.charCodeAt(0);
  if (first === 84 || first === 65) {
    const m = HEARING_HEARD.exec(text);
    if (m) return { heardBy: `the ${m[1]!}`, toldBy: m.groups?.by, contentFrom: m[0].length };
  }
  // A named court or its jurors: only a sentence that opens with one, and "heard" or "told" in it.
  if (!COURT_OR_JURORS.test(text.slice(0, COURT_REACH)) || (!text.includes(" heard ") && !text.includes(" told")))
    return null;
  const named = NAMED_HEARING.exec(text);
  if (named === null) return null;
  const court = (named[1] ?? named[2])?.replace(/^The\s/, "the ");
  return { heardBy: court ?? "the jury", toldBy: named.groups?.by, contentFrom: named[0].length };
}

/**
 * A hearing or a ruling named in a tag that closes the sentence, as a headline and court copy
 * write it: "…, court hears", "…, inquest told", "…, the jury was told on Monday" (evidence heard
 * by the hearing, as "The court heard that …" opens); "…, coroner rules", "…, Supreme Court
 * rules", "…, the judge ruled" (the coroner's or court's finding). Read only after the sentence's
 * last comma, within TAG_REACH chars of its end, and only when what comes before names no speaker
 * of its own ("Two gardaí said …, the court heard" stays the gardaí's).
 */
const TAG_REACH = 60;
const TAG_WHEN = String.raw`(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today))?\s*[.!]?[”"’]?$`;
const HEARING_TAG = new RegExp(
  String.raw`^,\s+(?:(?:the|an?)\s+(court|jury|tribunal|inquiry|inquest)|(court|jury|tribunal|inquiry|inquest)|(${COURT_NAME}))\s+(?:hears|heard|told|(?:is|was|were|has\s+been|have\s+been)\s+told)${TAG_WHEN}`,
  "u",
);
const RULING_TAG = new RegExp(
  String.raw`^,\s+((?:the\s+)?(?:(?:senior|assistant|area)\s+)?(?:coroner|judge|court|tribunal)|${COURT_NAME})\s+(?:rules|ruled)${TAG_WHEN}`,
  "u",
);
/**
 * A speaker's verb in what comes before the tag: the sentence then names its own speaker, as any
 * reporting verb does ("The defence argued …, the court heard", "The doctor explained that …, the
 * inquest heard", "His mother wrote that …, the inquest was told" stay the speaker's).
 */
function speakerBeforeTag(before: string): boolean {
  for (const m of before.toLowerCase().matchAll(/\p{Ll}+/gu))
    // "Police found 2kg of cocaine in the boot, the court heard": found a thing, not that a thing is so.
    if (REPORTING_VERBS.has(m[0]) && !(FOUND.test(m[0]) && !/^\s+that\b/.test(before.slice(m.index + m[0].length))))
      return true;
  return false;
}
const FOUND = /^(?:found|finds)$/;

/** The claimant of a closing hearing or ruling tag and where its comma stands, or null. */
function hearingOrRulingTag(text: string, memory: ClaimantMemory): { claimant: Claimant; comma: number } | null {
  const comma = text.lastIndexOf(",");
  if (comma <= 0 || text.length - comma > TAG_REACH) return null;
  const tail = text.slice(comma);
  const heard = HEARING_TAG.exec(tail);
  const ruled = heard === null ? RULING_TAG.exec(tail) : null;
  // The tags first: they fail on nearly every sentence, the speaker scan reads the whole of it.
  if ((heard === null && ruled === null) || speakerBeforeTag(text.slice(0, comma))) return null;
  if (heard) {
    const heardBy = heard[1] ?? heard[2] ?? heard[3]!.replace(/^The\s/, "the ");
    const by = heard[3] === undefined ? `the ${heardBy.toLowerCase()}` : heardBy;
    return { claimant: { name: `evidence heard by ${by}`, type: "unnamed_sources", via: null }, comma };
  }
  if (ruled === null) return null;
  // "…, Court rules" in a headline's capitals is the court, as "…, court rules" is.
  const who = ruled[1]!.replace(/^The\s/, "the ").replace(/^(?:Coroner|Judge|Court|Tribunal)$/, (w) => w.toLowerCase());
  const claimant = memory.speaker(/^\p{Ll}/u.test(who) && !who.startsWith("the ") ? `the ${who}` : who);
  return claimant === null ? null : { claimant, comma };
}

/**
 * "The minister denied reports that …", "The club dismissed claims that …": what follows "that"
 * is the reports' (no one named), which the subject disputes (disputed-claims.ts flags it); "The
 * judge rejected the union's claim that …": the owner's (group 2).
 */
const DENIED_REPORTS =
  /\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes)\s+(?:((?:(?:the|media|press|newspaper|earlier|recent|online|widespread)\s+)*(?:reports|claims|suggestions|allegations|accusations|rumou?rs|speculation))|((?:the\s+)?\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,3})['’]s\s+(?:claims?|allegations?|assertions?|arguments?|suggestions?|contention))\s+that\s+(?=\S)/u;

/**
 * "The rankings, Okafor said, measure research spending", "The cuts, critics say, will cost 4,000
 * jobs": the speaker's tag between commas inside the sentence; what goes on after it is lowercase.
 */
const TAG_INSIDE =
  /^([^,]{3,80}?),\s+((?:the|a|an)\s+[^,]{2,40}?|\p{L}[\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s+(?:said|says|say|added|argued|argue|argues|warned|warn|warns|noted|insisted|insist|believes|believe|estimated|estimate|claimed|claim|claims|found|finds|concluded)\s*,\s+(?=\p{Ll})/u;
/** "the ONS", "the IMF", "the NHS": a body by its initials after "the", which a trailing tag names too (decision 1005). */
const THE_INITIALS = /^the\s+\p{Lu}{2,6}$/u;
/** Pronouns that may stand in an inside tag ("The new lanes, she said, …"); not "I" or "we". */
const TAG_PRONOUNS = new Set(["he", "she", "they", "it"]);
/** TAG_INSIDE's verbs, looked for right before a comma first. */
const TAG_VERBS = new Set(
  "said says say added argued argues argue warned warns warn noted insisted insist believes believe estimated estimate claimed claims claim found finds concluded".split(
    " ",
  ),
);

/** Does a comma follow one of TAG_VERBS anywhere in `text`? A few commas a sentence, no regex. */
function verbBeforeComma(text: string): boolean {
  for (let p = text.indexOf(","); p > 2; p = text.indexOf(",", p + 1)) {
    let w = p;
    while (w > 0 && text.charCodeAt(w - 1) >= 97 && text.charCodeAt(w - 1) <= 122) w--;
    if (p - w >= 3 && p - w <= 9 && TAG_VERBS.has(text.slice(w, p))) return true;
  }
  return false;
}

/** What opens a tail after "…, X said," rather than the predicate of the subject before it. */
const NOT_A_PREDICATE =
  /^(?:adding|saying|noting|and|but|or|while|though|although|because|so|yet|where|when|if|the|a|an|this|that|these|those|its|their|his|her|with|in|on|at|for|by|from|to|up|down|after|before|as|than|which|who|according|citing|\p{L}+ing\b)/u;
const MAX_SUBJECT_WORDS = 6;
const LEADING_JOINER = /^(?:But|And|Yet|So)\s+/;
/**
 * Words that open a lead-in, no subject. Not "Near", "Outside" or "Across", which bound the
 * statement ("Near the border, the army said, troops fired 40 shells" keeps "near the border" in
 * its wording; decision 1005's review).
 */
const NOT_A_SUBJECT =
  /^(?:according|meanwhile|however|still|instead|separately|later|earlier|asked|in|on|at|for|by|with|after|before|during|\p{L}+ing)$/iu;

/** ", but Republicans say", "; police put": where a clause of its own begins. */
const CLAUSE_TURN_AFTER =
  /,\s(?:but|while|whereas)\s(?!(?:would|will|could|should|may|might|also|is|are|was|were|has|have|had|did|does|do|not)\b)|;\s/;

/** Is `phrase` a subject or an opening adverbial without a verb ("The rankings", "In 2020")? */
function subjectOnly(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  // Not an opening phrase: "Speaking to reporters, the mayor said, …", "Meanwhile, …".
  if (words.length > MAX_SUBJECT_WORDS || NOT_A_SUBJECT.test(words[0]!)) return false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (
      AUXILIARIES.has(lower) ||
      IRREGULAR_PAST.has(lower) ||
      (lower.length > 4 && lower.endsWith("ed") && w === lower)
    )
      return false;
  }
  return true;
}

function tagInside(text: string, start: number, end: number, memory: ClaimantMemory): Attribution | null {
  if (!verbBeforeComma(text)) return null;
  const m = TAG_INSIDE.exec(text);
  if (m === null) return null;
  // Before the tag a subject, not a clause of its own ("Crime fell 40%, the mayor said, adding …"
  // is a trailing tag); after it the verb, not a joining word, a participle or a new phrase. Or a
  // clause of change before it and its figure after it ("Rents rose, the ONS said, by 9%").
  if (
    (!subjectOnly(m[1]!) || NOT_A_PREDICATE.test(text.slice(m[0].length, m[0].length + 12))) &&
    !changeByAFigure(m[1]!, text.slice(m[0].length))
  )
    return null;
  const name = m[2]!;
  const lower = name.toLowerCase();
  // "The new lanes, she said, had cut …": a pronoun for the last person or body.
  const plausible = TAG_PRONOUNS.has(lower)
    ? true
    : /^(?:the|a|an)\s/i.test(name)
      ? namesSpeakingBody(name) || THE_INITIALS.test(name)
      : /^\p{Lu}/u.test(name)
        ? plausibleSpeakerName(name)
        : isUnnamedGroupNoun(lower);
  if (!plausible) return null;
  const claimant = memory.speaker(name);
  if (!claimant) return null;
  return wholeSentenceWithout(claimant, m[1]!, text.slice(m[0].length), start, end);
}

/**
 * The sentence body[start, end) as the claimant's, worded as `subject` and `after` without the tag
 * or source set between them, up to a clause that turns to a subject of its own ("The economy, the
 * chancellor said, grew 0.4%, but unemployment rose"), which is read on its own.
 */
function wholeSentenceWithout(
  claimant: Claimant,
  subject: string,
  after: string,
  start: number,
  end: number,
): Attribution {
  const turn = CLAUSE_TURN_AFTER.exec(after);
  const clause = (turn === null ? after : after.slice(0, turn.index)).replace(/[.!]$/, "");
  const afterStart = end - after.length;
  return {
    ...credited(claimant, start, turn === null ? end : afterStart + turn.index),
    // "But the rankings, critics say, measure …": the joining word is no part of the claim.
    contentWithoutTag: `${subject.replace(LEADING_JOINER, "")} ${clause}`,
    ...(turn === null ? {} : { tail: { start: afterStart + turn.index + turn[0].length, end }, secondSpeaker: true }),
  };
}

/**
 * "Sources tell 3TV that …", "Officials close to the mayor tell the Journal that …": unnamed
 * people telling an outlet, in the present ("tell" is no reporting verb in general: "Let me tell
 * you", "till the military tell me").
 */
const SOURCES_TELL =
  /^((?:Sources|Officials|Insiders|People|Two people|Three people|Several people)(?:\s+[^,]{1,50}?)?)\s+tell\s+([^,]{1,40}?)\s+that\s+(?=\S)/u;

/**
 * "…10 complaints from owners, one of whom said the trim “came off at 70 mph”": one of the people
 * just named speaks, unnamed; the clause before is the article's.
 */
const SOME_OF_WHOM =
  /,\s*(?:one|some|many|several|most|two|three|four|five|all|few) of (?:whom|them) (?:said|says|told \p{L}+|complained|wrote|claimed|reported)\s+(?!to\b|anything\b|nothing\b)(?:that\s+)?(?=\S)/u;

/**
 * "The minister's claim that crossings have halved has been challenged by a think tank": the
 * claim is the owner's; that it was challenged is the article's (and marks it disputed).
 */
const CLAIM_CHALLENGED =
  /^(?:The\s+)?([\p{L}.’' -]{2,40}?)['’]s?\s+(?:claim|assertion|suggestion|figure|statement)\s+that\s+(.{3,200}?)\s+((?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+(?:being\s+)?)?(?:challenged|disputed|questioned|rejected|contradicted|debunked|denied)\b.*)$/su;

/** A speaker named later in the sentence: "The committee was told …, the chairman said". */
const SAID_LATER = /,\s+[^,]{2,40}\s(?:said|says|added|told)\b/;
/**
 * Where a clause of its own joins: the denier's own act (", insisting …", ", but confirmed …",
 * "and said …"), another speaker (", while Ukraine said …") or a clause after a semicolon; not
 * "and misled investors", which goes on with what was denied.
 */
const CLAUSE_JOIN_AFTER =
  /,\s*(?:saying|adding|insisting|arguing|noting|calling|blaming|claiming|stressing|warning|but|while|although|though|whereas|and)\s|;\s|\s+and\s+(?=said\b|says\b)/;
/** The denier's participle of speech, and its past for the wording: ", insisting …" → "insisted". */
const SPEECH_PARTICIPLE_PAST: Record<string, string> = {
  saying: "said",
  adding: "added",
  insisting: "insisted",
  arguing: "argued",
  noting: "noted",
  calling: "called",
  blaming: "blamed",
  claiming: "claimed",
  stressing: "stressed",
  warning: "warned",
};
/** "Smith, who denied claims …": a relative clause's subject denies nothing of the sentence's own. */
const RELATIVE_OPENER = /^(?:who|which|that|whom|whose)\b/i;
/** An opening phrase before the subject: "On Monday, ", "However, ", "In a statement, ". */
const OPENING_PHRASE = /^(?:[\p{L}\d’'-]+\s+){0,4}[\p{L}\d’'-]+,\s+/u;
/** Subordinators that make a clause no main one: "After the club dismissed claims …". */
const OPENS_SUBORDINATE = /^(?:After|When|Before|If|As|Since|Although|Though|While|Because|Until|Once)\b/;
const SAID_BEFORE = /\b(?:said|says|say|told|tells|added|claimed|argued|insisted|reported)\b/;

/** Is `prefix` a subject of at most six words, in no subordinate clause and after no reporting verb? */
function mainClauseSubject(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/);
  return words.length <= 6 && !prefix.includes(",") && !OPENS_SUBORDINATE.test(prefix) && !SAID_BEFORE.test(prefix);
}

/**
 * The claimant's content from `from` (chars into `text`) to the end of its clause: a clause of its
 * own after it ("…, but confirmed a restructuring") is the article's.
 */
function toClauseEnd(
  claimant: Claimant,
  text: string,
  start: number,
  from: number,
  denier: { phrase: string; claimant: Claimant } | null = null,
): Attribution {
  const join = CLAUSE_JOIN_AFTER.exec(text.slice(from));
  if (join === null) return credited(claimant, start + from, start + text.length);
  const contentEnd = start + from + join.index;
  const participle = /^,\s*(\p{Ll}+ing)\s$/u.exec(join[0])?.[1];
  const tailFrom = from + join.index + join[0].length;
  // ", calling them baseless": the participle is the tail's verb and stays in its quote.
  const quotedFrom = participle === undefined ? tailFrom : tailFrom - participle.length - 1;
  const tail = { start: start + quotedFrom, end: start + text.length };
  const rest = text.slice(tailFrom).replace(/[.!]$/, "");
  // "… and said it had complied", "…, but confirmed a restructuring": the denier's own act,
  // worded with the denier, who is its claimant.
  const saidAfterAnd = /^\s+and\s+$/.test(join[0]) && /^(?:said|says)\b/.test(rest);
  const verbFirst = /^\p{Ll}+ed\b/u.test(rest) && !/^,\s*(?:which|while|whereas)\s/.test(join[0]);
  if (denier !== null && (participle !== undefined || saidAfterAnd || verbFirst)) {
    const act = participle !== undefined ? `${SPEECH_PARTICIPLE_PAST[participle]!} ${rest}` : rest;
    return {
      ...credited(claimant, start + from, contentEnd),
      tail,
      verdictBy: denier.claimant,
      tailWording: `${denier.phrase} ${act}`,
    };
  }
  // "…, while Ukraine said 40 drones were downed": read on its own, with its own speaker.
  return { ...credited(claimant, start + from, contentEnd), tail, secondSpeaker: true };
}

/** "Monday's statement", "Last week's claim": a time owns no claim. */
const TIME_OWNER =
  /^(?:last\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** `text` is body[start, end), one sentence. */
export function phraseAttribution(
  text: string,
  start: number,
  end: number,
  memory: ClaimantMemory,
): Attribution | null {
  const opening = hearingOpening(text);
  const heard = opening !== null && !SAID_LATER.test(text) ? opening : null;
  if (heard)
    return toClauseEnd(
      (heard.toldBy !== undefined ? namedTeller(heard.toldBy, memory) : null) ?? {
        name: `evidence heard by ${heard.heardBy}`,
        type: "unnamed_sources",
        via: null,
      },
      text,
      start,
      heard.contentFrom,
    );
  // "…, coroner rules", "…, court hears": the tag closes the sentence.
  const tag = hearingOrRulingTag(text, memory);
  if (tag) return credited(tag.claimant, start, start + tag.comma);
  // "Arana was quoted as saying …", "…, Lavrov said in comments carried by the TASS news agency".
  const relay = wireRelay(text, memory);
  // A relay before the content goes to the end of its clause: "…, a claim Ukraine denied" or
  // ", but critics said …" is read on its own.
  if (relay)
    return relay.contentEnd === text.length
      ? toClauseEnd(relay.claimant, text, start, relay.contentStart)
      : credited(relay.claimant, start + relay.contentStart, start + relay.contentEnd);
  // One search for the word the next two shapes need.
  const hasThat = text.includes(" that ");
  const denied = hasThat ? DENIED_REPORTS.exec(text) : null;
  // The denial is the sentence's own, by a short subject after at most an opening phrase ("On
  // Monday, the minister denied …"): not "Smith said the club had dismissed claims that …",
  // "After the club dismissed claims that …".
  const denierPhrase = denied ? text.slice(0, denied.index).replace(OPENING_PHRASE, "").trim() : "";
  const denier =
    denied && mainClauseSubject(denierPhrase) && !RELATIVE_OPENER.test(denierPhrase)
      ? memory.speaker(denierPhrase)
      : null;
  // "The judge rejected the union's claim that …": the owner's claim, which the judge rejects.
  // "denied Sunday's claims that …": a time owns no claim; they are claims, unnamed.
  const timeOwned = denied !== null && denied[2] !== undefined && TIME_OWNER.test(denied[2]);
  const owner = denied && denier && denied[2] !== undefined && !timeOwned ? memory.speaker(denied[2]) : null;
  if (denied && denier && (denied[2] === undefined || timeOwned || owner))
    return {
      ...toClauseEnd(
        owner ?? { name: (denied[1] ?? "claims").toLowerCase(), type: "unnamed_sources", via: null },
        text,
        start,
        denied.index + denied[0].length,
        { phrase: denierPhrase, claimant: denier },
      ),
      // The denial itself is the article's: "The minister denied reports".
      lead: { start, end: start + denied.index + denied[0].length - " that ".length },
    };
  const tell = hasThat && text.includes(" tell ") ? SOURCES_TELL.exec(text) : null;
  if (tell) {
    // Every subject the pattern allows opens with a common word, capitalised only by the sentence.
    const who = tell[1]![0]!.toLowerCase() + tell[1]!.slice(1);
    const claimant = memory.speaker(who, tell[2]!.replace(/^the\s+/i, ""));
    if (claimant) return credited(claimant, start + tell[0].length, end);
  }
  const whom = text.includes(" of wh") || text.includes(" of them ") ? SOME_OF_WHOM.exec(text) : null;
  if (whom)
    return {
      ...credited(unnamedSources(whom[0], null), start + whom.index + whom[0].length, end),
      lead: { start, end: start + whom.index },
    };
  // The owner is written in the possessive: a cheap test first.
  const challenged = hasThat && (text.includes("'s ") || text.includes("’s ")) ? CLAIM_CHALLENGED.exec(text) : null;
  if (challenged && plausibleSpeakerName(challenged[1]!.replace(/^the\s+/i, ""))) {
    // "Monday's claim that …": no one owns it but the claim itself.
    const claimant = TIME_OWNER.test(challenged[1]!)
      ? { name: "claim", type: "unnamed_sources" as const, via: null }
      : memory.speaker(challenged[1]!);
    if (claimant) {
      const contentStart = start + text.indexOf(challenged[2]!, challenged[1]!.length);
      const tailStart = end - challenged[3]!.length;
      return {
        ...credited(claimant, contentStart, contentStart + challenged[2]!.length),
        tail: { start: tailStart, end },
        tailWording: `${text.slice(0, contentStart - start).replace(/\s+that\s+$/, "")} ${challenged[3]!.replace(/[.!]$/, "")}`,
      };
    }
  }
  // "according to the Department for Environment, Food and Rural Affairs (Defra)": the name's
  // commas are hidden from the "according to" readers (same length, so every index holds).
  const named = text.includes("ccording to ") ? withBodyNameCommasHidden(text) : text;
  let lead = LEAD_ACCORDING_TO.exec(named);
  // "According to the rules, …": what binds, no speaker (decision 1085); the article's claim,
  // unless a speaker's "according to" closes the sentence ("…, according to the league"), read
  // below as any trailing source is (decision 1085's review).
  if (lead && namesRulesNotASpeaker(lead[1]!)) {
    if (!text.includes("according to")) return null;
    lead = null;
  }
  if (lead) {
    if (named !== text) lead[1] = withNameCommas(lead[1]!);
    // "According to a mission official, who spoke on condition of anonymity …, the spectrometer …".
    const aside = whoAsideAfterSource(text.slice(lead[0].length));
    if (aside === null) return credited(memory.outlet(lead[1]!), start + lead[0].length, end);
    const asideStart = start + lead[0].length;
    const source = aside.anonymous ? unnamedSources(lead[1]!, null) : memory.outlet(lead[1]!);
    return {
      ...credited(source, asideStart + aside.length, end),
      // "According to Dr Ana Ruiz, who led the study, …": the article's claim about the source.
      aside: aside.anonymous
        ? null
        : {
            start: asideStart,
            end: asideStart + aside.clauseLength,
            restored: `${lead[1]![0]!.toUpperCase()}${lead[1]!.slice(1)} ${aside.clause}`,
          },
    };
  }
  // "As the minister said, the plan failed": the article repeats the speaker's claim.
  const as = text.startsWith("As ") ? AS_X_SAID.exec(text) : null;
  if (as && plausibleSpeakerName(as[1]!.replace(/^(?:the|a|an) /i, ""))) {
    const claimant = memory.speaker(as[1]!);
    if (claimant) return credited(claimant, start + as[0].length, end);
  }
  // The two "according to" forms are searched for only where the words stand (one native search).
  if (text.includes("according to")) {
    const trail = TRAILING_ACCORDING_TO.exec(named);
    if (trail && namesRulesNotASpeaker(trail[1]!)) return null;
    if (trail) {
      if (named !== text) trail[1] = withNameCommas(trail[1]!);
      const outlet = memory.outlet(sourceName(trail[1]!));
      // "The government has pledged to build 1.5 million homes, but housing starts fell …,
      // according to industry figures": the source gave the figure, not the pledge before it.
      const turn = actBeforeTurn(text, trail.index);
      if (turn)
        return {
          ...credited(outlet, start + turn.contentFrom, start + trail.index),
          lead: { start, end: start + turn.leadEnd },
          sourceAfterContent: true,
        };
      return { ...credited(outlet, start, start + trail.index), sourceAfterContent: true };
    }
    // "Burglaries fell 8 percent, according to police data, though robberies rose": both sides are
    // the source's. After "and" a clause of its own is the article's: "…, according to ASX data,
    // and 27 of 31 economists surveyed by Bloomberg had forecast the move".
    const middle = MIDDLE_ACCORDING_TO.exec(named);
    if (middle) {
      if (named !== text) middle[1] = withNameCommas(middle[1]!);
      const content = credited(memory.outlet(sourceName(middle[1]!)), start, start + middle.index);
      const after = text.slice(middle.index + middle[0].length);
      // "The company, according to its annual report, employs 12,000 people": the source is an
      // aside between the subject and its verb; the claim is the whole sentence without it.
      const subject = text.slice(0, middle.index);
      // ("The plan, according to the CBO, would cost $2 trillion, but Republicans say …": up to the
      // clause that turns to another speaker).
      if (middle[2] === undefined && subjectOnly(subject) && /^\p{Ll}/u.test(after) && !NOT_A_PREDICATE.test(after)) {
        // "according to its annual report": whose the report is, the subject says.
        const own = /^its\s+/i.exec(middle[1]!);
        const claimant = own
          ? memory.outlet(
              `${subject.replace(LEADING_JOINER, "").replace(/^the\s+/i, "")}'s ${middle[1]!.slice(own[0].length)}`,
            )
          : content.claimant;
        return { ...wholeSentenceWithout(claimant, subject, after, start, end), sourceAfterContent: true };
      }
      // "…, according to the Free Speech Coalition, the trade group that challenged the statute":
      // a description of the source, nothing to check.
      // "…, according to the ministry, the deadliest day in weeks": a record goes on with the content.
      if (middle[2] === undefined && RECORD_TAIL.test(after.slice(0, 40)))
        return {
          ...content,
          tail: { start: end - after.length, end },
          tailExtendsContent: true,
          sourceAfterContent: true,
        };
      // "…, according to the ombudsman's office, which recorded 198 active conflicts in September":
      // what the source did is its claim, worded with its name.
      const which = middle[2] === undefined ? SOURCE_WHICH_DID.exec(after) : null;
      if (which) {
        const name = middle[1]!;
        return {
          ...content,
          tail: { start: end - after.length + which[0].length, end },
          verdictBy: content.claimant,
          tailWording: `${name.charAt(0).toUpperCase()}${name.slice(1)} ${after.slice(which[0].length).replace(/[.!]\s*$/, "")}`,
          sourceAfterContent: true,
        };
      }
      const described = middle[2] === undefined ? sourceDescription(after) : null;
      if (described) {
        // "…, according to Ellen Marsh, a labor economist at …": a role describes a person.
        const claimant =
          described === "person" && content.claimant.type === "organization"
            ? { ...content.claimant, type: "person" as const }
            : content.claimant;
        return { ...content, claimant, sourceAfterContent: true };
      }
      // "Net migration reached 340,000, according to the ABS, well above the government's forecast
      // of 260,000": a verbless comparison goes on with the content.
      // "…, according to the IMF, with steel accounting for roughly a fifth": a "with" of figures too.
      if (
        middle[2] === undefined &&
        (COMPARISON_TAIL.test(after) || WITH_TAIL.test(after) || FIGURE_COMPARISON_TAIL.test(after)) &&
        (/\d/.test(after) || SHARE_WORD.test(after))
      )
        return {
          ...content,
          tail: { start: end - after.length, end },
          tailExtendsContent: true,
          sourceAfterContent: true,
        };
      // "…, according to police data, though robberies rose": the joining word is no part of the
      // claim. After it a pronoun stands for what the article wrote about ("…, according to a new
      // Newspoll, although it still holds a commanding lead": "it" is the party, not the poll), so
      // that clause is the article's.
      // "…, according to CoreLogic, even as the Reserve Bank kept the cash rate on hold": what
      // happened meanwhile is the article's, without its joining words.
      const meanwhile = middle[2] === undefined ? MEANWHILE_JOINER.exec(after) : null;
      if (meanwhile)
        return {
          ...content,
          tail: { start: end - after.length + meanwhile[0].length, end },
          tailBySpeaker: false,
          sourceAfterContent: true,
        };
      const joiner = middle[2] === undefined ? JOINER.exec(after) : null;
      const pronoun = joiner !== null && SUBJECT_PRONOUN.test(after.slice(joiner[0].length));
      // "…, according to a large study, although experts warned that …": a speaker of its own.
      const ownSpeaker = joiner !== null && SPEAKS_ITSELF.test(after.slice(joiner[0].length, joiner[0].length + 60));
      return {
        ...content,
        tail: { start: end - after.length + (joiner && !pronoun ? joiner[0].length : 0), end },
        tailBySpeaker: middle[2] === undefined && !pronoun && !ownSpeaker,
        ...(ownSpeaker ? { secondSpeaker: true } : {}),
        sourceAfterContent: true,
      };
    }
  }
  const inside = tagInside(text, start, end, memory);
  if (inside) return inside;
  // "Crime fell 12 percent last year, said Mayor Dana Kim.": the tag follows the last comma, so
  // the regex runs on what follows it only.
  const lastComma = text.lastIndexOf(",");
  const tagged = lastComma > 0 ? SAID_X_AT_END.exec(text.slice(lastComma))?.[1] : undefined;
  const name = tagged !== undefined && !NAME_AND_APPOSITIVE.test(text.slice(0, lastComma)) ? tagged : undefined;
  if (name && (/^(?:the|a|an)\s/i.test(name) ? namesSpeakingBody(name) : plausibleSpeakerName(name))) {
    const claimant = memory.speaker(name);
    if (claimant) return credited(claimant, start, start + lastComma);
  }
  // "…, said Dr. Peter Walsh, a cardiologist at …": the tag stands before the speaker's description.
  if (lastComma > 0 && APPOSITIVE_AFTER_COMMA.test(text.slice(lastComma, lastComma + 48))) {
    const tagComma = text.lastIndexOf(",", lastComma - 1);
    const named = tagComma > 0 ? SAID_NAME_BEFORE_COMMA.exec(text.slice(tagComma, lastComma))?.[1] : undefined;
    const claimant = named && plausibleSpeakerName(named) ? memory.speaker(named) : null;
    if (claimant) return credited(claimant, start, start + tagComma);
  }
  return null;
}
