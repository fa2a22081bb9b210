import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * What the pronoun decisions' tests read of a text (a paper of Sunday 10 May 2026), and the
 * sentences they build their passages from: a person named, a sentence between, then a pronoun's
 * sentence whose claim should name that person.
 */
const { claims } = claimsOn("2026-05-10");
/** The wording of each claim, in order. */
export const texts = (body: string) => claims(body).map((c) => c.text);
/** The claimant's name of each claim, in order. */
export const speakers = (body: string) => claims(body).map((c) => c.claimant.name);

export const JOBS = "She has cut 40 jobs since 2024.";
export const TOWNS = "He has visited 40 towns since 2024.";
export const RALLY = "Nigel Farage spoke at a rally in Clacton on Friday.";
export const SCHOOL = "Jane Hollis opened a school in Leeds.";
