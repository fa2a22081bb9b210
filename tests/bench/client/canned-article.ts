// A long article with 500 claims (some overlapping), as the API would return it. Every record
// is parsed with the shared schemas, so the benchmark renders exactly what the real API would send.
import { articleSchema, claimSchema, sessionInfoSchema, userSchema, type Article, type Claim } from "@claimdesk/shared";

const NOW = "2026-03-28T10:00:00.000Z";
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
export const ARTICLE_ID = id(1);
const user = userSchema.parse({
  id: id(2),
  email: "bench@example.org",
  name: "Bench Reviewer",
  role: "editor",
  disabled: false,
  version: 1,
  createdAt: NOW,
});
export const session = sessionInfoSchema.parse({ user, csrfToken: "bench", expiresAt: "2099-01-01T00:00:00.000Z" });
export const users = { items: [user] };

const VERDICTS = [null, "true", "false", "misleading", "unverified"] as const;

export function buildArticle(claimCount = 500): { article: Article; claims: Claim[] } {
  const sentences: string[] = [];
  for (let i = 0; i < claimCount; i++) {
    sentences.push(
      `Officials said that deportations in region ${i + 1} rose by ${((i * 7) % 90) + 3}% in 2024, compared with ${1000 + i * 13} cases the year before.`,
    );
  }
  const body = sentences.reduce((acc, s, i) => acc + s + (i % 5 === 4 ? "\n\n" : " "), "");
  const claims: Claim[] = [];
  let offset = 0;
  for (let i = 0; i < claimCount; i++) {
    const sentence = sentences[i]!;
    // Every tenth claim covers only the figure, inside the previous claim's span: an overlap.
    const nested = i % 10 === 9 && claims.length > 0;
    const start = nested ? offset + sentence.indexOf("rose") : offset;
    const end = nested ? start + 20 : offset + sentence.length - 1;
    claims.push(
      claimSchema.parse({
        id: id(1000 + i),
        articleId: ARTICLE_ID,
        number: i + 1,
        start,
        end,
        quote: body.slice(start, end),
        prefix: "",
        suffix: "",
        anchorStatus: "anchored",
        text: body.slice(start, end),
        kind: i % 3 ? "statistic" : "comparison_record",
        scores: { factual: 0.9, checkworthy: ((i * 37) % 100) / 100 },
        claimant: "Officials",
        details: {
          claimant: { name: "Officials", type: "organization", via: null },
          alsoKinds: [],
          reasons: {
            factual: [],
            checkworthy: [{ feature: "has_number", effect: 1.1, note: "contains a percentage" }],
          },
          quantities: [],
          dates: [],
          flags: [],
          loadedTerms: [],
        },
        origin: "auto",
        reviewState: i % 5 ? "verdict_given" : "unreviewed",
        verdict: VERDICTS[i % 5],
        rationale: null,
        verdictBy: null,
        verdictAt: null,
        approvedBy: null,
        approvedAt: null,
        needsReReview: false,
        dismissed: false,
        assignee: null,
        sourceCount: 0,
        noteCount: 0,
        version: 1,
        createdAt: NOW,
        updatedAt: NOW,
      }),
    );
    offset += sentence.length + (i % 5 === 4 ? 2 : 1);
  }
  const article = articleSchema.parse({
    id: ARTICLE_ID,
    title: "A long article with 500 claims",
    outlet: "Bench Daily",
    author: null,
    url: null,
    publishedOn: "2025-03-28",
    status: "in_review",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    progress: {
      claims: claimCount,
      reviewed: 400,
      approved: 0,
      dismissed: 0,
      verdicts: { true: 100, false: 100, misleading: 100, unverified: 100, unreviewed: 100 },
    },
    assignees: [],
    body,
    sourceFormat: "text",
  });
  return { article, claims };
}
