// Page furniture left from the twenty-third read (decision 1070): a markets desk's box heading, a
// review's critics' round-up, a writer's label over an analysis box, a section path with its
// separators and a reader's investment disclaimer. Each pattern is a whole line
// (news-furniture.ts's LINE_FURNITURE), so a story's sentence that opens with the same words and
// goes on is read.

/** A desk a section path opens with: "Culture | Theatre", "News › UK › Politics". */
const DESK =
  "(?:News|Culture|Arts|Sport|Business|Politics|Opinion|Lifestyle|Life (?:&|and) style|Travel|Money|World|UK|US|Entertainment|Science|Technology|Tech|Health|Education|Film|Music|Books|Food|Football|Environment|Stage|Society)";
/** A section's name after the desk: one to three words, the first capitalised, no figure. */
const SECTION = "\\p{Lu}[\\p{L}'’-]*(?: (?:&|and|\\p{L}[\\p{L}'’-]*)){0,2}";

export const BOX_HEADINGS_AND_LABELS = [
  // A markets box's heading over its rows: "Market close", "Markets at a glance", "How markets
  // closed". The rows under it are the box's figures, read as the body's are (see decision 1070's
  // Left); "Market close was delayed by 40 minutes" is read.
  /^(?:Market close|Markets? (?:at a glance|snapshot|data|summary|wrap)|Closing prices|How (?:the )?markets closed)\s*:?\s*$/i,
  // A review's round-up of other critics: "Our critics' verdict", "What the critics said", and
  // under it a paper's name with its stars ("Guardian ★★★★☆", "The Stage ★★★★☆") or the stars
  // alone. "The Stage gave it ★★★★☆ and 40 shows sold out" is read.
  /^(?:Our critics['’] verdicts?|The critics['’] verdicts?|What the critics (?:said|say|thought)|Critics['’] (?:verdicts?|ratings|round-?up))\s*:?\s*$/i,
  /^(?:(?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}\s*:?\s*)?[★☆]{3,5}\s*$/u,
  // The label over an analysis box with its writer's name and job: "Analysis: Tom Haldane, Health
  // Correspondent", "Analysis: Tom Haldane, health editor". Not "Analysis: Tom Haldane found 40
  // errors in the ledger" (a verb where the job stands).
  /^(?:Analysis|Comment|Opinion|Explainer|Verdict)\s*:\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3},? (?:[\p{L}-]+ ){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]ritic)s?\s*$/u,
  // A section path, a desk and its sections between bars or arrows: "Culture | Theatre", "News ›
  // UK › Politics", "Sport > Football". No figure: "Sport | 40 clubs cut jobs" is read.
  new RegExp(`^${DESK}(?:\\s*[|›>»/]\\s*${SECTION}){1,3}\\s*$`, "u"),
];

/**
 * A reader's disclaimer at an article's foot: "This article is for information only and is not
 * investment advice.", "This content does not constitute financial advice.", "Nothing in this
 * article constitutes investment advice." It opens with the article itself, so "The regulator said
 * the app's tips were not investment advice" is read.
 */
export const ADVICE_DISCLAIMER =
  /^(?:This (?:article|content|material|information|piece|page|newsletter|column|story)(?: is (?:provided )?for (?:general )?information(?:al purposes)? only)?(?:,? and)? (?:is not|does not (?:constitute|represent)|should not be (?:taken|treated|construed) as) (?:\p{Ll}+ )?(?:investment|financial|legal|tax|medical) advice|Nothing in this (?:article|content|piece) (?:constitutes|is|should be taken as) (?:\p{Ll}+ )?(?:investment|financial|legal|tax|medical) advice)\s*[.!]?\s*$/iu;
