import { isCommonWord } from "../analysis/sentence-openers.ts";

/**
 * Headlines' participles in "-med" and "-ved" that the common-words list (debate transcripts) lacks
 * (decision 720): "Minister Shamed", "Victory Claimed", "Man Exhumed" over a desk line were dropped
 * as the writer's name. The endings stay out of name-over-byline-job.ts's HEADLINE_WORD, since
 * "Hamed", "Ahmed", "Javed" and "Naved" are names; so the participles are listed, none a name.
 */
const LISTED_PARTICIPLES = new Set(
  (
    "claimed reclaimed acclaimed shamed renamed deemed doomed slammed disarmed alarmed informed " +
    "transformed exhumed consumed presumed resumed filmed streamed deprived revived survived reprieved " +
    "relieved deceived arrived waived shelved starved observed reserved deserved unnerved halved"
  ).split(" "),
);

/**
 * A headline's last word that is a common participle in "-med" or "-ved" (decision 675): "Minister
 * Blamed", "Nurse Saved", "Winner Named", "Plans Approved" over a desk line were dropped as the
 * writer's name, since name-over-byline-job.ts leaves those endings out for names ("Hamed",
 * "Javed", "Naved", "Ahmed"). The common-words list (debate transcripts) holds the participles and
 * none of the names, so the last word is looked up there; decision 720 adds the participles it lacks
 * ("Shamed", "Claimed"; `LISTED_PARTICIPLES`). Gated on its last three letters.
 */
export function endsOnCommonParticiple(line: string): boolean {
  const text = line.trimEnd();
  const n = text.length;
  if (n < 5 || text[n - 1] !== "d" || text[n - 2] !== "e") return false;
  const before = text[n - 3];
  if (before !== "m" && before !== "v") return false;
  const last = text.slice(text.lastIndexOf(" ") + 1);
  const word = last.toLowerCase();
  return isCommonWord(word) || LISTED_PARTICIPLES.has(word);
}
