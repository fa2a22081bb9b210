/**
 * Office holders an article introduces by title ("Governor Tom Ridley", "U.S. District Judge
 * Maria Castellanos", "chief executive Priya Raman"), so that a later "the governor said" names
 * the person. A capitalised word before the title ("Italian Prime Minister Giorgia Meloni",
 * "Republican Senator Ann Cole") describes the person too: "the Italian", "the Italian premier",
 * "the Republican" name them later. The body is read once, in order, as far as the sentence being
 * read: a role means the latest person introduced with it before that point.
 */

/** Title words as written → the office they name ("Gov." and "governor" are one office). */
const OFFICES: Record<string, string> = {
  governor: "governor",
  "gov.": "governor",
  judge: "judge",
  justice: "justice",
  president: "president",
  minister: "minister",
  senator: "senator",
  "sen.": "senator",
  mayor: "mayor",
  secretary: "secretary",
  chancellor: "chancellor",
  premier: "premier",
  commissioner: "commissioner",
  sheriff: "sheriff",
  prosecutor: "prosecutor",
  executive: "chief executive",
  ceo: "chief executive",
  chairman: "chair",
  chairwoman: "chair",
  chair: "chair",
  director: "director",
  coach: "coach",
  ambassador: "ambassador",
};

/** Whether a lowercase word names an office ("premier", "judge", "chairwoman"). */
export function isOffice(word: string): boolean {
  return Object.hasOwn(OFFICES, word);
}

/** "[Gg]overnor": a title is capitalised before a name and lowercase in "chief executive Priya Raman". */
const TITLE_PATTERN = Object.keys(OFFICES)
  .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1).replace(".", "\\.")}`)
  .join("|");
const INTRODUCED = new RegExp(
  `(?:(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+)?(?<![\\p{L}.])(?:(Prime|prime)[ \\u00a0]+)?(${TITLE_PATTERN})[ \\u00a0]+(\\p{Lu}\\p{Ll}+(?:[ \\u00a0]+\\p{Lu}[\\p{Ll}’'-]+){1,2})(?![\\p{L}])`,
  "gu",
);
/** "the governor", "the district judge", "the chief executive": a role with at most two words before it. */
const REFERENCE = /^(?:the\s+)?(?:[a-z.]+\s+){0,2}([a-z.]+)$/;
/** "the Italian", "the Italian premier", "the Republican senator": a describing word, maybe an office. */
const DESCRIBED = /^(?:the\s+)?(\p{Lu}\p{Ll}+)(?:\s+(?:[a-z.]+\s+)?([a-z.]+))?$/u;

/**
 * "Italian", "Chinese", "British", "Israeli", "French", "Republican", "Democratic": alone, a
 * describing word names a person only if it reads as a nationality or a party. Not "Trump" in
 * "Trump Attorney General Pam Bondi": a later "Trump said" is Trump.
 */
const NATIONALITY_OR_PARTY = /(?:ian|ean|can|ese|ish|[^aeiou]i|ch|ss|ic|ek)$/;

/** "Prime Minister" and "premier" are one office; any other minister is "minister". */
function officeOf(prime: string | undefined, title: string): string {
  const office = OFFICES[title.toLowerCase()]!;
  return prime !== undefined && office === "minister" ? "premier" : office;
}

export class RoleHolders {
  private readonly holders = new Map<string, string>();
  /** "Italian" and "Italian premier" → the latest person introduced as an Italian (premier). */
  private readonly described = new Map<string, string>();
  private readTo = 0;

  constructor(private readonly body: string) {}

  /** The person the role in `phrase` ("governor", "the judge") names at `position`, or null. */
  holderAt(phrase: string, position: number): string | null {
    const m = REFERENCE.exec(phrase);
    if (m === null) return this.describedAt(phrase, position);
    const office = /prime\s+minister$/.test(phrase) ? "premier" : OFFICES[m[1]!];
    if (office === undefined) return null;
    this.readUpTo(position);
    return this.holders.get(office) ?? null;
  }

  private describedAt(phrase: string, position: number): string | null {
    const m = DESCRIBED.exec(phrase);
    if (m === null) return null;
    const office = m[2] === undefined ? undefined : OFFICES[m[2]];
    if (m[2] !== undefined ? office === undefined : !NATIONALITY_OR_PARTY.test(m[1]!)) return null;
    this.readUpTo(position);
    return this.described.get(office === undefined ? m[1]! : `${m[1]!} ${office}`) ?? null;
  }

  private readUpTo(position: number): void {
    if (position <= this.readTo) return;
    const text = this.body.slice(this.readTo, position);
    INTRODUCED.lastIndex = 0;
    for (let m = INTRODUCED.exec(text); m !== null; m = INTRODUCED.exec(text)) {
      const [, describer, prime, title, name] = m;
      const office = officeOf(prime, title!);
      const person = name!.replace(/\u00a0/g, " ");
      this.holders.set(office, person);
      // A prime minister is still "the minister" in later copy.
      if (office === "premier") this.holders.set("minister", person);
      if (describer !== undefined) {
        this.described.set(describer, person);
        this.described.set(`${describer} ${office}`, person);
      }
    }
    this.readTo = position;
  }
}
