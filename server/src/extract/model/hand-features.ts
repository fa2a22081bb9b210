/**
 * Named, human-readable sentence features. They carry the signals the hashed n-grams see only
 * indirectly (numbers, names, comparisons, hedges) and they are what a reviewer reads in the
 * "reasons" of a score, so each has a short explanation.
 */
export const HAND_FEATURES = [
  ["has_number", "contains a number"],
  ["many_numbers", "contains several numbers"],
  ["has_percent", "contains a percentage"],
  ["has_money", "mentions an amount of money"],
  ["has_year", "mentions a year"],
  ["proper_nouns", "names people, places or bodies (capitalised words)"],
  ["comparative", "compares or ranks (more, than, most, record)"],
  ["modal", "hedged or future modal verb (will, would, could, should)"],
  ["opinion_verb", "opinion or feeling verb (think, believe, feel, hope)"],
  ["first_person", "speaks in the first person"],
  ["second_person", "addresses the listener (you, your)"],
  ["question", "is a question"],
  ["exclamation", "is an exclamation"],
  ["pleasantry", "pleasantry or thanks"],
  ["causal", "asserts a cause or consequence"],
  ["attribution", "reports what someone said (said, according to)"],
  ["past_tense", "reports past events"],
  ["short", "very short sentence"],
  ["long", "long sentence"],
  ["quantity_word", "quantity words (million, percent, half, twice)"],
] as const;

export type HandFeatureName = (typeof HAND_FEATURES)[number][0];
export const HAND_FEATURE_COUNT = HAND_FEATURES.length;

const YEAR = /\b(1[89]|20)\d\d\b/;
const COMPARATIVE = new Set(["more", "less", "fewer", "than", "most", "least", "highest", "lowest", "record", "largest", "biggest", "smallest", "worst", "best", "increase", "increased", "decrease", "decreased", "doubled", "tripled", "rose", "fell", "higher", "lower", "greater", "only"]);
const MODAL = new Set(["will", "would", "should", "could", "may", "might", "must", "can", "shall", "gonna", "going"]);
const OPINION = new Set(["think", "believe", "feel", "hope", "guess", "suppose", "want", "wish", "love", "hate", "like", "seems", "seem", "opinion", "agree", "disagree", "should", "ought"]);
const FIRST = new Set(["i", "me", "my", "we", "our", "us", "i'm", "i've", "we're", "we've", "i'll", "we'll"]);
const SECOND = new Set(["you", "your", "you're", "you've", "yours"]);
const PLEASANTRY = new Set(["thank", "thanks", "congratulations", "welcome", "pleasure", "honored", "honoured", "appreciate", "grateful", "friend", "please", "glad", "delighted"]);
const CAUSAL = new Set(["because", "caused", "causes", "cause", "result", "resulted", "results", "due", "led", "leads", "consequence", "therefore", "thanks"]);
const ATTRIBUTION = new Set(["said", "says", "say", "according", "stated", "announced", "reported", "claimed", "told", "wrote", "confirmed"]);
const QUANTITY = new Set(["million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred", "hundreds", "percent", "per", "half", "twice", "double", "triple", "dozen", "dozens"]);

/** Fills `out` (length HAND_FEATURE_COUNT) from the raw sentence and its lowercased word tokens. */
export function computeHandFeatures(text: string, words: readonly string[], capitalisedNonInitial: number, out: Float64Array): void {
  out.fill(0);
  let numbers = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) numbers++;
  }
  const year = numbers > 0 && YEAR.test(text);
  let comparative = 0, modal = 0, opinion = 0, first = 0, second = 0, pleasantry = 0, causal = 0, attribution = 0, past = 0, quantity = 0;
  for (const w of words) {
    if (COMPARATIVE.has(w)) comparative++;
    if (MODAL.has(w)) modal++;
    if (OPINION.has(w)) opinion++;
    if (FIRST.has(w)) first++;
    if (SECOND.has(w)) second++;
    if (PLEASANTRY.has(w)) pleasantry++;
    if (CAUSAL.has(w)) causal++;
    if (ATTRIBUTION.has(w)) attribution++;
    if (QUANTITY.has(w)) quantity++;
    if (w.length > 4 && w.endsWith("ed")) past++;
  }
  out[0] = numbers > 0 ? 1 : 0;
  out[1] = numbers > 1 ? 1 : 0;
  out[2] = text.includes("%") || words.includes("percent") ? 1 : 0;
  out[3] = text.includes("$") || text.includes("€") || text.includes("£") || words.includes("dollars") ? 1 : 0;
  out[4] = year ? 1 : 0;
  out[5] = Math.min(capitalisedNonInitial, 4) / 4;
  out[6] = Math.min(comparative, 2) / 2;
  out[7] = Math.min(modal, 2) / 2;
  out[8] = Math.min(opinion, 2) / 2;
  out[9] = Math.min(first, 3) / 3;
  out[10] = Math.min(second, 3) / 3;
  out[11] = text.includes("?") ? 1 : 0;
  out[12] = text.includes("!") ? 1 : 0;
  out[13] = Math.min(pleasantry, 2) / 2;
  out[14] = causal > 0 ? 1 : 0;
  out[15] = attribution > 0 ? 1 : 0;
  out[16] = Math.min(past, 3) / 3;
  out[17] = words.length < 6 ? 1 : 0;
  out[18] = words.length > 25 ? 1 : 0;
  out[19] = quantity > 0 ? 1 : 0;
}
