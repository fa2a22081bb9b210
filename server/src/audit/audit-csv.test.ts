import { describe, expect, it } from "vitest";
import { auditCsvHeader, auditCsvRow, csvCell } from "./audit-csv.ts";
import type { AuditRow } from "./audit-presenter.ts";
import { auditFilterConditions } from "./audit-filter-sql.ts";
import { parseSeqCursor } from "./audit-presenter.ts";

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
  ])("makes %j safe", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes nothing for a missing value", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("audit CSV rows", () => {
  const row = {
    seq: 42n,
    occurredAt: new Date("2025-03-28T10:00:00.123Z"),
    actorId: "11111111-1111-4111-8111-111111111111",
    actor: { id: "11111111-1111-4111-8111-111111111111", name: "=Mallory", email: "m@example.org" },
    action: "note.create",
    entityType: "note",
    entityId: "n1",
    articleId: null,
    claimId: null,
    before: null,
    after: { body: '-1 point, "quoted"' },
    requestId: "req-1",
    prevHash: "0".repeat(64),
    hash: "a".repeat(64),
  } as AuditRow;

  it("has a header and one CRLF-terminated line per event", () => {
    expect(auditCsvHeader()).toBe(
      "seq,occurred_at,actor_id,actor_name,actor_email,action,entity_type,entity_id,article_id,claim_id,before,after,request_id,hash\r\n",
    );
    const line = auditCsvRow(row);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toContain(",'=Mallory,");
    expect(line).toContain(`"{""body"":""-1 point, \\""quoted\\""""}"`);
    expect(line.startsWith("42,2025-03-28T10:00:00.123Z,")).toBe(true);
  });
});

describe("audit filters", () => {
  it("treats a trailing .* as an action family, with LIKE's wildcards escaped", () => {
    const values: unknown[] = [];
    expect(auditFilterConditions({ action: "claim_x.*" }, values)).toEqual(["e.action LIKE $1 ESCAPE '\\'"]);
    expect(values).toEqual(["claim\\_x.%"]);
    expect(auditFilterConditions({ action: "claim.verdict" }, [])).toEqual(["e.action = $1"]);
  });

  it("reads time ranges as from inclusive, to exclusive", () => {
    const values: unknown[] = ["already there"];
    expect(auditFilterConditions({ from: "2025-01-01T00:00:00Z", to: "2025-02-01T00:00:00Z" }, values)).toEqual([
      "e.occurred_at >= $2::timestamptz",
      "e.occurred_at < $3::timestamptz",
    ]);
    expect(values).toEqual(["already there", "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z"]);
  });

  it("accepts only seq cursors", () => {
    expect(parseSeqCursor("123")).toBe(123n);
    expect(parseSeqCursor(undefined)).toBeUndefined();
    expect(() => parseSeqCursor("abc")).toThrow("cursor is not valid");
  });
});
