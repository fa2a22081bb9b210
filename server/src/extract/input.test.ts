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

  it("takes a web page's story without its chrome, and the publication date the page declares", () => {
    const raw = [
      '<html><head><meta property="article:published_time" content="2026-08-21T09:30:00Z"></head><body>',
      '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
      "<article><h1>Floods displace thousands</h1>",
      '<figure><img src="f.jpg"><figcaption>Residents wade through a street. Photo: AFP</figcaption></figure>',
      "<p>Monsoon floods have displaced more than 120,000 people since August 1.</p>",
      '<div class="ad-slot"><div>Advertisement</div><p>Buy now</p></div>',
      "<p>At least 87 people have died.</p>",
      "<aside><h3>Read more</h3><p>Heatwave grips India</p></aside></article>",
      '<article class="card"><p>Cyclone hits</p></article>',
      "<footer><p>Sign up for our newsletter.</p></footer></body></html>",
    ].join("\n");
    const r = parseArticleInputWithMap(raw, "html");
    expect(r.body).toBe(
      "Floods displace thousands\n\nMonsoon floods have displaced more than 120,000 people since August 1.\n\nAt least 87 people have died.",
    );
    expect(r.publishedOn).toBe("2026-08-21");
    expect(raw.slice(r.sourceOffsets[r.body.indexOf("120,000")]!).startsWith("120,000")).toBe(true);
    expect(
      parseArticleInput('<p>Plain page.</p><time datetime="2025-13-40">soon</time>', "html").publishedOn,
    ).toBeNull();
  });

  it("drops a site's logo, a breaking-news ticker and a copyright line from a page without an article element", () => {
    const raw = [
      '<html><body><header class="site-top"><div class="logo">The Harbor Ledger</div></header>',
      '<div class="breaking">Breaking: Two lanes of Route 9 closed after crash near Exit 14</div>',
      '<div class="story"><h1>Council approves bond</h1><p>The council voted 7-2 to place a $412 million bond on the ballot.</p></div>',
      '<div class="copyright">&copy; 2025 The Harbor Ledger. All rights reserved. Founded in 1887.</div></body></html>',
    ].join("\n");
    expect(parseArticleInput(raw, "html").body).toBe(
      "Council approves bond\n\nThe council voted 7-2 to place a $412 million bond on the ballot.",
    );
  });

  it("converts Markdown: headings, emphasis and links keep only their text", () => {
    const r = parseArticleInput(
      "# Big *news*\n\nSome **bold** and [a link](http://x.y) in snake_case.\n\n- item",
      "markdown",
    );
    expect(r.body).toBe("Big news\n\nSome bold and a link in snake_case.\n\nitem");
  });

  it("reads Markdown front matter as metadata (its date is the publication date) and drops images", () => {
    const raw = '---\ntitle: "Floods"\ndate: 2026-08-21\n---\n\n# Floods\n\n![Flooded street](f.jpg)\n\nText here.';
    const r = parseArticleInputWithMap(raw, "markdown");
    expect(r.body).toBe("Floods\n\nText here.");
    expect(r.publishedOn).toBe("2026-08-21");
    expect(raw.slice(r.sourceOffsets[r.body.indexOf("Text")]!).startsWith("Text here.")).toBe(true);
    // A rule line that opens a file without closing is no front matter.
    expect(parseArticleInput("---\n\nJust text.", "markdown").body).toBe("Just text.");
  });

  it("drops a Markdown picture's caption: the emphasised line right after it", () => {
    const raw =
      "The council met Tuesday.\n\n![Residents](meeting.jpg)\n*Residents pack the chamber. Photo by Ana Ruiz.*\n\n*Members* voted 5-2.";
    const r = parseArticleInputWithMap(raw, "markdown");
    expect(r.body).toBe("The council met Tuesday.\n\nMembers voted 5-2.");
    expect(raw.slice(r.sourceOffsets[r.body.indexOf("Members")]!).startsWith("Members*")).toBe(true);
  });

  it("detects the format from a file name or content type", () => {
    expect(detectFormat("a.html")).toBe("html");
    expect(detectFormat("notes.md")).toBe("markdown");
    expect(detectFormat(undefined, "text/html; charset=utf-8")).toBe("html");
    expect(detectFormat("a.txt")).toBe("text");
  });
});
