// Loading, empty and error states, so every screen says what is happening in words.
import { describeError } from "../lib/api-error.ts";

export function Loading({ what }: { what: string }) {
  return (
    <p className="state-loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="state-empty">{children}</p>;
}

/** An API failure as a readable sentence, placed next to what caused it. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-message" role="alert" id={id}>
      {describeError(error)}
    </p>
  );
}
