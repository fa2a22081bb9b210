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
/**
 * First words that say what a body does, whom it serves or what tier it is, not where it is:
 * "the Security Council", "the Parish Council", "the Arts Council", "the Grammar School", "the
 * UN Security Council" (review of decision 660). They keep their "the" as the describing words do.
 */
const KIND_FIRST_WORDS = new Set(
  "UN EU Security Privy Parish Town District Borough Village Community Regional Local Arts Research Medical Sentencing Refugee Military Guardian Transport Primary Secondary Grammar High Junior Infant Sixth Business Law Financial Atlantic Pacific French Dutch German Greek Swiss Israeli Iraqi Saudi Pakistani Afghan Thai".split(
    " ",
  ),
);
/**
 * A field named by a noun, which has no adjective's ending for the shape below to read: "the
 * Football Academy", "the Music School", "the Drama College" (decision 725). "Rugby" is left out:
 * "Rugby School" is named by its town and written without "the".
 */
const FIELD_FIRST_WORDS = new Set(
  "Football Cricket Hockey Tennis Golf Athletics Sport Sports Music Drama Dance Film Art Science Design Fashion Farming Nursing Teaching Health Housing".split(
    " ",
  ),
);
/**
 * A nationality ("Norwegian", "Chinese", "Danish"), a party's control ("Labour-run", "Tory-led")
 * or an adjective of a body's field ("Dental", "Postal", "Technical", "Professional", "Cultural",
 * decision 700) as the first word. "-ial" is left out: "Imperial College" is written without "the".
 * "-tal" is read only as "-mental" and four fields: "Coastal Carolina University", "Occidental
 * College", "Capital City College" and "Crystal Palace Academy" are places' and founders' names,
 * written without "the" (review of decision 700).
 */
const DESCRIBING_FIRST_WORD_SHAPE =
  /(?:ian|ese|ish|ical|mental|onal|eral|ural|-run|-led|-controlled)$|^(?:Dental|Postal|Digital|Mental)$/;

/** Is `name` (two words or more) a place's or founder's name and its kind, written without "the"? */
export function namedByPlaceAndKind(name: string): boolean {
  const space = name.indexOf(" ");
  if (space <= 0) return false;
  const first = name.slice(0, space);
  return (
    !DESCRIBING_FIRST_WORDS.has(first) &&
    !KIND_FIRST_WORDS.has(first) &&
    !FIELD_FIRST_WORDS.has(first) &&
    PLACE_AND_KIND.test(name) &&
    !DESCRIBING_FIRST_WORD_SHAPE.test(first)
  );
}
