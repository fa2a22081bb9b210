import { useMemo, useRef, useState, type DragEvent, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { importArticleInputSchema, type ImportArticleInput } from "@claimdesk/shared";
import { Field } from "../../../components/field.tsx";
import { HighlightedText } from "../../../components/highlighted-text.tsx";
import { ErrorMessage } from "../../../components/status.tsx";
import { isApiError } from "../../../lib/api-error.ts";
import { focusFirstInvalid } from "../../../lib/focus-first-invalid.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useImportArticle } from "../api/import-article.ts";
import { usePreviewArticle } from "../api/preview-article.ts";
import { readArticleFile } from "./read-article-file.ts";

interface Draft {
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedOn: string;
  body: string;
  format: "text" | "markdown" | "html";
}
const EMPTY: Draft = { title: "", outlet: "", author: "", url: "", publishedOn: "", body: "", format: "text" };

function toInput(d: Draft): ImportArticleInput {
  return {
    title: d.title,
    outlet: d.outlet || null,
    author: d.author || null,
    url: d.url || null,
    publishedOn: d.publishedOn || null,
    body: d.body,
    format: d.format,
  };
}

export function ImportArticlePage() {
  const navigate = useNavigate();
  const [draft, setDraft, clear] = useDraft<Draft>("import-article", EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const preview = usePreviewArticle();
  const save = useImportArticle();

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const serverErrors = isApiError(save.error)
    ? save.error.fieldMessages()
    : isApiError(preview.error)
      ? preview.error.fieldMessages()
      : {};
  const errors = { ...serverErrors, ...clientErrors };

  function validate(): ImportArticleInput | null {
    const parsed = importArticleInputSchema.safeParse(toInput(draft));
    if (parsed.success) {
      setClientErrors({});
      return toInput(draft);
    }
    const next: Record<string, string> = {};
    for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
    setClientErrors(next);
    focusFirstInvalid(formRef.current);
    return null;
  }

  const guessed = useRef({ title: "", publishedOn: "" });
  const formRef = useRef<HTMLFormElement>(null);

  async function takeFile(file: File | undefined) {
    if (!file) return;
    try {
      const read = await readArticleFile(file);
      setFileError(null);
      // A title or date the editor typed stays; one guessed from the previous file is replaced.
      const previous = guessed.current;
      guessed.current = { title: read.titleGuess, publishedOn: read.dateGuess };
      setDraft((d) => ({
        ...d,
        body: read.body,
        format: read.format,
        title: d.title && d.title !== previous.title ? d.title : read.titleGuess,
        publishedOn: d.publishedOn && d.publishedOn !== previous.publishedOn ? d.publishedOn : read.dateGuess,
      }));
      preview.reset();
    } catch (e) {
      setFileError(e instanceof Error ? e.message : "Could not read the file.");
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void takeFile(e.dataTransfer.files[0]);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = validate();
    if (!input) return;
    save.mutate(input, {
      onSuccess: (article) => {
        clear();
        navigate(`/articles/${article.id}`);
      },
    });
  }

  // Highlights are offsets into the text that was previewed; once it is edited they point elsewhere.
  const previewOutdated =
    !!preview.data && (preview.variables?.body !== draft.body || preview.variables?.format !== draft.format);

  const spans = useMemo(
    () =>
      (preview.data?.claims ?? []).map((c, i) => ({
        id: c.id,
        start: c.start,
        end: c.end,
        number: i + 1,
        verdict: null,
      })),
    [preview.data],
  );

  return (
    <main id="main" className="page import-page">
      <h1>Import an article</h1>
      <form onSubmit={submit} noValidate ref={formRef}>
        <fieldset>
          <legend>Article text</legend>
          <div
            className={`drop-zone${dragging ? " dragging" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <Field
              label="Choose a file (.txt, .md, .html, .docx or .pdf), or drop one here"
              error={fileError ?? undefined}
            >
              <input
                type="file"
                accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
                onChange={(e) => void takeFile(e.target.files?.[0])}
              />
            </Field>
          </div>
          <Field label="Format" hint="Set from the file's extension; change it if it is wrong.">
            <select value={draft.format} onChange={(e) => update({ format: e.target.value as Draft["format"] })}>
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </Field>
          <Field label="Or paste the text" error={errors.body}>
            <textarea rows={12} value={draft.body} onChange={(e) => update({ body: e.target.value })} />
          </Field>
        </fieldset>
        <fieldset className="metadata">
          <legend>About the article</legend>
          <Field label="Title" error={errors.title}>
            <input value={draft.title} onChange={(e) => update({ title: e.target.value })} required />
          </Field>
          <Field label="Outlet" error={errors.outlet}>
            <input value={draft.outlet} onChange={(e) => update({ outlet: e.target.value })} />
          </Field>
          <Field label="Author" error={errors.author}>
            <input value={draft.author} onChange={(e) => update({ author: e.target.value })} />
          </Field>
          <Field label="Web address" error={errors.url}>
            <input
              type="url"
              value={draft.url}
              onChange={(e) => update({ url: e.target.value })}
              placeholder="https://"
            />
          </Field>
          <Field label="Published on" error={errors.publishedOn}>
            <input type="date" value={draft.publishedOn} onChange={(e) => update({ publishedOn: e.target.value })} />
          </Field>
        </fieldset>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              const input = validate();
              if (input) preview.mutate(input);
            }}
            disabled={preview.isPending}
          >
            {preview.isPending ? "Finding claims…" : "Preview claims"}
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save article"}
          </button>
        </div>
        <ErrorMessage error={save.error ?? preview.error} />
      </form>

      {previewOutdated ? (
        <p className="muted" role="status">
          The text changed since the preview: press Preview claims again to see its claims.
        </p>
      ) : null}
      {preview.data && !previewOutdated ? (
        <section aria-labelledby="preview-heading" className="preview">
          <h2 id="preview-heading">Preview: {preview.data.claims.length} claims found</h2>
          <p className="muted">Nothing is saved yet. Check the highlighted claims, then save the article.</p>
          <HighlightedText body={preview.data.body} spans={spans} label="Preview of the article text" />
        </section>
      ) : null}
    </main>
  );
}
