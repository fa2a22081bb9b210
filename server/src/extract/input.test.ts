import { describe, expect, it } from "vitest";
import { detectFormat, parseArticleInput, parseArticleInputWithMap } from "./index.ts";

describe("parseArticleInput", () => {
  it("strips a leading date line with or without leading space, on its own line or followed by text", () => {
    expect(parseArticleInput(" date 2025-03-28 Body starts here.", "text")).toEqual({
      body: "Body starts here.",
      publishedOn: "2025-03-28",
    });
    expect(parseArticleInput("date 2024-02-29\r\nBody.\r\n\r\nNext.", "text")).toEqual({
      body: "Body.\n\nNext.",
      publishedOn: "2024-02-29",
    });
    expect(parseArticleInput("date 2025-02-30 Body.", "text").publishedOn).toBeNull();
    expect(parseArticleInput("Dated text without metadata.", "text").publishedOn).toBeNull();
  });

  it("converts HTML: drops scripts and styles, decodes entities, blocks become paragraphs", () => {
    const raw = `<html><head><style>p{}</style></head><body><h1>Title &amp; more</h1><p>It&rsquo;s <b>1,700</b>&nbsp;people.</p><script>x("<p>")</script><p>Second</p></body></html>`;
    const r = parseArticleInputWithMap(raw, "html");
    expect(r.body).toBe("Title & more\n\nIt’s 1,700\u00a0people.\n\nSecond");
    expect(r.sourceOffsets).toHaveLength(r.body.length);
    expect(raw[r.sourceOffsets[r.body.indexOf("1,700")]!]).toBe("1");
  });

  it("converts Markdown: headings, emphasis and links keep only their text", () => {
    const r = parseArticleInput(
      "# Big *news*\n\nSome **bold** and [a link](http://x.y) in snake_case.\n\n- item",
      "markdown",
    );
    expect(r.body).toBe("Big news\n\nSome bold and a link in snake_case.\n\nitem");
  });

  it("detects the format from a file name or content type", () => {
    expect(detectFormat("a.html")).toBe("html");
    expect(detectFormat("notes.md")).toBe("markdown");
    expect(detectFormat(undefined, "text/html; charset=utf-8")).toBe("html");
    expect(detectFormat("a.txt")).toBe("text");
  });
});
