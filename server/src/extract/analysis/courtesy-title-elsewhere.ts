import { isAsciiLower, isAsciiUpper, isLetterUnit, isSpace } from "../text/char-classes.ts";
import { WEEKDAY_SET } from "./dates.ts";
import { AUDIENCES, RECIPIENT_WORDS } from "./lexicon.ts";

/**
 * "Holcroft, the regulator, cut 40 jobs. … Mr Holcroft took the post in May.": a one-word name the
 * article writes elsewhere after a courtesy title is a person's surname, though the article gives
 * no given name. One word alone tells no person from a body ("Sky, the broadcaster,"); a courtesy
 * title does, as bodies take none (decision 860).
 */

/** The courtesy titles news copy writes before a surname, with and without the full stop. */
const COURTESY_TITLES = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."]);
/** The longest of them ("Miss", "Mrs."). */
const LONGEST_TITLE = 4;

/**
 * The courtesy title the body writes right before `surname` somewhere, without its full stop
 * ("Mr", "Ms"), or null. Only the whole word: "Mr Holcroftson" titles another name, "Dr Avanti Rao"
 * a given name, and "Amr Holcroft" holds no "Mr".
 */
export function courtesyTitleOf(body: string, surname: string): string | null {
  for (let at = body.indexOf(surname); at !== -1; at = body.indexOf(surname, at + surname.length)) {
    // Cheap first: one space before the word, and no letter after it; nor a capitalised word after
    // the space that follows it, as "Dr Avanti Rao" titles a given name.
    const after = body.charCodeAt(at + surname.length);
    if (at < 3 || body.charCodeAt(at - 1) !== 32 || isLetterUnit(after)) continue;
    if (after === 32 && isAsciiUpper(body.charCodeAt(at + surname.length + 1))) continue;
    if (namesakeOfAnotherBody(body, at + surname.length)) continue;
    const end = at - 1;
    let start = end;
    while (start > 0 && end - start < LONGEST_TITLE && !isSpace(body.charCodeAt(start - 1))) start--;
    if (start > 0 && !isSpace(body.charCodeAt(start - 1))) continue;
    const title = body.slice(start, end);
    if (COURTESY_TITLES.has(title)) return title.endsWith(".") ? title.slice(0, -1) : title;
  }
  return null;
}

/**
 * "Mr Avanti of the RMT", "Mr Avanti, who founded the firm": a titled namesake the article places
 * in a body of its own, or as the founder a firm is named after, is no person in the post of the
 * one-word name ("Avanti, the operator,"), whose claims stay the body's (decision 910). Only "of
 * the" and a capitalised word: "Mr Holcroft of Ofwat", a body's one word, may be the regulator's
 * chief in the post, as decision 860 reads him.
 */
function namesakeOfAnotherBody(body: string, end: number): boolean {
  const next = body.charCodeAt(end);
  if (next === 32) {
    if (!body.startsWith(" of the ", end) || !isAsciiUpper(body.charCodeAt(end + 8))) return false;
    // "Mr Holcroft of the Environment Agency took the post in May": the body's capitalised words,
    // then the namesake's own verb (decision 950).
    let at = end + 8;
    while (isAsciiUpper(body.charCodeAt(at))) {
      const space = body.indexOf(" ", at);
      if (space === -1) return true;
      at = space + 1;
    }
    return !tookThePost(body, at - 1);
  }
  if (next !== 44) return false;
  const clause = body.startsWith(", who founded ", end) ? 14 : body.startsWith(", who co-founded ", end) ? 17 : 0;
  if (clause === 0) return false;
  // "Mr Holcroft, who founded the agency, took the post in May": the verb after the clause's comma,
  // in the same sentence (decision 950).
  const comma = body.indexOf(",", end + clause);
  const stop = body.indexOf(".", end + clause);
  return comma === -1 || (stop !== -1 && stop < comma) || !tookThePost(body, comma + 1);
}

/**
 * " took the post", " took up the post" at `at`, and no " of" after it: the namesake is the one in
 * the post the article wrote beside the one-word name ("Holcroft, the regulator,"), whatever body
 * the article also places him in; "took the post of general secretary" is another body's post
 * (decision 950).
 */
function tookThePost(body: string, at: number): boolean {
  const length = body.startsWith(" took the post", at) ? 14 : body.startsWith(" took up the post", at) ? 17 : 0;
  if (length === 0) return false;
  const end = at + length;
  const after = body.charCodeAt(end);
  // "took the post-war records", "took the post office to court": "post" is half of another noun
  // (review of decision 950).
  if (isLetterUnit(after) || after === 45 /* - */ || body.startsWith(" of ", end)) return false;
  if (after !== 32) return true;
  let stop = end + 1;
  while (isAsciiLower(body.charCodeAt(stop))) stop++;
  return !POST_COMPOUNDS.has(body.slice(end + 1, stop));
}
/** Nouns "post" opens as their first half ("the post office", "the post box"), no post a person takes. */
const POST_COMPOUNDS = new Set(["office", "offices", "box", "boxes", "room", "bag", "code", "mortem"]);

