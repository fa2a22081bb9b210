/**
 * The second word of a club's two-word name: "Manchester City", "Aston Villa", "Ipswich Town",
 * "Nottingham Forest", "West Ham". Such a word names no person (age-after-a-name.ts reads
 * "Manchester City, 68," as points, not an age), and a line that opens with it under a line ending
 * on the name's first word goes on the name (decision 780: "… a 2-0 win over Manchester" over "City
 * at Anfield, …").
 */
export const CLUB_SECOND_WORDS: ReadonlySet<string> = new Set(
  (
    "United City Villa Town County Rovers Athletic Wanderers Albion Hotspur Forest Palace Rangers Ham Argyle " +
    "Orient Wednesday Vale"
  ).split(" "),
);
