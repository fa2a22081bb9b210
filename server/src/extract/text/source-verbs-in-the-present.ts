/**
 * The verbs a story's source speaks with in the present, after a comma that closes the sentence:
 * "We use cookies to track readers, TikTok boasts", "…, its owner brags", "…, Meta writes in its
 * pitch to advertisers" (decision 840). A word in "-s" after a brand's name is as often its plural
 * ("…, Google ads", "…, Facebook pixels"), so only these verbs are read as a source's, never any
 * word in "-s".
 *
 * The claim reader's own reporting verbs in "-s" (REPORTING_VERBS), less those that are also what a
 * site lists after its name ("…, Google Analytics reports", "…, Release notes", "…, Editor's
 * highlights", "…, Traffic estimates"), and boasting's verbs, which the claim reader does not take
 * as reporting (a boast is kept in the quote with its source, as decision 765 keeps "boasted").
 */

import { REPORTING_VERBS } from "../analysis/lexicon.ts";

/** Reporting verbs in "-s" that a site's page also uses as plural nouns. */
const ALSO_A_PAGES_PLURAL = new Set(["reports", "notes", "highlights", "estimates"]);

export const SOURCE_VERBS_IN_THE_PRESENT: ReadonlySet<string> = new Set([
  ...[...REPORTING_VERBS].filter((verb) => verb.endsWith("s") && !ALSO_A_PAGES_PLURAL.has(verb)),
  "boasts",
  "brags",
  "crows",
  "gloats",
  "touts",
]);
