/**
 * Baseline: multinomial naive Bayes over lowercased word unigrams and bigrams with an exact
 * vocabulary and add-alpha smoothing. It is the yardstick the logistic model must beat.
 */
export interface NaiveBayes {
  logPrior: [number, number];
  counts: [Map<string, number>, Map<string, number>];
  totals: [number, number];
  vocabularySize: number;
  alpha: number;
}

export function nbTokens(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

export function trainNaiveBayes(texts: readonly string[], labels: readonly number[], alpha = 1): NaiveBayes {
  const counts: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  const totals: [number, number] = [0, 0];
  const docs = [0, 0];
  const vocab = new Set<string>();
  texts.forEach((text, i) => {
    const c = labels[i] === 1 ? 1 : 0;
    docs[c]!++;
    for (const t of nbTokens(text)) {
      counts[c].set(t, (counts[c].get(t) ?? 0) + 1);
      totals[c]++;
      vocab.add(t);
    }
  });
  const n = texts.length;
  return {
    logPrior: [Math.log(docs[0]! / n), Math.log(docs[1]! / n)],
    counts,
    totals,
    vocabularySize: vocab.size,
    alpha,
  };
}

/** Posterior probability of the positive class. */
export function nbProbability(model: NaiveBayes, text: string): number {
  return 1 / (1 + Math.exp(-nbLogOdds(model, text)));
}

/** Log posterior odds of the positive class (0 is posterior 0.5). */
export function nbLogOdds(model: NaiveBayes, text: string): number {
  const score: [number, number] = [model.logPrior[0], model.logPrior[1]];
  for (const t of nbTokens(text)) {
    for (const c of [0, 1] as const) {
      const count = model.counts[c].get(t) ?? 0;
      score[c] += Math.log((count + model.alpha) / (model.totals[c] + model.alpha * model.vocabularySize));
    }
  }
  return score[1] - score[0];
}
