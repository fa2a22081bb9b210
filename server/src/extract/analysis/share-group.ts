import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { SHARE_MODIFIERS } from "./share-counted-noun.ts";

/**
 * The group a share is of (decision 830): "12% among teenagers", "40 per cent of adults in Wales",
 * "a third of households", "one in 20 among teenagers", "one in five children", and "the
 * unemployment rate for women rose to 5%".
 *
 * Only people, households and the bodies a survey counts are a group. "of the cost", "of GDP",
 * "of income", "of the vote" are measures a share is taken of, not a population, so the group's
 * head must be a word of GROUP_HEADS (or a capitalised plural such as "Americans", "Democrats").
 * A determiner before the group ("of the staff", "of its members", "among those who …") points
 * to a group named elsewhere and gives none; so does any other word between the preposition and
 * the head but up to two modifiers ("young", "Black", "UK", "low-income").
 */
const GROUP_HEADS = new Set(
  (
    "adults children kids teenagers teens youngsters pupils students graduates people men women boys girls " +
    "households families homes parents mothers fathers voters workers employees staff residents patients " +
    "respondents users customers consumers renters tenants homeowners buyers drivers smokers pensioners " +
    "retirees migrants immigrants refugees citizens doctors nurses teachers babies infants " +
    "businesses firms companies employers schools"
  ).split(" "),
);
/** "Americans", "Britons", "Democrats", "Londoners", "Muslims", "Catholics": a capitalised people plural. */
const CAPITALISED_PEOPLE = /^\p{Lu}\p{Ll}+(?:ans|ers|ons|ats|ists|ims|ics)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}]*$/u;
const COMPOUND = /^\p{Ll}+-\p{Ll}+(?:-\p{Ll}+)?$/u;
/** The preposition, then up to three words of the group itself (two modifiers and the head). */
const AFTER_SHARE = /^[ \u00a0]+(among|of|for)((?:[ \u00a0]+[\p{L}][\p{L}-]*){1,3})/u;
/** "adults in Wales", "voters in the UK", "pupils in Northern Ireland": a place the group lives in. */
const PLACE_AFTER = /^[ \u00a0]+in[ \u00a0]+((?:the[ \u00a0]+)?\p{Lu}[\p{L}]*(?:[ \u00a0]+\p{Lu}[\p{L}]*){0,2})/u;
const WORD = /[ \u00a0]+/;
/** "80% of men's pay": a possessive after the head. */
const POSSESSIVE_AFTER_HEAD = /^['’]/;
/**
 * "25% of staff costs": after "of", a lowercase plural that is no verb in "-s" ("was", "has",
 * "does"). Not asked after "among" or inside "one in five children", where the verb agrees with
 * "one" and ends in "-s" ("one in 20 among teenagers vapes").
 */
const PLURAL_AFTER_HEAD = /^[ \u00a0]+(?!(?:is|was|has|does)\b)\p{Ll}+s\b/u;

/** Is `word` a modifier a group's head may take: one of the share modifiers, a capitalised word, a compound? */
function isModifier(word: string): boolean {
  return SHARE_MODIFIERS.has(word) || (CAPITALISED.test(word) && word !== "The") || COMPOUND.test(word);
}

function isHead(word: string): boolean {
  return GROUP_HEADS.has(word) || CAPITALISED_PEOPLE.test(word);
}

/**
 * The group written from `at` of `text`: up to two modifiers and a head, the words `words` (the
 * first one or more words found there); then a place after "in". Returns the group's text, or
 * undefined when no head ends the words read, a word before it is no modifier, or the head names
 * a measure after it. `afterOf`: the words follow "of".
 */
function groupFrom(text: string, at: number, words: string[], afterOf = false): string | undefined {
  for (let head = 0; head < words.length; head++) {
    if (!isHead(words[head]!)) {
      if (!isModifier(words[head]!)) return undefined;
      continue;
    }
    const group = words.slice(0, head + 1).join(" ");
    // Where the head ends: the words are read from `at`, spaces between them kept as written.
    const headEnd = text.indexOf(words[head]!, at) + words[head]!.length;
    // "80% of men's pay", "25% of staff costs": the head modifies a measure after it, which the share is of.
    const after = text.slice(headEnd, headEnd + 24);
    if (POSSESSIVE_AFTER_HEAD.test(after) || (afterOf && PLURAL_AFTER_HEAD.test(after))) return undefined;
    const place = PLACE_AFTER.exec(text.slice(headEnd, headEnd + 48));
    return place === null ? group : `${group} in ${place[1]!.split(WORD).join(" ")}`;
  }
  return undefined;
}

/** The group after a share ending at `end` of `text`: " among teenagers", " of adults in Wales". */
export function groupAfterShare(text: string, end: number): string | undefined {
  // Cheap test: a space and the first letter of "among", "of" or "for".
  const c = text.charCodeAt(end + 1) | 32;
  if (text.charCodeAt(end) !== 32 || (c !== 97 && c !== 111 && c !== 102)) return undefined;
  const m = AFTER_SHARE.exec(text.slice(end, end + 64));
  if (m === null) return undefined;
  return groupFrom(text, end + m[0].length - m[2]!.length, m[2]!.trim().split(WORD), m[1] === "of");
}

/** "The unemployment rate for women rose to 5%": a rate's group, named before its figure in the same clause. */
const RATE_GROUP_BEFORE = /\brates?[ \u00a0]+(?:for|among)[ \u00a0]+([^.;:!?\d]{1,80})$/u;

function groupOfRateBefore(text: string, at: number): string | undefined {
  const slice = text.slice(Math.max(0, at - 100), at);
  if (!slice.includes("rate")) return undefined;
  const m = RATE_GROUP_BEFORE.exec(slice);
  if (m === null) return undefined;
  const words = m[1]!.trim().split(WORD);
  // The clause between the group and the figure is short: a verb and "to", "at", "by" ("rose to", "stood at").
  const group = groupFrom(text, at - m[1]!.length, words.slice(0, 3));
  if (group === undefined || words.length - group.split(" ").length > 4) return undefined;
  return group;
}

/** Is `q` a share of a whole: a per cent, "a third", "one in four"? */
function isShare(q: Quantity): boolean {
  return q.unit === "%" || q.unit === "share" || (q.unit !== null && q.unit.startsWith("share of "));
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
    const counted =
      q.unit!.startsWith("share of ") && q.text.endsWith(q.unit!.slice(9))
        ? groupFrom(text, end - q.unit!.length + 9, [q.unit!.slice(9)])
        : undefined;
    const group =
      counted ?? groupAfterShare(text, end) ?? (q.unit === "%" ? groupOfRateBefore(text, q.start - start) : undefined);
    if (group !== undefined) out[k] = { ...q, group };
  }
}
