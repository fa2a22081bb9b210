import { useRef, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import {
  articleSchema,
  articleStatusSchema,
  updateArticleInputSchema,
  type Article,
  type Claim,
} from "@claimdesk/shared";
import { Field } from "../../../components/field.tsx";
import { ErrorMessage } from "../../../components/status.tsx";
import { conflictingRecord, isApiError } from "../../../lib/api-error.ts";
import { focusFirstInvalid } from "../../../lib/focus-first-invalid.ts";
import { keepMyChanges } from "../../../lib/keep-my-changes.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useDraft } from "../../../lib/use-draft.ts";
import { useUpdateArticle, type ArticleChanges } from "../api/update-article.ts";
import { ConflictNotice } from "./conflict-notice.tsx";
import { summariseRevision } from "./revision-summary.ts";

export const STATUS_LABELS: Record<Article["status"], string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

interface ArticleDraft {
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedOn: string;
  status: Article["status"];
  body: string;
  /** The article version the edit started from; saving against it is what detects conflicts. */
  baseVersion: number;
  /** The fields as they were when the edit started (older drafts lack it), for "keep mine". */
  base?: ArticleFields;
}
type ArticleFields = Omit<ArticleDraft, "baseVersion" | "base">;

function fieldsOf(a: Article): ArticleFields {
  return {
    title: a.title,
    outlet: a.outlet ?? "",
    author: a.author ?? "",
    url: a.url ?? "",
    publishedOn: a.publishedOn ?? "",
    status: a.status,
    body: a.body,
  };
}

function fromArticle(a: Article): ArticleDraft {
  return { ...fieldsOf(a), baseVersion: a.version, base: fieldsOf(a) };
}

/** What "keep mine" saves: the fields I changed over their version, theirs for the rest. */
function mineOver(d: ArticleDraft, theirs: Article): ArticleDraft {
  if (!d.base) return d;
  const { baseVersion, base, ...mine } = d;
  return { ...keepMyChanges(base, mine, fieldsOf(theirs)), baseVersion, base };
}

/** Empty optional fields clear the value; the body is sent only when it changed (that re-anchors claims). */
function toChanges(d: ArticleDraft, saved: Article): ArticleChanges {
  return {
    title: d.title.trim(),
    outlet: d.outlet.trim() || null,
    author: d.author.trim() || null,
    url: d.url.trim() || null,
    publishedOn: d.publishedOn || null,
    status: d.status,
    // The text is edited as readers see it, so it is saved as plain text whatever it was imported as.
    ...(d.body !== saved.body ? { body: d.body, format: "text" as const } : {}),
  };
}

interface Props {
  article: Article;
  onDone: (summary: string | null) => void;
}

/** Editors change an article's details, status and text; claims follow the text server-side. */
export function ArticleEditor({ article, onDone }: Props) {
  const queryClient = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft<ArticleDraft>(`article:${article.id}`, fromArticle(article));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const save = useUpdateArticle();
  const formRef = useRef<HTMLFormElement>(null);
  // Where the focus goes when "Keep mine" closes the conflict notice: "Saving…", then the summary.
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const theirs = conflictingRecord(save.error, articleSchema);
  const errors = { ...(isApiError(save.error) ? save.error.fieldMessages() : {}), ...clientErrors };
  const set = (patch: Partial<ArticleDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function send(version: number, from: ArticleDraft = draft) {
    const changes = toChanges(from, theirs ?? article);
    const parsed = updateArticleInputSchema.safeParse({ version, ...changes });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      focusFirstInvalid(formRef.current);
      return setClientErrors(next);
    }
    setClientErrors({});
    const claimsBefore = queryClient.getQueryData<Claim[]>(queryKeys.articleClaims(article.id)) ?? [];
    save.mutate(
      { articleId: article.id, version, changes },
      {
        onSuccess: () => {
          clearDraft();
          const claims = queryClient.getQueryData<Claim[]>(queryKeys.articleClaims(article.id)) ?? [];
          onDone(summariseRevision(claims, changes.body !== undefined, claimsBefore));
        },
      },
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // Its button is aria-disabled, not disabled, while saving: a second press must not send again.
    if (save.isPending) return;
    send(draft.baseVersion);
  }

  const merged = theirs ? mineOver(draft, theirs) : draft;
  const mine = toChanges(merged, article);
  return (
    <form
      ref={formRef}
      className="article-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby="article-editor-heading"
    >
      <h2 id="article-editor-heading">Edit article</h2>
      <Field label="Title" error={errors.title}>
        {/* Opened by "Edit article", which goes away: the focus comes here, not to the page. */}
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required autoFocus />
      </Field>
      <div className="field-row">
        <Field label="Outlet" error={errors.outlet}>
          <input value={draft.outlet} onChange={(e) => set({ outlet: e.target.value })} />
        </Field>
        <Field label="Author" error={errors.author}>
          <input value={draft.author} onChange={(e) => set({ author: e.target.value })} />
        </Field>
      </div>
      <Field label="Web address" error={errors.url}>
        <input type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://" />
      </Field>
      <div className="field-row">
        <Field label="Published on" error={errors.publishedOn}>
          <input type="date" value={draft.publishedOn} onChange={(e) => set({ publishedOn: e.target.value })} />
        </Field>
        <Field label="Status" error={errors.status}>
          <select value={draft.status} onChange={(e) => set({ status: e.target.value as Article["status"] })}>
            {articleStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label="Body text"
        error={errors.body}
        hint="Revising the text moves each claim to where its words are now; claims whose words changed or disappeared are marked, never deleted."
      >
        <textarea rows={18} value={draft.body} onChange={(e) => set({ body: e.target.value })} />
      </Field>
      {theirs ? (
        <ConflictNotice
          error={save.error}
          rows={[
            { label: "Title", mine: mine.title, theirs: theirs.title },
            { label: "Outlet", mine: mine.outlet ?? "", theirs: theirs.outlet ?? "" },
            { label: "Author", mine: mine.author ?? "", theirs: theirs.author ?? "" },
            { label: "Web address", mine: mine.url ?? "", theirs: theirs.url ?? "" },
            { label: "Published on", mine: mine.publishedOn ?? "", theirs: theirs.publishedOn ?? "" },
            { label: "Status", mine: STATUS_LABELS[mine.status], theirs: STATUS_LABELS[theirs.status] },
            { label: "Text", mine: merged.body, theirs: theirs.body },
          ]}
          busy={save.isPending}
          returnFocus={() => saveButtonRef.current?.focus()}
          onKeepMine={() => {
            set({ baseVersion: theirs.version });
            send(theirs.version, merged);
          }}
          onTakeTheirs={() => {
            clearDraft();
            save.reset();
            queryClient.setQueryData(queryKeys.article(article.id), theirs);
            void queryClient.invalidateQueries({ queryKey: queryKeys.articleClaims(article.id) });
            onDone(null);
          }}
        />
      ) : (
        <ErrorMessage error={Object.keys(errors).length ? null : save.error} />
      )}
      <div className="actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="primary" ref={saveButtonRef} aria-disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save article"}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Close
        </button>
        <button
          type="button"
          onClick={() => {
            clearDraft();
            save.reset();
            onDone(null);
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}
