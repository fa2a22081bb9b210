// Live updates: every committed change is announced to the clients that have the article open.
// Against PostgreSQL the announcement travels by NOTIFY (sent inside the change's transaction, so it
// is delivered only if the change commits) and every instance LISTENs, which also reaches clients
// of other app instances. The embedded database has one connection and one instance, so there the
// announcement goes straight to this process's subscribers after commit.
// The end of a session (sign-out, a disabled account, a new role or password) travels the same
// way, to end the streams opened under it on every instance.
import { EventEmitter } from "node:events";
import type pg from "pg";
import type { Logger } from "pino";
import { liveEventSchema, type LiveEvent } from "@claimdesk/shared";
import type { Database } from "../db/database.ts";
import { sqlExecuteLast, type SqlTarget } from "../db/sql.ts";
import { OpenStreams, streamsToEndSchema, type StreamOwner, type StreamsToEnd } from "./open-streams.ts";
import { sweepStreamSessions } from "./session-sweep.ts";

const CHANNEL = "claimdesk_live";
const END_CHANNEL = "claimdesk_streams_end";

export interface LiveEvents {
  /** Call inside the change's transaction. */
  publish(tx: SqlTarget, event: LiveEvent): Promise<void>;
  /** onClose runs when the server shuts down, so open streams can end. */
  subscribe(articleId: string, listener: (event: LiveEvent) => void, onClose?: () => void): () => void;
  /** Registers an open stream under its session, so endStreams can end it; returns the unregister function. */
  openStream(owner: StreamOwner, end: () => void): () => void;
  /** Call inside the transaction that ends sessions or changes an account: once it commits, their streams end. */
  endStreams(tx: SqlTarget, which: StreamsToEnd): Promise<void>;
  close(): Promise<void>;
}

export async function startLiveEvents(db: Database, logger: Logger): Promise<LiveEvents> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (event: LiveEvent) => emitter.emit(event.articleId, event);
  const streams = new OpenStreams();
  const sweep = sweepStreamSessions(db.pool, streams, logger);
  const openStream = (owner: StreamOwner, end: () => void) => streams.add(owner, end);

  if (db.kind === "embedded") {
    return {
      async publish(_tx, event) {
        // After the current tick: by then the transaction callback has returned and committed.
        setImmediate(() => deliver(event));
      },
      subscribe: (articleId, listener, onClose) => subscribe(emitter, articleId, listener, onClose),
      openStream,
      async endStreams(_tx, which) {
        // Ending a stream early is harmless: if the change rolls back, EventSource reconnects.
        setImmediate(() => streams.end(which));
      },
      async close() {
        sweep.stop();
        closeAll(emitter);
      },
    };
  }

  const listener = await listen(db, logger, {
    [CHANNEL]: (payload) => {
      const parsed = liveEventSchema.safeParse(payload);
      if (parsed.success) deliver(parsed.data);
    },
    [END_CHANNEL]: (payload) => {
      const parsed = streamsToEndSchema.safeParse(payload);
      if (parsed.success) streams.end(parsed.data);
    },
  });
  return {
    async publish(tx, event) {
      await sqlExecuteLast(tx, "SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
    },
    subscribe: (articleId, fn, onClose) => subscribe(emitter, articleId, fn, onClose),
    openStream,
    async endStreams(tx, which) {
      await sqlExecuteLast(tx, "SELECT pg_notify($1, $2)", [END_CHANNEL, JSON.stringify(which)]);
    },
    async close() {
      sweep.stop();
      closeAll(emitter);
      await listener.stop();
    },
  };
}

const CLOSE = Symbol("close");

function subscribe(
  emitter: EventEmitter,
  articleId: string,
  listener: (event: LiveEvent) => void,
  onClose?: () => void,
): () => void {
  emitter.on(articleId, listener);
  if (onClose) emitter.on(CLOSE, onClose);
  return () => {
    emitter.off(articleId, listener);
    if (onClose) emitter.off(CLOSE, onClose);
  };
}

function closeAll(emitter: EventEmitter): void {
  emitter.emit(CLOSE);
  emitter.removeAllListeners();
}

/** A dedicated connection for LISTEN on each channel, reconnecting after a database restart. */
async function listen(
  db: Database,
  logger: Logger,
  handlers: Record<string, (payload: unknown) => void>,
): Promise<{ stop(): Promise<void> }> {
  let client: pg.PoolClient | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    try {
      const c = await db.pool.connect();
      c.on("notification", (message) => {
        handlers[message.channel]?.(JSON.parse(message.payload ?? "null"));
      });
      c.on("error", (error) => {
        // After stop() the connection is ours no more: a late error (the database dropped or
        // restarted) must not release it twice or reconnect.
        if (stopped) return;
        logger.warn({ err: error }, "live updates: connection lost, reconnecting");
        c.release(true);
        if (client === c) client = null;
        scheduleReconnect();
      });
      await c.query(
        Object.keys(handlers)
          .map((channel) => `LISTEN ${channel}`)
          .join("; "),
      );
      client = c;
    } catch (error) {
      logger.warn({ err: error }, "live updates: cannot LISTEN yet, retrying");
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    if (!stopped) retry = setTimeout(() => void connect(), 1000);
  };

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      if (client) {
        // Closed rather than returned to the pool: a connection that was LISTENing is not reused.
        client.release(true);
        client = null;
      }
    },
  };
}
