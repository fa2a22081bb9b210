/**
 * "rose 12% among teenagers", "dropped 8% among Republicans", "a rise of 5% among": a change by a
 * per cent, which is a share of the figure before, not of the people. "by" counts only after a
 * change ("rose by", "cut deaths by"): "backed by 60% of voters" is a share of them. Not
 * `bare-figures.ts`'s CHANGE_BEFORE, which is any word of change before a bare "from".
 */
const CHANGE_BY_A_SHARE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|dropped|drop|drops|climbed|jumped|increased|decreased|declined|slumped|soared|surged|slipped|gained|lost)(?:[ \u00a0]+by)?|(?:rise|increase|fall|drop|cut|jump|decline) of)[ \u00a0]+$/iu;
const BY_BEFORE = /(?:^|[^\p{L}])by[ \u00a0]+$/u;
const CHANGE_VERB =
  /\b(?:cut|cuts|reduced|reduces|raised|raises|lowered|lowers|increased|increases|boosted|slashed)\b/iu;

/** Is the share at `at` of `text` a change by it ("rose by 12%", "cut deaths by 30%")? */
export function isChange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (CHANGE_BY_A_SHARE_BEFORE.test(before)) return true;
  return BY_BEFORE.test(before) && CHANGE_VERB.test(before);
}
