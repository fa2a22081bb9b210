// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readArticleFile } from "./read-article-file.ts";

describe("readArticleFile", () => {
  it("takes a Markdown file's title and date from its front matter, not its first line", async () => {
    const body = '---\ntitle: "Floods displace thousands"\ndate: 2026-08-21T09:30:00Z\n---\n\n# Floods\n\nText.';
    const read = await readArticleFile(new File([body], "floods.md", { type: "text/markdown" }));
    expect(read).toMatchObject({
      format: "markdown",
      titleGuess: "Floods displace thousands",
      dateGuess: "2026-08-21",
    });
    expect(read.body).toBe(body);
  });

  it("falls back to the first heading after front matter without a title", async () => {
    const read = await readArticleFile(new File(["---\nauthor: Sara Khan\n---\n# Floods\n\nText."], "f.md"));
    expect(read).toMatchObject({ titleGuess: "Floods", dateGuess: "" });
  });

  it("keeps a leading date line's date and the next line as the title", async () => {
    const read = await readArticleFile(new File(["date 2025-03-28\nRising numbers\n\nText."], "story.txt"));
    expect(read).toMatchObject({ format: "text", titleGuess: "Rising numbers", dateGuess: "2025-03-28" });
  });

  it("offers a press release's dateline as the date, and no date deep in the story", async () => {
    const release = "Ministry reports export growth\n\nOTTAWA, June 10, 2025 — Exports rose 12% last year.";
    expect((await readArticleFile(new File([release], "release.txt"))).dateGuess).toBe("2025-06-10");
    const story =
      "Budget passes\n\nThe council approved a budget first proposed on March 3, 2024, after a long debate.";
    expect((await readArticleFile(new File([story], "story.txt"))).dateGuess).toBe("");
  });

  it("takes a saved page's headline and declared date, without the site name", async () => {
    const page = [
      "<html><head><title>Floods displace thousands | World News</title>",
      '<meta property="article:published_time" content="2026-08-21T09:30:00Z"></head>',
      "<body><article><h1>Floods displace <em>thousands</em> in Pakistan</h1><p>Text.</p></article></body></html>",
    ].join("");
    const read = await readArticleFile(new File([page], "floods.html", { type: "text/html" }));
    expect(read).toMatchObject({
      format: "html",
      titleGuess: "Floods displace thousands in Pakistan",
      dateGuess: "2026-08-21",
    });
    const titleOnly = await readArticleFile(
      new File(["<title>Budget &amp; taxes - The Daily</title><p>x</p>"], "b.htm"),
    );
    expect(titleOnly.titleGuess).toBe("Budget & taxes");
  });

  it("reads og:title whatever its quotes or attribute order, skips a logo's <h1>, and keeps 'Aug.' inside a title", async () => {
    const page = (head: string, body = "") =>
      new File([`<html><head>${head}</head><body>${body}<p>x</p></body></html>`], "p.html", { type: "text/html" });
    expect(
      (await readArticleFile(page(`<meta property="og:title" content="Mayor's plan to cut bus fares">`))).titleGuess,
    ).toBe("Mayor's plan to cut bus fares");
    expect(
      (await readArticleFile(page(`<meta content='Council backs "quiet zones"' property='og:title'>`))).titleGuess,
    ).toBe('Council backs "quiet zones"');
    const logo = page(
      `<title lang="en">Fire season starts early | Coastline Herald</title>`,
      "<header><h1>Coastline Herald</h1></header>",
    );
    expect((await readArticleFile(logo)).titleGuess).toBe("Fire season starts early");
    const transcript = new File(["Transcript: the governor's wildfire response, Aug. 21\n\nText."], "t.txt");
    expect((await readArticleFile(transcript)).titleGuess).toBe(
      "Transcript: the governor's wildfire response, Aug. 21",
    );
    const published = new File(["---\npublished: 2025-02-04\n---\n# Title\n\nText."], "p.md");
    expect((await readArticleFile(published)).dateGuess).toBe("2025-02-04");
  });
});
