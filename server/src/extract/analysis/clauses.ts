import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { comparedPair } from "./compared-figures.ts";
import { hedgeOpensAt } from "./outlets-hedge.ts";
import { MONTH_NAME } from "./dates.ts";
import { adverbBeforeJoinedVerb, lendsOpeningSubject, opensWithSubject } from "./adverb-before-joined-verb.ts";
import { barePastVerbIn, figureClauseAfterComma, resultClauseAt } from "./figure-clause-list.ts";
import { repeatedVerbClauseAt, twoResultsAt } from "./paired-figure-clauses.ts";
import { findQuantities } from "./quantities.ts";
import { NEGATIONS, PERFECT_HAVE } from "./lexicon.ts";
import {
  ALWAYS_FINITE,
  AND,
  COORDINATOR,
  LOWERCASE_REPORTING_VERB,
  MAY_START_QUANTITY,
  OBJECT_STARTER,
  PARTICIPLE,
  PAST,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
  TO,
  UPPER_OR_NUMBER_FIRST,
  WHERE,
} from "./word-flags.ts";
import { firstFiniteVerb, hasFiniteVerb, isFiniteVerb, isPastVerb, startsVerbPhrase } from "./verbs.ts";
import { presentTenseVerbIn } from "./present-tense.ts";
import { joinsSecondThatClause, mayHoldPresentVerb } from "./second-that-clause.ts";
import { relativeClauseWording } from "./relative-clause-wording.ts";
import { relativeAsideWithin } from "./relative-aside.ts";
import { speakersPostBeforeSpeech } from "./speaker-post-aside.ts";
import { liveBlogWelcome } from "./live-blog-welcome.ts";
import { participleInSubject } from "./participle-in-subject.ts";
import { participleInNounList } from "./participle-in-noun-list.ts";
import { nameEndingInIng } from "./name-ending-in-ing.ts";
import { elaboratingParticiple } from "./elaborating-participle.ts";
import { possessiveOfOpeningName } from "./its-after-a-clause.ts";
import { joinedClauseAt } from "./joined-clause.ts";
import { secondActOfARelativeClause } from "./second-act-of-a-relative-clause.ts";
import { verbAfterBareFigure } from "./parallel-counted-noun.ts";
import {
  commaBefore,
  isCapitalised,
  commaOrSemicolonBefore,
  gateBitsWithin,
  lowerWordAt,
  semicolonBefore,
  type Token,
} from "./tokens.ts";

/** One checkable clause: its verbatim span and, when the span alone is not self-contained, a restored wording. */
export interface Clause {
  start: number;
  end: number;
  /** Subject-restored wording, or null when the span reads fine on its own. */
  restored: string | null;
  /** A verb phrase of the speaker's own act ("and accused the government of …"): worded with the speaker. */
  speakerAct?: boolean;
  /** A relative clause about the subject that opens the span ("Okafor, who has won 31 caps, …"). */
  aside?: boolean;
}

type SplitMode = "clause" | "verb_phrase" | "speaker_act" | "where" | "participle" | "quantity";
interface Split {
  /** Token index where the new clause starts. */
  at: number;
  /** Token index where the left clause ends (exclusive). */
  leftEnd: number;
  mode: SplitMode;
  /** A verb phrase's subject when it continues a subordinate clause ("after the company reported … and raised"). */
  subject?: { from: number; to: number };
}

function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && (t.flags & PARTICIPLE) !== 0;
}

/** Where a clause's subject lies: tokens [from, verb) before its first finite verb. */
interface SubjectSpan {
  from: number;
  verb: number;
  /** Where a name ends that a description between commas follows ("Michael, a Category 5 storm,"). */
  nameEnd?: number;
}

/** Subject of the clause: tokens before its first finite verb, skipping a leading "During X," adverbial. */
function subjectSpan(body: string, tokens: readonly Token[], from: number, to: number): SubjectSpan | null {
  let s = from;
  let nameEnd = -1;
  for (let i = from + 1; i < to; i++) {
    if (commaBefore(body, tokens, i)) {
      // "Michael, a Category 5 storm, made landfall …": the name, not its description, is the subject.
      if (namedThenDescribed(body, tokens, from, i)) nameEnd = i;
      else if (!hasFiniteVerb(tokens, s, i)) s = i;
      break;
    }
  }
  const v = firstFiniteVerb(tokens, s, to);
  if (v <= s || v - s > 12) return null;
  if (nameEnd > 0 && commaBefore(body, tokens, v) && !hasFiniteVerb(tokens, nameEnd, v))
    return { from: s, verb: v, nameEnd };
  return { from: s, verb: v };
}

/**
 * The subject's words; with `continuedBy`, a verb phrase joined to the clause, also a modal or
 * "has" that the phrase shares ("The company will raise prices and cut 200 jobs": "The company
 * will cut 200 jobs", not a past fact).
 */
function subjectText(body: string, tokens: readonly Token[], span: SubjectSpan | null, continuedBy?: Token) {
  if (!span) return null;
  const last = continuedBy && sharesAuxiliary(body, tokens, span, continuedBy) ? span.verb : span.verb - 1;
  if (span.nameEnd === undefined) return body.slice(tokens[span.from]!.start, tokens[last]!.end);
  const name = body.slice(tokens[span.from]!.start, tokens[span.nameEnd - 1]!.end);
  return last === span.verb ? `${name} ${body.slice(tokens[last]!.start, tokens[last]!.end)}` : name;
}

/** Tokens [from, comma): one to four capitalised words, and "a", "an" or "the" after the comma. */
function namedThenDescribed(body: string, tokens: readonly Token[], from: number, comma: number): boolean {
  if (comma - from > 4) return false;
  for (let k = from; k < comma; k++) if (!isCapitalised(tokens[k]!)) return false;
  const next = tokens[comma];
  return next !== undefined && next.end - next.start <= 3 && ARTICLES_AFTER_NAME.has(lowerWordAt(body, next));
}
const ARTICLES_AFTER_NAME = new Set(["a", "an", "the"]);

export const MODALS = new Set("will would can could may might shall should must".split(" "));
/** Past forms that are also the bare verb, so they may follow a modal ("will … and cut"). */
const BARE_AS_PAST = new Set("cut put set hit cost let spread shut quit hurt beat cast bid split".split(" "));

/**
 * Whether the verb phrase `next` shares the auxiliary at `v`: "has raised … and cut" (a perfect,
 * not the passive "had been elected … and served"), "will raise … and cut" (a modal, and only
 * before a bare verb: "would not comment and declined to say" is a second, past, statement).
 */
