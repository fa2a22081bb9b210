import { isUpperLetter } from "../text/char-classes.ts";

/**
 * The kinds decision 660 reads at the end of a place's name that are not on the body's word list:
 * "college", "academy" and "constabulary" are as often a person's field ("a college lecturer",
 * "college student Amy Lee", "Academy director Jane Smith"), so they are not body's words alone.
 */
const CAPITALISED_KINDS = new Set(["College", "Academy", "Constabulary"]);

/**
 * "The Royal Academy said", "Eton College said", "Dyfed-Powys Constabulary said" (decision 700):
 * a name of capitalised words whose last is one of those kinds, written with its capital, is a
 * body's, where before it was typed a person ("According to Royal Academy"). Every word must be
 * capitalised, so a person's lowercase trade before a name ("college student Amy Lee") is left to
 * the rules that read it.
 */
export function endsInCapitalisedKind(written: readonly string[]): boolean {
  const n = written.length;
  // Cheap first: two words or more, and a listed kind last.
  if (n < 2 || !CAPITALISED_KINDS.has(written[n - 1]!)) return false;
  for (let i = 0; i < n - 1; i++) if (!isUpperLetter(written[i]![0] ?? "")) return false;
  // "Mr College said", "On Monday Eton College said", "Live: Eton College said": a person's
  // honorific, a time or a label before the name is no part of a body's (review of decision 700).
  return !NOT_IN_A_BODY_NAME.has(written[0]!) && !written.some((w) => w.endsWith(":") || WEEKDAYS.has(w));
}

/** Honorifics and openers that start no body's name. "Sir" and "Lord" do ("Lord Wandsworth College"). */
const NOT_IN_A_BODY_NAME = new Set("Mr Mrs Ms Miss Mx Dr On In At By Last This Next".split(" "));
const WEEKDAYS = new Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "));
