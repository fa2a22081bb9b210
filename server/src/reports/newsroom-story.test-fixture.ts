// A real-sized newsroom story in the test database: a budget speech with 45 checked claims, as a
// desk publishes them. Rationales of every length, one to four sources each with the long tracking
// URLs that statistics offices and wire services really use, a few unreviewed and unapproved
// claims. The report tests that need "what an editor publishes" read it through loadReportData.
import type { PrismaClient } from "../db/generated/client.ts";
import { withAddressKey } from "../sources/with-address-key.ts";

export const STORY_CLAIMS = 45;

const VERDICTS = ["false", "misleading", "true", "unverified", "false"] as const;
const SPEAKERS = ["Chancellor Rachel Morgan", "Opposition leader Tom Hale", "the Treasury", "unnamed officials"];

const longUrl = (n: number, i: number) =>
  `https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/bulletins/` +
  `uklabourmarket/march2025?utm_source=newsletter&utm_medium=email&utm_campaign=budget-${n}-${i}` +
  `&ref=${"a1b2c3d4e5".repeat(6)}`;

function rationale(n: number): string {
  const sentence =
    `The Office for National Statistics' series puts the figure at ${(n / 10 + 3).toFixed(1)}%, ` +
    "not the number quoted, and the comparison uses a different base year. ";
  // From one sentence to three paragraphs, so claims end at every height on the page.
  return Array.from({ length: 1 + (n % 7) }, (_, i) => sentence + (i % 3 === 2 ? "\n\n" : "")).join("");
}

/** Seeds the story with a reviewer who gives the verdicts and an editor who approves them. */
export async function seedNewsroomStory(prisma: PrismaClient): Promise<{ articleId: string; editorId: string }> {
  const user = (email: string, name: string, role: "reviewer" | "editor") =>
    prisma.user.create({ data: { email, name, role, passwordHash: "-" } });
  const reviewerId = (await user("r@example.org", "Rita Reviewer", "reviewer")).id;
  const editorId = (await user("e@example.org", "Ed Editor", "editor")).id;
  const article = await prisma.article.create({
    data: {
      title: "Budget 2025: what the Chancellor said, checked",
      outlet: "The Daily Example",
      author: "Jane Writer",
      url: "https://news.example.com/politics/budget-2025-claims",
      publishedOn: new Date("2025-03-28T00:00:00Z"),
      body: "x".repeat(STORY_CLAIMS * 200),
    },
  });
  for (let n = 1; n <= STORY_CLAIMS; n++) {
    const reviewed = n % 11 !== 0;
    const approved = reviewed && n % 13 !== 0;
    const figure = `${(n / 10 + 4).toFixed(1)}%`;
    const claim = await prisma.claim.create({
      data: {
        articleId: article.id,
        startOffset: n * 200,
        endOffset: n * 200 + 120,
        quote: `unemployment fell to ${figure}`,
        text:
          `Unemployment fell to ${figure} in the last quarter, the lowest rate since comparable records began` +
          (n % 4 === 0 ? ", and real wages have now grown for eighteen months in a row in every region" : "") +
          ".",
        kind: "statistic",
        claimant: SPEAKERS[n % SPEAKERS.length]!,
        verdict: reviewed ? VERDICTS[n % VERDICTS.length]! : null,
        rationale: reviewed ? rationale(n) : null,
        verdictById: reviewed ? reviewerId : null,
        verdictAt: reviewed ? new Date(Date.UTC(2025, 2, 29, 9, n)) : null,
        approvedById: approved ? editorId : null,
        approvedAt: approved ? new Date(Date.UTC(2025, 2, 30, 9, n)) : null,
      },
    });
    for (let i = 0; i < 1 + (n % 4); i++) {
      await prisma.source.create({
        data: withAddressKey({
          claimId: claim.id,
          url: longUrl(n, i),
          title: i % 2 === 0 ? `Labour market overview, UK: March 2025, table A${n}.${i}` : null,
          publisher: "Office for National Statistics",
          excerpt: i === 0 ? `The unemployment rate for people aged 16 and over was estimated at ${figure}.` : null,
          stance: i === 0 ? "refutes" : "context",
          accessedOn: new Date("2025-03-29T00:00:00Z"),
        }),
      });
    }
  }
  return { articleId: article.id, editorId };
}