function sharesAuxiliary(body: string, tokens: readonly Token[], span: SubjectSpan, next: Token): boolean {
  const v = span.verb;
  const aux = lowerWordAt(body, tokens[v]!);
  const after = tokens[v + 1];
  if (!after) return false;
  const afterWord = lowerWordAt(body, after);
  // "The company has cut 200 jobs and was later fined": a joined passive's "was" has its own
  // tense ("The company was later fined", not "has was").
  if (PASSIVE_BE.has(lowerWordAt(body, next))) return false;
  // "would not comment and cut the briefing short": the denial is the first verb's alone.
  if (afterWord === "been" || afterWord === "be" || NEGATIONS.has(afterWord) || aux.endsWith("n't")) return false;
  // "The company that will build the plant raised prices and cut …": the modal is the subject's own clause's.
  for (let k = span.from; k < v; k++) if (tokens[k]!.flags & (RELATIVE | THAT)) return false;
  // "has three plants … and cut": "has" as a verb of its own, not before a participle.
  if (PERFECT_HAVE.has(aux)) return isPastVerb(after);
  return MODALS.has(aux) && BARE_AS_PAST.has(lowerWordAt(body, next));
}

/**
 * Splits a content span into discrete claims: clauses joined by ", and/but/while" or ";",
 * coordinated verb phrases ("met X and signed Y"), ", where" clauses, participial phrases after a
 * comma (and their parallel "and -ing" continuations), and lists of quantities ("over 1,700
 * deportations and over 1,000 arrests"). Each rule needs a checkable predicate on both sides.
 */
export function splitClauses(
  body: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  reported = false,
): Clause[] {
  if (tokens.length === 0) return [];
  const welcome = liveBlogWelcome(body, tokens);
  if (welcome) {
    // The sentence is split as any other ("…, which has brought gusts of 90mph, and the Met Office
    // has issued a red warning"); the first clause, which holds the welcome, becomes its relative
    // clause worded with the name ("which" or "who" is its subject: liveBlogWelcome), and so does
    // a clause worded with the first one ("…, forcing 300 schools to close").
    const clauses = splitClausesFrom(body, tokens, start, end, reported);
    const first = clauses[0]!;
    const verb = tokens[welcome.relative + 1]!;
    if (first.restored === null && first.end >= verb.end) {
      const welcomeWords = body.slice(start, verb.start);
      clauses[0] = {
        start: tokens[welcome.relative]!.start,
        end: first.end,
        restored: `${welcome.name} ${body.slice(verb.start, first.end)}`,
      };
      for (let k = 1; k < clauses.length; k++) {
        const restored = clauses[k]!.restored;
        if (restored?.startsWith(welcomeWords))
          clauses[k] = { ...clauses[k]!, restored: `${welcome.name} ${restored.slice(welcomeWords.length)}` };
      }
      return clauses;
    }
  }
  const aside = relativeAsideAtStart(body, tokens);
  if (aside) {
    // "The law, which took effect in 2022, cut emissions by 10%": the subject with its relative
    // clause is one claim, the main predicate another, each worded with the subject.
    const subject = body.slice(tokens[0]!.start, tokens[aside.relative - 1]!.end);
    const asideClaim: Clause = {
      start,
      end: tokens[aside.main - 1]!.end,
      restored: relativeClauseWording(body, tokens, subject, aside.relative, aside.main),
      aside: true,
    };
    const rest = splitClausesFrom(body, tokens.slice(aside.main), tokens[aside.main]!.start, end, reported);
    if (rest.length > 0 && rest[0]!.restored === null)
      rest[0] = { ...rest[0]!, restored: `${subject} ${body.slice(rest[0]!.start, rest[0]!.end)}` };
    // "Dr Lee, who worked at the WHO from 2005 to 2015, said …": the speaker's past post is their
    // credential, no claim, as it is after a name without a title (speaker-post-aside.ts).
    if (speakersPostBeforeSpeech(body, tokens, aside.relative, aside.main)) return rest;
    return [asideClaim, ...rest];
  }
  return relativeAsideWithin(body, tokens, start) ?? splitClausesFrom(body, tokens, start, end, reported);
}

/**
 * A relative clause right after a clause's subject: tokens [0, relative) are the subject (no verb,
 * at most 8 words), token `relative` is "who" or "which" after a comma, the clause has a verb of
 * its own, and after the comma that closes it the main predicate starts with a verb (token `main`).
 */
function relativeAsideAtStart(body: string, tokens: readonly Token[]): { relative: number; main: number } | null {
  let relative = -1;
  for (let i = 1; i < Math.min(tokens.length, 9); i++) {
    if (commaOrSemicolonBefore(body, tokens, i)) {
      if (tokens[i]!.flags & RELATIVE && commaBefore(body, tokens, i)) relative = i;
      break;
    }
  }
  if (relative < 0 || hasFiniteVerb(tokens, 0, relative)) return null;
  for (let k = relative + 2; k < tokens.length - 1; k++) {
    if (!commaOrSemicolonBefore(body, tokens, k)) continue;
    return commaBefore(body, tokens, k) && isFiniteVerb(tokens, k) && hasFiniteVerb(tokens, relative + 1, k)
      ? { relative, main: k }
      : null;
  }
  return null;
}

/**
 * "adjusted for age, income, smoking and diet": an "-ing" word that a list's "and" or comma
 * follows right after is a noun in the list, not a participle opening a phrase.
 */
function listItemAt(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && ((next.flags & AND) !== 0 || commaBefore(body, tokens, i + 1));
}

/** Is the token "though" or "although"? */
function isThough(body: string, t: Token): boolean {
  const n = t.end - t.start;
  return (n === 6 || n === 8) && THOUGH.has(lowerWordAt(body, t));
}
const THOUGH = new Set(["though", "although"]);

/** Is the token "but"? */
function isBut(body: string, t: Token): boolean {
  return t.end - t.start === 3 && lowerWordAt(body, t) === "but";
}

/** Is the figure at token `at` followed by "of them", "of whom", "of which" or "of those"? */
function partOfThem(body: string, tokens: readonly Token[], at: number): boolean {
  const of = tokens[at + 1];
  const them = tokens[at + 2];
  return (
    of !== undefined &&
    them !== undefined &&
    of.end - of.start === 2 &&
    lowerWordAt(body, of) === "of" &&
    PARTITIVE_PRONOUNS.has(lowerWordAt(body, them))
  );
}
const PARTITIVE_PRONOUNS = new Set(["them", "whom", "which", "those", "these"]);

