import { actWithALongObjectBefore } from "./act-with-a-long-object.ts";
import { actThenAJoinedPastBefore } from "./act-then-a-joined-past.ts";
import {
  ACT_VERB,
  HEARING_PRESENT_LAST,
  HEARING_PRESENT_WITH_ITS_WORDS,
  OBJECT_WORD,
  PAST_IN_ED,
} from "./act-verb-and-object.ts";

/**
 * "Police said on Monday that officers arrested the man on Saturday": an act done in the active
 * simple past ("arrested the man", "found the body", "shot a suspect"), its object between the
 * verb and the weekday, puts the day before the saying as the passive does ("the man was arrested
 * on Saturday", decision 665). Decision 665 left the active voice, as a simple past may be the
 * speaker's present moved back ("said on Friday the match was on Monday"); an arrest, a raid or a
 * killing is no present moved back (decision 705). Only these acts of police, courts, rescuers and
 * attackers, with the questioning, the searches and the raiders', kidnappers' and armies' acts
 * that news copy reports the same way ("questioned the man", "torched the car", "stormed the
 * compound"; decision 730) and the irregular pasts of a beating, a theft or a crash ("beat the
 * man", "stole a car", "a van hit a pedestrian", "struck a cyclist"; decision 775), not any verb
 * in "-ed", which may be a plan's ("confirmed", "announced"); and only where nothing is joined on
 * between the object and the weekday ("arrested the man and will charge him on Saturday",
 * "charged him to appear on Saturday", "detained the man until Saturday", "questioned whether the
 * match goes ahead on Saturday"), nor where the weekday is one the act is done ahead of, or a
 * plan's whose wisdom is questioned ("searched the ground ahead of Saturday's derby", "questioned
 * the wisdom of playing on Saturday": the derby and the playing may still be to come; "convicted
 * him of stabbing on Saturday" is the act's day; a review of decision 730). "to death" ends the
 * act, and is no infinitive ("stabbed his wife to death on Saturday"; decision 775). An
 * infinitive or a modal before the verb ("will have arrested", "to arrest") is no act done, and a
 * determiner before it makes it a participle that names the subject ("the injured striker was fit
 * on Saturday", "the club's suspended captain was available on Saturday", "two injured men were
 * stable"), whose simple past may be the speaker's present moved back (a review of decision 705).
 */
const ACTIVE_ACT_BEFORE = new RegExp(String.raw`${ACT_VERB}((?:${OBJECT_WORD}){1,4})[ \u00a0]+$`, "u");

/**
 * "if Leeds beat Arsenal on Saturday", "he hoped his side beat Arsenal on Saturday", "the result
 * helps Leeds beat the drop on Saturday": "beat" and "hit" are their own presents and bare
 * infinitives, so after a condition, a hope or a present "helps", "sees", "lets" or "makes" in the
 * same clause they name a result or a target still to come, not an act done (decision 775). The
 * past of those verbs ("helped Leeds beat Arsenal") is left to read back. Any case: a quotation
 * opens with its capital ('"If we beat Leeds on Saturday we stay up," the manager said').
 */
const HOPED_FOR_BEFORE =
  /\b(?:if|unless|whether|hopes?|hoped|hoping|expects?|expected|predicts?|predicted|confident|sure|helps?|sees?|lets?|makes?)\b[^,.;:!?]*$/iu;

/**
 * "will also hit services on Saturday", "could still beat Arsenal", "cannot beat", "they'll hit",
 * "as long as they beat", "once they beat", "need only draw or beat", "should set off early and
 * beat the rush", "to finally beat": a modal or a condition earlier in the clause, or a verb joined
 * on after one, leaves "beat" and "hit" the bare infinitive of a result still to come; only the
 * word right before the verb was asked (a review of decision 775). "and" or "or" right before
 * "beat" or "hit" joins it to a verb whose tense the words may not show, and is left to look ahead
 * as before decision 775.
 */
const MODAL_IN_THE_CLAUSE_BEFORE =
  /(?:\b(?:will|would|could|should|shall|may|might|can|cannot|must|need|needs|once|provided)\b|['’]ll\b|n['’]t\b|\blong[ \u00a0]+as\b)[^,.;:!?]*$/u;
/** "and beat", "or hit", "to finally beat": joined on to a verb whose tense the words may not show. */
const JOINED_ON_BEFORE = /\b(?:and|or|to[ \u00a0]+\p{Ll}+ly)[ \u00a0]+$/u;

