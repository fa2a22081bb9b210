/**
 * "“Prices are rising,” the data will tell you", "“Sales fell 12%,” the figures will tell you":
 * figures tell what they show, not words in quotation marks, so the tag names no speaker of the
 * quotation (decision 845). The article quotes its own point and leans on the figures, as in
 * "“Prices are rising,” the data shows", which has always been the article's. Counts only: a
 * report, a study or a letter is written in words and may be quoted ("“…,” the report will tell
 * ministers" stays the report's). The same counts' "will tell you" is no forecast (`countTellsYou`,
 * decision 890).
 */
export const FIGURES = new Set([
  "data",
  "figures",
  "statistics",
  "numbers",
  "results",
  "polls",
  "estimates",
  "tallies",
]);

/**
 * Is the tag a body's "tell" ("will tell you", "tells", "tells us": any tag holding " tell") whose
 * body (`speaker`, "the data") is a count? The count is read in lower case only: "the Office for National Statistics", "the Bureau of Labor Statistics" are
 * bodies that speak, named with a capital (the review of decision 845).
 */
export function figuresTell(speaker: string, tag: string): boolean {
  // Cheap first: only a tag with " tell" ("will tell", "tells") is read so; the other tags' verbs
  // keep their speakers.
  if (!tag.includes(" tell")) return false;
  return FIGURES.has(speaker.slice(speaker.lastIndexOf(" ") + 1));
}
