import { isNewsFurniture } from "./news-furniture.ts";
import { lineEndFrom } from "./lines.ts";
import { endsOnCommonParticiple } from "./common-participle-last.ts";
import { HEADLINE_WORD } from "./headline-word.ts";

/** A writer's name alone: two or three capitalised words, nothing else ("Nick Hallam", "Sian Morgan"). */
export const NAME_ALONE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*$/u;
/** A byline's job or desk line: "Senior football reporter", "Health correspondent", "BBC Wales". */
const JOB_OR_DESK = /(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\s*$|^BBC\s/iu;
/** The longest line read as a writer's name. */
export const NAME_MAX = 40;
/** A byline that names its writer itself: "By Chris Mason, Political editor". */
const BY_LINE = /^by\s/i;

/**
 * A byline set without "By" over two lines: the writer's name alone on its line and the job or
 * desk under it ("Nick Hallam\nSenior football reporter", "Sian Morgan\nBBC Wales"). The name is
 * furniture only when the line under it is a byline line the furniture patterns already pass
 * over, so a name alone over a story's sentence ("Keir Starmer\nThe prime minister said …") is read,
 * and a title-case headline over a "By …" line that names someone else is read.
 */
export function isNameOverBylineJob(body: string, start: number, lineEnd: number): boolean {
  if (lineEnd - start > NAME_MAX || lineEnd >= body.length) return false;
  const name = body.slice(start, lineEnd);
  if (!NAME_ALONE.test(name) || HEADLINE_WORD.test(name) || endsOnCommonParticiple(name)) return false;
  const next = body.slice(lineEnd + 1, lineEndFrom(body, lineEnd + 1)).trim();
  if (!JOB_OR_DESK.test(next) || !isNewsFurniture(next)) return false;
  // Over "By Chris Mason, Political editor" the writer is named below: "Labour Wins Election" is
  // the headline, and only "Chris Mason" over it, the same name twice, is the byline's.
  return !BY_LINE.test(next) || next.includes(name.trim());
}
