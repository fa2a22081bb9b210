import type { ClaimKind, Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { REPORTING_VERBS } from "./lexicon.ts";

const PREDICTION = /\b(will|won['’]t|shall|is (?:set|expected|due|scheduled|going|poised|likely) to|are (?:set|expected|due|scheduled|going|poised|likely) to|plans? to|intends? to|would)\b/i;
const CAUSAL = /\b(result(?:ed|s)? in|as a result of|led to|lead to|leads to|caus(?:e|ed|es|ing)|because of|due to|thanks to|driven by|contribut(?:e|ed|es) to|responsible for|blamed? for|fuel(?:ed|led|s)?|triggered)\b/i;
const RECORD = /\b(record|all-time|highest|lowest|largest|biggest|smallest|worst|best|most|least|first time|unprecedented|never before|than ever|compared (?:to|with)|(?:more|less|fewer|higher|lower|greater|bigger|smaller) than(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a |an |half|hundred|dozen)))\b/i;
const EVENT_VERB = /\b(met|signed|visited|arrived|announced|travel(?:l)?ed|refused|responded|agreed|launched|held|killed|arrested|deported|passed|voted|approved|rejected|discussed|caused|began|ended|won|lost|attacked|opened|closed|resigned|elected|appointed|fired|declared|conducted|took place|happened|occurred|is conducting|are conducting|was conducted)\b/i;
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/;

const PAST_WORD = /\b(?:[a-z]{3,}ed|met|said|took|made|went|saw|came|got|gave|found|told|became|left|held|wrote|was|were|had|did)\b/;

/** Future or planned action in the main clause: the modal comes before any past-tense verb. */
function isPrediction(text: string): boolean {
  const m = PREDICTION.exec(text);
  if (!m || /\bwould (?:have|be)\b/i.test(text)) return false;
  const past = PAST_WORD.exec(text);
  return !past || m.index < past.index;
}

/**
 * Rule-based kind with a fixed priority, so one claim gets one primary kind; the others that
 * also fit are returned too (e.g. causal and comparison_record for "resulted in record amounts").
 */
export function classifyKind(text: string, quantities: readonly Quantity[], directQuote: boolean, attributed: boolean): { kind: ClaimKind; alsoKinds: ClaimKind[] } {
  const kinds: ClaimKind[] = [];
  if (isPrediction(text)) kinds.push("prediction");
  if (directQuote) kinds.push("quote");
  // A figure is the most checkable part of a claim, so it outranks the cause it is credited to.
  const statistic = quantities.some((q) => (q.unit !== null && !TIME_UNITS.test(q.unit)) || /\d/.test(q.text) && (q.unit === null || !TIME_UNITS.test(q.unit)) || (/\d/.test(q.text) && q.value >= 10));
  if (statistic) kinds.push("statistic");
  if (CAUSAL.test(text)) kinds.push("causal");
  if (RECORD.test(text)) kinds.push("comparison_record");
  // Lowercase words only: "United States" is a name, not the verb "states".
  const words = text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [];
  if (attributed || words.some((w) => REPORTING_VERBS.has(w))) kinds.push("attributed_statement");
  if (EVENT_VERB.test(text)) kinds.push("event");
  if (kinds.length === 0) kinds.push("other");
  const [kind, ...alsoKinds] = kinds;
  return { kind: kind!, alsoKinds };
}
