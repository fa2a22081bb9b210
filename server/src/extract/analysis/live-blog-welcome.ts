import { endsInPluralS } from "./present-tense.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { ASCII_WORD, CAPITALISED, RELATIVE } from "./word-flags.ts";

/**
 * A live blog's welcome: "Good morning and welcome to our live coverage of Storm Imogen, which has
 * brought gusts of up to 90mph to parts of Ireland …". The welcome is a pleasantry; the relative
 * clause after the story's name is the blog's first fact, and is the claim, worded with the name
 * ("Storm Imogen has brought gusts of up to 90mph …"). Read as one sentence, the pleasantry's low
 * score hid the figure.
 */
const WELCOME =
  /^(?:(?:Good (?:morning|afternoon|evening)|Hello|Hi),? and )?welcome (?:back )?to (?:our|this|the) (?:rolling |continuing |ongoing )?(?:live )?(?:coverage|blog|updates)(?: of| on)\s/i;
/** The first letters a welcome opens with: G(ood), H(ello, i), W(elcome). */
const OPENERS = new Set([71, 72, 87, 103, 104, 119]);

export interface LiveBlogWelcome {
  /** The story's name ("Storm Imogen"). */
  name: string;
  /** Token index of "which" or "who". */
  relative: number;
}

/**
 * The welcome's name and relative pronoun, when the sentence is a welcome whose name a subject
 * relative clause follows: "which" or "who" then a verb ("which has brought", "who have sacked",
 * "which starts at noon"). An object relative has a subject of its own ("which the Met Office
 * named on Thursday", "which you can follow here", "which we'll be bringing you"), and the name
 * has no one place in it: the sentence is read as any other.
 */
export function liveBlogWelcome(body: string, tokens: readonly Token[]): LiveBlogWelcome | null {
  const first = tokens[0]!;
  if (!OPENERS.has(body.charCodeAt(first.start))) return null;
  const head = WELCOME.exec(body.slice(first.start, first.start + 90));
  if (head === null) return null;
  const nameStart = first.start + head[0].length;
  let from = 0;
  while (from < tokens.length && tokens[from]!.start < nameStart) from++;
  // The story's name, capitalised, up to four words, then ", which" or ", who".
  let r = from;
  while (r < tokens.length && r - from < 4 && tokens[r]!.flags & CAPITALISED) r++;
  if (r === from || r + 1 >= tokens.length) return null;
  const t = tokens[r]!;
  const word = lowerWordAt(body, t);
  if (!(t.flags & RELATIVE) || (word !== "which" && word !== "who") || !commaBefore(body, tokens, r)) return null;
  const next = tokens[r + 1]!;
  const verb =
    isFiniteVerb(tokens, r + 1) ||
    ((next.flags & (ASCII_WORD | CAPITALISED)) === ASCII_WORD && endsInPluralS(body, next));
  if (!verb) return null;
  return { name: body.slice(tokens[from]!.start, tokens[r - 1]!.end), relative: r };
}
