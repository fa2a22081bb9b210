/**
 * A bus's or a tram's route number is a name, not a count: "she boarded a number 59 bus towards
 * Manchester", "took the 59 bus to work", "the No 9 tram". "route 25" and "bus 12" are read by the
 * naming words in quantities.ts; here the number stands before the vehicle. After "number" or
 * "No" the vehicle alone says so; after "the" or "a" only a singular vehicle followed by a mark or
 * a preposition does ("the 59 bus to Leeds"), since "the 59 bus drivers who struck" and "a 12 bus
 * fleet" count.
 */
const VEHICLES = "bus|tram|coach";
/** "a number 59 bus", "the No. 9 tram", "No 12 bus": the number names the route. */
const AFTER_NUMBER_WORD = new RegExp(
  `(?<=\\b(?:number|[Nn]o\\.?)[ \\u00a0])\\d{1,3}[A-Z]?[ \\u00a0](?:${VEHICLES})\\b`,
  "y",
);
/** "the 59 bus towards", "the 59 bus.": a singular vehicle, then a mark or where it goes. */
const AFTER_ARTICLE = new RegExp(
  `(?<=\\b(?:the|a|an)[ \\u00a0])\\d{1,3}[A-Z]?[ \\u00a0](?:${VEHICLES})(?=[ \\u00a0]*[.,;:!?)]|[ \\u00a0]+(?:to|towards|toward|from|into|at|in|on|through|via|and|or|stop|which|that)\\b)`,
  "iy",
);

/**
 * After the vehicle, a list of counts or of kinds: "the 120 bus and 40 tram drivers", "the 12 bus
 * and tram operators", "the 40 bus, rail and tram companies", "the 6 coach, 4 van and 12 car
 * spaces". "the 7 bus, the 8 bus and the 9 bus" and "the 59 bus and walked" stay routes.
 */
const LIST_AFTER =
  /^[ \u00a0]*(?:,[ \u00a0]*(?:\d|\p{Ll}+(?:,|[ \u00a0]+(?:and|or)\b))|[ \u00a0]+(?:and|or)[ \u00a0]+(?:\d|(?:bus|tram|coach|rail|train|taxi|van|lorry|car|cycle|ferry|metro)\b))/u;
/** "from a 12 coach to a 5 coach train", "a 4 coach, 200-seat train": a train's carriages. */
const COACHES_OF_A_TRAIN = /^[ \u00a0]*coach\b[^.;:!?]{0,30}\btrains?\b/;

/** Is the number at text[at] a bus's or a tram's route number? */
export function routeNumberAt(text: string, at: number): boolean {
  AFTER_NUMBER_WORD.lastIndex = at;
  if (AFTER_NUMBER_WORD.test(text)) return true;
  AFTER_ARTICLE.lastIndex = at;
  if (!AFTER_ARTICLE.test(text)) return false;
  const rest = text.slice(at, at + 60).replace(/^\d{1,3}[A-Z]?/, "");
  return !COACHES_OF_A_TRAIN.test(rest) && !LIST_AFTER.test(rest.replace(/^[ \u00a0]+(?:bus|tram|coach)\b/i, ""));
}
