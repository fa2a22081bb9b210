import { useState, type FormEvent } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { loginInputSchema } from "@claimdesk/shared";
import { Field } from "../../../components/field.tsx";
import { describeError, isApiError } from "../../../lib/api-error.ts";
import { useSignIn } from "../api/sign-in.ts";

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const from = (location.state as { from?: string } | null)?.from ?? params.get("from") ?? "/articles";
  const expired = params.get("reason") === "expired";

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = loginInputSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: () => navigate(from.startsWith("/") ? from : "/articles", { replace: true }),
    });
  }

  const wrongCredentials = isApiError(signIn.error) && signIn.error.status === 401;
  return (
    <main className="sign-in" id="main">
      <h1>Sign in to ClaimDesk</h1>
      {expired && !signIn.error ? (
        <p className="notice" role="status">
          Your session has expired. Sign in again to continue; unsaved text is kept in this tab.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-describedby="sign-in-error">
        <Field label="Email" error={fieldErrors.email}>
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </Field>
        <Field label="Password" error={fieldErrors.password}>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </Field>
        {signIn.error ? (
          <p className="error-message" role="alert" id="sign-in-error">
            {wrongCredentials
              ? "That email and password do not match an account. Check them and try again."
              : describeError(signIn.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
