/**
 * Importing a news page as it is saved from a browser: the import page guesses the headline and
 * publication date from the file, the preview and the saved article hold only the story (no menu,
 * advertisement, caption, related links, newsletter box or footer, so none of them yields a claim),
 * and the review workspace names who makes each claim. The story is then updated with a paragraph:
 * the added text gets a claim of its own and a claim already reviewed keeps its verdict.
 * Run: npm run test:e2e
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, pageApi as api, screenshot, signIn, type Person } from "./support/browser.ts";
import { ADMIN, startRealServer, type RunningServer } from "./support/server.ts";

const HEADLINE = "Port of Calder to cut night shipping after noise complaints";

const PAGE_CHROME = [
  "Subscribe today",
  "Sections",
  "Refinance now",
  "Photo: Dana Ruiz",
  "Container cranes at dusk",
  "City council approves",
  "Share on Facebook",
  "Morning Brief",
  "Mayor says budget will grow",
  "All rights reserved",
  "Privacy",
];

const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${HEADLINE} | Coastline Herald</title>
  <meta property="og:title" content="${HEADLINE}">
  <meta property="article:published_time" content="2025-06-12T07:45:00-04:00">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: "local" });</script>
  <style>.ad-slot { min-height: 250px }</style>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">Coastline Herald</a>
    <nav aria-label="Sections"><a href="/local">Local</a> <a href="/business">Business</a></nav>
    <div class="subscribe-banner">Subscribe today: 50% off your first year of unlimited access.</div>
  </header>
  <main>
    <article class="story">
      <h1>${HEADLINE}</h1>
      <figure>
        <img src="/img/cranes.jpg" alt="Container cranes at dusk">
        <figcaption>The north terminal handled 1.4 million containers last year. (Photo: Dana Ruiz)</figcaption>
      </figure>
      <p>The Port of Calder will stop loading container ships between midnight and 5 a.m. from September, after more than 3,000 residents signed a petition about noise.</p>
      <p>Port director Miguel Ortega said the change would affect about 40 ship calls a month and cost the authority roughly $6 million a year in lost fees.</p>
      <div class="ad-slot advertisement">Advertisement: Refinance now and save 30% on your mortgage.</div>
      <p>Linda Chao, who chairs the Eastbank neighborhood association, said the petition gathered 3,200 signatures in two weeks.</p>
      <aside class="related-links">
        <h2>Related</h2>
        <a href="/a/1">City council approves $40 million sea wall</a>
      </aside>
      <p>The port handled 1.2 million containers in 2024, up 8 percent from the year before.</p>
      <div class="share-buttons"><button>Share on Facebook</button></div>
    </article>
    <section class="newsletter-signup">
      <p>Get the Morning Brief: 5 stories every weekday, free.</p>
      <form><input type="email"><button>Sign up</button></form>
    </section>
    <article class="teaser"><a href="/a/3">Mayor says budget will grow by 12 percent next year</a></article>
  </main>
  <footer>© 2025 Coastline Herald Media. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>
`;

const UPDATE =
  "UPDATE: Harbor Commissioner Ellen Brody said the delay would give carriers 30 more days to adjust their schedules.";

interface ListedClaim {
  id: string;
  quote: string;
  text: string;
  claimant: string;
  verdict: string | null;
}

let server: RunningServer;
let editor: Person;
let articleId = "";

const listClaims = async (page: Page) =>
  (await api<{ items: ListedClaim[] }>(page, "GET", `/api/articles/${articleId}/claims`)).items;

/** The claim list is virtualised: scroll a row into the DOM by choosing its claim in the text. */
async function chooseClaim(page: Page, quote: string): Promise<void> {
  await page.getByRole("document", { name: "Article text" }).locator("mark", { hasText: quote }).first().click();
}

