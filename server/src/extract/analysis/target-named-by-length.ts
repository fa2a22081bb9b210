import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * A target or a standard named by its length: "the 18-week standard", "the 62-day cancer target",
 * "the four-hour A&E target". The length is the standard's name, which the claim does not assert
 * ("the 18-week standard would not be met until …"): it stays a quantity, so a reader can still
 * check that the standard is 18 weeks, but it makes no statistic (decision 490). "waited 18
 * weeks", "an 18-week wait" and "cut the wait to 18 weeks" are lengths the claim asserts.
 */
const NAMED_THINGS = new Set("standard target pledge guarantee limit rule".split(" "));
/** "a " or "an " right before the length. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an?[ \u00a0]$/iu;

/** Does the hyphened length `q` ("18-week") stand before a target's noun in `text`, one word between at most? */
export function lengthNamesATarget(q: Quantity, text: string): boolean {
  if (q.text.indexOf("-") < 0) return false;
  const at = text.indexOf(q.text);
  if (at < 0) return false;
  // "set a 10-year limit", "promised a 48-hour guarantee": a new target, whose length the claim
  // asserts; only a target already known ("the 18-week standard") is named by it (a review of 490).
  if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  const words = text.slice(at + q.text.length, at + q.text.length + 32).split(/[^\p{L}&]+/u, 3);
  // words[0] is the empty run between the length and the space after it.
  return NAMED_THINGS.has(words[1]?.toLowerCase() ?? "") || NAMED_THINGS.has(words[2]?.toLowerCase() ?? "");
}
