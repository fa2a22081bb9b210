import { isCommonWord } from "../analysis/sentence-openers.ts";
import { isListedHeadlineParticiple } from "./headline-participles-in-med-ved.ts";

/**
 * A headline's last word that is a common participle in "-med" or "-ved" (decision 675): "Minister
 * Blamed", "Nurse Saved", "Winner Named", "Plans Approved" over a desk line were dropped as the
 * writer's name, since name-over-byline-job.ts leaves those endings out for names ("Hamed",
 * "Javed", "Naved", "Ahmed"). The common-words list (debate transcripts) holds the participles and
 * none of the names, so the last word is looked up there; decision 720 adds the participles it lacks
 * ("Shamed", "Claimed"; headline-participles-in-med-ved.ts). Gated on its last three letters.
 */
export function endsOnCommonParticiple(line: string): boolean {
  const text = line.trimEnd();
  const n = text.length;
  if (n < 5 || text[n - 1] !== "d" || text[n - 2] !== "e") return false;
  const before = text[n - 3];
  if (before !== "m" && before !== "v") return false;
  const last = text.slice(text.lastIndexOf(" ") + 1);
  const word = last.toLowerCase();
  return isCommonWord(word) || isListedHeadlineParticiple(word);
}
