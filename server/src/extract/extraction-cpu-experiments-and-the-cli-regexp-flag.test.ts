// Decision 485: the CLI compiles each regular expression to native code at once
// (regexp-native-at-once.ts), which saves a one-article process a tenth of its CPU and changes no
// output. These pin that the flag takes hold and is set before the extractor's modules load.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const FLAG_MODULE = pathToFileURL(join(import.meta.dirname, "regexp-native-at-once.ts")).href;

/** V8's count of regular expressions compiled a second time, after their bytecode ran once. */
function tierUpsIn(script: string): Promise<number> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--trace-regexp-tier-up", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: ROOT },
      (error, stdout) => (error ? fail(error) : done(stdout.split("needs tier-up compilation").length - 1)),
    );
  });
}

// A regular expression built after the imports, run twice: V8's default tiers it up on its second
// run. Loading tsx tiers up a few of its own first, so each count is read against the same process
// without the two runs.
const RUN_TWICE = 'const re = new RegExp("b+c"); re.test("abbc"); re.test("xbbc");';
const IMPORT_FLAG = `await import(${JSON.stringify(FLAG_MODULE)});`;

describe("regular expressions compiled once in the CLI", () => {
  it("the flag module makes V8 compile a regular expression to native code at once", async () => {
    expect(await tierUpsIn(`${IMPORT_FLAG} ${RUN_TWICE}`)).toBe(await tierUpsIn(IMPORT_FLAG));
  });

  it("without it the same regular expression is compiled twice (the probe can tell)", async () => {
    expect(await tierUpsIn(RUN_TWICE)).toBe((await tierUpsIn("")) + 1);
  });

  it("the CLI imports it before anything else, so no extractor module builds a regular expression first", () => {
    const source = readFileSync(join(import.meta.dirname, "cli.ts"), "utf8");
    const firstImport = /^import\s[^\n]*$/m.exec(source)?.[0];
    expect(firstImport).toBe('import "./regexp-native-at-once.ts";');
  });
});
