import { isNewsFurniture } from "./news-furniture.ts";
import { lineEndFrom } from "./lines.ts";

/** A writer's name alone: two or three capitalised words, nothing else ("Nick Hallam", "Sian Morgan"). */
const NAME_ALONE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*$/u;
/** A byline's job or desk line: "Senior football reporter", "Health correspondent", "BBC Wales". */
const JOB_OR_DESK = /(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\s*$|^BBC\s/iu;
const NAME_MAX = 40;

/**
 * A byline set without "By" over two lines: the writer's name alone on its line and the job or
 * desk under it ("Nick Hallam\nSenior football reporter", "Sian Morgan\nBBC Wales"). The name is
 * furniture only when the line under it is a byline line the furniture patterns already pass
 * over, so a name alone over a story's sentence ("Keir Starmer\nThe prime minister said …") is read.
 */
export function isNameOverBylineJob(body: string, start: number, lineEnd: number): boolean {
  if (lineEnd - start > NAME_MAX || lineEnd >= body.length) return false;
  if (!NAME_ALONE.test(body.slice(start, lineEnd))) return false;
  const next = body.slice(lineEnd + 1, lineEndFrom(body, lineEnd + 1)).trim();
  return JOB_OR_DESK.test(next) && isNewsFurniture(next);
}
