import { join } from 'node:path';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { connectDatabase, type ServerInfo } from './connect.js';
import type { EmbeddedServer } from './embedded-server.js';
import { startLocalDatabase } from './database-chain.js';
import { rememberFerretStorage } from './hot-paths.js';
import { announceRunningServer, runningServerUri } from './running-server.js';

/** An open database, and how to close it (and the embedded server, if one was started). */
export interface OpenDatabase {
  conn: Connection;
  server: ServerInfo;
  embedded: boolean;
  /** Resolves when the server answers a ping (for /healthz). */
  ping(): Promise<void>;
  /**
   * The last step of a shutdown, once nothing uses the database any more: disconnects, then
   * stops the embedded server (the only way it is stopped). Safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Connects to MONGODB_URI, or, when it is unset, starts a local server (database-chain.ts: a
 * mongod on PATH, mongodb-memory-server, or FerretDB) with its data in `<dataDir>/db` and
 * connects to that: the bot, the CLIs and the benches all start this way. `progress` gets the
 * steps a person waits through (a FerretDB build, a download); default: the logger at info.
 */
export async function openDatabase(
  uri: string | undefined,
  dataDir: string,
  log: Logger,
  progress: (msg: string) => void = (m) => log.info(m),
): Promise<OpenDatabase> {
  if (uri) {
    const { conn, server } = await connectDatabase(uri, log);
    return { conn, server, embedded: false, ping: () => ping(conn), close: once(() => conn.close()) };
  }
  const dbDir = join(dataDir, 'db');
  const shared = await joinRunningServer(dbDir, log, progress);
  if (shared) return shared;
  progress(`MONGODB_URI not set: starting a local database server (data in ${dbDir})`);
  const embedded = await startLocalDatabase({ dataDir: dbDir, log: progress });
  const connected = await connectDatabase(`${embedded.uri}forum`, log).catch(async (err: unknown) => {
    await embedded.stop();
    throw err;
  });
  const { conn, server } = connected;
  if (embedded.storage) rememberFerretStorage(conn, embedded.storage);
  const withdraw = announceRunningServer(dbDir, embedded.uri);
  const close = once(() => closeThenStop(conn, { ...embedded, stop: () => (withdraw(), embedded.stop()) }));
  return { conn, server, embedded: true, ping: () => ping(conn), close };
}

/** The local server a running bot (or CLI) already started on these files, when there is one that answers. */
async function joinRunningServer(dbDir: string, log: Logger, progress: (msg: string) => void): Promise<OpenDatabase | undefined> {
  const uri = runningServerUri(dbDir);
  if (!uri) return undefined;
  const connected = await connectDatabase(`${uri}forum`, log).catch(() => undefined);
  if (!connected) return undefined;
  progress(`using the local database server already running for ${dbDir} (${connected.server.description})`);
  const { conn, server } = connected;
  return { conn, server, embedded: false, ping: () => ping(conn), close: once(() => conn.close()) };
}

async function ping(conn: Connection): Promise<void> {
  if (!conn.db) throw new Error('not connected');
  await conn.db.admin().command({ ping: 1 });
}

/** Progress a person waits through, printed on stderr as plain lines (the CLIs' default). */
export function printProgress(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** Disconnects, then stops the server, even when the disconnect fails. */
async function closeThenStop(conn: Connection, embedded: EmbeddedServer): Promise<void> {
  try {
    await conn.close();
  } finally {
    await embedded.stop();
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
