import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/**
 * "Bids must be in by Monday's deadline", "The deal will be done before Monday's deadline": a
 * modal that looks ahead, then "be", before a weekday's deadline (decision 520). A modal gives no
 * tense mark, so the claim fell back to the past and dated the Monday behind; what must or will be
 * done by a deadline is done by the coming one. "should have been in by Monday's deadline" and
 * "had to be in by Monday's deadline" are pasts and stay behind.
 */
const MODALS_AHEAD = new Set(["must", "will", "shall", "should", "'ll", "’ll"]);
/** Words that open a relative clause before its modal: "Firms which will be hit …". */
const RELATIVES = new Set(["who", "which", "that"]);
/** How far back from the lead word the modal is looked for, with no comma between. */
const MODAL_REACH = 6;

/**
 * Does "must/will/should/shall be …" stand before the weekday's deadline led by the token `lead`
 * (weekdayDeadlineLead: "by Monday's deadline")?
 */
export function modalBeforeWeekdayDeadline(
  body: string,
  tokens: readonly Token[],
  lead: number,
  first: number,
): boolean {
  for (let i = lead - 1; lead > 0 && i > first && lead - i <= MODAL_REACH; i--) {
    if (commaBefore(body, tokens, i + 1)) return false;
    if (lowerWordAt(body, tokens[i]!) !== "be") continue;
    const modal = lowerWordAt(body, tokens[i - 1]!);
    const modalAt = modal === "not" ? i - 2 : i - 1;
    if (modalAt < first || !MODALS_AHEAD.has(lowerWordAt(body, tokens[modalAt]!))) return false;
    // "Firms which will be hit had to file by Monday's deadline": in a relative clause the modal
    // is the clause's, and the verb after it ("had to file") is the sentence's own, so only a
    // one-word complement ("Firms that must be ready by …") reaches the deadline (a review of
    // decision 520).
    return !RELATIVES.has(lowerWordAt(body, tokens[modalAt - 1] ?? tokens[modalAt]!)) || lead - i <= 2;
  }
  return false;
}