const WORD_AFTER = /^[ \u00a0]+([a-z]+)\b/;
/** Is the figure that ends at `end` followed by a verb it is the subject of ("40 were injured")? */
function opensClauseOfItsOwn(body: string, end: number): boolean {
  const m = WORD_AFTER.exec(body.slice(end, end + 12));
  return m !== null && verbAfterBareFigure(m[1]!);
}

/**
 * `reported`: the span is a speaker's reported content, where "said A and that B" makes two
 * claims. Elsewhere a second that-clause hangs on a word that colours both ("it is possible that
 * A and that B", "the notion that A and that B") and is not split off.
 */
function splitClausesFrom(
  body: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  reported: boolean,
): Clause[] {
  // Quantities are found only once a list item could start, which most spans never reach.
  let quantities: Quantity[] | null = null;
  let quantityStarting: Map<number, Quantity> | null = null;
  let quantityEnding: Map<number, Quantity> | null = null;
  const splits: Split[] = [];
  let clauseFrom = 0;
  let inParticiple = false;
  // Quantity items and verb phrases share the predicate of the clause they continue.
  let inheritsVerb = false;
  // Index of the latest finite verb seen; kept incrementally so long sentences stay linear.
  let lastVerb = isFiniteVerb(tokens, 0) ? 0 : -1;
  // "(hazard ratio 0.72; 95% CI 0.64-0.81; P<0.001)": nothing inside brackets opens a clause.
  const lastClose = lastCloseAfterOpen(body, tokens, start, end);
  const bracketed = lastClose >= 0;
  let depth = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (bracketed) depth = bracketDepthAfter(body, tokens[i - 1]!.end, t.start, depth, lastClose);
    const comma = depth === 0 && commaOrSemicolonBefore(body, tokens, i);
    const leftHasVerb = lastVerb >= clauseFrom || inParticiple || inheritsVerb;
    let split: Split | null = null;
    const isAnd = depth === 0 && (t.flags & AND) !== 0;
    if (isAnd || comma) {
      // Quantity list: "... 1,700 deportations and over 1,000 arrests".
      const right = isAnd ? tokens[i + 1] : t;
      if (right && right.flags & MAY_START_QUANTITY) {
        quantities ??= findQuantities(body, start, end, gateBitsWithin(body, tokens, start, end));
        quantityStarting ??= new Map(quantities.map((q) => [q.start, q]));
        quantityEnding ??= new Map(quantities.map((q) => [q.end, q]));
      }
      const left = quantityEnding?.get(tokens[i - 1]!.end);
      const rightQuantity = right && quantityStarting?.get(right.start);
      // Bare numbers ("two men, aged 24 and 31") list one thing's parts, not claims of their own.
      // "arrived on May 30, two days ahead of schedule": a day of a date lists nothing.
      // "31 doctoral students, 14 of them women": a share of the figure before is no item of a list.
      const counted =
        left &&
        rightQuantity &&
        (left.unit !== null || rightQuantity.unit !== null) &&
        !dayOfMonth(body, left.start) &&
        !partOfThem(body, tokens, isAnd ? i + 1 : i) &&
        // "The blast killed 12 people and 40 were injured": the figure is the subject of a clause
        // of its own, no second object of "killed".
        !opensClauseOfItsOwn(body, rightQuantity.end);
      // "Two children and one adult have died": a list before its verb is one subject; so is a
      // figure set off by commas before its verb ("212,000 ballots, about 14% of votes cast, had been").
      if (
        counted &&
        leftHasVerb &&
        // "700 firefighters, backed by 200 fire engines and 35 aircraft, were …": the list is the aside's.
        !byParticipleAside(body, tokens, lastVerb) &&
        !(comma && !isAnd && verbAfterNextComma(body, tokens, i)) &&
        !(
          isAnd &&
          (opensRange(body, left.start) ||
            // "…, down from 8.9mm and 4.2mm": figures compared with, or compared, together. After a
            // comma ("down from 8.9mm, and 4.2mm unfolded") the comparison has ended.
            (!comma && comparedPair(body, left.start, rightQuantity.end)) ||
            compoundMeasure(left.unit, rightQuantity.unit) ||
            yearFollows(body, rightQuantity.end, end))
        )
      ) {
        split = { at: isAnd ? i + 1 : i, leftEnd: i, mode: "quantity" };
      }
    }
    if (
      !split &&
      !leftHasVerb &&
      reported &&
      (comma || isAnd || (depth === 0 && isBut(body, t))) &&
      (t.flags & COORDINATOR || isAnd) &&
      reportsThatAt(tokens, i + 1)
    ) {
      // "said patient care continues safely, but acknowledged that …": a verb the flags do not know
      // before it, but the speaker reports again all the same.
      split = { at: i + 3, leftEnd: i, mode: "clause" };
    } else if (
      !split &&
      !leftHasVerb &&
      reported &&
      (isAnd || (comma && t.flags & COORDINATOR)) &&
      joinsSecondThatClause(body, tokens, i) &&
      mayHoldPresentVerb(body, tokens, clauseFrom, i)
    ) {
      // "said herd immunity requires 95% coverage, and that several counties now sit below 80%":
      // "and that" makes the first clause a that-clause too, whose verb the flags do not know.
      split = { at: i + 2, leftEnd: i, mode: "clause" };
    } else if (
      !split &&
      !leftHasVerb &&
      reported &&
      isAnd &&
      !inParticiple &&
      reportsClauseAt(body, tokens, i + 1) &&
      // "and told police the man fled": what is told starts after whom it is told to.
      !lowerWordAt(body, tokens[i + 1]!).startsWith("tol") &&
      mayHoldPresentVerb(body, tokens, clauseFrom, i) &&
      !personMaySpeak(body, tokens, clauseFrom, i)
    ) {
      // "wrote that the ruling “turns a blind eye to a scheme” and said the majority had misread
      // precedent": a present verb the flags do not know, then the speaker reports again.
      split = { at: reportedClauseStart(body, tokens, i + 1), leftEnd: i, mode: "clause" };
    } else if (!split && !leftHasVerb && isAnd && !comma && twoResultsAt(body, tokens, clauseFrom, i)) {
      // "Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 with Everton": "beat" is no verb to the
      // flags, but a score after each subject's verb of a result makes two results.
      split = { at: i + 1, leftEnd: i, mode: "clause" };
    } else if (!split && !leftHasVerb && comma && t.flags & COORDINATOR) {
      // "The city spends $400 million …, and the plan aims to cut …": verbs the flags do not know.
      if (presentTenseClauses(body, tokens, clauseFrom, i, i + 1)) split = { at: i + 1, leftEnd: i, mode: "clause" };
    }
    if (
      !split &&
      leftHasVerb &&
      reported &&
      comma &&
      isThough(body, t) &&
      hedgeOpensAt(body, tokens[i + 1]?.start ?? body.length)
    ) {
      // "Officials said 40 people had died, though The Associated Press was unable to
      // independently verify the toll": the outlet's hedge is a clause of its own (outlets-hedge.ts).
      split = { at: i + 1, leftEnd: i, mode: "clause" };
    }
    if (!split && leftHasVerb) {
      const coordinator = (t.flags & COORDINATOR) !== 0;
      if (
        reported &&
        (isAnd || (comma && coordinator) || (depth === 0 && isBut(body, t))) &&
        !inParticiple &&
        joinsSecondThatClause(body, tokens, i)
      ) {
        // "… (,) and that his administration had deported …", "…, but that it had not been able
        // to confirm …": "and that" is left out of both claims.
        split = { at: i + 2, leftEnd: i, mode: "clause" };
      } else if (reported && ((comma && coordinator) || isAnd) && reportsThatAt(tokens, i + 1)) {
        // "estimated that the drug could reach $4.5bn, but cautioned that pricing would be a
        // hurdle": the speaker reports again; what follows "that" is the speaker's, not the drug's.
        split = { at: i + 3, leftEnd: i, mode: "clause" };
      } else if (
        reported &&
        // "said the outbreak was under control, but warned it could spread": the speaker warned.
        (isAnd || (depth === 0 && t.flags & COORDINATOR && lowerWordAt(body, t) === "but")) &&
        !inParticiple &&
        reportsClauseAt(body, tokens, i + 1) &&
        speakerReportsAgain(body, tokens, i + 1, clauseFrom, lastVerb)
      ) {
        // "said Okafor was “…” and claimed the club had turned down a bid": the speaker claims it.
        split = { at: reportedClauseStart(body, tokens, i + 1), leftEnd: i, mode: "clause" };
      } else if (
        reported &&
        (isAnd || (depth === 0 && t.flags & COORDINATOR && lowerWordAt(body, t) === "but")) &&
        !inParticiple &&
        speakerActAt(body, tokens, i + 1)
      ) {
        // "said the centres were overcrowded and accused the government of hiding figures": the
        // speaker accused, not the centres.
        split = { at: i + 1, leftEnd: i, mode: "speaker_act" };
      } else if (comma && (coordinator || semicolonBefore(body, tokens, i))) {
        const from = coordinator ? i + 1 : i;
        const v = firstFiniteVerb(tokens, from, Math.min(tokens.length, from + 8));
        // "…, the third increase this year, and signalled that rates may …": a past form right
        // after the joining word goes on with the subject, even when a verb follows later.
        const joinedPast =
          coordinator &&
          v > from &&
          (startsVerbPhrase(tokens, from) ||
            pastBeforeThat(tokens, from) ||
            // "…, and never trailed again": an adverb, then the verb, and no subject between.
            (v === from + 1 &&
              adverbBeforeJoinedVerb(body, tokens[from]!) &&
              opensWithSubject(body, tokens, clauseFrom) &&
              lendsOpeningSubject(body, tokens, clauseFrom, i, v, reported)));
        if (joinedPast)
          split = {
            at: from,
            leftEnd: i,
            mode: "verb_phrase",
            ...subordinateSubject(body, tokens, clauseFrom, lastVerb),
          };
        else if (v > from) split = { at: from, leftEnd: i, mode: "clause" };
        else if (
          v < 0 &&
          (presentTenseClauses(body, tokens, clauseFrom, i, from) ||
            // "…, and the Oklahoma City Thunder beat the Denver Nuggets 118-104".
            barePastVerbIn(body, tokens, from, Math.min(tokens.length, from + 8)) > from)
        )
          split = { at: from, leftEnd: i, mode: "clause" };
        else if (v === from && startsVerbPhrase(tokens, from))
          split = {
            at: from,
            leftEnd: i,
            mode: "verb_phrase",
            ...subordinateSubject(body, tokens, clauseFrom, lastVerb),
          };
      } else if (comma && !coordinator && figureClauseAfterComma(body, tokens, clauseFrom, i)) {
        // "Gilgeous-Alexander scored 31 points, Chet Holmgren added 21 points and 12 rebounds, and …":
        // a clause of its own, so the figures after it are Holmgren's.
        split = { at: i, leftEnd: i, mode: "clause" };
      } else if (
        isAnd &&
        startsVerbPhrase(tokens, i + 1) &&
        !inParticiple &&
        !casualtyPair(body, tokens, i) &&
        // "Police arrested and charged two men": two verbs of one object, one claim; "He was
        // elected in 2019 and served two terms": no passive to carry into the second.
        !(
          countedInWords(tokens[i + 2]) &&
          (isPastVerb(tokens[i - 1]) ||
            passiveAt(body, tokens, lastVerb) ||
            subordinateOrAside(body, tokens, clauseFrom, i))
        ) &&
        // "The gang who robbed the shop and went into hiding were caught": the relative clause's
        // second act, before the main clause's verb (decision 955).
        !secondActOfARelativeClause(body, tokens, clauseFrom, i)
      ) {
        split = {
          at: i + 1,
          leftEnd: i,
          mode: "verb_phrase",
          ...subordinateSubject(body, tokens, clauseFrom, lastVerb),
        };
      } else if (
        isAnd &&
        !inParticiple &&
        startsPassivePhrase(body, tokens, i + 1) &&
        !subordinateOrAside(body, tokens, clauseFrom, i) &&
        !subjectLimitsOrDates(body, tokens, clauseFrom, i)
      ) {
        // "Perrault scored 31 goals and was named player of the year": a passive joined to the
        // clause's act is a second claim, worded with the subject ("Perrault was named …").
        split = {
          at: i + 1,
          leftEnd: i,
          mode: "verb_phrase",
          ...subordinateSubject(body, tokens, clauseFrom, lastVerb),
        };
      } else if (comma && t.flags & WHERE && hasFiniteVerb(tokens, i + 1, Math.min(tokens.length, i + 6))) {
        split = { at: i + 1, leftEnd: i, mode: "where" };
      } else if (
        comma &&
        isParticiple(t) &&
        !isFiniteVerb(tokens, i) &&
        !nameEndingInIng(tokens, i) &&
        !listItemAt(body, tokens, i) &&
        !participleInNounList(body, tokens, i) &&
        !participleInSubject(body, tokens, clauseFrom, i) &&
        !elaboratingParticiple(body, tokens, i)
      ) {
        // "…, adding that fares had risen by 18 per cent": the speaker's next claim, worded alone.
        split =
          reported && saysThatAt(body, tokens, i)
            ? { at: i + 2, leftEnd: i, mode: "clause" }
            : { at: i, leftEnd: i, mode: "participle" };
      } else if (inParticiple && isAnd && isParticiple(tokens[i + 1])) {
        split = { at: i + 1, leftEnd: i, mode: "participle" };
      } else if (
        isAnd &&
        !comma &&
        !reported &&
        !inParticiple &&
        (joinedClauseAt(body, tokens, clauseFrom, i) ||
          resultClauseAt(body, tokens, i + 1) ||
          repeatedVerbClauseAt(body, tokens, clauseFrom, i))
      ) {
        // "The Green Party surged into second place and turnout fell to 29.6%": two subjects, two
        // claims; so are "Jones had 15 and the Lakers won 110-100", a game's result after a score line.
        split = { at: i + 1, leftEnd: i, mode: "clause" };
      }
    }
    if (split) {
      splits.push(split);
      clauseFrom = split.at;
      inParticiple = split.mode === "participle";
      inheritsVerb = split.mode === "quantity" || split.mode === "verb_phrase" || split.mode === "speaker_act";
      i = split.at;
    }
    if (isFiniteVerb(tokens, i)) lastVerb = i;
  }
  return buildClauses(
    body,
    tokens,
    start,
    splits,
    (quantities ?? []).map((q) => q.start),
  );
}

