// The command-line contract other tools depend on, run as they run it: a child process.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfDocument } from "../../../tests/support/pdf-document.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const SAMPLE = join(ROOT, "samples/colombia-dhs-2025-03-28.txt");
const dir = mkdtempSync(join(tmpdir(), "claimdesk-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function claims(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "server/src/extract/cli.ts"), ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? "");
  });
}

describe("claims CLI", () => {
  it("extract FILE prints the article's date, body and claims as one JSON object", async () => {
    const run = await claims(["extract", SAMPLE]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      publishedOn: string;
      body: string;
      claims: { start: number; end: number; quote: string }[];
    };
    expect(out.publishedOn).toBe("2025-03-28");
    expect(out.claims.length).toBeGreaterThan(20);
    for (const c of out.claims) expect(out.body.slice(c.start, c.end)).toBe(c.quote);
  });

  it("extract reads a PDF's text, laid out as paragraphs", async () => {
    const file = join(dir, "release.pdf");
    const paragraph =
      "The ministry said exports rose 12% last year, the highest growth since 2011. Imports fell 3% in 2023, according to customs data.";
    writeFileSync(file, await pdfDocument({ headline: "Exports rise", paragraphs: [paragraph, paragraph] }));
    const run = await claims(["extract", file]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { body: string; claims: { quote: string }[] };
    expect(out.body).toBe(`Exports rise\n\n${paragraph}\n\n${paragraph}`);
    expect(out.claims.some((c) => c.quote.includes("exports rose 12% last year"))).toBe(true);
  });

  it("score prints one JSON object per input line, in order, empty lines included", async () => {
    const run = await claims(["score"], "Unemployment fell to 4.1% in March.\n\nThank you very much.\n");
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { checkworthy: number; factual: number });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.checkworthy).toBeGreaterThanOrEqual(0.5);
    expect(lines[2]!.checkworthy).toBeLessThan(0.5);
  });

  it("wrong usage prints the usage to stderr and exits with status 2", async () => {
    const run = await claims(["extract"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/extract needs exactly one FILE[\s\S]*usage:/);
    expect((await claims(["extract", join(dir, "x.pdf"), "--format", "html"])).code).toBe(2);
  });

  it("an unreadable PDF is an error that says why, with status 1", async () => {
    const file = join(dir, "broken.pdf");
    writeFileSync(file, "%PDF-1.4 truncated");
    const run = await claims(["extract", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read .*broken\.pdf: "[^"]*broken\.pdf" is not a readable PDF/);
  });
});
