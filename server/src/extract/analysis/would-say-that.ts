import { MODALS } from "./clauses.ts";
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from "./lexicon.ts";
import { REPORTING_OR_POINTED } from "./pointed-out.ts";
import { commaBefore, lowerWordAt, semicolonBefore, type Token } from "./tokens.ts";
import { RELATIVE, THAT, WHERE } from "./word-flags.ts";

/**
 * "Smith would say that the policy was working", "The chancellor would say that the economy is
 * growing": reported speech after a modal, the speaker's view told in the article's words, not the
 * article's forecast that the speaker will speak (decision 750). Read narrowly, where nothing else
 * can make the modal a condition's, a habit's or another speaker's:
 * - a subject of at most four words opens the sentence, with no comma before "would" and no opener
 *   of a time or a condition ("Every week Smith would say that …", "As a child, …", "If pressed, …");
 * - after "that" a clause, not a condition or a stop ("Smith would say that if asked", "Smith would
 *   say that, wouldn't he?": "that" is the pronoun);
 * - no comma, condition or verb of speech later in the sentence ("… working if asked", "…, but he
 *   would be wrong", "…, her aides insisted").
 * "Smith would argue that …" reads the same (decision 790): the verb is one of two (`SAYING`), and
 * every other test above holds. "Smith might say that …" is the article's guess at what Smith could
 * say, not Smith's view ("The Fed might argue that inflation is transitory"; decision 790's
 * review), so the modal is "would" alone; "Smith could say that …" is the same guess and stays the
 * article's (decision 845). "Smith would insist that …" tells the view as "would say" does (decision
 * 845), so "insist" joins the verbs, and "Smith would claim that the policy was working" tells it too
 * (decision 890): the article's doubt is in "Smith would claim that, wouldn't he?" or "…, wouldn't
 * he?", which the comma and "that" the pronoun already turn away. "Smith would maintain that the
 * policy was working" tells it as "claim" does (decision 975): "maintain" is no verb of speech in
 * the lexicon (only "maintained" is) and is as often "keep" ("The bank would maintain that rate
 * until June"), so it is flagged `SAID_AFTER_WOULD`, the attribution reader stops at it only for
 * this test, and it is read, as "claim" is, before a clause that shows its tense and ends no thing
 * kept. Other verbs stay the article's, as decision 645 leaves a narrative's "would say" to the
 * paragraph's tense.
 */
const MODAL = new Set(["would"]);
const SAYING = new Set(["say", "argue", "insist", "claim", "maintain"]);
/**
 * The verbs read only before a clause that shows its tense (`INDICATIVE`): "insist" also asks for a
 * thing to be done, "claim" also takes a thing won ("The Tories would claim that seat comfortably",
 * decision 890), and a tensed verb tells the view from both.
 */
const TENSE_SHOWN = new Set(["insist", "claim", "maintain"]);
/**
 * The verbs that also take a thing kept or won before a later clause (`CLAIMED_THING_ENDS`): "The
 * council would maintain that road until it was rebuilt" (decision 975) as "claim" does.
 */
const TAKES_A_THING = new Set(["claim", "maintain"]);
/**
 * After "claim", a word that ends the noun of a thing claimed before any verb of a clause: "The
 * storm would claim that village's church before the day was out", "Smith would claim that land as
 * his own after the war ended", "… that tax relief every year it traded" (the review of decision
 * 890). The tensed verb after it is the later clause's, not a view's.
 */
export const CLAIMED_THING_ENDS: ReadonlySet<string> = new Set([
  "as",
  "before",
  "after",
  "every",
  "each",
  "until",
  "till",
  "when",
  "whenever",
  "while",
  "since",
  "once",
]);
/**
 * Words that, before the clause's verb, end a thing's noun as `CLAIMED_THING_ENDS` do: "admits that
 * patient because 40 beds are free", "maintains that house for families whose children are …"
 * (the review of decision 930).
 */
export const THING_ENDS: ReadonlySet<string> = new Set([
  "because",
  "if",
  "although",
  "though",
  "unless",
  "whereas",
  "whose",
]);
const CONDITION = new Set(["if", "unless", "asked", "pressed", "when", "whenever"]);
const OPENER = new Set([
  "every",
  "each",
  "on",
  "as",
  "most",
  "in",
  "back",
  "once",
  "if",
  "when",
  "asked",
  // "For years Smith would insist that …", "Throughout the inquiry Smith would say that …": a time's
  // opener with no comma is a habit's, and no part of the speaker's name (the review of decision 845).
  "for",
  "throughout",
  "during",
  "since",
]);
/**
 * "insist that" also asks for a thing to be done: "Smith would insist that the meeting be held in
 * private", "Brussels would insist that any deal include fishing", "The manager would insist that
 * players arrive early" are demands (or a habit's), not a view of what is so. A view is told with a
 * verb that shows its tense or mood ("was working", "had been halved", "are not negotiable", "must
 * stay"), so "insist" is read only before a clause with one of these, and never before a bare "be"
 * (the review of decision 845). "say" and "argue" ask for nothing and are not read so.
 *
 * Its own list, though it shares words with the lexicon's AUXILIARIES and IRREGULAR_PAST: it holds
 * only forms that show a tense or mood, so not "be", "been", "have", "do", "may", "might", "should"
 * or "shall", which those lists hold, and its words are the ones decision 845's review read the
 * "insist" clauses against.
 */
