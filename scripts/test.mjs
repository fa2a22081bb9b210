// `npm test`: every check and every suite, in the order that fails fastest. Browser tests need
// Chromium (apt-get install -y chromium); without it they are reported as not run, except under CI,
// where a missing browser is a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
const reports = [];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const steps = [
  ["typecheck", "npm run -s typecheck"],
  ["lint", "npm run -s lint"],
  ["format", "npm run -s format:check"],
  ["unit, integration and system tests", vitest("npx vitest run", "suites")],
];
const browser = fs.existsSync(CHROMIUM);
if (browser) {
  steps.push(
    ["client build", "npm run -s build"],
    ["browser end-to-end tests", vitest("npm run -s test:e2e --", "e2e")],
  );
} else if (process.env.CI) {
  console.error(
    `CI: Chromium not found at ${CHROMIUM}; browser tests cannot run. Install it: apt-get install -y chromium`,
  );
  process.exit(1);
}

/** Each vitest run also writes a JSON summary, so the closing line can count every test. */
function vitest(command, name) {
  const file = path.join(reportDir, `${name}.json`);
  reports.push(file);
  return `${command} --reporter=default --reporter=json --outputFile.json=${file}`;
}

for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (${command})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
if (!browser) {
  console.warn(
    `\n! Browser tests not run: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) to run them.`,
  );
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const summary = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  skipped += summary.numPendingTests + summary.numTodoTests;
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
