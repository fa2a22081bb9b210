import { ONE_WORD_COMPANIES } from "./lexicon.ts";
import { isCommonWord } from "./sentence-openers.ts";

/**
 * "Halvorsen Foods reported … . The company now expects …": a later "the company", "the county"
 * or "the council" is the body of that kind the article has named so far, when it has named
 * exactly one. A company is named by a word only companies end their names with ("Halvorsen
 * Foods", "Acme Corp", "Tesco plc"), a county as "Pecos County", a council as "Leeds City
 * Council". Two bodies of the kind, or one whose name cannot be read ("General Motors": "General"
 * is also a common word), and the reference stays as written: which one is meant is not in the
 * words. The body is read once, in order, as far as the sentence being read, and only once an
 * article holds such a reference.
 */

/** The last words of a company's name that name nothing else: "Foods", "Inc", "Ltd", "Group", "Corp". */
const COMPANY_ENDINGS =
  "Foods|Inc|Ltd|Limited|Corp|Corporation|Group|Holdings|plc|PLC|LLC|Motors|Airlines|Pharmaceuticals|Technologies|Industries";

/**
 * A kind's word at the end of a name, or a company news copy names by one word ("Tesla bought a
 * stake in Wagner Group. The company said …" names two companies, not one). The search starts
 * with literal words, so the engine skips ahead fast; that no letter stands before them is read
 * in code (a leading lookbehind would be tried at every position).
 */
const KIND_ENDINGS = new RegExp(
  `(?:(${COMPANY_ENDINGS})|(County)|(Council)|(${ONE_WORD_COMPANIES.join("|")}))(?![\\p{L}-])`,
  "gu",
);

type Kind = "company" | "county" | "council";

/** The references read: "the company", "the county", "the council", as cleaned claimant names. */
const REFERENCES = new Map<string, Kind>([
  ["company", "company"],
  ["county", "county"],
  ["council", "council"],
]);

/** Whether a claimant's cleaned name ("company") is a reference this reader resolves. */
export function bodyReferenceKind(name: string): Kind | undefined {
  return REFERENCES.get(name.toLowerCase());
}

const WORD_CHAR_BEFORE = /[\p{L}-]/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'&.-]*|&)$/u;
/** Capitalised words that open a sentence or date it, never the first word of a body's name. */
const NOT_IN_NAMES = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Shares Officials".split(
    " ",
  ),
);
const COMPANY_ENDING = new RegExp(`^(?:${COMPANY_ENDINGS})$`);
/** How many words before the kind's word a name may have: "Prince George's County", "Palm Beach County". */
const NAME_WORDS = 3;
/** A name no reference may resolve to: stands for a body whose name could not be read. */
const UNREADABLE = "\u0000";

/** The name ending at the kind's word at `at` ("Halvorsen Foods"), or UNREADABLE when no word before it belongs to one. */
function nameEndingAt(body: string, at: number, endWord: string): string {
  const words: string[] = [];
  let end = at;
  while (words.length < NAME_WORDS) {
    let e = end;
    while (e > 0 && (body[e - 1] === " " || body[e - 1] === "\u00a0")) e--;
    if (e === end) break;
    let s = e;
    while (s > 0 && !/\s/.test(body[s - 1]!)) s--;
    const word = body.slice(s, e);
    if (!NAME_WORD.test(word) || NOT_IN_NAMES.has(word) || isCommonWord(word.toLowerCase())) break;
    words.unshift(word);
    end = s;
  }
  // "Halvorsen Foods Group": the name ends at its first kind's word, so both mentions are one body.
  if (words.length > 0 && COMPANY_ENDING.test(words[words.length - 1]!)) return words.join(" ");
  return words.length === 0 ? UNREADABLE : `${words.join(" ")} ${endWord}`;
}

export class BodiesNamedSoFar {
  private readonly named = new Map<Kind, Set<string>>();
  /** The next kind's word not yet taken in (found past a position asked for earlier), or null at the end. */
  private next: RegExpExecArray | null | undefined;

  constructor(private readonly body: string) {}

  /** The one body of the kind named before `position`, or null when none or more than one was. */
  bodyAt(kind: Kind, position: number): string | null {
    this.readUpTo(position);
    const names = this.named.get(kind);
    if (names === undefined || names.size !== 1) return null;
    const [name] = names;
    return name === UNREADABLE ? null : name!;
  }

  /** Takes in every kind's word that ends before `position`; each is found once, so the body is searched once in all. */
  private readUpTo(position: number): void {
    if (this.next === undefined) {
      KIND_ENDINGS.lastIndex = 0;
      this.next = KIND_ENDINGS.exec(this.body);
    }
    while (this.next !== null && this.next.index + this.next[0].length <= position) {
      const m = this.next;
      KIND_ENDINGS.lastIndex = m.index + m[0].length;
      // "UniGroup": a word that only ends in a kind's word is none.
      if (m.index > 0 && WORD_CHAR_BEFORE.test(this.body[m.index - 1]!)) {
        this.next = KIND_ENDINGS.exec(this.body);
        continue;
      }
      const kind: Kind = m[2] !== undefined ? "county" : m[3] !== undefined ? "council" : "company";
      const name = m[4] !== undefined ? m[4] : nameEndingAt(this.body, m.index, m[0]);
      let names = this.named.get(kind);
      if (names === undefined) this.named.set(kind, (names = new Set()));
      names.add(name);
      this.next = KIND_ENDINGS.exec(this.body);
    }
  }
}
