/**
 * A word of a two- or three-word headline, not of a name (decision 550; moved here from
 * name-over-byline-job.ts by the review of decision 1070, which reads it for the byline with the
 * job first too): a past participle ("Strikes Cancelled", "Flights Scrapped", "Roads Blocked") or a
 * headline's verb in the present ("Storm Babet Strikes", "Plant Closes"). Names end in "-ed" too ("Ahmed", "Mohammed", "Khaled", "Saeed"),
 * so only the endings a name does not have: a doubled consonant other than "m", or a cluster.
 * "-sted" only after a vowel ("Arrested", "Ousted"): "Olmsted", "Halsted" are surnames. The
 * endings of a headline's participle no name has (decision 635): "-ned" after "e", "i", "o", "r",
 * "g" or "w" ("Pharma Giant Fined", "Opened", "Warned", "Signed", "Drowned"; "Mohaned" keeps its
 * "-aned"), "-ated", "-ited", "-uted", "-iled", "-nded", "-sed" after a vowel, "-xed", "-ued"
 * ("Evacuated", "Jailed", "Suspended", "Closed", "Axed", "Sued"); not "-aved" ("Javed") nor "-med"
 * ("Hamed"): those are read by endsOnCommonParticiple (decision 675: "Minister Blamed", "Nurse Saved").
 */
export const HEADLINE_WORD =
  /\p{Ll}(?:ll|pp|nn|tt|gg|dd|rr|bb|ck|sh|ch|ct|nt|rt|rk|ay|ey|iz|ov|ir)ed\b|[aeiouy]sted\b|\p{L}(?:[eiorgw]n|[aiu]t|il|nd|[aeiou]s|u)ed\b|[AaEeIi]xed\b|\s(?:Strikes|Closes|Wins|Dies|Resigns|Quits|Falls|Rises|Hits|Soars|Slumps|Collapses|Returns|Ends|Opens)\s*$/u;
