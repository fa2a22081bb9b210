// The same data, options and generatedAt give the same bytes, in every format (the PDF included:
// its dates and trailer ID derive from generatedAt).
import { describe, expect, it } from "vitest";
import { reportFormats, reportOptionsSchema } from "@claimdesk/shared/schemas/report";
import { renderReport } from "./render-report.ts";
import { GENERATED_AT, reportFixture } from "./test-fixture.ts";

const options = reportOptionsSchema.parse({
  approvedOnly: "false",
  includeUnreviewed: "true",
  includeNotes: "true",
  dismissed: "separate",
});
const bytes = async (format: (typeof reportFormats)[number], at = GENERATED_AT) =>
  Buffer.from((await renderReport(format, reportFixture(), options, at)).body);

describe("determinism", () => {
  it.each(reportFormats)("%s: same input, same bytes", async (format) => {
    const [a, b] = [await bytes(format), await bytes(format)];
    expect(a.equals(b)).toBe(true);
  });

  it("the input order of claims does not matter", async () => {
    const shuffled = reportFixture();
    shuffled.claims.reverse();
    const a = (await renderReport("json", reportFixture(), options, GENERATED_AT)).body;
    const b = (await renderReport("json", shuffled, options, GENERATED_AT)).body;
    expect(a).toBe(b);
  });

  it("the PDF trailer ID changes with generatedAt, and only with it", async () => {
    const id = (pdf: Buffer) => pdf.toString("latin1").match(/\/ID \[<([0-9a-f]+)>/)![1];
    const later = new Date("2025-04-03T00:00:00.000Z");
    expect(id(await bytes("pdf"))).toBe(id(await bytes("pdf")));
    expect(id(await bytes("pdf", later))).not.toBe(id(await bytes("pdf")));
  });
});