/**
 * Does the clause [from, to) open a relative clause or a condition, or hold a comma ("The man who
 * stole the car and injured two pedestrians was jailed", "If the council … cut two services, …",
 * "Reid, 45, denied the charges and faces two trials")? A second act counted in words is then left
 * joined: split, it would leave a fragment or take the wrong subject.
 */
function subordinateOrAside(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.flags & (RELATIVE | THAT) || (k > from && commaBefore(body, tokens, k))) return true;
    if (t.end - t.start === 2 && lowerWordAt(body, t) === "if") return true;
  }
  return false;
}

/**
 * Words that make a subject a restriction the two verbs share: "Only two players scored in every
 * round and were named in the team" (not every one named was one of them), "No other club has won
 * the league three times and was relegated" (the clause alone says the opposite).
 */
const LIMITING_WORDS = new Set("only no none neither nor few fewer nobody nothing just not never".split(" "));

/**
 * Is the subject of the clause [from, to) limited by a quantifier or a negation, or does it open
 * with a date ("In 2019 Smith scored 31 goals and was named player of the year", whose second
 * claim would be worded with "In 2019" but dated by its own span, which holds no date)? The joined
 * passive then stays with the clause, as one claim.
 */
function subjectLimitsOrDates(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  const verb = firstFiniteVerb(tokens, from, to);
  const end = verb > from ? verb : to;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (LIMITING_WORDS.has(lowerWordAt(body, t))) return true;
    if (DATE_WORD.test(body.slice(t.start, t.end))) return true;
  }
  return false;
}
/**
 * A word that dates what a subject opens with: a year, a month or a day ("In 2019", "In March",
 * "On Monday"). Not "May", as often a name ("Theresa May").
 */
