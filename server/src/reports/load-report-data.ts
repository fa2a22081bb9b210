// Reads one article with everything a report shows in a single Prisma query (claims, their
// reviewers, sources and, only when asked, notes), and turns it into plain ReportData.
import { claimantSchema } from "@claimdesk/shared";
import type { PrismaClient } from "../db/generated/client.ts";
import { figuresOfDetails } from "./figures-of-details.ts";
import type { ClaimantType, ReportData, ReportDataClaim } from "./report-data.ts";

export interface ReportSite {
  publisher: { name: string; url: string };
  /** PUBLIC_ORIGIN, or the publisher's URL when unset. */
  siteUrl: string;
}

export function reportSite(config: {
  REPORT_PUBLISHER_NAME: string;
  REPORT_PUBLISHER_URL: string;
  PUBLIC_ORIGIN?: string | undefined;
}): ReportSite {
  return {
    publisher: { name: config.REPORT_PUBLISHER_NAME, url: config.REPORT_PUBLISHER_URL },
    siteUrl: (config.PUBLIC_ORIGIN ?? config.REPORT_PUBLISHER_URL).replace(/\/+$/, ""),
  };
}

const name = { select: { name: true } } as const;

/** null when there is no such article. */
export async function loadReportData(
  prisma: PrismaClient,
  articleId: string,
  site: ReportSite,
  options: { includeNotes: boolean },
): Promise<ReportData | null> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    include: {
      claims: {
        orderBy: [{ startOffset: "asc" }, { endOffset: "asc" }, { id: "asc" }],
        include: {
          verdictBy: name,
          approvedBy: name,
          sources: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          // Notes are internal: not even read unless the export includes them.
          notes: {
            where: { deletedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            include: { author: name },
            ...(options.includeNotes ? {} : { take: 0 }),
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...site,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      url: article.url,
      publishedOn: article.publishedOn ? article.publishedOn.toISOString().slice(0, 10) : null,
      status: article.status,
    },
    claims: article.claims.map((c): ReportDataClaim => ({
      id: c.id,
      startOffset: c.startOffset,
      endOffset: c.endOffset,
      text: c.text,
      quote: c.quote,
      kind: c.kind,
      claimant: claimantOf(c.claimant, c.details),
      verdict: c.verdict,
      rationale: c.rationale,
      verdictBy: c.verdictBy?.name ?? null,
      verdictAt: c.verdictAt?.toISOString() ?? null,
      approvedBy: c.approvedBy?.name ?? null,
      approvedAt: c.approvedAt?.toISOString() ?? null,
      needsReReview: c.needsReReview,
      dismissed: c.dismissedAt !== null,
      ...figuresOfDetails(c.details),
      sources: c.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        excerpt: s.excerpt,
        stance: s.stance,
        accessedOn: s.accessedOn ? s.accessedOn.toISOString().slice(0, 10) : null,
      })),
      notes: c.notes.map((n) => ({
        id: n.id,
        inReplyTo: n.parentId,
        author: n.author.name,
        body: n.body,
        createdAt: n.createdAt.toISOString(),
      })),
    })),
  };
}

/**
 * The claimant column is what reviewers edit; the extraction details add what kind of claimant it
 * is. When a reviewer renamed the claimant, the extracted type no longer applies, so it falls back
 * to "person" only if the extractor also said person, otherwise "organization".
 */
function claimantOf(
  column: string | null,
  details: unknown,
): { name: string; type: ClaimantType; via: string | null; title?: string } | null {
  const extracted = claimantSchema.safeParse((details as { claimant?: unknown } | null)?.claimant);
  const found = extracted.success ? extracted.data : null;
  const name = column?.trim() || found?.name;
  if (!name) return null;
  if (found && found.name === name) {
    const claimant = { name, type: found.type, via: found.via ?? null };
    return found.title ? { ...claimant, title: found.title } : claimant;
  }
  return { name, type: found?.type === "person" ? "person" : "organization", via: null };
}
