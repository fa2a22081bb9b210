/**
 * Words written with a trailing period that usually do not end a sentence. Titles always
 * precede a name, so a period after them is never a boundary; the others end a sentence only
 * when the next word is a typical sentence opener.
 */
export const TITLES = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpt", "rev", "hon", "pres", "supt", "det", "insp", "adm", "maj", "cmdr", "brig", "fr", "sr", "sra", "srta", "mme", "mlle", "st", "ste", "atty", "amb", "sec", "gen", "cpl", "pvt", "msgr"]);

export const ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "vs", "v", "etc", "approx", "inc", "ltd", "corp", "co", "jr", "bros", "dept", "est", "ave", "blvd", "rd", "mt", "ft", "al", "cf", "e.g", "i.e", "a.m", "p.m", "ca", "min", "max", "av", "govt", "univ", "assn", "intl", "natl", "jan", "ph.d", "u.s", "u.k", "u.n", "e.u"]);

/** Words that commonly open a sentence: after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS = new Set(["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and", "or", "so", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "since", "its", "his", "her", "their", "our", "my", "however", "meanwhile", "also", "still", "yet", "then", "now", "hours", "later", "last", "next", "one", "some", "many", "most", "all", "according", "both", "during", "what", "why", "how", "who", "officials", "critics", "earlier", "here", "such", "each"]);
