/**
 * "Taylor, 31, was promoted this season after a strong year at the bank": a person is promoted at
 * work, and a season may be a firm's or a school's as well as a league's. Decision 625 read
 * "promoted last season" or "this season" after a one-word name as a club's; a workplace named
 * after it ("at the bank", "within the firm"; not "by the board", whom clubs have too) keeps the person and the age (decision 665).
 * "Preston, 34, was promoted last season after a strong run" and "… after their play-off win"
 * stay a club's; so does one after "her goal", as a player's pronoun may stand in a club's copy.
 */
const AT_WORK =
  /\b(?:(?:at|within)[ \u00a0]+(?:the|a|an|his|her)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?(?:bank|firm|company|school|hospital|council|store|shop|factory|office|agency|charity|ministry|department|newspaper|paper|university|college|station|plant|practice|surgery|business))\b/u;

/** Does an aside that says "promoted" (`rest`, from the comma after the figure) name a workplace? */
export function promotedAtWork(rest: string): boolean {
  // Cheap first: only "promoted" is asked.
  return rest.includes("promoted") && AT_WORK.test(rest);
}