const INDICATIVE = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "had",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "must",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "hadn't",
  "doesn't",
  "didn't",
  "won't",
  "saw",
  "knew",
  "made",
  "told",
  "said",
  "took",
  "won",
  "lost",
  "got",
  "went",
  "came",
  "gave",
  "paid",
  "kept",
  "left",
  "meant",
  "thought",
  "found",
  "sent",
  "spent",
  "wrote",
]);
/** Words before "be" that make it no subjunctive ("will be", "to be", "would not be"). */
const BEFORE_BE = new Set([...MODALS, "to", "not", "never", "also"]);
/**
 * A subject that names no speaker ("No one would say that …", "Few would say that …", "Anyone would
 * say that …") or an adverb that opens the sentence ("Of course Smith would say that …", "Perhaps
 * …"): the article's own hedge, not anyone's statement (the review of decision 750).
 */
const NOT_A_SPEAKER = new Set([
  "no",
  "nobody",
  "none",
  "few",
  "any",
  "anyone",
  "anybody",
  "everyone",
  "everybody",
  "hardly",
  "scarcely",
  "not",
  "one",
  "who",
  "what",
  "a",
  "an",
  "of",
  "naturally",
  "perhaps",
  "maybe",
  "surely",
  "obviously",
  "presumably",
  "understandably",
  "doubtless",
  "undoubtedly",
  "certainly",
  "probably",
  "possibly",
  "predictably",
  "unsurprisingly",
  "inevitably",
  "indeed",
  "and",
  "but",
  "so",
  "yet",
  "still",
]);
/**
 * "Smith would say that in public", "Reeves would say that to the Commons on Tuesday", "… that again
 * and again": "that" is the pronoun when a preposition or an adverb follows it, not a clause; and
 * the determiner when they follow the word after it ("Smith would argue that point with anyone").
 */
const NOT_A_CLAUSE = new Set([
  "in",
  "to",
  "on",
  "at",
  "with",
  "without",
  "about",
  "for",
  "from",
  "of",
  "by",
  "after",
  "before",
  "during",
  "into",
  "over",
  "again",
  "too",
  "often",
  "repeatedly",
  "publicly",
  "privately",
  "himself",
  "herself",
  "themselves",
  "every",
  "each",
  "now",
  "then",
  "today",
  "tomorrow",
  "yesterday",
  "tonight",
  "later",
  "once",
  "twice",
  "loudly",
  "quietly",
  "openly",
]);
const MAX_SUBJECT_TOKENS = 4;
/**
 * After "claim" or "maintain that" and one word, a possessive opens a clause that describes the
 * thing: "Smith would maintain that discipline his father had taught him", "… claim that title their
 * rivals had won" (the review of decision 975).
 */
const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);
/**
 * After "claim" or "maintain that", a determiner that opens the view's subject: "Smith would maintain
 * that the policy that failed was working". Only after one is a relative clause read inside the
 * subject (decision 1015): after "that" and a bare noun, "that" is the thing kept's determiner
 * ("The trust would maintain that building that was listed in 1990"), and the relative clause the
 * thing's.
 */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "these", "those", ...POSSESSIVES]);
/** Where the walk stands towards a relative clause in the view's subject (decision 1015). */
const NO_RELATIVE = 0;
const BEFORE_ITS_VERB = 1;
const PAST_ITS_VERB = 2;

/**
 * Does the word `w` (with its token's `flags`), before the clause's tensed verb, end the noun of a
 * thing claimed or kept? `CLAIMED_THING_ENDS`, and what decision 930's review found ending one
 * after "maintains that" (`THING_ENDS`, a second "that", "who", "which", "where"): "The trust would
 * maintain that building that was listed in 1990", "… that bridge which was built in 1960" (decision
 * 975).
 */
function thingEnds(w: string, flags: number): boolean {
  return (flags & (RELATIVE | WHERE | THAT)) !== 0 || CLAIMED_THING_ENDS.has(w) || THING_ENDS.has(w);
}

/**
 * Do a token's `flags` mark "that", "which" or "who", a word that opens a relative clause inside the
 * view's subject?
 */
