import { describe, expect, it } from "vitest";
import { isPageCounter } from "./page-counter.ts";

// Decision 500: the page counters of the text and a PDF's page numbers in one module.
describe("isPageCounter", () => {
  it.each(["Page 2 of 5", "Page 2/5", "Pg 2/5", "pg. 2 of 5", "p. 2 of 5", "Page 7", "- 2 -", "2 of 5 pages"])(
    "takes “%s” anywhere",
    (line) => {
      expect(isPageCounter(line)).toBe(true);
      expect(isPageCounter(line, "pdf margin")).toBe(true);
    },
  );

  it.each(["7", "7 of 12", "7/12", "- 7", "Page 7 -"])("takes the bare “%s” only in a PDF's margin", (line) => {
    expect(isPageCounter(line)).toBe(false);
    expect(isPageCounter(line, "pdf margin")).toBe(true);
  });

  it.each(["2 of 5 schools", "Page 3 of the report", "12345", "Page 2 of 5 shows 40 jobs"])("takes no “%s”", (line) => {
    expect(isPageCounter(line)).toBe(false);
    expect(isPageCounter(line, "pdf margin")).toBe(false);
  });
});
