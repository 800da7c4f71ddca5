import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

/**
 * An open database as the app holds it: a handle it passes back to src/db (openMongoStores) and
 * never looks inside, so nothing outside src/db depends on mongoose.
 */
export type DatabaseConnection = Connection;

/** What we learned about the server, for the start-up log line. */
export interface ServerInfo {
  /** "MongoDB 7.0.12" or "FerretDB 1.24.2 (MongoDB 7.0.77 compatible)". */
  description: string;
  ferret: boolean;
}

/**
 * How long an operation waits for a reachable server before it fails. Short, so that with the
 * database down a follower's update fails (and gets its apology) in seconds, not minutes.
 */
export const SERVER_SELECTION_MS = 4_000;

/** How long the first connection is tried for (a server starting beside us may be slow). */
const FIRST_CONNECT_MS = 15_000;

/**
 * Opens a connection and says which server it reached (never the credentials). Commands are
 * never buffered: with the server gone, each fails after SERVER_SELECTION_MS, instead of
 * mongoose holding it (and the follower waiting) until the connection comes back.
 */
export async function connectDatabase(uri: string, log: Logger): Promise<{ conn: Connection; server: ServerInfo }> {
  const conn = await openConnection(uri);
  const info = (await conn.db!.admin().command({ buildInfo: 1 })) as {
    version?: string;
    ferretdbVersion?: string;
  };
  const server: ServerInfo = info.ferretdbVersion
    ? { description: `FerretDB ${info.ferretdbVersion.replace(/^v/, '')} (MongoDB ${info.version} compatible)`, ferret: true }
    : { description: `MongoDB ${info.version ?? '?'}`, ferret: false };
  log.info({ server: server.description, database: conn.name, host: redactUri(uri) }, 'database connected');
  return { conn, server };
}

/** Connects, trying again for FIRST_CONNECT_MS while no server answers. */
async function openConnection(uri: string): Promise<Connection> {
  const deadline = Date.now() + FIRST_CONNECT_MS;
  for (;;) {
    const conn = mongoose.createConnection(uri, {
      serverSelectionTimeoutMS: SERVER_SELECTION_MS,
      bufferCommands: false,
      autoIndex: false,
      maxPoolSize: 20,
    });
    try {
      return await conn.asPromise();
    } catch (err) {
      await conn.close().catch(() => undefined);
      if (!(err instanceof Error && err.name === 'MongooseServerSelectionError') || Date.now() >= deadline) throw err;
    }
  }
}

/** The URI with any password removed, safe for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
