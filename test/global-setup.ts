/**
 * Vitest global setup: makes a MongoDB-compatible server available to all tests.
 *
 * - MONGODB_URI set: that server is used as is (tests create their own uniquely
 *   named databases on it, see test/support/db.ts).
 * - otherwise: a local server is started in a fresh temp directory, as `npm start` would
 *   (src/db/database-chain.ts: mongod on PATH, mongodb-memory-server, FerretDB on SQLite),
 *   and stopped (and the directory removed) on teardown.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalDatabase } from '../src/db/database-chain.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
  }
}

/** Hides the password in a connection string, for logging. */
function redact(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const external = process.env['MONGODB_URI'];
  if (external !== undefined && external.trim() !== '') {
    console.log(`[test db] using MONGODB_URI ${redact(external.trim())}`);
    provide('mongodbUri', external.trim());
    return async () => {};
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'forum-pledge-bot-test-db-'));
  const server = await startLocalDatabase({
    dataDir,
    log: (msg) => console.log(`[test db] ${msg}`),
  }).catch(async (err: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  });
  console.log(`[test db] using ${server.kind} at ${server.uri}`);
  provide('mongodbUri', server.uri);
  // The test workers' bring-up indexes the hot paths in this server's SQLite files, as the bot's own embedded start does.
  if (server.storage?.kind === 'sqlite') process.env['FERRETDB_SQLITE_DIR'] = server.storage.dir;

  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
