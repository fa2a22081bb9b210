// Query keys shared by features that read the same records, so a mutation in one place
// invalidates every screen that shows the record.
export const queryKeys = {
  session: ["session"] as const,
  users: ["users"] as const,
  articles: ["articles"] as const,
  articleList: (params: Record<string, unknown>) => ["articles", "list", params] as const,
  article: (id: string) => ["articles", "detail", id] as const,
  articleClaims: (id: string) => ["articles", "detail", id, "claims"] as const,
  claim: (id: string) => ["claims", id] as const,
  claimHistory: (id: string) => ["claims", id, "history"] as const,
  similarClaims: (id: string) => ["claims", id, "similar"] as const,
  audit: (params: Record<string, unknown>) => ["audit", params] as const,
  auditVerification: ["audit-verification"] as const,
};