const DATE_WORD =
  /^(?:(?:1[89]|20)\d\d|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)$/;

const BE_FORMS = new Set(["was", "were", "is", "are", "been", "be"]);

/** Is the verb at `v` (or the word before it) a form of "be", so the clause may be a passive? */
function passiveAt(body: string, tokens: readonly Token[], v: number): boolean {
  if (v < 0) return false;
  return BE_FORMS.has(lowerWordAt(body, tokens[v]!)) || (v > 0 && BE_FORMS.has(lowerWordAt(body, tokens[v - 1]!)));
}

/** The finite forms of "be" a joined passive opens with: "and was named", "and were fined", "and is expected". */
const PASSIVE_BE = new Set(["was", "were", "is", "are"]);

/** Adverbs between "was" and its participle that do not end in "-ly": "was later fined". */
const PASSIVE_ADVERBS = new Set(["later", "also", "then", "since", "soon", "again", "once"]);

/**
 * Does a passive verb phrase start at `i`: "was named player of the year", "were later fined"? A
 * finite "be", maybe an adverb, then a past participle not followed by "to".
 */
function startsPassivePhrase(body: string, tokens: readonly Token[], i: number): boolean {
  const be = tokens[i];
  if (be === undefined || be.end - be.start > 4 || !PASSIVE_BE.has(lowerWordAt(body, be))) return false;
  const next = tokens[i + 1];
  const adverb =
    next !== undefined && (body.endsWith("ly", next.end) || PASSIVE_ADVERBS.has(lowerWordAt(body, next))) ? 1 : 0;
  const participle = i + 1 + adverb;
  if (!isPastVerb(tokens[participle])) return false;
  // "and is said to be armed", "and is understood to be close to a deal": a hedge, which the
  // hedge reader gives its own clause; "is expected to" looks ahead as a forecast does.
  const after = tokens[participle + 1];
  return !(after !== undefined && after.flags & TO);
}

/** Does a number in words open the object ("three schools"), where digits or a determiner would not? */
function countedInWords(t: Token | undefined): boolean {
  return (
    t !== undefined && (t.flags & (OBJECT_STARTER | UPPER_OR_NUMBER_FIRST | MAY_START_QUANTITY)) === MAY_START_QUANTITY
  );
}

/** Is token v a participle after a comma and before "by" ("…, backed by …"), no verb of the clause? */
function byParticipleAside(body: string, tokens: readonly Token[], v: number): boolean {
  const next = tokens[v + 1];
  return (
    v > 0 &&
    next !== undefined &&
    !(tokens[v]!.flags & ALWAYS_FINITE) &&
    next.end - next.start === 2 &&
    lowerWordAt(body, next) === "by" &&
    commaBefore(body, tokens, v)
  );
}

/** Words that open a subordinate clause whose verb a later "and <verb>" may continue. */
const SAYING = new Set("adding saying noting arguing warning insisting claiming stressing explaining".split(" "));

