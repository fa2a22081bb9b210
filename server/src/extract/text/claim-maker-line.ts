// A fact-check's line that names who made the claim under check (decision 610): "WHO SAID IT:
// Nigel Farage" or "Claimed by: Nigel Farage, Reform UK leader" beside a "CLAIM:" block. The line
// is a label on the page, not a claim, and not a speaker's turn: the checked claim is the maker's.

/**
 * The label and the maker after it, up to where the line says more of them: their post after a
 * comma ("Nigel Farage, Reform UK leader"), where or when they said it ("… on GB News", "… (3 May)",
 * "… in a leaflet"). A comma inside a figure ("An Instagram post shared 10,000 times") and "in"
 * before a capital ("Friends in Need") are part of the maker's name.
 */
const MAKER_LINE =
  /^(?:WHO SAID IT|Who said it|CLAIMED BY|Claimed by|CLAIM MADE BY|Claim made by|WHO MADE THE CLAIM|Who made the claim|MADE BY|Made by)[ \t]*:[ \t]*(\p{Lu}(?:[^\n\r,(]|,(?=\d))*?)(?:(?:, | \(| on | in (?!\p{Lu})| at )[^\n\r]*)?\s*$/u;
const MAKER_LINE_MAX = 120;

/** The maker a "WHO SAID IT:" or "Claimed by:" line names ("Nigel Farage, Reform UK leader"), else null. */
export function claimMakerOnLine(line: string): string | null {
  const c = line.charCodeAt(0);
  // Cheap first: "W", "C" or "M", and short.
  if ((c !== 87 && c !== 67 && c !== 77) || line.length > MAKER_LINE_MAX) return null;
  const m = MAKER_LINE.exec(line);
  return m ? m[1]! : null;
}
