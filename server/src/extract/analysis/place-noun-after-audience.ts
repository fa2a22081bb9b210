import { lowerWordAt, type Token } from "./tokens.ts";

/** A place's kind after its name: "at Leeds station", "at Leeds General hospital". */
const PLACE_KINDS = new Set("station hospital airport prison court depot hotel barracks".split(" "));
/** Words that open the clause after the place: "… station he had lost £200", "… station that the car …". */
export const OPENS_A_CLAUSE = new Set("he she they it i we the a an his her their its that there".split(" "));

/**
 * "told officers at Leeds station he had lost £200": the listener's place is its capitalised name
 * and then its kind in lowercase, which was read as the first word of what was said ("station he
 * had lost £200"). `k` is the token after the name. The kind ("station", "police station") joins the
 * place only when a clause's opener follows it: "told reporters at Westminster court documents
 * showed …" keeps "court documents" (decision 660). Returns the token after the place.
 */
export function placeKindAfterName(body: string, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  // Cheap first: a word of three letters or more (the run of capitals stopped before it).
  if (!t || t.end - t.start < 3) return k;
  let w = lowerWordAt(body, t);
  let kind = k;
  if (w === "police" && tokens[k + 1]) w = lowerWordAt(body, tokens[++kind]!);
  if (!PLACE_KINDS.has(w) || !tokens[kind + 1]) return k;
  return OPENS_A_CLAUSE.has(lowerWordAt(body, tokens[kind + 1]!)) ? kind + 1 : k;
}
