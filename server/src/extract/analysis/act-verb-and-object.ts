import { VERBS_BEFORE_A_BARE_VERB } from "./lexicon.ts";

/**
 * The pieces of `activeActBefore`'s pattern (`active-act-before-a-weekday.ts`, decisions 705, 730,
 * 775 and 810), shared with the readings that find the same acts with a longer object or a past
 * joined on after them (decision 825), so the list of acts is kept in one place.
 */

/** The act's verb, not after an infinitive, a modal, a perfect or a determiner (see `ACTIVE_ACT_BEFORE`). */
export const ACT_VERB = String.raw`(?<!\b(?:to|be|been|will|would|could|should|may|might|can|must|have|has|had|the|a|an|his|her|its|their|our|my|your|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|both|\d+|\p{L}+['’]s?)[ \u00a0]+)\b(?:arrested|detained|charged|killed|shot|stabbed|attacked|injured|wounded|seized|raided|rescued|found|caught|robbed|assaulted|murdered|evacuated|freed|released|jailed|sentenced|fined|convicted|sacked|suspended|questioned|interviewed|quizzed|searched|handcuffed|tasered|deported|torched|burgled|looted|vandalised|vandalized|kidnapped|abducted|hijacked|ambushed|stormed|captured|bombed|shelled|beat|hit|struck|stole|threw|took(?![ \u00a0]+(?:office|place|part|over|charge|delivery|effect|power|aim|questions)\b)|broke(?=[ \u00a0]+into\b)|set[ \u00a0]+fire[ \u00a0]+to)`;
/**
 * One word of the act's object, after its space: not one that joins on or opens a clause (see
 * `ACTIVE_ACT_BEFORE`). A figure counts as a word ("took jewellery worth £20,000", "stole 200
 * sheep"; decision 825); its comma only between digits, so an age's "34," does not.
 */
export const OBJECT_WORD = String.raw`[ \u00a0]+(?!(?:and|but|then|or|to(?![ \u00a0]+death\b)|for|until|till|by|before|from|after|who|which|that|whom|whether|if|is|are|will|would|could|should|may|might|can|due|next|this|every|ahead|wisdom|sense|logic|merits?)\b)(?:[\p{L}'’-]+|[£$€]?\d+(?:[,.]\d+)*(?:m|bn|k)?)`;

/** A past in "-ed": "chased", "fled"; "need", "speed" and their like are no pasts (decision 810). */
export const PAST_IN_ED = String.raw`(?!(?:need|speed|feed|seed|bleed|breed)\b)\p{Ll}{2,}ed\b`;

/**
 * "three men charged over the attack at the stadium appear on Friday": the present of a hearing as
 * the object's last word, whose day may still be to come (a review of decision 825). Not after a
 * determiner, a preposition or a figure, where the word is a noun: "shot a rival in the face on
 * Friday" (decision 865).
 */
export const HEARING_PRESENT_LAST =
  /(?<!\b(?:the|a|an|his|her|its|their|in|on|at|to|of)|\d)[ \u00a0](?:appear|face|stand|plead)[ \u00a0]+$/u;

/**
 * "On Friday the woman who attacked her appears before magistrates": "her" is a determiner ("her
 * appearance") or an object pronoun, and the word after it tells which. A present in "-s" or a
 * hearing's verb that is no noun ("appear", "plead", "learn", "attend") is no word a determiner
 * takes, so "her" before it ends a relative clause's object and the verb is the subject's
 * (decision 1135; decision 1100 read every "her" as a determiner there). "her face" and "her
 * stand" are nouns, and stay turned away. Read in the hearing's lookbehind alone. The bare verb
 * is no subject's after a verb of seeing or making (`afterABareVerbsObject`).
 */
const HER_AS_AN_OBJECT = String.raw`(?:(?<!\bher)|(?=[ \u00a0]+\p{Ll}+s\b)|(?<!\b(?:${afterABareVerbsObject()})[ \u00a0]+her)(?=[ \u00a0]+(?:appear|plead|learn|attend)\b))`;

/**
 * "Her family watched her appear in court on Friday", "The judge let her plead guilty on Friday":
 * after a verb of seeing or making, "her" is that verb's object and the bare verb after it takes
 * its tense, so the day is the watching's, not a hearing's still to come (the review of decision
 * 1135; the decision read it ahead). The lexicon's verbs (`VERBS_BEFORE_A_BARE_VERB`) with two
 * pasts court copy also writes ("had her plead", "filmed her appear"); a present in "-s" ("The
 * judge lets her plead guilty on Friday") is a schedule's as much as the hearing is, and is kept.
 */
function afterABareVerbsObject(): string {
  return [...VERBS_BEFORE_A_BARE_VERB, "had", "filmed"].join("|");
}

/**
 * "the men who robbed him face court on Friday", "who robbed the shop and fled stand trial", "go
 * on trial", "plead guilty", "learn their fate": a hearing's present with the words it takes,
 * whose day may still be to come where a relative clause's act stands before it (decision 915;
 * decision 865 read the hearing's word only as the object's last). Not after a determiner, a
 * preposition or a figure, as for `HEARING_PRESENT_LAST`. "attends court", "attend trial" and
 * "learn their sentences" are the same hearing's (decision 955; decision 915 left them), and so
 * is "learn sentences" without the possessive, as headlines and court copy write it ("the pair
 * learn sentences on Friday", "learns fate"; decision 995): after a relative clause's act the
 * plural's "learn" is the men's own verb, not a word of the act's object. "appears before
 * magistrates" and "appears at Leeds Crown Court" name the same hearing's place, after "appear"
 * only, as "stands at" is where a thing stands (decision 995, whose tense walk reads this pattern
 * where the verb stands). "appears in the dock" is the same hearing, as court copy writes it
 * (decision 1040), and "stands in the dock", "appears in youth court" (decision 1100): a present
 * with its weekday names the day the defendant is brought up, as "appears in court" does; the
 * trial's picture ("stood in the dock as the verdict was read") is written in the past. "her" is
 * turned away only as a determiner (`HER_AS_AN_OBJECT`, decision 1135).
 */
export const HEARING_PRESENT_WITH_ITS_WORDS = new RegExp(
  String.raw`(?<!\b(?:the|a|an|his|its|their|in|on|at|to|of)|\d)${HER_AS_AN_OBJECT}[ \u00a0](?:(?:appears?|faces?|stands?|go|goes|attends?)[ \u00a0]+(?:in[ \u00a0]+(?:youth[ \u00a0]+)?court|court|trial|on[ \u00a0]+trial|charges|sentencing|magistrates|jail)|(?:appears?|stands?)[ \u00a0]+in[ \u00a0]+the[ \u00a0]+dock|appears?[ \u00a0]+(?:before[ \u00a0]+(?:magistrates|(?:a|the)[ \u00a0]+(?:judge|court|magistrates))|at[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}(?:Court|court|Bailey))|pleads?[ \u00a0]+(?:not[ \u00a0]+)?guilty|learns?[ \u00a0]+(?:(?:their|his|her)[ \u00a0]+)?(?:fate|sentences?))\b`,
  "u",
);
