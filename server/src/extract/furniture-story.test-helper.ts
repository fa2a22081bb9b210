import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * What the furniture tests of decisions 635 and 675 read: a story's line under the furniture (a
 * masthead, a byline, a desk line) and the claim each gives when the furniture is dropped.
 */
export const { claims } = claimsOn("2026-11-30");
export const quotes = (body: string) => claims(body).map((c) => c.quote);

export const STORY = "Unemployment rose to 5.1% in March, the ONS said.";
export const STORY_QUOTE = "Unemployment rose to 5.1% in March";
export const LEAD = "The council will cut 38 bus routes next year.";
export const LEAD_QUOTE = "The council will cut 38 bus routes next year";
