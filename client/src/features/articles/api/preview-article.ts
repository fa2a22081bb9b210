import { useMutation } from "@tanstack/react-query";
import { extractedClaimSchema, type ImportArticleInput } from "@claimdesk/shared";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";

const previewSchema = z.object({
  body: z.string(),
  publishedOn: z.string().nullable().optional(),
  claims: z.array(extractedClaimSchema),
});
export type ArticlePreview = z.infer<typeof previewSchema>;

/** Extracts claims without saving anything, so the editor can check them before import. */
export function previewArticle(input: ImportArticleInput) {
  return apiRequest("/api/articles/preview", { method: "POST", body: input, schema: previewSchema });
}

export function usePreviewArticle() {
  return useMutation({ mutationFn: previewArticle });
}
