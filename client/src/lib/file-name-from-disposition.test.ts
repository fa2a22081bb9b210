import { describe, expect, it } from "vitest";
import { fileNameFromDisposition } from "./file-name-from-disposition.ts";

describe("fileNameFromDisposition", () => {
  it("reads the quoted name the report route sends", () => {
    expect(fileNameFromDisposition('attachment; filename="sky-colour-2026-03-28.pdf"')).toBe(
      "sky-colour-2026-03-28.pdf",
    );
  });

  it("prefers an RFC 6266 UTF-8 name, and reads unquoted and escaped names", () => {
    expect(fileNameFromDisposition(`attachment; filename="a.md"; filename*=UTF-8''caf%C3%A9.md`)).toBe("café.md");
    expect(fileNameFromDisposition("attachment; filename=report.csv")).toBe("report.csv");
    expect(fileNameFromDisposition('attachment; filename="say \\"no\\".md"')).toBe('say "no".md');
  });

  it("keeps only the last path segment, and gives null when nothing usable is named", () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(fileNameFromDisposition('attachment; filename=".."')).toBeNull();
    expect(fileNameFromDisposition("attachment")).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
