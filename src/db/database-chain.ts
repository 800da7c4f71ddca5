/**
 * The local database when MONGODB_URI is unset, for `npm start`, `npm run demo`, the CLIs and
 * `npm test`: the first of these that can be had here, each attempt failing fast.
 *
 *   1. a `mongod` on PATH (a real MongoDB);
 *   2. mongodb-memory-server: MongoDB's own build, cached, or downloaded once where the
 *      download host answers within a few seconds;
 *   3. FerretDB 1.24.2 on SQLite: cached, or built once with Go (scripts/ensure-ferretdb.sh);
 *   4. none: NoDatabaseServerError, whose message lists the three ways out; the bot exits with
 *      NO_DATABASE_EXIT_CODE.
 *
 * A data directory that already holds one server's files keeps that server, so data written by
 * FerretDB yesterday is not hidden behind a mongod installed today.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';
import { FerretDbUnavailableError } from './ferretdb-binary.js';
import { memoryServerUnavailable, startMemoryServer } from './memory-server.js';
import { findOnPath, startMongod } from './mongod-server.js';

/** The exit code when no database server can be had (EX_UNAVAILABLE from sysexits.h). */
export const NO_DATABASE_EXIT_CODE = 69;

/** No server could be started; the message says what was tried and the three ways out. */
export class NoDatabaseServerError extends Error {
  override name = 'NoDatabaseServerError';
  readonly exitCode = NO_DATABASE_EXIT_CODE;
  constructor(readonly tried: readonly string[]) {
    super(
      [
        'No database server could be started:',
        ...tried.map((t) => `  - ${t}`),
        'Any one of these fixes it:',
        '  1. install MongoDB (a `mongod` on PATH), or run once where fastdl.mongodb.org is reachable so',
        '     mongodb-memory-server can download and cache it;',
        '  2. install Go >= 1.24 (https://go.dev/dl/) so FerretDB is built once (or set FERRETDB_BIN to a',
        '     FerretDB 1.24.2 binary);',
        '  3. set MONGODB_URI to a MongoDB-compatible server you already have (MongoDB 6+, Atlas, FerretDB).',
      ].join('\n'),
    );
  }
}

/** A started local server, and why it was the one. */
export interface LocalDatabase extends EmbeddedServer {
  /** One line: which server and why, e.g. "no mongod on PATH; ... ; using FerretDB 1.24.2 (sqlite)". */
  why: string;
}

type Kind = 'mongod' | 'memory' | 'ferretdb';

/** The server whose files are already in `dataDir`, if exactly one kind is there. */
function existingData(dataDir: string): Kind | undefined {
  const nonEmpty = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0;
  const found: Kind[] = [];
  if (nonEmpty(path.join(dataDir, 'mongod'))) found.push('mongod');
  if (nonEmpty(path.join(dataDir, 'mongodb'))) found.push('memory');
  if (nonEmpty(path.join(dataDir, 'sqlite'))) found.push('ferretdb');
  return found.length === 1 ? found[0] : undefined;
}

/** Starts the first local server that works here (see the file's comment). */
export async function startLocalDatabase(opts: { dataDir: string; log: (msg: string) => void }): Promise<LocalDatabase> {
  const { dataDir, log } = opts;
  const tried: string[] = [];
  const sticky = existingData(dataDir);
  const order: Kind[] = sticky ? [sticky] : ['mongod', 'memory', 'ferretdb'];
  if (sticky) tried.push(`${dataDir} already holds ${sticky === 'ferretdb' ? 'FerretDB' : 'MongoDB'} data`);
  for (const kind of order) {
    const started = await attempt(kind, dataDir, log, tried);
    if (started) {
      const why = [...tried, `using ${started.kind}`].join('; ');
      log(`database: ${why}`);
      return { ...started, why };
    }
  }
  throw new NoDatabaseServerError(tried);
}

/** One link of the chain: the server, or undefined with the reason pushed onto `tried`. */
async function attempt(kind: Kind, dataDir: string, log: (msg: string) => void, tried: string[]): Promise<EmbeddedServer | undefined> {
  try {
    if (kind === 'mongod') {
      const mongod = findOnPath('mongod');
      if (!mongod) return void tried.push('no mongod on PATH');
      log(`starting ${mongod}...`);
      return await startMongod(mongod, dataDir);
    }
    if (kind === 'memory') {
      const unavailable = await memoryServerUnavailable();
      if (unavailable) return void tried.push(`mongodb-memory-server: ${unavailable}`);
      return await startMemoryServer(dataDir, log);
    }
    return await startEmbeddedServer({ dataDir, log });
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 300);
    tried.push(`${kind === 'ferretdb' ? 'FerretDB' : kind}: ${message}`);
    if (!(err instanceof FerretDbUnavailableError)) log(`${kind} did not start: ${message}`);
    return undefined;
  }
}
