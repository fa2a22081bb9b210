// Live updates: every committed change is announced to the clients that have the article open.
// Against PostgreSQL the announcement travels by NOTIFY (sent inside the change's transaction, so it
// is delivered only if the change commits) and every instance LISTENs, which also reaches clients
// of other app instances. The embedded database has one connection and one instance, so there the
// announcement goes straight to this process's subscribers after commit.
import { EventEmitter } from "node:events";
import type pg from "pg";
import type { Logger } from "pino";
import { liveEventSchema, type LiveEvent } from "@claimdesk/shared";
import type { Database } from "../db/database.ts";
import { sqlExecuteLast, type SqlTarget } from "../db/sql.ts";

const CHANNEL = "claimdesk_live";

export interface LiveEvents {
  /** Call inside the change's transaction. */
  publish(tx: SqlTarget, event: LiveEvent): Promise<void>;
  /** onClose runs when the server shuts down, so open streams can end. */
  subscribe(articleId: string, listener: (event: LiveEvent) => void, onClose?: () => void): () => void;
  close(): Promise<void>;
}

export async function startLiveEvents(db: Database, logger: Logger): Promise<LiveEvents> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (event: LiveEvent) => emitter.emit(event.articleId, event);

  if (db.kind === "embedded") {
    return {
      async publish(_tx, event) {
        // After the current tick: by then the transaction callback has returned and committed.
        setImmediate(() => deliver(event));
      },
      subscribe: (articleId, listener, onClose) => subscribe(emitter, articleId, listener, onClose),
      async close() {
        closeAll(emitter);
      },
    };
  }

  const listener = await listen(db, logger, deliver);
  return {
    async publish(tx, event) {
      await sqlExecuteLast(tx, "SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
    },
    subscribe: (articleId, fn, onClose) => subscribe(emitter, articleId, fn, onClose),
    async close() {
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

/** A dedicated connection for LISTEN, reconnecting after a database restart. */
async function listen(
  db: Database,
  logger: Logger,
  deliver: (e: LiveEvent) => void,
): Promise<{ stop(): Promise<void> }> {
  let client: pg.PoolClient | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    try {
      const c = await db.pool.connect();
      c.on("notification", (message) => {
        const parsed = liveEventSchema.safeParse(JSON.parse(message.payload ?? "null"));
        if (parsed.success) deliver(parsed.data);
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
      await c.query(`LISTEN ${CHANNEL}`);
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