/**
 * "Smith, the regulator, said she would cut 40 jobs. The regulator said …": where the article opens
 * with the one-word name, a lowercase post between commas and "said she" or "said he", the pronoun
 * can name no one the article wrote before, so it names the one in the post, a person, though never
 * titled (decision 950). Only the opening sentence: after another sentence "she" may be someone
 * already named ("Jane Doe presents the show. Sky, the broadcaster, said she …"); and only the
 * pronoun right after "said" or "says", or after "told" a listener who cannot be that pronoun
 * (decision 990): "said it", "cut 40 jobs" or a "she" in a later claim leave the name a body, as
 * before.
 */
export function opensAsAPersonInThePost(body: string, name: string): boolean {
  let at = 0;
  while (at < body.length && isSpace(body.charCodeAt(at))) at++;
  // Cheap first: the name and ", the " where the body opens.
  if (!body.startsWith(name, at) || !body.startsWith(", the ", at + name.length)) return false;
  const from = at + name.length + 6;
  const comma = body.indexOf(",", from);
  if (comma === -1 || comma - from > MAX_POST) return false;
  for (let i = from; i < comma; i++) {
    const c = body.charCodeAt(i);
    if (!isAsciiLower(c) && c !== 32 && c !== 45 /* - */) return false;
  }
  return (
    SAID_OF_A_PERSON.some((said) => body.startsWith(said, comma + 1)) || toldAListenerThenAPronoun(body, comma + 1)
  );
}
/** The longest post read between the commas ("the publicly-owned water regulator"). */
const MAX_POST = 48;
/** A verb of saying and the pronoun of a person right after the post's closing comma. */
const SAID_OF_A_PERSON = [" said she ", " said he ", " says she ", " says he "];

/**
 * " told MPs she …", " told MPs on Monday that he …", " tells the committee she …" at `at`: "told" or
 * "tells", a listener no "she" or "he" can name, and the pronoun (decision 990). The listener is an
 * audience or a plural the listener reader knows ("MPs", "reporters", "the committee") or an
 * initialism ("the BBC"), with "the", "a" or "an" before it: "told Ms Jones she …", "told her she …",
 * "told the mother she …" or "told the minister she …" may name the listener, and are turned away, as
 * is any other word ("told MPs who asked whether she …", "told MPs it …").
 */
function toldAListenerThenAPronoun(body: string, at: number): boolean {
  // Cheap first: the verb's own letters.
  const verb = body.startsWith(" told ", at) ? 6 : body.startsWith(" tells ", at) ? 7 : 0;
  if (verb === 0) return false;
  let listener = false;
  let from = at + verb;
  for (let words = 0; words < MAX_LISTENER_WORDS; words++) {
    const end = body.indexOf(" ", from);
    if (end === -1 || end - from > MAX_WORD) return false;
    const word = body.slice(from, end);
    from = end + 1;
    if (word === "she" || word === "he") return listener;
    if (word === "that") return listener && (body.startsWith("she ", from) || body.startsWith("he ", from));
    const lower = word.toLowerCase();
    if (lower === "on" && listener) {
      // "told MPs on Monday that she …": the day it was told.
      const day = body.indexOf(" ", from);
      if (day === -1 || !WEEKDAY_SET.has(body.slice(from, day).toLowerCase())) return false;
      from = day + 1;
    } else if (ARTICLES.has(word) && !listener) continue;
    else if (AUDIENCES.has(lower) || (RECIPIENT_WORDS.has(lower) && !OBJECT_PRONOUNS.has(lower)) || initialism(word))
      listener = true;
    else return false;
  }
  return false;
}
/** "the committee on Monday that": the most words read between the verb and the pronoun. */
const MAX_LISTENER_WORDS = 6;
/** The longest word read there ("legislators", "congregation"). */
const MAX_WORD = 14;
/** The articles a listener may open with ("the committee", "an audience"). */
const ARTICLES = new Set(["the", "a", "an"]);
/** The listener reader's pronouns: "told her she …", "told him he …" may name the listener. */
const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them"]);

/**
 * "BBC", "ITV": two to five capitals, a body's letters, never a person. Not a person's role written
 * so ("told the CEO he would be fined", "told an MP she would resign"): one person, who may be the
 * pronoun (review of decision 990).
 */
function initialism(word: string): boolean {
  if (word.length < 2 || word.length > 5) return false;
  for (let i = 0; i < word.length; i++) if (!isAsciiUpper(word.charCodeAt(i))) return false;
  return !ROLE_INITIALISMS.has(word);
}
/** One person's role in capitals: a member, an officer, a doctor, a chief. */
const ROLE_INITIALISMS = new Set(
  "MP MEP MSP MLA MS TD PM QC KC PC DC DS DI DCI GP DJ MC CEO CFO COO CTO VP".split(" "),
);
