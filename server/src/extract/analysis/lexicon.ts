/** Word lists behind the rule-based analysis. Kept in one place so they are easy to extend. */

export const REPORTING_VERBS = new Set(["said", "says", "say", "announced", "announces", "confirmed", "confirms", "stated", "states", "claimed", "claims", "reported", "reports", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes", "insisted", "insists", "argued", "argues", "warned", "warns", "highlighted", "highlights", "explained", "explains", "revealed", "reveals", "declared", "declares", "asserted", "maintained", "acknowledged", "admitted", "denied", "denies", "emphasized", "emphasised", "stressed", "tweeted", "posted", "estimated", "estimates", "predicted", "alleged", "alleges", "suggested", "indicated", "disclosed", "underlined", "recalled", "pointed"]);

export const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "does", "do", "did", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "won't", "didn't", "doesn't", "can't"]);

export const IRREGULAR_PAST = new Set(["met", "said", "took", "made", "went", "saw", "came", "got", "gave", "found", "told", "thought", "became", "left", "felt", "brought", "began", "kept", "held", "wrote", "stood", "heard", "meant", "paid", "ran", "led", "grew", "lost", "fell", "sent", "built", "spent", "won", "rose", "struck", "sought", "bought", "caught", "taught", "fought", "drove", "spoke", "broke", "chose", "flew", "threw", "knew", "drew", "hid", "shot", "sold", "understood", "comes", "goes", "says", "shows", "remains", "seeks", "plans", "faces", "wants", "needs", "owns", "killed", "hit", "cut", "put", "set", "quit", "upheld", "withdrew", "overtook", "forbade", "swore", "slid", "sank", "shrank", "spread"]);

/** Determiners, pronouns and prepositions that can start an object or complement. */
export const OBJECT_STARTERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "to", "with", "on", "in", "at", "for", "from", "into", "about", "over", "up", "down", "out", "off", "by", "as", "him", "them", "us", "it", "all", "some", "more", "both", "each", "every", "no", "any", "several", "many", "back", "against", "after", "before"]);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

export const COORDINATORS = new Set(["and", "but", "while", "whereas", "yet"]);

/** -ing words that are not participles opening a clause. */
export const NOT_PARTICIPLES = new Set(["during", "according", "including", "regarding", "following", "concerning", "thing", "something", "nothing", "everything", "anything", "king", "spring", "morning", "evening", "string", "bring", "sing", "ring", "wing", "being", "building", "meeting", "funding", "ceiling", "beijing", "nothing", "pending", "excluding", "notwithstanding", "barring", "considering"]);

export const ORGANISATION_WORDS = new Set(["presidency", "government", "ministry", "department", "administration", "agency", "police", "office", "party", "company", "council", "commission", "committee", "delegation", "court", "army", "palace", "newspaper", "outlet", "bank", "union", "university", "institute", "authority", "authorities", "embassy", "congress", "senate", "parliament", "house", "spokesperson", "spokesman", "spokeswoman", "campaign", "white", "fbi", "cia", "dhs", "un", "who", "nato", "eu", "group", "organization", "organisation", "corporation", "inc", "ltd", "board", "service", "forces", "military", "ministry", "cabinet", "team"]);

export const OUTLET_WORDS = new Set(["newspaper", "daily", "outlet", "radio", "broadcaster", "channel", "network", "magazine", "agency", "paper", "station", "website", "tabloid", "weekly"]);

export const UNNAMED_SOURCE_PATTERN = /\b(unnamed|anonymous|unidentified|undisclosed)\b[^,;.]*\b(sources?|officials?|people|persons?|insiders?|diplomats?|aides?)\b|\b(sources|insiders|people familiar|officials who (?:spoke|asked|requested))\b/i;

/** Words that pass judgement rather than describe; triggers loaded_language. */
export const LOADED_TERMS = ["far-left", "far-right", "radical left", "radical right", "extremist", "incoherent", "rant", "ranting", "regime", "thug", "thugs", "disastrous", "catastrophic", "shameful", "outrageous", "ridiculous", "absurd", "insane", "crazy", "lunatic", "disgraceful", "corrupt", "puppet", "tyrant", "dictator", "propaganda", "hysteria", "hysterical", "meltdown", "slammed", "blasted", "destroyed", "sham", "hoax", "witch hunt", "illegals", "invasion", "mob", "woke", "so-called", "notorious", "infamous", "radical", "scheme", "bizarre", "unhinged", "fake news", "mega-prison"];

/** Words one of which every OPINION_PATTERN match contains (its pre-check, see word-gates.ts). */
export const OPINION_WORDS = ["think", "believe", "feel", "guess", "suppose", "reckon", "hope", "wish", "love", "hate", "consider", "view", "opinion", "seems", "sure", "convinced", "personally", "should", "ought", "must", "beautiful", "spectacular", "wonderful", "terrible", "honest", "frank", "friendly", "worrisome"];
export const OPINION_PATTERN = /\b(I|we)\s+(really\s+)?(think|believe|feel|guess|suppose|reckon|hope|wish|love|hate|consider)\b|\bin (my|our) (view|opinion)\b|\b(it seems|seems to me|I'm (sure|convinced)|personally)\b|\b(should|ought to|must)\s+(be|have|not)\b|\b(beautiful|spectacular|wonderful|terrible|honest|frank|friendly|worrisome)\b/i;
