/**
 * Bodies named by a place or a founder and their kind, written without "the": "Harvard
 * University", "Kent Police", "Leeds City Council", and before a possessive "Harvard University's
 * study" (review of decision 620, and decision 660 for the bare name).
 */
const PLACE_AND_KIND =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s(?:University|College|Police|Constabulary|Council|Hospital|School|Academy)$/u;
/** Words before the kind that make it a description, which keeps its "the": "the Open University", "the Royal Academy". */
const DESCRIBING_FIRST_WORDS = new Set(
  "Open Royal National State Federal Central General City County Metropolitan Met Free International European American British Scottish Welsh Irish English".split(
    " ",
  ),
);

/** Is `name` (two words or more) a place's or founder's name and its kind, written without "the"? */
export function namedByPlaceAndKind(name: string): boolean {
  const space = name.indexOf(" ");
  return space > 0 && !DESCRIBING_FIRST_WORDS.has(name.slice(0, space)) && PLACE_AND_KIND.test(name);
}