/**
 * "the men who stole a van appear on Friday", "the men that allegedly stole a van appear": the
 * object's last word is the present of the men's hearing (`HEARING_PRESENT_LAST`), and the act
 * before it a relative clause's that names them, so the day may still be to come (decision 865;
 * decision 825's review asked this of the long object only). Only after "who" or "that", as "the
 * gang torched a market stand on Friday" is an act with its object.
 */
const RELATIVE_WORD_LAST = /\b(?:who|that)[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?$/u;

/** Do the words before a weekday (`before`, at most 48 chars) end in an act done in the active simple past and its object? */
export function activeActBefore(before: string): boolean {
  // Cheap first: a past in "-ed" or one of the irregular acts stands in the words.
  if (
    !before.includes("ed ") &&
    !before.includes("shot ") &&
    !before.includes("found ") &&
    !before.includes("caught ")
  ) {
    // The irregular pasts of decision 775, each a literal with its spaces ("white " holds "hit ").
    if (!IRREGULAR_ACTS.some((act) => before.includes(act))) return false;
  }
  // Then the act with an object past four words, or with a past joined on after it (decision 825).
  const m = ACTIVE_ACT_BEFORE.exec(before) ?? actWithALongObjectBefore(before) ?? actThenAJoinedPastBefore(before);
  if (m === null) return false;
  const lead = before.slice(0, m.index);
  // A relative clause's act before the hearing's present: as the object's last word (decision
  // 865), or with its words, "the men who robbed him face court on Friday" (decision 915). Cheap
  // first: "who" or "that" in the lead.
  if (
    (lead.includes("who") || lead.includes("that")) &&
    RELATIVE_WORD_LAST.test(lead) &&
    (HEARING_PRESENT_LAST.test(m[0]) || HEARING_PRESENT_WITH_ITS_WORDS.test(m[0]))
  )
    return false;
  const verb = before.slice(m.index, m.index + 4);
  if (verb !== "beat" && !verb.startsWith("hit")) return true;
  if (HOPED_FOR_BEFORE.test(lead) || MODAL_IN_THE_CLAUSE_BEFORE.test(lead)) return false;
  return !JOINED_ON_BEFORE.test(lead) || (lead.endsWith(" and ") && pastJoinedByAnd(lead));
}

/** Does a past in "-ed" before the lead's closing "and" make the verb joined on by it a past too? */
function pastJoinedByAnd(lead: string): boolean {
  const m = PAST_JOINED_BY_AND.exec(lead);
  if (m === null) return false;
  // Cheap first: a "to" in the words between the past and the "and".
  return !m[0].includes("to") || !INFINITIVE_AFTER_THE_PAST.test(m[0]);
}

/**
 * "chased the woman and hit her", "grabbed the bag and beat him": a past in "-ed" before "and",
 * with no modal in the clause, makes the "beat" or "hit" joined on by "and" a past too (decision
 * 810; decision 775's review kept every "and" ahead). The modal's case ("should set off early and
 * beat the rush") is still kept ahead by `MODAL_IN_THE_CLAUSE_BEFORE`, asked first; "need" and
 * "speed" are no pasts.
 */
const PAST_JOINED_BY_AND = new RegExp(
  String.raw`\b${PAST_IN_ED}(?:[ \u00a0]+[\p{L}'’-]+){1,4}[ \u00a0]+and[ \u00a0]+$`,
  "u",
);

/**
 * "was determined to bounce back and beat Arsenal", "needed to win and beat", "were urged to
 * attack and beat", "planned to walk out and hit services": the past takes an infinitive, and the
 * verb joined on by "and" is that infinitive's, a plan or a need still to come (a review of
 * decision 810). "to" before a determiner, a capital or a place ("chased her to the car",
 * "travelled to Leeds", "took him to hospital") is no infinitive.
 */
const INFINITIVE_AFTER_THE_PAST =
  /\bto[ \u00a0]+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|hospital|court|work|school|death)\b)\p{Ll}/u;

/**
 * "broke into the house", "set fire to the car", "took the money", "threw a bottle": the irregular
 * pasts of a burglary, an arson, a theft and an assault (decision 810). "took" is no act where it
 * names a post, an event or a change that may still be to come, moved back into the past by the
 * saying ("took office", "took place", "took effect"); "broke" only before "into" ("broke the
 * record", "broke the news" may be a plan's); "set" only in "set fire to", as "set" is also a
 * present and a participle ("set off", "set to play").
 */
const LATER_IRREGULAR_ACTS = [" broke into ", " set fire to ", " took ", " threw "];

/** "beat the man", "hit a pedestrian", "struck a cyclist", "stole a car" (decision 775). */
const IRREGULAR_ACTS = [" beat ", " hit ", " struck ", " stole ", ...LATER_IRREGULAR_ACTS];
