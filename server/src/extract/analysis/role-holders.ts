/**
 * Office holders an article introduces by title ("Governor Tom Ridley", "U.S. District Judge
 * Maria Castellanos", "chief executive Priya Raman"), so that a later "the governor said" names
 * the person. The body is read once, in order, as far as the sentence being read: a role means
 * the latest person introduced with it before that point.
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

/** "[Gg]overnor": a title is capitalised before a name and lowercase in "chief executive Priya Raman". */
const TITLE_PATTERN = Object.keys(OFFICES)
  .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1).replace(".", "\\.")}`)
  .join("|");
const INTRODUCED = new RegExp(
  `(?<![\\p{L}.])(${TITLE_PATTERN})[ \\u00a0]+(\\p{Lu}\\p{Ll}+(?:[ \\u00a0]+\\p{Lu}[\\p{Ll}’'-]+){1,2})(?![\\p{L}])`,
  "gu",
);
/** "the governor", "the district judge", "the chief executive": a role with at most two words before it. */
const REFERENCE = /^(?:the\s+)?(?:[a-z.]+\s+){0,2}([a-z.]+)$/;

export class RoleHolders {
  private readonly holders = new Map<string, string>();
  private readTo = 0;

  constructor(private readonly body: string) {}

  /** The person the role in `phrase` ("governor", "the judge") names at `position`, or null. */
  holderAt(phrase: string, position: number): string | null {
    const m = REFERENCE.exec(phrase);
    const office = m ? OFFICES[m[1]!] : undefined;
    if (office === undefined) return null;
    this.readUpTo(position);
    return this.holders.get(office) ?? null;
  }

  private readUpTo(position: number): void {
    if (position <= this.readTo) return;
    const text = this.body.slice(this.readTo, position);
    INTRODUCED.lastIndex = 0;
    for (let m = INTRODUCED.exec(text); m !== null; m = INTRODUCED.exec(text)) {
      this.holders.set(OFFICES[m[1]!.toLowerCase()]!, m[2]!.replace(/\u00a0/g, " "));
    }
    this.readTo = position;
  }
}
