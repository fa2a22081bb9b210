/**
 * The corpus both extractor comparisons run (extract-ab.ts, extract-instructions.ts): variants of
 * the sample article (numbers and names changed, as in extract.bench.ts) and ClaimBuster sentences
 * joined into articles (5 sentences a paragraph, 8 paragraphs) when the data is on this machine.
 */
export interface AbCase {
  body: string;
  publishedOn: string | null;
}

export interface AbCorpus {
  sampleVariants: AbCase[];
  claimBusterArticles: AbCase[];
}

/** Sample variants up to half of totalChars, then ClaimBuster articles up to totalChars. */
export function abCorpus(
  sample: string,
  publishedOn: string | null,
  claimBusterSentences: readonly string[],
  totalChars: number,
): AbCorpus {
  const sampleVariants: AbCase[] = [];
  const claimBusterArticles: AbCase[] = [];
  let size = 0;
  for (let i = 0; size < totalChars / 2; i++) {
    const body = sample
      .replace(/\d[\d,]*/g, (m) => String(Number(m.replace(/,/g, "")) + (i % 97)))
      .replace(/Noem/g, i % 2 ? "Noem" : "Rubio");
    sampleVariants.push({ body, publishedOn });
    size += body.length;
  }
  const sentences = claimBusterSentences;
  for (let i = 0; size < totalChars && i < sentences.length; i += 40) {
    const paragraphs: string[] = [];
    for (let p = i; p < Math.min(i + 40, sentences.length); p += 5)
      paragraphs.push(sentences.slice(p, p + 5).join(" "));
    const body = paragraphs.join("\n\n");
    claimBusterArticles.push({ body, publishedOn: (i / 40) % 2 ? publishedOn : null });
    size += body.length;
  }
  return { sampleVariants, claimBusterArticles };
}

/** The Text column of ClaimBuster's crowdsourced.csv, given the file's parsed rows. */
export function claimBusterTexts(rows: readonly (readonly string[])[]): string[] {
  const col = rows[0]?.indexOf("Text") ?? -1;
  if (col < 0) return [];
  return rows.slice(1).flatMap((r) => (r[col] ? [r[col]!] : []));
}
