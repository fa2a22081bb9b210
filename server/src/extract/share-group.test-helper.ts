import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * What the share-group decisions' tests read of a text (a paper of Sunday 10 May 2026): the group of
 * the share whose text ends with `fragment`, in the claim that quotes it.
 */
export const groupOf = (body: string, fragment: string) =>
  claimsOn("2026-05-10")
    .quoting(body, fragment)
    .quantities.find((q) => q.text.endsWith(fragment))?.group;
