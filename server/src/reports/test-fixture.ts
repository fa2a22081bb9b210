// An in-memory article for the format tests: reviewed, approved, unreviewed and dismissed claims,
// non-Latin text, and hostile payloads (script tags, Markdown, spreadsheet formulas, javascript: links).
import type { ReportData, ReportDataClaim } from "./report-data.ts";

export const GENERATED_AT = new Date("2025-04-02T09:30:00.000Z");
export const XSS = `<script>alert("x")</script>`;
export const MD =
  "**bold** [click](javascript:alert(1)) ![img](http://evil.example/x.png) <img src=x onerror=alert(1)>";
export const FORMULA = `=HYPERLINK("http://evil.example","click")`;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function claim(n: number, over: Partial<ReportDataClaim>): ReportDataClaim {
  return {
    id: id(100 + n),
    startOffset: n * 100,
    endOffset: n * 100 + 50,
    text: `Claim text ${n}`,
    quote: `quote ${n}`,
    kind: "statistic",
    claimant: { name: "Kristi Noem", type: "person", via: null },
    verdict: null,
    rationale: null,
    verdictBy: null,
    verdictAt: null,
    approvedBy: null,
    approvedAt: null,
    needsReReview: false,
    dismissed: false,
    sources: [],
    quantities: [],
    dates: [],
    notes: [],
    ...over,
  };
}

export function reportFixture(): ReportData {
  return {
    publisher: { name: "Desk Checks", url: "https://checks.example.org" },
    siteUrl: "https://desk.example.org",
    article: {
      id: id(1),
      title: `Deportations hit record ${XSS} — Ünïcode “quotes”`,
      outlet: "The Daily Example",
      author: "Jane Writer",
      url: "https://news.example.com/deportations?a=1&b=2",
      publishedOn: "2025-03-28",
      status: "in_review",
    },
    // Deliberately out of text order: the report must sort them.
    claims: [
      claim(3, {
        text: `Unreviewed claim with ${MD}`,
        claimant: { name: "The Daily Example", type: "article", via: null },
      }),
      claim(1, {
        text: `Deportations rose 40% in 2024 ${XSS}`,
        quote: "rose 40%",
        verdict: "false",
        rationale: `Official figures show a 12% rise.\n\nSee the DHS table. ${MD}`,
        verdictBy: "Rita Reviewer",
        verdictAt: "2025-03-30T10:00:00.000Z",
        approvedBy: "Ed Editor",
        approvedAt: "2025-03-31T11:00:00.000Z",
        sources: [
          {
            url: "https://www.dhs.gov/stats",
            title: `DHS statistics ${XSS}`,
            publisher: "DHS",
            excerpt: "Removals: 271,484",
            stance: "refutes",
            accessedOn: "2025-03-30",
          },
          {
            url: "javascript:alert(1)",
            title: "Bad link",
            publisher: null,
            excerpt: null,
            stance: "context",
            accessedOn: null,
          },
          {
            url: "https://example.org/a",
            title: null,
            publisher: FORMULA,
            excerpt: null,
            stance: "supports",
            accessedOn: null,
          },
        ],
        notes: [
          {
            id: id(900),
            inReplyTo: null,
            author: "Rita Reviewer",
            body: `Internal: ${XSS} check again`,
            createdAt: "2025-03-30T09:00:00.000Z",
          },
        ],
      }),
      claim(2, {
        text: `${FORMULA} Σύνταγμα and Кремль said so`,
        claimant: { name: `@${FORMULA}`, type: "organization", via: null },
        verdict: "misleading",
        rationale: "+1 cherry-picked",
        verdictBy: "Rita Reviewer",
        verdictAt: "2025-03-30T12:00:00.000Z",
        approvedBy: "Ed Editor",
        approvedAt: "2025-03-31T12:00:00.000Z",
      }),
      claim(4, {
        text: "Given but not approved",
        verdict: "true",
        rationale: "Unapproved rationale",
        verdictBy: "Rita Reviewer",
        verdictAt: "2025-04-01T08:00:00.000Z",
      }),
      claim(5, {
        text: "A dismissed non-claim",
        dismissed: true,
        verdict: "unverified",
        verdictBy: "Rita Reviewer",
        verdictAt: "2025-04-01T08:00:00.000Z",
        approvedBy: "Ed Editor",
        approvedAt: "2025-04-01T09:00:00.000Z",
      }),
    ],
  };
}
