import { lineEndFrom } from "./lines.ts";
// A writer's name alone on its line, as over a byline's job line: "Dana Whitfield".
import { NAME_ALONE, NAME_MAX } from "./name-over-byline-job.ts";

/**
 * What a biography's first sentence does not hold: a figure, "former" or a clause telling of an act
 * ("Sarah Jones is a former television reporter who has raised $2m", "Boris Johnson writes for the
 * Daily Telegraph, which paid him £275,000") or a comparison ("Tom Brady has covered more ground than
 * any quarterback", decision 550; not a bio's "for more than a decade" or "rather than"): a profile
 * under a name, to be read.
 */
const NOT_A_BIO = /\d|\bformer\b|\b(?:who|which)\b|(?<!\b(?:more|less|fewer|rather|other) )\bthan\b/;
/**
 * What a writer's biography says after the name: the beat ("covers product safety for …", "writes
 * about housing"), or the job ("is a senior reporter at …"). Not what a person did.
 */
const BIO_VERB =
  /^\s+(?:covers|writes (?:about|on|for)|reports on|has (?:covered|reported on|written (?:about|for))|is an? (?:[\p{Ll}-]+\s+){0,3}(?:reporter|writer|editor|correspondent|journalist|columnist))\b/u;

/**
 * A page's foot where the writer is named alone over a biography that opens with the same name
 * ("Dana Whitfield\nDana Whitfield covers product safety for Consumer Reports. She has reported on
 * recalls since 2014."): the name and the biography's whole line are about the writer, not the
 * story. Returns where the biography's line ends, or -1. A name over a sentence that does
 * something else ("Rachel Reeves\nRachel Reeves has cut £4bn …") is read.
 */
export function writerBioEnd(body: string, start: number, lineEnd: number): number {
  if (lineEnd - start > NAME_MAX || lineEnd >= body.length) return -1;
  const name = body.slice(start, lineEnd).trim();
  // Cheap first: the next line must open with the name itself.
  if (!body.startsWith(name, lineEnd + 1) || !NAME_ALONE.test(name)) return -1;
  const after = lineEnd + 1 + name.length;
  if (!BIO_VERB.test(body.slice(after, after + 60))) return -1;
  const end = lineEndFrom(body, after);
  const stop = body.slice(after, end).search(/[.!?](?:\s|$)/);
  return NOT_A_BIO.test(body.slice(after, stop < 0 ? end : after + stop)) ? -1 : end;
}
