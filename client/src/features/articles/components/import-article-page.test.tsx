// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, article, editor, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";
import { wordDocument } from "../../../test/word-document.ts";

const WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let api: FakeApi;
beforeEach(() => {
  installDomStubs();
  api = new FakeApi();
  vi.stubGlobal("fetch", api.fetch);
});

const extracted = (start: number, end: number, body: string) => ({
  id: `c${start}`,
  start,
  end,
  quote: body.slice(start, end),
  prefix: "",
  suffix: "",
  sentenceStart: start,
  sentenceEnd: end,
  text: body.slice(start, end),
  kind: "statistic",
  alsoKinds: [],
  claimant: { name: "the article", type: "article", via: null },
  scores: { factual: 0.8, checkworthy: 0.7 },
  reasons: { factual: [], checkworthy: [] },
  quantities: [],
  dates: [],
  flags: [],
  loadedTerms: [],
});

describe("import", () => {
  it("puts the focus on the first field to fix when saving with fields missing", async () => {
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    await user.click(await screen.findByRole("button", { name: "Save article" }));
    expect(await screen.findByText("paste the article text")).toBeTruthy();
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Or paste the text")));
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("reads a dropped-in .md file in the browser, previews claims highlighted, then saves", async () => {
    const body = "# Rising numbers\n\nDeportations rose by 40% in 2024.";
    api.on("POST", "/api/articles/preview", () =>
      json({
        body: "Rising numbers\n\nDeportations rose by 40% in 2024.",
        publishedOn: null,
        claims: [extracted(16, 48, "Rising numbers\n\nDeportations rose by 40% in 2024.")],
      }),
    );
    api.on("POST", "/api/articles", () => json(article(), 201));
    api.on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: [] }));
    api.on("GET", "/api/users", () => json({ items: [editor] }));
    const user = userEvent.setup();
    const { router } = renderApp("/articles/import", session(editor));

    await user.upload(
      await screen.findByLabelText(/Choose a file/),
      new File([body], "story.md", { type: "text/markdown" }),
    );
    expect((await screen.findByDisplayValue("Rising numbers")) as HTMLInputElement).toBeTruthy();
    expect((screen.getByLabelText("Format") as HTMLSelectElement).value).toBe("markdown");

    await user.click(screen.getByRole("button", { name: "Preview claims" }));
    const preview = await screen.findByRole("document", { name: "Preview of the article text" });
    expect(preview.querySelector("mark")?.textContent).toBe("Deportations rose by 40% in 2024");
    expect(api.sent("POST", "/api/articles/preview")[0]!.body).toMatchObject({
      title: "Rising numbers",
      format: "markdown",
      body,
    });

    await user.click(screen.getByRole("button", { name: "Save article" }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${ARTICLE_ID}`));
  });

  it("sends the same Idempotency-Key when Save is pressed again after a failure, and a new one once the article changed", async () => {
    /** Answers the pending try; the test decides when. */
    let answer: (r: Response) => void = () => undefined;
    api.on("POST", "/api/articles", () => new Promise<Response>((resolve) => (answer = resolve)));
    api.on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: [] }));
    api.on("GET", "/api/users", () => json({ items: [editor] }));
    const user = userEvent.setup();
    const { router } = renderApp("/articles/import", session(editor));
    await user.type(await screen.findByLabelText("Or paste the text"), "Deportations rose by 40% in 2024.");
    await user.type(screen.getByLabelText("Title"), "Deportations");
    /** Presses Save and answers that try with `response` once the button says it is saving. */
    const saveAnswered = async (response: Response) => {
      await user.click(screen.getByRole("button", { name: "Save article" }));
      await screen.findByRole("button", { name: "Saving…" });
      answer(response);
    };

    // The answer is lost (a 503 after the server's request timeout, a proxy's error page): the import
    // may have been saved, and only the same key gets that import back instead of making a second.
    await saveAnswered(problem(503, "service_unavailable", "The request took too long; it may still be saved."));
    await screen.findByText(/may still be saved/);
    await saveAnswered(new Response("Bad gateway", { status: 502 }));
    await screen.findByText(/answered 502/);
    // What is sent changes: that is another import, with a key of its own, kept while it fails.
    await user.type(screen.getByLabelText("Title"), " in 2024");
    await saveAnswered(new Response("Bad gateway", { status: 502 }));
    await screen.findByRole("button", { name: "Save article" });
    await saveAnswered(json(article(), 201));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${ARTICLE_ID}`));

    const sent = api.sent("POST", "/api/articles");
    expect(sent.map((r) => (r.body as { title: string }).title)).toEqual([
      "Deportations",
      "Deportations",
      "Deportations in 2024",
      "Deportations in 2024",
    ]);
    const keys = sent.map((r) => r.headers.get("Idempotency-Key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[2]);
  });

  it("does not keep showing a preview of text that has since been edited", async () => {
    const body = "Deportations rose by 40% in 2024.";
    api.on("POST", "/api/articles/preview", () => json({ body, publishedOn: null, claims: [extracted(0, 32, body)] }));
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    await user.type(await screen.findByLabelText("Or paste the text"), body);
    await user.type(screen.getByLabelText("Title"), "Deportations");
    await user.click(screen.getByRole("button", { name: "Preview claims" }));
    await screen.findByRole("document", { name: "Preview of the article text" });

    await user.type(screen.getByLabelText("Or paste the text"), " Arrests fell by half.");
    // Its highlights no longer match the text: it goes, and says why, until previewed again.
    expect(screen.queryByRole("document", { name: "Preview of the article text" })).toBeNull();
    expect(screen.getByText(/text changed since the preview/)).toBeTruthy();
  });

  it("replaces a title and date guessed from one file when another is chosen, but keeps typed ones", async () => {
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    const choose = await screen.findByLabelText(/Choose a file/);
    await user.upload(choose, new File(["date 2025-03-28\nFirst story\n\nText."], "one.txt"));
    const title = (await screen.findByDisplayValue("First story")) as HTMLInputElement;
    await user.upload(choose, new File(["date 2025-04-02\nSecond story\n\nText."], "two.txt"));
    // The file is read asynchronously: wait for the form to take it.
    expect(await screen.findByDisplayValue("Second story")).toBe(title);
    expect(screen.getByDisplayValue("2025-04-02")).toBeTruthy();
    await user.clear(title);
    await user.type(title, "My own title");
    await user.upload(choose, new File(["Third story\n\nText."], "three.txt"));
    await vi.waitFor(() =>
      expect((screen.getByLabelText("Or paste the text") as HTMLTextAreaElement).value).toContain("Third story"),
    );
    expect(title.value).toBe("My own title");
  });

  it("reads a Word document in the browser as plain text, with its date line and title", async () => {
    const docx = await wordDocument([
      "date 2025-03-28",
      "Rising numbers",
      "",
      "Deportations rose by 40% in 2024, the ministry said.",
    ]);
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    await user.upload(
      await screen.findByLabelText(/Choose a file/),
      new File([docx], "story.docx", { type: WORD_TYPE }),
    );
    expect(await screen.findByDisplayValue("Rising numbers")).toBeTruthy();
    expect((screen.getByLabelText("Format") as HTMLSelectElement).value).toBe("text");
    expect((screen.getByLabelText(/Published on/) as HTMLInputElement).value).toBe("2025-03-28");
    expect((screen.getByLabelText("Or paste the text") as HTMLTextAreaElement).value).toBe(
      "date 2025-03-28\n\nRising numbers\n\nDeportations rose by 40% in 2024, the ministry said.",
    );
  });

  it("says what to do with a file that is not a readable .docx", async () => {
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    await user.upload(
      await screen.findByLabelText(/Choose a file/),
      new File(["an old binary .doc renamed"], "story.docx", { type: WORD_TYPE }),
    );
    expect(
      await screen.findByText(/could not be read as a Word document.*save it as \.docx, or paste its text/),
    ).toBeTruthy();
  });

  it("explains missing fields beside them without calling the server", async () => {
    const user = userEvent.setup();
    renderApp("/articles/import", session(editor));
    await user.click(await screen.findByRole("button", { name: "Save article" }));
    expect(screen.getByText("enter a title")).toBeTruthy();
    expect(screen.getByText("paste the article text")).toBeTruthy();
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });
});
