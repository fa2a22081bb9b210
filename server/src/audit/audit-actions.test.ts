// The audit page's Action filter offers shared/src/audit-actions.ts. An action the server records
// but the list lacks could not be chosen there; one the list has but nothing records would be a
// choice that always shows an empty feed. Actions are passed through several layers (mutateClaim
// takes one as a plain argument), so this reads the server's source for them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditActions } from "@claimdesk/shared";

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTITY = /"((?:session|user|article|claim|source|note|report)\.[a-z_]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test(-[a-z]+)?\.ts$|\.test-(fixture|helper)\.ts$/.test(entry.name)
      ? [full]
      : [];
  });
}

/** Every "entity.verb" string in the server's own code (tests left out: they record made-up ones). */
function actionsInServerCode(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(SERVER_SRC)) {
    for (const match of readFileSync(file, "utf8").matchAll(ENTITY)) found.add(match[1]!);
  }
  return found;
}

describe("the shared list of audit actions", () => {
  it("has every action the server records, and none it does not", () => {
    const recorded = actionsInServerCode();
    expect([...recorded].filter((a) => !(auditActions as string[]).includes(a)).sort()).toEqual([]);
    expect(auditActions.filter((a) => !recorded.has(a))).toEqual([]);
  });
});
