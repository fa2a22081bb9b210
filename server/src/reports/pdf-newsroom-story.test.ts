// The PDF of a real-sized story (45 claims, from the database) read page by page in poppler: no page
// ends on a heading whose text is on the next page, every page is numbered, and the long tracking
// URLs of the sources wrap inside the margins instead of running off the paper.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-database.ts";
import { exportReport } from "./export-report.ts";
import { reportSite } from "./load-report-data.ts";
import { seedNewsroomStory, STORY_CLAIMS } from "./newsroom-story.test-fixture.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const site = reportSite({
  REPORT_PUBLISHER_NAME: "Desk Checks",
  REPORT_PUBLISHER_URL: "https://checks.example.org",
  PUBLIC_ORIGIN: undefined,
});
/** Headings that introduce what follows them; the claim headings are "Claim N: Verdict". */
const HEADING = /^(Summary|Claims|Dismissed claims|Rationale|Sources|Internal notes|Claim \d+: .+)$/;
/** A4 in points, less the 60-point side margins the PDF uses. */
const RIGHT_EDGE = 595.28 - 60;

let db: TestDatabase;
let file: string;
let pages: number;

beforeAll(async () => {
  db = await createTestDatabase();
  const { articleId, editorId } = await seedNewsroomStory(db.prisma);
  const report = await exportReport(
    db.prisma,
    site,
    { userId: editorId, requestId: "pdf-page-breaks" },
    {
      articleId,
      format: "pdf",
      options: reportOptionsSchema.parse({ approvedOnly: "false", includeUnreviewed: "true" }),
      generatedAt: new Date("2025-04-02T09:30:00Z"),
    },
  );
  file = path.join(mkdtempSync(path.join(tmpdir(), "report-story-")), "story.pdf");
  writeFileSync(file, report.body);
  pages = Number(execFileSync("/usr/bin/pdfinfo", [file], { encoding: "utf8" }).match(/^Pages:\s+(\d+)/m)![1]);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

const pageLines = (page: number) =>
  execFileSync(PDFTOTEXT, ["-enc", "UTF-8", "-layout", "-f", String(page), "-l", String(page), file, "-"], {
    encoding: "utf8",
  })
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

describe.skipIf(!existsSync(PDFTOTEXT))("PDF of a 45-claim story", () => {
  it("lists every claim over several numbered pages", () => {
    expect(pages).toBeGreaterThan(10);
    const text = Array.from({ length: pages }, (_, i) => pageLines(i + 1).join("\n")).join("\n");
    for (let n = 1; n <= STORY_CLAIMS; n++) expect(text).toMatch(new RegExp(`^Claim ${n}: `, "m"));
    for (let p = 1; p <= pages; p++) expect(pageLines(p).at(-1)).toBe(`Page ${p} of ${pages}`);
  });

  it("prints the rationales' paragraph breaks as breaks, not as missing characters", () => {
    for (let p = 1; p <= pages; p++) expect(pageLines(p).join("\n")).not.toContain("not in the report fonts");
  });

  it("ends no page on a heading: a heading keeps at least two lines of its text under it", () => {
    const stranded = [];
    for (let p = 1; p < pages; p++) {
      const lines = pageLines(p).slice(0, -1); // without the page number
      const last = lines.slice(-2).find((l) => HEADING.test(l));
      if (last) stranded.push(`page ${p}: ${last}`);
    }
    expect(stranded).toEqual([]);
  });

  it("wraps long source URLs inside the right margin", () => {
    const boxes = execFileSync(PDFTOTEXT, ["-bbox", file, "-"], { encoding: "utf8" });
    const words = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)];
    expect(words.some(([, , w]) => w!.includes("utm_source"))).toBe(true);
    const over = words.filter(([, xMax]) => Number(xMax) > RIGHT_EDGE + 1).map(([, x, w]) => `${w} (${x})`);
    expect(over).toEqual([]);
  });
});
