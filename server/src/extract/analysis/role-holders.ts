import { isNationalityOrParty, NATIONALITIES_AND_PARTIES } from "./nationalities-and-parties.ts";

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
  professor: "professor",
  "prof.": "professor",
};

/** Whether a lowercase word names an office ("premier", "judge", "chairwoman"). */
export function isOffice(word: string): boolean {
  return Object.hasOwn(OFFICES, word);
}

/** "[Gg]overnor": a title is capitalised before a name and lowercase in "chief executive Priya Raman". */
const TITLE_PATTERN = Object.keys(OFFICES)
  .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1).replace(".", "\\.")}`)
  .join("|");
/** A given name, then one or two more names ("Tom Ridley", "Winsome Earle-Sears"). */
const FULL_NAME = `\\p{Lu}\\p{Ll}+(?:[ \\u00a0]+\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}[\\p{Ll}’']+)?){1,2}`;
/**
 * Each search starts with its literal words (a title, a nationality or party), so the regex engine
 * skips ahead fast; what must stand before the match (no letter or dot, a describing word) is
 * read in code.
 */
const INTRODUCED = new RegExp(
  `(?:(Prime|prime)[ \\u00a0]+)?(${TITLE_PATTERN})[ \\u00a0]+(${FULL_NAME})(?![\\p{L}-])`,
  "gu",
);
/** "Republican Winsome Earle-Sears", "Democrat Abigail Spanberger": a describing word right before a name. */
const DESCRIBED_NAME = new RegExp(
  `(${NATIONALITIES_AND_PARTIES.join("|")})[ \\u00a0]+(?!(?:${TITLE_PATTERN}|Prime)[ \\u00a0])(${FULL_NAME})(?![\\p{L}-])`,
  "gu",
);
/**
 * A judge in UK styling: "Mr Justice Fordham", "Mrs Justice Amanda Yip", "Lord Justice Singh",
 * "Lady Justice Simler". The courtesy word makes "Justice" a judge's title, so a later "the judge"
 * names them; a surname alone is how these judges are mostly written. "Justice Secretary Shabana
 * Mahmood" and "the Justice Department" have no courtesy word before "Justice".
 */
const UK_JUDGE = new RegExp(
  `(?:Mrs?|Ms|Lord|Lady)\\.?[ \\u00a0]+Justice[ \\u00a0]+(?!(?:Clerk|General)(?![\\p{L}-]))(${FULL_NAME}|\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}[\\p{Ll}’']+)?)(?![\\p{L}-])`,
  "gu",
);
const LETTER_OR_DOT = /[\p{L}.]/u;
const DESCRIBING_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Does a word start at `at` (no letter or dot right before it)? */
function wordStartsAt(text: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DOT.test(text[at - 1]!);
}

/** The capitalised word right before `at` (across spaces), as in "Italian" before "Prime Minister". */
function describingWordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00a0")) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  return DESCRIBING_WORD.test(word) && wordStartsAt(text, start) ? word : undefined;
}

/** "the governor", "the district judge", "the chief executive": a role with at most two words before it. */
const REFERENCE = /^(?:the\s+)?(?:[a-z.]+\s+){0,2}([a-z.]+)$/;
/** "the Italian", "the Italian premier", "the Republican senator": a describing word, maybe an office. */
const DESCRIBED = /^(?:the\s+)?(\p{Lu}\p{Ll}+)(?:\s+(?:[a-z.]+\s+)?([a-z.]+))?$/u;

/** "Prime Minister" and "premier" are one office; any other minister is "minister". */
function officeOf(prime: string | undefined, title: string): string {
  const office = OFFICES[title.toLowerCase()]!;
  return prime !== undefined && office === "minister" ? "premier" : office;
}

export class RoleHolders {
  private readonly holders = new Map<string, string>();
  /** "Italian" and "Italian premier" → the latest person introduced as an Italian (premier). */
  private readonly described = new Map<string, string>();
  /** Offices the article has introduced two people or more with. */
  private readonly shared = new Set<string>();
  private readTo = 0;

  constructor(private readonly body: string) {}

  /**
   * The person the role in `phrase` ("governor", "the judge") names at `position`, or null. With
   * `sole`, only a person who is the one the article has introduced with that office ("the
   * senator's campaign" after "Senator Maria Smith and Senator Tom Jones" is either's).
   */
  holderAt(phrase: string, position: number, sole = false): string | null {
    const m = REFERENCE.exec(phrase);
    if (m === null) return sole ? null : this.describedAt(phrase, position);
    const office = /prime\s+minister$/.test(phrase) ? "premier" : OFFICES[m[1]!];
    if (office === undefined) return null;
    this.readUpTo(position);
    if (sole && this.shared.has(office)) return null;
    return this.holders.get(office) ?? null;
  }

  private describedAt(phrase: string, position: number): string | null {
    const m = DESCRIBED.exec(phrase);
    if (m === null) return null;
    const office = m[2] === undefined ? undefined : OFFICES[m[2]];
    if (m[2] !== undefined ? office === undefined : !isNationalityOrParty(m[1]!)) return null;
    this.readUpTo(position);
    return this.described.get(office === undefined ? m[1]! : `${m[1]!} ${office}`) ?? null;
  }

  private readUpTo(position: number): void {
    if (position <= this.readTo) return;
    const text = this.body.slice(this.readTo, position);
    // Both kinds of introduction, in the order the article makes them: the latest one wins.
    const introductions: { at: number; describer: string | undefined; office: string | null; person: string }[] = [];
    INTRODUCED.lastIndex = 0;
    for (let m = INTRODUCED.exec(text); m !== null; m = INTRODUCED.exec(text)) {
      if (!wordStartsAt(text, m.index)) continue;
      const [, prime, title, name] = m;
      const describer = describingWordBefore(text, m.index);
      introductions.push({ at: m.index, describer, office: officeOf(prime, title!), person: name! });
    }
    // One native search before the judges' regex: most articles name no "Justice".
    if (text.includes("Justice")) {
      UK_JUDGE.lastIndex = 0;
      for (let m = UK_JUDGE.exec(text); m !== null; m = UK_JUDGE.exec(text))
        if (wordStartsAt(text, m.index))
          introductions.push({ at: m.index, describer: undefined, office: "judge", person: m[1]! });
    }
    DESCRIBED_NAME.lastIndex = 0;
    for (let m = DESCRIBED_NAME.exec(text); m !== null; m = DESCRIBED_NAME.exec(text)) {
      if (isNationalityOrParty(m[1]!))
        introductions.push({ at: m.index, describer: m[1]!, office: null, person: m[2]! });
    }
    introductions.sort((a, b) => a.at - b.at);
    for (const { describer, office, person: written } of introductions) {
      const person = written.replace(/\u00a0/g, " ");
      if (office !== null) {
        const before = this.holders.get(office);
        if (before !== undefined && before !== person) this.shared.add(office);
        this.holders.set(office, person);
        // A prime minister is still "the minister" in later copy.
        if (office === "premier") this.holders.set("minister", person);
      }
      if (describer !== undefined) {
        this.described.set(describer, person);
        if (office !== null) this.described.set(`${describer} ${office}`, person);
        // "Democratic Gov. Josh Shapiro" is "the Democrat" later.
        if (describer === "Democratic") this.described.set("Democrat", person);
      }
    }
    this.readTo = position;
  }
}
