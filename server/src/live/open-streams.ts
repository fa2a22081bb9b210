// The live streams open in this process, by the session and account they were opened under.
// Signing out, disabling an account or changing its role or password ends the matching streams
// here, at once (on every instance, through live-events.ts), so a stream never has to read its
// session from the database before each event (decision 150).
import { z } from "zod";
import type { Role } from "@claimdesk/shared";

export interface StreamOwner {
  sessionId: string;
  userId: string;
  /** The role the stream was opened under: the periodic check ends it once the account has another. */
  role: Role;
}

/** Which streams to end: one session's, or every session's of an account but perhaps one. */
export type StreamsToEnd = { sessionId: string } | { userId: string; exceptSessionId?: string | null | undefined };

/** The same, as it travels between instances in a NOTIFY payload. */
export const streamsToEndSchema = z.union([
  z.object({ sessionId: z.string() }),
  z.object({ userId: z.string(), exceptSessionId: z.string().nullable().optional() }),
]);

interface OpenStream extends StreamOwner {
  end(): void;
}

export class OpenStreams {
  private readonly streams = new Set<OpenStream>();

  /** Registers a stream; the returned function forgets it (call it when the stream ends on its own). */
  add(owner: StreamOwner, end: () => void): () => void {
    const stream = { ...owner, end };
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  /** Ends the matching streams and returns how many. */
  end(which: StreamsToEnd): number {
    return this.endWhere((s) =>
      "sessionId" in which
        ? s.sessionId === which.sessionId
        : s.userId === which.userId && s.sessionId !== which.exceptSessionId,
    );
  }

  /** The streams open now, for the periodic check, which later ends the stale ones among them. */
  snapshot(): readonly StreamOwner[] {
    return [...this.streams];
  }

  /**
   * Ends those of `checked` still open whose session is not in `current` (ended, expired, its
   * account disabled) or whose account now has another role than the stream was opened under.
   * Streams opened after the snapshot are left to the next check: their own request read them.
   */
  endStale(checked: readonly StreamOwner[], current: ReadonlyMap<string, Role>): number {
    const wereChecked = new Set(checked);
    return this.endWhere((s) => wereChecked.has(s) && current.get(s.sessionId) !== s.role);
  }

  private endWhere(matches: (stream: OpenStream) => boolean): number {
    const ending = [...this.streams].filter(matches);
    for (const stream of ending) {
      this.streams.delete(stream);
      stream.end();
    }
    return ending.length;
  }
}
