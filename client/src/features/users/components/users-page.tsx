import { useRef, useState, type FormEvent } from "react";
import { createUserInputSchema, passwordSchema, roles, type Role, type User } from "@claimdesk/shared";
import { Field } from "../../../components/field.tsx";
import { Empty, ErrorMessage, Loading } from "../../../components/status.tsx";
import { isApiError } from "../../../lib/api-error.ts";
import { focusFirstInvalid } from "../../../lib/focus-first-invalid.ts";
import { useCurrentUser } from "../../../lib/session.ts";
import { useCreateUser, useUpdateUser, useUsers, type NewUser } from "../api/users.ts";

const ROLE_LABELS: Record<Role, string> = { reviewer: "Reviewer", editor: "Editor", admin: "Admin" };
const EMPTY: NewUser = { email: "", name: "", role: "reviewer", password: "" };

export function UsersPage() {
  const users = useUsers();
  return (
    <main id="main" className="page">
      <h1>Users and roles</h1>
      {users.isPending ? <Loading what="users" /> : null}
      <ErrorMessage error={users.error} />
      {users.data?.length === 0 ? <Empty>No users yet.</Empty> : null}
      {users.data?.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <UserRow key={u.id} user={u} />
            ))}
          </tbody>
        </table>
      ) : null}
      <CreateUserForm />
    </main>
  );
}

function UserRow({ user }: { user: User }) {
  const me = useCurrentUser();
  const update = useUpdateUser();
  const self = user.id === me.id;
  const [changed, setChanged] = useState<string | null>(null);
  return (
    <tr>
      <td data-label="Name">{user.name}</td>
      <td data-label="Email">{user.email}</td>
      <td data-label="Role">
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.name}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          // Not disabled while saving: that would drop the keyboard focus to the page.
          disabled={self}
          onChange={(e) =>
            !update.isPending &&
            update.mutate(
              { id: user.id, version: user.version, role: e.target.value as Role },
              { onSuccess: (saved) => setChanged(`${saved.name} is now ${ROLE_LABELS[saved.role]}.`) },
            )
          }
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <ErrorMessage error={update.error} />
        <span role="status" className="muted">
          {changed ?? ""}
        </span>
      </td>
      <td data-label="Access">
        {self ? (
          <span className="you">You</span>
        ) : (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: user.id, version: user.version, disabled: !user.disabled })}
          >
            {user.disabled ? "Enable" : "Disable"}
            <span className="visually-hidden"> {user.name}</span>
          </button>
        )}
        {user.disabled ? <span className="tag">Disabled</span> : null}
        <SetPassword user={user} />
      </td>
    </tr>
  );
}

/**
 * An admin sets an account's password, their own included: accounts have no other way to change
 * one, and the first admin's generated password is meant to be replaced here. The server signs the
 * account out of its other sessions.
 */
function SetPassword({ user }: { user: User }) {
  const update = useUpdateUser();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const serverError = isApiError(update.error) ? update.error.fieldMessages().password : undefined;

  function save(e: FormEvent) {
    e.preventDefault();
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return setError(parsed.error.issues[0]!.message);
    }
    setError(undefined);
    update.mutate(
      { id: user.id, version: user.version, password: parsed.data },
      { onSuccess: () => (setOpen(false), setPassword(""), setDone(true)) },
    );
  }

  if (!open) {
    return (
      <>
        <button
          type="button"
          aria-label={`Set password for ${user.name}`}
          onClick={() => (setOpen(true), setDone(false))}
        >
          Set password
        </button>
        {done ? <span role="status">Password set for {user.name}.</span> : null}
      </>
    );
  }
  return (
    <form onSubmit={save} noValidate className="set-password">
      <Field label={`New password for ${user.name}`} hint="At least 12 characters." error={error ?? serverError}>
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <ErrorMessage error={serverError ? null : update.error} />
      <button type="submit" disabled={update.isPending}>
        Save password
      </button>
      <button type="button" onClick={() => (setOpen(false), setPassword(""), setError(undefined))}>
        Cancel
      </button>
    </form>
  );
}

function CreateUserForm() {
  const create = useCreateUser();
  const [form, setForm] = useState<NewUser>(EMPTY);
  // From the latest state, not the one last rendered (verdict-form.tsx says why).
  const change = (patch: Partial<NewUser>) => setForm((latest) => ({ ...latest, ...patch }));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...(isApiError(create.error) ? create.error.fieldMessages() : {}), ...clientErrors };
  const [added, setAdded] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    setAdded(null);
    const parsed = createUserInputSchema.safeParse(form);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setClientErrors(next);
      focusFirstInvalid(formElement);
      return;
    }
    setClientErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setForm(EMPTY);
        setAdded(`Added ${user.name} as ${ROLE_LABELS[user.role]}.`);
        // Ready for the next person; the button that had the focus was disabled while saving.
        nameRef.current?.focus();
      },
      onError: () => focusFirstInvalid(formElement),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="create-user" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">Add a user</h2>
      <Field label="Name" error={errors.name}>
        <input ref={nameRef} value={form.name} onChange={(e) => change({ name: e.target.value })} />
      </Field>
      <Field label="Email" error={errors.email}>
        <input type="email" value={form.email} onChange={(e) => change({ email: e.target.value })} />
      </Field>
      <Field label="Role" error={errors.role}>
        <select value={form.role} onChange={(e) => change({ role: e.target.value as Role })}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="First password"
        hint="At least 12 characters. Only an admin can change it later (Set password)."
        error={errors.password}
      >
        <input
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => change({ password: e.target.value })}
        />
      </Field>
      <ErrorMessage error={create.error} />
      <button type="submit" className="primary" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add user"}
      </button>
      <p role="status" className="muted">
        {added ?? ""}
      </p>
    </form>
  );
}
