/**
 * "Shell, 44, is the chief executive of the charity": a post that only a person holds after "is"
 * or "was" says a one-word name that is also a firm's or a club's is a surname, and the figure its
 * age (decision 665). Decision 625 refused the one-word firms as surnames, since a firm "is the
 * biggest owner", "the main sponsor" or "the largest employer" as a person may be; a firm is no
 * chief executive, chairman or managing director, nor anyone's mother or son; nor is it "the
 * group's chief executive" or "Tesco's chairman" (a possessive before the post, decision 705).
 * "founder", "director" and "owner" alone are left to the firm ("Toyota, 34, is the biggest
 * owner"). A family's noun before another noun names no one ("the group's mother company", "its
 * mother county"; a review of decision 705).
 */
const A_PERSONS_POST =
  /^,[ \u00a0]+(?:is|was)[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+(?:[\p{Ll}-]+['’]s?[ \u00a0]+)?|\p{Lu}[\p{L}-]*['’]s?[ \u00a0]+)(?:[\p{Ll}-]+[ \u00a0]+){0,2}?(?:chief[ \u00a0]+(?:executive|operating[ \u00a0]+officer|financial[ \u00a0]+officer|constable)|chairman|chairwoman|managing[ \u00a0]+director|finance[ \u00a0]+director|headteacher|head[ \u00a0]+teacher|(?:mother|father|wife|husband|son|daughter|widow|widower|grandmother|grandfather)\b(?![ \u00a0]+(?!(?:of|and|or|who|whose|until|since|in|at|from|with|to|for|was|is|has|had|when|after|before|but)\b)\p{Ll}))\b(?!['’])/u;

/** Does the aside after a one-word name's figure (`after`, from the comma) give a post only a person holds? */
export function aPersonsPostGoesOn(after: string): boolean {
  // Cheap first: "is" or "was" after ", ".
  const c = after.charCodeAt(2);
  return (c === 0x69 || c === 0x77) && A_PERSONS_POST.test(after);
}