const panelValue = (page: Page, term: string) =>
  page.locator(".claim-panel dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

beforeAll(async () => {
  server = await startRealServer();
  editor = await openBrowser();
  await signIn(editor.page, server.url, ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await editor?.close();
  await server?.stop();
});

describe("importing a saved news page", () => {
  it("guesses the headline and date, and previews claims from the story alone", async () => {
    const page = editor.page;
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByLabel(/Choose a file/).setInputFiles({
      name: "port-of-calder.html",
      mimeType: "text/html",
      buffer: Buffer.from(SAVED_PAGE),
    });
    await expect.poll(() => page.getByLabel("Or paste the text").inputValue()).toContain("<article");
    expect(await page.getByLabel("Format").inputValue()).toBe("html");
    // The og:title, not the <title> with the site name after it; the date from article:published_time.
    expect(await page.getByLabel("Title").inputValue()).toBe(HEADLINE);
    expect(await page.getByLabel("Published on").inputValue()).toBe("2025-06-12");

    await page.getByRole("button", { name: "Preview claims" }).click();
    const preview = page.getByRole("document", { name: "Preview of the article text" });
    await preview.locator("mark").first().waitFor();
    const shown = (await preview.textContent()) ?? "";
    expect(shown).toContain("Linda Chao, who chairs the Eastbank neighborhood association");
    for (const chrome of PAGE_CHROME) expect(shown).not.toContain(chrome);
    expect(await preview.locator("mark").count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, "import-real-world-preview");

    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    articleId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("heading", { level: 1, name: HEADLINE }).waitFor();
    await page
      .getByText(/2025-06-12/)
      .first()
      .waitFor();
  });

  it("stores no claim from the page around the story, and shows who makes each claim", async () => {
    const page = editor.page;
    const claims = await listClaims(page);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const claim of claims) {
      for (const chrome of PAGE_CHROME) expect(claim.quote).not.toContain(chrome);
    }
    // The caption's figure is not the story's: only the paragraph's 1.2 million is claimed.
    expect(claims.some((c) => c.quote.includes("1.4 million"))).toBe(false);
    expect(claims.find((c) => c.quote.includes("3,200 signatures"))?.claimant).toBe("Linda Chao");

    await chooseClaim(page, "3,200 signatures");
    await page.getByRole("heading", { name: /Claim #\d+/ }).waitFor();
    await expect.poll(() => panelValue(page, "Claimant").textContent()).toBe("Linda Chao");
    const row = page.getByRole("listbox", { name: "Claims" }).getByRole("option", { selected: true });
    expect(await row.textContent()).toMatch(/According to Linda Chao, the petition gathered 3,200 signatures/);
  });

  it("gives that claim a verdict with a source", async () => {
    const page = editor.page;
    await page.getByRole("button", { name: "Add source" }).click();
    await page.getByLabel("Web address").fill("https://eastbank.example.org/petition");
    await page.getByLabel("Stance").selectOption("supports");
    await page.getByLabel("Title", { exact: true }).fill("Eastbank petition page");
    await page.getByRole("button", { name: "Add source" }).click();
    await page.getByRole("link", { name: "Eastbank petition page" }).waitFor();
    await page.getByRole("radio", { name: /True/ }).check();
    await page
      .getByLabel("Rationale")
      .fill("The petition page lists 3,200 signatures, the first dated 14 days earlier.");
    await page.getByRole("button", { name: "Save verdict" }).click();
    await page.getByText("Saved.").waitFor();
  });

  it("revises the story with an added paragraph: a new claim, and the verdict kept", async () => {
    const page = editor.page;
    const before = await listClaims(page);
    await page.getByRole("button", { name: "Edit article" }).click();
    const text = page.getByLabel("Body text");
    const body = await text.inputValue();
    expect(body).not.toContain("<p>");
    await text.fill(`${body.trimEnd()}\n\n${UPDATE}`);
    await page.getByRole("button", { name: "Save article" }).click();
    await expect
      .poll(() => page.getByText(/Text revised\./).textContent())
      .toMatch(new RegExp(`Of ${before.length} claims: ${before.length} in place.*1 new claim from the added text`));

    const after = await listClaims(page);
    const added = after.filter((c) => !before.some((b) => b.id === c.id));
    expect(added).toHaveLength(1);
    // The claimant is the name; the details pane gives the title the article wrote before it.
    expect(added[0]!.claimant).toBe("Ellen Brody");
    expect(added[0]!.quote).not.toContain("UPDATE:");
    expect(after.find((c) => c.quote.includes("3,200 signatures"))?.verdict).toBe("true");

    await chooseClaim(page, "30 more days");
    await expect.poll(() => panelValue(page, "Claimant").textContent()).toBe("Harbor Commissioner Ellen Brody");
    await chooseClaim(page, "3,200 signatures");
    const reviewed = page.getByRole("listbox", { name: "Claims" }).getByRole("option", { selected: true });
    await reviewed.getByText("True").waitFor();
    expect(await reviewed.getByText("needs re-review").count()).toBe(0);
    await screenshot(page, "import-real-world-revised");
    expect(editor.errors).toEqual([]);
  });
});
