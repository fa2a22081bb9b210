// A fact-check's line that names who made the claim under check (decision 610): "WHO SAID IT:
// Nigel Farage" or "Claimed by: Nigel Farage, Reform UK leader" beside a "CLAIM:" block. The line
// is a label on the page, not a claim, and not a speaker's turn: the checked claim is the maker's.

/**
 * The label and the maker after it, up to where the line says more of them: their post after a
 * comma ("Nigel Farage, Reform UK leader"), where or when they said it ("… on GB News", "… (3 May)",
 * "… in a leaflet"), or the rest of a sentence ("Nigel Farage said it on LBC."; decision 650). A
 * comma inside a figure ("An Instagram post shared 10,000 times") and "in" before a capital
 * ("Friends in Need") are part of the maker's name. The maker may open in lower case ("pundit Gary
 * Neville", "various Facebook pages"; decision 650): the line is read only by a check.
 */
const MAKER_LINE =
  /^(?:WHO SAID IT|Who said it|CLAIMED BY|Claimed by|CLAIM MADE BY|Claim made by|WHO MADE THE CLAIM|Who made the claim|MADE BY|Made by)[ \t]*:[ \t]*([\p{Lu}\p{Ll}\d@](?:[^\n\r,(]|,(?=\d))*?)(?:(?:, | \(| on | in (?!\p{Lu})| at | (?:said|says|claimed|claims|made|wrote|posted|told|repeated)\b)[^\n\r]*|\.)?\s*$/u;
/**
 * The same maker named in the column's prose (decision 650): "The claim was made by the Reform UK MP
 * Lee Anderson on GB News." The name ends where the sentence goes on to where or when.
 */
const MAKER_SENTENCE =
  /^(?:The|This) claim was (?:first |originally )?made by ((?:[^\n\r,(.]|\.(?!\s|$))*?)(?=, | \(| on | in (?!\p{Lu})| at | during | when | last | earlier | after |[.;:!]?\s*$|\. )/u;
const MAKER_LINE_MAX = 120;

/** The maker a "WHO SAID IT:" or "Claimed by:" line names ("Nigel Farage, Reform UK leader"), else null. */
export function claimMakerOnLine(line: string): string | null {
  const c = line.charCodeAt(0);
  // Cheap first: "W", "C" or "M", and short.
  if ((c !== 87 && c !== 67 && c !== 77) || line.length > MAKER_LINE_MAX) return null;
  const m = MAKER_LINE.exec(line);
  return m ? m[1]! : null;
}

/** The maker a sentence of the column names ("The claim was made by the Reform UK MP Lee Anderson …"), else null. */
export function claimMakerInSentence(sentence: string): string | null {
  // Cheap first: "T", and short.
  if (sentence.charCodeAt(0) !== 84 || sentence.length > MAKER_LINE_MAX) return null;
  return MAKER_SENTENCE.exec(sentence)?.[1] ?? null;
}
