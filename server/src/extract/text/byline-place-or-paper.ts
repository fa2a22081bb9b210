/**
 * What may follow a writer's job in a byline without "By" (decision 630): the place filed from
 * ("Jane Smith, Political Editor, Westminster", "…, Economics Editor, in Washington") or the paper
 * ("…, Political Editor | The Herald", "…, Chief Reporter – The Times"). Decision 590 read the
 * name and job only, so these ran on as claims of their own or into the headline over them.
 */

/**
 * A place or a paper after the job, to the line's end: a comma or a bar or dash, "in" or "at" or
 * "for", "the", then one to three capitalised words. No headline's verb ("…, Political Editor,
 * Resigns" is news about the writer, not a byline), nor a first word in "-ed" or "-ises" ("Sacked",
 * "Arrested", "Apologises"; review of decision 630), which no place or paper is. Nor a headline's
 * base verb with words after it ("…, Political Editor, Cut Fuel Duty", "…, Urge Tax Rise", "…, To
 * Step Down"; decision 670): a title-case headline's, where no town or paper is named so, but for
 * a place's last word after it ("Cut Bank", "Axe Valley", "Win Green"; review of decision 670). Nor a
 * headline's verb in the present with its object after it ("…, Whitehall Editor, Backs Reeves",
 * "…, Slams Budget"; decision 735): a verb in "-s" opens no town's or paper's name, and the writer
 * is the headline's subject, not its byline.
 */
const PLACE_OR_PAPER_TAIL =
  /(?:\s*,\s*|\s+[|–—-]\s+|\s+)(?:(?:in|at|for)\s+)?(?:[Tt]he\s+)?(?!(?:Resigns|Quits|Dies|Retires|Leaves|Joins|Returns|Steps|Speaks|Responds|Says|Wins|Writes)\b|(?:Cut|Axe|Ban|Scrap|Slash|Raise|Hike|Freeze|Quit|Win|Urge|Warn|Must|Should|Will|To)\s(?!(?:Bank|Valley|Vale|Edge|Green|Hill)\s*$)|(?:Backs|Slams|Attacks|Blasts|Defends|Praises|Urges|Blames|Rejects|Welcomes|Hails|Accuses|Demands|Reveals|Admits|Denies|Warns|Condemns|Endorses|Criticises|Criticizes|Questions|Challenges|Mocks|Savages)\s|\p{Lu}\p{Ll}+(?:ed|ises|izes)\b)\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2}\s*$/u;

/**
 * The candidates for a byline's job in `rest` (what follows the name and its comma): the whole of
 * it, then, when a comma, a bar, a dash or "in"/"at"/"for" sets a place or paper off at its end,
 * what is left before that. The caller tests each against its list of jobs.
 */
export function jobsBeforePlaceOrPaper(rest: string): string[] {
  const tail = PLACE_OR_PAPER_TAIL.exec(rest);
  return tail === null || tail.index === 0 ? [rest] : [rest, rest.slice(0, tail.index)];
}
