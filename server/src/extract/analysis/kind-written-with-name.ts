import { NOT_IN_NAMES, sentenceBefore } from "./bodies-named-so-far.ts";
import { isCommonWord } from "./sentence-openers.ts";

/**
 * "Rail operator Northern will run 140 fewer trains … . The publicly-owned operator said …": a
 * kind word the sentence before wrote beside a name ("operator Northern", "Northern, the
 * publicly-owned operator") names that body, where `kind-named-just-before.ts` reads a kind word
 * the name ends in ("Lloyds Bank" for "the bank"). Only kinds that are bodies, never people
 * ("the operator" of a crane is a person, but not after "Rail operator Northern"), and only when
 * the sentence writes the kind beside one name and no other (decision 495).
 */
const KINDS = new Set(["operator", "carrier", "lender", "retailer", "broadcaster", "supermarket", "insurer"]);

/** A capitalised run of at most four words: "Northern", "Virgin Media O2". */
const NAME = String.raw`\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3}`;

/** Per kind: the kind before a name ("operator Northern"), or a name described by it ("Northern, the … operator"). */
const WRITTEN_WITH = new Map(
  [...KINDS].map((kind) => [
    kind,
    new RegExp(
      String.raw`(?<![\p{L}-])${kind}\s+(${NAME})|(${NAME}),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?${kind}(?![\p{L}-])`,
      "gu",
    ),
  ]),
);

/** The kind word a reference ends in ("publicly-owned operator", "operator"), with lowercase words before it. */
export function kindOfReference(name: string): string | null {
  const bare = name.replace(/^the\s+/i, "");
  const kind = bare.slice(bare.lastIndexOf(" ") + 1);
  if (!KINDS.has(kind) || /\p{Lu}/u.test(bare)) return null;
  return kind;
}

/** Is the run a name, not an opener ("On Monday"), a day or a common word that opens the sentence? */
function isName(run: string): boolean {
  const first = run.split(/\s/, 1)[0]!;
  return !NOT_IN_NAMES.has(run) && !NOT_IN_NAMES.has(first) && !isCommonWord(first.toLowerCase());
}

/** The one body the sentence ending before `position` writes beside the kind word, or null. */
export function bodyWrittenWithKind(body: string, position: number, kind: string): string | null {
  const pattern = WRITTEN_WITH.get(kind);
  if (pattern === undefined) return null;
  const sentence = sentenceBefore(body, position);
  if (!sentence.includes(kind)) return null;
  let found: string | null = null;
  for (const m of sentence.matchAll(pattern)) {
    const run = (m[1] ?? m[2]!).replace(/['’]s$/, "");
    if (!isName(run) || (found !== null && found !== run)) return null;
    found = run;
  }
  return found;
}
