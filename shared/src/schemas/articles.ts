import { z } from "zod";
import { idSchema, isoDateSchema, isoDateTimeSchema, pageQuerySchema, webUrlSchema, versionSchema } from "./common.ts";

export const articleStatusSchema = z.enum(["draft", "in_review", "published", "archived"]);
export const articleFormatSchema = z.enum(["text", "markdown", "html"]);

const metadata = {
  title: z.string().trim().min(1, "enter a title").max(500),
  outlet: z.string().trim().max(200).nullish(),
  author: z.string().trim().max(200).nullish(),
  url: webUrlSchema.nullish(),
  publishedOn: isoDateSchema.nullish(),
};

/** Import as JSON. A .txt/.md/.html file can also be sent as multipart or raw body (see OpenAPI). */
export const importArticleInputSchema = z.object({
  ...metadata,
  body: z
    .string()
    .min(1, "paste the article text")
    .refine((b) => b.trim().length > 0, "the article text is empty"),
  format: articleFormatSchema.default("text"),
});
export type ImportArticleInput = z.input<typeof importArticleInputSchema>;

export const updateArticleInputSchema = z.object({
  version: versionSchema,
  ...(Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof metadata]: z.ZodOptional<(typeof metadata)[K]>;
  }),
  status: articleStatusSchema.optional(),
  /** A revised body: claims are re-anchored to it, never silently dropped. */
  body: z.string().min(1).optional(),
  format: articleFormatSchema.optional(),
});

export const verdictCountsSchema = z.object({
  true: z.number().int(),
  false: z.number().int(),
  misleading: z.number().int(),
  unverified: z.number().int(),
  unreviewed: z.number().int(),
});

export const articleSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: z.string().nullable(),
  status: articleStatusSchema,
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  progress: z.object({
    claims: z.number().int(),
    reviewed: z.number().int(),
    approved: z.number().int(),
    dismissed: z.number().int(),
    verdicts: verdictCountsSchema,
  }),
  assignees: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  body: z.string(),
  sourceFormat: articleFormatSchema,
});
export type Article = z.infer<typeof articleSchema>;

export const articleListQuerySchema = pageQuerySchema.extend({
  status: articleStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  /** Only articles with a claim assigned to the signed-in user ("Assigned to me"). */
  assignee: z.literal("me", { message: 'expected "me" (articles with a claim assigned to you)' }).optional(),
});
