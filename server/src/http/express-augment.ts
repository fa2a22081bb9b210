// What our middleware adds to each request.
import type { Role } from "@claimdesk/shared";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `authenticate` when the request carries a valid session cookie. */
      auth?: { user: AuthenticatedUser; sessionId: string; csrfToken: string; expiresAt: Date };
      /** Set by `readIdempotencyKey` when a change carries a valid Idempotency-Key header (decision 270). */
      idempotencyKey?: string;
    }
  }
}