function opensARelativeClause(flags: number): boolean {
  return (flags & (RELATIVE | THAT)) !== 0;
}

/** Is the reporting verb at `i` "say", "argue", "insist", "claim" or "maintain" after "would" and before "that" and a clause? */
export function wouldSayThat(body: string, tokens: readonly Token[], i: number): boolean {
  if (i < 2 || i - 1 > MAX_SUBJECT_TOKENS || tokens[i + 2] === undefined) return false;
  const verb = lowerWordAt(body, tokens[i]!);
  // Cheap first: the verb and the words either side, before any walk.
  if (
    !SAYING.has(verb) ||
    !MODAL.has(lowerWordAt(body, tokens[i - 1]!)) ||
    lowerWordAt(body, tokens[i + 1]!) !== "that" ||
    OPENER.has(lowerWordAt(body, tokens[0]!)) ||
    NOT_A_SPEAKER.has(lowerWordAt(body, tokens[0]!)) ||
    NOT_A_CLAUSE.has(lowerWordAt(body, tokens[i + 2]!)) ||
    // "Smith would argue that case before the Supreme Court", "… that point with anyone", "… that
    // case again": "that" and one word, then a stop or a word of time or place, is "that" the
    // determiner and its noun, not a clause (the review of decision 790).
    tokens[i + 3] === undefined ||
    NOT_A_CLAUSE.has(lowerWordAt(body, tokens[i + 3]!))
  )
    return false;
  for (let k = 1; k < i; k++) if (commaBefore(body, tokens, k)) return false;
  // After "insist" or "claim" the clause must also tell a view: a verb that shows its tense or mood,
  // and no subjunctive "be" (one not after a word of BEFORE_BE). Each word of the clause is
  // lowercased once.
  const tenseShown = TENSE_SHOWN.has(verb);
  const claim = TAKES_A_THING.has(verb);
  if (claim && POSSESSIVES.has(lowerWordAt(body, tokens[i + 3]!))) return false;
  let shown = false;
  let before = "that"; // the word before tokens[k], tokens[i + 1] at first
  // "… that the policy that failed was working": a relative clause, its verb, then the view's verb.
  const relativeMayOpen = claim && SUBJECT_DETERMINERS.has(lowerWordAt(body, tokens[i + 2]!));
  let relative = NO_RELATIVE;
  let relativeVerbAt = -1;
  for (let k = i + 2; k < tokens.length; k++) {
    const w = lowerWordAt(body, tokens[k]!);
    if (
      commaBefore(body, tokens, k) ||
      semicolonBefore(body, tokens, k) ||
      // "… the policy was working but Jones would not": the article's clause after the speaker's.
      w === "but" ||
      tokens[k]!.flags & REPORTING_OR_POINTED ||
      CONDITION.has(w)
    )
      return false;
    if (tenseShown) {
      if (w === "be" && !BEFORE_BE.has(before)) return false;
      const tensed = INDICATIVE.has(w) || (w.length > 4 && w.endsWith("ed"));
      if (relative === BEFORE_ITS_VERB && tensed) {
        // "that failed", "which ministers backed", "that were made": the relative clause's own verb.
        relative = PAST_ITS_VERB;
        relativeVerbAt = k;
      } else if (relative === PAST_ITS_VERB && !shown) {
        // "… that had won it the title and was promoted", "… that was built in 1960 until it was
        // rebuilt", "… so it was safe": the thing kept's words go on, or a clause of its own with
        // its own subject (a pronoun not after a preposition: "that was given to it was public"
        // reads on), and no view's verb comes.
        if (
          w === "and" ||
          thingEnds(w, tokens[k]!.flags) ||
          (SUBJECT_PRONOUNS.has(w) && k > relativeVerbAt + 1 && !NOT_A_CLAUSE.has(before))
        )
          return false;
        // The view's verb shows its tense in a word of its own ("was", "had"), not straight after
        // the relative clause's auxiliary ("that were made", "that had left").
        shown = INDICATIVE.has(w) && !(k === relativeVerbAt + 1 && INDICATIVE.has(before));
      } else if (tensed) {
        // "The club would maintain that form through the winter and was promoted": a first tensed
        // verb straight after "and" is the subject's second verb, the thing kept's, not a view's.
        if (claim && !shown && before === "and") return false;
        shown = true;
      } else if (claim && !shown && thingEnds(w, tokens[k]!.flags)) {
        // "that the policy that failed …": one relative clause, after a determiner and a noun.
        if (!relativeMayOpen || relative !== NO_RELATIVE || k < i + 4 || !opensARelativeClause(tokens[k]!.flags))
          return false;
        relative = BEFORE_ITS_VERB;
      }
      before = w;
    }
  }
  return !tenseShown || shown;
}