/** "adding that …": a participle of saying and "that" after it. */
function saysThatAt(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (
    next === undefined ||
    !(next.flags & THAT) ||
    i + 3 >= tokens.length ||
    !SAYING.has(lowerWordAt(body, tokens[i]!))
  )
    return false;
  // "that" opens a clause, not "adding that was her right" (a pronoun) or "adding that number to
  // the 2,000" (a determiner): its subject comes first, then a verb within a few words.
  return !isFiniteVerb(tokens, i + 2) && hasFiniteVerb(tokens, i + 3, Math.min(tokens.length, i + 8));
}

/** "signalled that …": a past form and "that" right after it. */
function pastBeforeThat(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return isPastVerb(tokens[at]) && next !== undefined && (next.flags & THAT) !== 0;
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}[ \\u00a0]$`, "i");

/** Is the figure at `at` the day of a date ("May 30")? */
function dayOfMonth(body: string, at: number): boolean {
  return MONTH_BEFORE.test(body.slice(Math.max(0, at - 11), at));
}

const KILLED = new Set(["killed", "dead"]);
const HURT = new Set(["wounded", "injured", "hurt"]);

/**
 * "1,100 people were killed and wounded": one count of casualties, the dead and the hurt together;
 * split, it would say 1,100 were killed. ("were arrested and charged" says both of every one.)
 */
function casualtyPair(body: string, tokens: readonly Token[], and: number): boolean {
  const before = lowerWordAt(body, tokens[and - 1]!);
  const after = lowerWordAt(body, tokens[and + 1]!);
  return (KILLED.has(before) && HURT.has(after)) || (HURT.has(before) && KILLED.has(after));
}

const SUBORDINATORS = new Set("after when because as since while before until although though once".split(" "));

/**
 * "Shares rose 14% after the company reported record revenue and raised its forecast": when the
 * latest verb before "and" belongs to a subordinate clause, the verb phrase continues that clause
 * and its subject is the one after the subordinator. Empty when there is none.
 */
function subordinateSubject(
  body: string,
  tokens: readonly Token[],
  clauseFrom: number,
  verb: number,
): { subject?: { from: number; to: number } } {
  // Only within the verb's own stretch between commas ("Hours before Noem's meeting, the
  // Secretary met … and signed" continues the main clause).
  for (let k = verb - 1; k > clauseFrom && verb - k <= 8 && !commaOrSemicolonBefore(body, tokens, k + 1); k--) {
    if (SUBORDINATORS.has(lowerWordAt(body, tokens[k]!)))
      return k + 1 < verb && !hasFiniteVerb(tokens, k + 1, verb) ? { subject: { from: k + 1, to: verb } } : {};
    // "a bid for Alexander Isak, who did not travel and watched from a box": Isak watched.
    const t = tokens[k]!;
    if (t.flags & RELATIVE && t.end - t.start === 3 && commaBefore(body, tokens, k)) {
      let n = k;
      while (n > clauseFrom && k - n < 4 && isCapitalised(tokens[n - 1]!)) n--;
      return n < k ? { subject: { from: n, to: k } } : {};
    }
  }
  return {};
}

/**
 * Is token `at` a reporting verb that opens a clause of its own ("claimed the club had …",
 * "said that …"), not a count ("added 200 jobs")?
 */
function reportsClauseAt(body: string, tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  const next = tokens[at + 1];
  if (!verb || !next || !(verb.flags & LOWERCASE_REPORTING_VERB)) return false;
  const word = lowerWordAt(body, verb);
  // "and added 40 jobs": a figure is an object; after "says" or "said" it opens the clause ("…,
  // and says 40 stores will close", decision 1010's review), whose verb is asked for below.
  if (next.flags & MAY_START_QUANTITY && word !== "says" && word !== "said") return false;
  // "and denied the charges were fair" reports the opposite.
  if (!SPEAKER_AGAIN.has(word) && !PLAIN_SAYING.has(word)) return false;
  const from = reportedClauseStart(body, tokens, at);
  // "said the risk of disease outbreaks in the camps was …": a subject of up to 11 words.
  return from < tokens.length && firstFiniteVerb(tokens, from + 1, Math.min(tokens.length, from + 12)) > from;
}

/**
 * Where the clause reported by the verb at `at` starts: after "that" ("claimed that …", "claimed,
 * without providing evidence, that …"), else right after the verb.
 */
function reportedClauseStart(body: string, tokens: readonly Token[], at: number): number {
  if (tokens[at + 1] && tokens[at + 1]!.flags & THAT) return at + 2;
  if (commaBefore(body, tokens, at + 1)) {
    for (let k = at + 2; k < tokens.length && k - at < 8; k++)
      if (tokens[k]!.flags & THAT && commaBefore(body, tokens, k)) return k + 1;
  }
  return at + 1;
}

/**
 * Reporting verbs that, after "and" inside what a speaker said, are the speaker's own: a claim
 * made on top of the one reported ("said Okafor was “…” and claimed the club had …"). Not "said"
 * or "told" (the reported subject may be the one speaking), nor "denied".
 */
const SPEAKER_AGAIN = new Set(
  "claimed insisted argued warned cautioned added noted acknowledged conceded asserted maintained predicted estimated".split(
    " ",
  ),
);

const PLAIN_SAYING = new Set(["said", "says", "told"]);
/** Nouns for people who may be the ones speaking in a reported clause ("the gunman … and said"). */
const PERSON_NOUNS = new Set(
  "gunman suspect man woman boy girl officer driver victim witness attacker shooter student teacher patient soldier pilot worker passenger".split(
    " ",
  ),
);

/**
 * Is "and said …" at `verb` the speaker's again? A plain "said" may be the reported subject
 * speaking ("Officials said the gunman entered the school and said he had a bomb"): only when that
 * subject, tokens [clauseFrom, clauseVerb), is no person ("he claimed Atlas-4 was “the safest
 * model” and said Lumora had spent $400 million") is it the speaker's.
 */
function speakerReportsAgain(
  body: string,
  tokens: readonly Token[],
  verb: number,
  clauseFrom: number,
  clauseVerb: number,
): boolean {
  if (!PLAIN_SAYING.has(lowerWordAt(body, tokens[verb]!))) return true;
  if (clauseVerb <= clauseFrom) return false;
  // "warned that 200,000 people could need help and said …": a modal's people would "say"; a
  // past "said" after it goes back to the speaker.
  if (MODALS.has(lowerWordAt(body, tokens[clauseVerb]!))) return true;
  for (let k = clauseFrom; k < clauseVerb && k - clauseFrom < 8; k++) {
    const t = tokens[k]!;
    if (t.flags & SUBJECT_PRONOUN || PERSON_NOUNS.has(lowerWordAt(body, t))) return false;
  }
  return true;
}

/**
 * Does tokens [from, to) open with a person who may be the one saying what follows "and" ("the
 * man insists he is innocent and said …")? Read over the first 8 words, as speakerReportsAgain does.
 * A capitalised word counts too: after "said" it is a name of its own, a person or a body
 * ("Prosecutors said Hale denies the charges and said he had never met the victim" is Hale's
 * denial; "Officials said Boeing disputes the findings and said its planes were safe", Boeing's).
 */
function personMaySpeak(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.flags & SUBJECT_PRONOUN || isCapitalised(t) || PERSON_NOUNS.has(lowerWordAt(body, t))) return true;
  }
  return false;
}

/**
 * A speaker's act on someone after "and" inside what they said, with the word that makes it a
 * verdict rather than a deed: "and accused the government of …", "and called for …", "but
 * described the investigation as …". "and called her 40 times a day" is the reported subject's deed.
 */
const SPEAKER_ACTS: Record<string, readonly string[]> = {
  accused: ["of"],
  urged: ["to"],
  called: ["for", "on"],
  blamed: ["for", "on"],
  credited: ["with", "for"],
  described: ["as"],
  dismissed: ["as"],
  criticised: ["for", "as"],
  criticized: ["for", "as"],
  praised: ["for", "as"],
  condemned: ["as", "for"],
  // "said the gains were real and warned against drawing conclusions": a warning against or of
  // something is the speaker's; "warned bystanders to flee" may be the reported subject's deed.
  warned: ["against", "of"],
  cautioned: ["against"],
  // "said the rate had dropped to 41% and questioned whether …": a doubt is the speaker's ("the
  // suspect was arrested and questioned for six hours" is a deed done to the suspect).
  questioned: ["whether", "why", "how"],
};

/** Is the verb at `at` a speaker's act (SPEAKER_ACTS), its particle within the next few words? */
function speakerActAt(body: string, tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  // Every act listed is a past form: most words after "and" are not, and are not read.
  if (!verb || !(verb.flags & PAST)) return false;
  const word = lowerWordAt(body, verb);
  const particles = Object.hasOwn(SPEAKER_ACTS, word) ? SPEAKER_ACTS[word] : null;
  if (!particles) return false;
  for (let k = at + 1; k < tokens.length && k - at <= 6 && !commaOrSemicolonBefore(body, tokens, k); k++)
    if (particles.includes(lowerWordAt(body, tokens[k]!))) return true;
  return false;
}

/** Is token `at` a reporting verb followed by "that" ("cautioned that", "added that")? */
function reportsThatAt(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  const that = tokens[at + 1];
  return (
    verb !== undefined &&
    that !== undefined &&
    at + 2 < tokens.length &&
    (verb.flags & LOWERCASE_REPORTING_VERB) !== 0 &&
    (that.flags & THAT) !== 0
  );
}

/**
 * Where the last ")" of body[start, end) is when a "(" comes before it, else -1: one scan of the
 * span only (a search past `end` would cost the rest of the article for every sentence).
 */
function lastCloseAfterOpen(body: string, tokens: readonly Token[], start: number, end: number): number {
  let open = false;
  let lastClose = -1;
  // Brackets stand between words: only the gaps between tokens are read.
  for (let i = 0; i <= tokens.length; i++) {
    const from = i === 0 ? start : tokens[i - 1]!.end;
    const to = i === tokens.length ? end : tokens[i]!.start;
    for (let k = from; k < to; k++) {
      const c = body.charCodeAt(k);
      if (c === 40) open = true;
      else if (c === 41 && open) lastClose = k;
    }
  }
  return lastClose;
}

/**
 * The bracket depth after the gap body[from, to) between two tokens, from `depth` before it. A
 * bracket with no ")" after it (`lastClose` is the span's last one) opens nothing: it must not
 * stop splitting for the rest of the span.
 */
function bracketDepthAfter(body: string, from: number, to: number, depth: number, lastClose: number): number {
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    if (c === 40 && lastClose > k) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth;
}

const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** Does "between" stand before the quantity at `at`? "between 1.6 million and 1.7 million" is one range, not two claims. */
function opensRange(body: string, at: number): boolean {
  return BETWEEN_BEFORE.test(body.slice(Math.max(0, at - 12), at));
}

/** Is the comma-delimited stretch from token `i` followed by a comma and a finite verb? */
function verbAfterNextComma(body: string, tokens: readonly Token[], i: number): boolean {
  let e = i + 1;
  while (e < tokens.length && e - i < 12 && !commaOrSemicolonBefore(body, tokens, e)) e++;
  return e < tokens.length && commaBefore(body, tokens, e) && isFiniteVerb(tokens, e);
}

const YEAR_IN_PHRASE = /^[^,;]{0,40}?\b(?:1[89]|20)\d\d\b/;

/**
 * "won 46 seats and 42.7% of the vote in 2009": a year after the last figure of a list dates
 * every figure in it, so the list stays one claim rather than leave the first figure undated.
 */
function yearFollows(body: string, from: number, end: number): boolean {
  return YEAR_IN_PHRASE.test(body.slice(from, Math.min(end, from + 48)));
}

/** Units that follow one another in one measure: "six years and four months", "5 feet and 9 inches". */
const NEXT_SMALLER_UNIT: Record<string, readonly string[]> = {
  years: ["months", "weeks", "days"],
  year: ["months", "weeks", "days"],
  months: ["weeks", "days"],
  month: ["weeks", "days"],
  weeks: ["days"],
  week: ["days"],
  days: ["hours"],
  day: ["hours"],
  hours: ["minutes"],
  hour: ["minutes"],
  minutes: ["seconds"],
  minute: ["seconds"],
  feet: ["inches"],
  foot: ["inches"],
  pounds: ["ounces"],
  stone: ["pounds"],
};

/** Is "<left> and <right>" one measure written in two units (a term of years and months)? */
function compoundMeasure(left: string | null, right: string | null): boolean {
  return left !== null && right !== null && (NEXT_SMALLER_UNIT[left]?.includes(right) ?? false);
}

/** How far into a clause its present-tense verb is looked for: the subject comes first. */
const PRESENT_TENSE_WINDOW = 8;

/**
 * Do both the clause [left, leftEnd) and the one from `right` have a verb near their start, one
 * of them in the present tense that the flags do not know? Bounded windows keep this linear.
 */
function presentTenseClauses(
  body: string,
  tokens: readonly Token[],
  left: number,
  leftEnd: number,
  right: number,
): boolean {
  const rightEnd = Math.min(tokens.length, right + PRESENT_TENSE_WINDOW);
  const known = firstFiniteVerb(tokens, right, rightEnd);
  if (known === right || (known < 0 && presentTenseVerbIn(body, tokens, right, rightEnd) < 0)) return false;
  return (
    hasFiniteVerb(tokens, left, leftEnd) ||
    presentTenseVerbIn(body, tokens, left, Math.min(leftEnd, left + PRESENT_TENSE_WINDOW)) >= 0
  );
}

function buildClauses(
  body: string,
  tokens: readonly Token[],
  start: number,
  splits: Split[],
  quantityStarts: number[],
): Clause[] {
  // The main subject is only needed to restore a verb phrase or a "where" clause: most spans
  // have neither, so it is found on first use.
  // (No closure for this: under tsx every closure created in a hot path costs a defineProperty.)
  let mainSubject: SubjectSpan | null | undefined;
  const out: Clause[] = [];
  let from = 0;
  let fromOffset = start;
  let headStart = start;
  let prevMode: SplitMode | null = null;
  let prevSplit: Split | null = null;
  // Each clause's subject is read once, however many verb phrases continue it (a long sentence
  // of "… and …" would otherwise rescan it for each).
  let subjectFrom = -1;
  let subjectRead: SubjectSpan | null = null;
  // Where the latest full clause starts: a verb phrase continues it and takes its subject.
  let clauseFrom = 0;
  // The clause a participle phrase hangs on ("Drones struck five regions, killing four people"):
  // the latest clause that is not itself such a phrase, with the figures listed in it.
  let heldStart = -1;
  let heldEnd = -1;
  const bounds = [...splits, null];
  for (const s of bounds) {
    const leftEnd = s ? s.leftEnd : tokens.length;
    const cStart = prevMode === null ? fromOffset : openingQuoteBefore(body, tokens[from]!.start);
    const cEnd = closingQuotesAfter(body, tokens[leftEnd - 1]!.end);
    const first = tokens[from]!;
    let restored: string | null = null;
    if (mainSubject === undefined && (prevMode === "verb_phrase" || prevMode === "where"))
      mainSubject = subjectSpan(body, tokens, 0, tokens.length);
    if (prevMode === "verb_phrase" && clauseFrom > 0 && clauseFrom !== subjectFrom) {
      subjectFrom = clauseFrom;
      subjectRead = subjectSpan(body, tokens, clauseFrom, tokens.length);
    }
    const verbPhraseSubject =
      prevMode !== "verb_phrase"
        ? null
        : prevSplit?.subject
          ? body.slice(tokens[prevSplit.subject.from]!.start, tokens[prevSplit.subject.to - 1]!.end)
          : subjectText(
              body,
              tokens,
              clauseFrom > 0 && !(tokens[clauseFrom]!.flags & (WHERE | RELATIVE)) ? subjectRead : (mainSubject ?? null),
              first,
            );
    // A subordinate clause's subject opens the wording: "The cloud software company raised …".
    if (verbPhraseSubject)
      restored = `${verbPhraseSubject[0]!.toUpperCase()}${verbPhraseSubject.slice(1)} ${body.slice(cStart, cEnd)}`;
    else if (prevMode === "where" && mainSubject && first.flags & SUBJECT_PRONOUN)
      restored = `${subjectText(body, tokens, mainSubject)}${body.slice(first.end, cEnd)}`;
    // "Labour narrowly held the seat, but its majority was slashed": "Labour's majority …".
    else if (prevMode === "clause" && out.length === 1 && lowerWordAt(body, first) === "its") {
      const owner = possessiveOfOpeningName(body, tokens);
      if (owner !== null) restored = `${owner}${body.slice(first.end, cEnd)}`;
    } else if (prevMode === "quantity") {
      const head = body.slice(headStart, firstQuantityStart(quantityStarts, headStart) ?? headStart);
      restored = `${head}${body.slice(cStart, cEnd)}`;
    } else if (prevMode === "participle" && heldEnd > heldStart) {
      // "killing four people" says nothing alone: it reads with the clause it hangs on, and an
      // ellipsis marks what stands between them ("…, strengthening …, and consolidating …").
      const between = body.slice(heldEnd, cStart);
      const joint = PUNCTUATION_ONLY.test(between) ? between : " … ";
      restored = `${body.slice(heldStart, heldEnd)}${joint}${body.slice(cStart, cEnd)}`;
    }
    const speakerAct = prevMode === "speaker_act";
    if (cEnd > cStart)
      out.push(
        speakerAct ? { start: cStart, end: cEnd, restored, speakerAct } : { start: cStart, end: cEnd, restored },
      );
    // A list of figures is one clause for this ("resulted in 1,700 deportations and 1,000 arrests").
    if (prevMode !== "participle") {
      if (prevMode !== "quantity" || heldStart < 0) heldStart = cStart;
      heldEnd = cEnd;
    }
    if (!s) break;
    if (s.mode !== "quantity") headStart = tokens[s.at]!.start;
    if (s.mode === "clause") clauseFrom = s.at;
    prevMode = s.mode;
    prevSplit = s;
    from = s.at;
    fromOffset = tokens[s.at]!.start;
  }
  return out;
}

const PUNCTUATION_ONLY = /^[\s,;—–-]*$/;

function firstQuantityStart(starts: number[], from: number): number | undefined {
  return starts.find((s) => s >= from);
}

/** Includes an opening quote mark that sits right before a clause's first word. */
function openingQuoteBefore(body: string, at: number): number {
  const ch = body[at - 1];
  return ch === "“" || ch === '"' || ch === "‘" ? at - 1 : at;
}

/** A closing quote mark; a straight one right after a word closes too ("was “long overdue.”" / "\"long overdue.\""). */
function isCloser(c: string | undefined): boolean {
  return c === "”" || c === "»" || c === '"';
}

/** Extends a clause over units and closing marks right after its last word ("3%", "(CECOT)", "…”"). */
function closingQuotesAfter(body: string, at: number): number {
  let e = at;
  while (e < body.length && /[%‰)\]]/.test(body[e]!)) e++;
  while (e < body.length && /[.,!?]/.test(body[e]!) && isCloser(body[e + 1])) e++;
  while (e < body.length && isCloser(body[e])) e++;
  return e;
}
