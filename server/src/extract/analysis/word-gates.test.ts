import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract-claims.ts";
import { parseArticleInput } from "../input/parse-article-input.ts";
import { joinedWords } from "./joined-words.test-support.ts";
import { hasLowercaseReportingVerb } from "./claim-kind.ts";
import { gateBitsWithin, letterAt, tokenize } from "./tokens.ts";
import { GATED, gateBits } from "./word-gates.ts";
import { LOADED_TERMS, OPINION_WORDS, REPORTING_VERBS } from "./lexicon.ts";

// Importing the extractor registers every gated regex.
void extractClaims;

function opens(text: string, g: (typeof GATED)[number]): boolean {
  const bits = gateBits(text);
  return (bits & g.all) === g.all && (g.any === 0 || (bits & g.any) !== 0);
}

function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const m = re.test(text);
  re.lastIndex = 0;
  return m;
}

const raw = readFileSync(new URL("../../../../samples/colombia-dhs-2025-03-28.txt", import.meta.url), "utf8");
const { body } = parseArticleInput(raw, "text");
const words = [
  ...body.split(/\s+/),
  ...OPINION_WORDS,
  ...LOADED_TERMS,
  ...REPORTING_VERBS,
  "I",
  "we",
  "I'm",
  "it",
  "in",
  "my",
  "our",
  "is",
  "are",
  "was",
  "to",
  "of",
  "a",
  "an",
  "than",
  "more",
  "less",
  "all-time",
  "first",
  "time",
  "never",
  "before",
  "ever",
  "won’t",
  "won't",
  "plans",
  "intends",
  "resulted",
  "results",
  "caused",
  "causes",
  "causing",
  "contributes",
  "blamed",
  "fuels",
  "fuelled",
  "fueled",
  "Marching",
  "3 Marching",
  "Mayor",
  "as",
  "a result",
  "because",
  "thanks",
  "travelled",
  "traveled",
  "took",
  "place",
  "conducting",
  "Jan.",
  "Sept.",
  "May",
  "March",
  "3rd",
  "2024",
  "2024-03-05",
  "1,700",
  "twenty-one",
  "a dozen",
  "$5",
  "ſix",
  "K",
  "tenmillion",
  "Thursday",
  "this",
  "morning",
  "last",
  "next",
  "year",
  "month",
  "mid-2019",
  "halfway",
  "oneself",
  "Sunday",
  "tonight",
  "yesterday",
  "über",
  "naïve",
  "日本",
  "🙂",
  "-",
  ",",
  ".",
  "“",
  "”",
];

/** The former hasLowercaseReportingVerb: each letter run sliced and looked up when it is all a-z. */
function lowercaseReportingVerbBySlices(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (letterAt(text, i, text.length) === 0) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    for (let m = letterAt(text, i, text.length); m > 0; m = letterAt(text, i, text.length)) {
      const c = text.charCodeAt(i);
      if (c < 97 || c > 122) plain = false;
      i += m;
    }
    if (plain && REPORTING_VERBS.has(text.slice(start, i))) return true;
  }
  return false;
}

describe("word gates", () => {
  it("never hide a match of the regex they guard", () => {
    const sentence = joinedWords(fc.constantFrom(...words), [" ", "  ", "-", "", ", ", "\n"], {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(sentence, (text) => {
        for (const g of GATED)
          if (matches(g.re, text))
            expect(opens(text, g), `${g.re.source.slice(0, 40)} on ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("hold on every sentence of the sample article", () => {
    for (const line of body.split(/(?<=[.!?”])\s+|\n+/)) {
      for (const g of GATED)
        if (matches(g.re, line))
          expect(opens(line, g), `${g.re.source.slice(0, 40)} on ${JSON.stringify(line)}`).toBe(true);
    }
  });

  it("find a lowercase reporting verb where slicing each letter run does", () => {
    const sentence = joinedWords(
      fc.oneof(
        fc.constantFrom(...words, "A", "Z", "sAid", "Said", "SAID", "saidé", "éSaid", "said\u{1d400}"),
        fc.string({ maxLength: 4 }),
      ),
      [" ", "", "-", ", ", "é", "\ud835"],
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(sentence, (t) => {
        expect(hasLowercaseReportingVerb(t), JSON.stringify(t)).toBe(lowercaseReportingVerbBySlices(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("are the same when read from the tokens of an enclosing range", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.array(fc.constantFrom(...words, " ", ", ", "-", "’", "ſ"), { maxLength: 20 }).map((ws) => ws.join(" ")),
    );
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, b) % (t.length + 1);
        const end = Math.max(start, Math.max(a, b) % (t.length + 1));
        expect(gateBitsWithin(t, tokenize(t, 0, t.length), start, end)).toBe(gateBits(t, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
