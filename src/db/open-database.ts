import { join } from 'node:path';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { connectDatabase, type ServerInfo } from './connect.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';
import { rememberFerretStorage } from './hot-paths.js';

/** An open database, and how to close it (and the embedded server, if one was started). */
export interface OpenDatabase {
  conn: Connection;
  server: ServerInfo;
  embedded: boolean;
  /**
   * The last step of a shutdown, once nothing uses the database any more: disconnects, then
   * stops the embedded server (the only way it is stopped). Safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Connects to MONGODB_URI, or, when it is unset, starts the embedded FerretDB with its data in
 * `<dataDir>/db` and connects to that: the bot, the CLIs and the benches all start this way.
 */
export async function openDatabase(uri: string | undefined, dataDir: string, log: Logger): Promise<OpenDatabase> {
  if (uri) {
    const { conn, server } = await connectDatabase(uri, log);
    return { conn, server, embedded: false, close: once(() => conn.close()) };
  }
  log.info({ dataDir: join(dataDir, 'db') }, 'MONGODB_URI not set: starting an embedded FerretDB (SQLite) for local use');
  const embedded = await startEmbeddedServer({ dataDir: join(dataDir, 'db'), log: (m) => log.info(m) });
  const connected = await connectDatabase(`${embedded.uri}forum`, log).catch(async (err: unknown) => {
    await embedded.stop();
    throw err;
  });
  const { conn, server } = connected;
  rememberFerretStorage(conn, embedded.storage);
  return { conn, server, embedded: true, close: once(() => closeThenStop(conn, embedded)) };
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
