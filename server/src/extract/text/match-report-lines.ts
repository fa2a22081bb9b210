// A football match report's data block under the story (decision 565): the line-ups, the scorers,
// the bookings, the referee and the crowd. Each line lists names and minutes and asserts nothing a
// reader would check apart from the story above it, which states the score and the scorers.

/** Names and minutes only: "Watkins 41, 58; Rogers 78", "Martínez; Cash, Konsa (Lascelles 33)", "Kane 45+2 pen". */
const NAMES_AND_MINUTES =
  "(?:[\\s,;()]*(?:\\p{Lu}[\\p{L}.'’-]*|\\d{1,3}(?:,\\d{3})*(?:\\+\\d{1,2})?'?|pen|og|o\\.g\\.))+[\\s.)]*";

/**
 * "Goals: Watkins 41, 58; Rogers 78.", "Booked: Kamara, Digne.", "Referee: Anthony Taylor",
 * "Attendance: 42,618", and a side's line-up, "Aston Villa (4-2-3-1): Martínez; Cash, Konsa, …;
 * Watkins (Durán 88)." No lowercase word but "pen" or "og", so "Referee: Anthony Taylor said the
 * penalty was right" and "Attendance: 42,618, down 12% on last season" are read.
 */
const MATCH_DATA_LINE = new RegExp(
  `^(?:(?:Goals?|Scorers?|Booked|Bookings|Yellow cards?|Red cards?|Sent off|Subs(?: not used)?|Substitutes|Referee|Ref|Attendance|Att)|(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\(\\d(?:-\\d){2,4}\\))\\s*:${NAMES_AND_MINUTES}$`,
  "u",
);
/** How far in the label's colon may be. */
const LABEL_COLON_MAX = 40;

/** Is this sentence, alone on its line, a match report's line-up, scorers, bookings, referee or crowd? */
export function isMatchDataLine(sentence: string): boolean {
  const colon = sentence.indexOf(":");
  return colon > 1 && colon <= LABEL_COLON_MAX && MATCH_DATA_LINE.test(sentence.trimEnd());
}
