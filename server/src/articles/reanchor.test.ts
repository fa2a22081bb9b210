import { describe, expect, it } from "vitest";
import { anchorFor } from "../claims/claim-context.ts";
import { reanchor } from "./reanchor.ts";

const body = "The minister said exports grew by 12 percent in 2024. Critics disagreed. Imports fell sharply.";
const anchorOf = (quote: string) => {
  const start = body.indexOf(quote);
  const a = anchorFor(body, start, start + quote.length);
  return { start: a.startOffset, end: a.endOffset, quote: a.quote, prefix: a.prefix, suffix: a.suffix };
};

describe("reanchor", () => {
  it("keeps a claim whose text did not move", () => {
    expect(reanchor(body, anchorOf("exports grew by 12 percent"))).toMatchObject({ status: "anchored" });
  });

  it("follows a claim whose text moved", () => {
    const revised = "UPDATE: figures corrected. " + body;
    const result = reanchor(revised, anchorOf("Imports fell sharply"));
    expect(result.status).toBe("moved");
    expect(revised.slice(result.start, result.end)).toBe("Imports fell sharply");
  });

  it("picks the occurrence whose context matches when the quote appears twice", () => {
    const revised = "Critics disagreed. Intro. " + body;
    const result = reanchor(revised, anchorOf("Critics disagreed."));
    expect(result.status).toBe("moved");
    expect(result.start).toBeGreaterThan(30);
  });

  it("marks a claim whose wording changed, spanning the new wording between the old context", () => {
    const revised = body.replace("exports grew by 12 percent", "exports grew by 9.5 percent");
    const result = reanchor(revised, anchorOf("exports grew by 12 percent"));
    expect(result.status).toBe("changed");
    expect(revised.slice(result.start, result.end)).toContain("9.5 percent");
  });

  it("starts a changed claim at the start of the body's text, not inside a note put before it", () => {
    const revised = "Editor's note: updated. " + body.replace("The minister said", "A minister said");
    const result = reanchor(revised, anchorOf("The minister said exports grew by 12 percent in 2024."));
    expect(result.status).toBe("changed");
    expect(revised.slice(result.start, result.end)).toBe("A minister said exports grew by 12 percent in 2024.");
  });

  it("ends a changed claim at the end of the body's text, not inside what follows it", () => {
    const revised = body.replace("Imports fell sharply.", "Imports fell.") + " A note follows.";
    const result = reanchor(revised, anchorOf("Imports fell sharply."));
    expect(result.status).toBe("changed");
    expect(revised.slice(result.start, result.end)).toBe("Imports fell.");
  });

  it("marks a claim whose text is gone as missing, never dropping it", () => {
    const result = reanchor("A completely different article.", anchorOf("Imports fell sharply"));
    expect(result.status).toBe("missing");
    expect(result.start).toBe(result.end);
  });
});
