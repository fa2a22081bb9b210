import { isUpperLetter } from "./char-classes.ts";

/**
 * The endings of English and Welsh towns' and counties' names: "Cambridge", "Bournemouth",
 * "Hempstead", "Nottingham", "Oxfordshire" (decision 740). Regional papers are named for their
 * place ("Cambridge News", "Hemel Hempstead Courier"), and a title-case headline's words seldom
 * end so ("Good News", "Police Hunt Courier"), so the ending tells a place where no list of places
 * is kept. "-port" and "-by" are left out: "Airport", "Transport", "Lobby" and "Hobby" end so.
 */
const PLACE_ENDING =
  /(?:bridge|bury|borough|brough|caster|cester|chester|field|ford|ham|mouth|pool|shire|stead|ton|wich|worth)$/;
/** The shortest name looked at: "Oxford", "Durham"; "Luton" and "Ely" are not read so. */
const PLACE_MIN = 6;

/** Does the capitalised word end as a town's or a county's name does? */
export function endsLikeAPlaceName(word: string): boolean {
  return word.length >= PLACE_MIN && isUpperLetter(word[0]!) && PLACE_ENDING.test(word);
}
