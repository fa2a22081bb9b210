/**
 * Claim extraction engine: the server calls parseArticleInput on import, stores the body, then
 * extractClaims on it. Everything here is synchronous, pure and offline (see docs/extraction.md).
 */
export {
  parseArticleInput,
  parseArticleInputWithMap,
  type ParsedArticle,
  type ParsedArticleWithMap,
} from "./input/parse-article-input.ts";
export { detectFormat, type ArticleFormat } from "./input/detect-format.ts";
export { extractClaims, type ExtractOptions } from "./extract-claims.ts";
export { scoreSentence, type SentenceScore, type ScoreReason } from "./score-sentence.ts";
export { loadScoringModel } from "./model/load-model.ts";
export type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
