/**
 * Starts a local MongoDB-compatible server (FerretDB 1.24.2) as a child
 * process, for tests and for running the bot without a real MongoDB.
 *
 * The binary is located (or built, once, with Go) by scripts/ensure-ferretdb.sh.
 * Readiness is the MongoDB driver's `ping` (the driver comes with mongoose).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installExitGuard, terminate } from './child-guard.js';
import { ferretDbEnv, locateFerretDb, readVersion } from './ferretdb-binary.js';
import { waitUntilReady } from './server-readiness.js';
import type { FerretStorage } from './hot-paths.js';

/** A local MongoDB-compatible server (FerretDB) started as a child process. */
export interface EmbeddedServer {
  /** Connection string without a database name, e.g. `mongodb://127.0.0.1:41234/`. */
  uri: string;
  /**
   * Stops the server: SIGTERM, then SIGKILL after 5 s. Safe to call more than once. Signals to
   * this process do not stop it while someone handles them: call this when done with it.
   */
  stop(): Promise<void>;
  /** Human-readable description, e.g. "FerretDB 1.24.2 (sqlite)". */
  kind: string;
  /** Where it keeps the data, so bring-up can index the hot paths there (hot-paths.ts); absent for servers other than FerretDB. */
  storage?: FerretStorage;
}

export interface EmbeddedServerOptions {
  /** Where FerretDB keeps its state, its SQLite files (sqlite handler) and ferretdb.log. Created if missing. */
  dataDir: string;
  /** Storage backend; default 'sqlite' (no other service needed). */
  handler?: 'sqlite' | 'pg';
  /** PostgreSQL URL for the 'pg' handler; default postgres://127.0.0.1:5432/ferretdb. The database must exist. */
  postgresUrl?: string;
  /** TCP port on 127.0.0.1; 0 or absent = pick a free port. */
  port?: number;
  /** Progress messages (never contain passwords). Default: stderr. */
  log?: (msg: string) => void;
}

const READY_TIMEOUT_MS = 30_000;
const DEFAULT_PG_URL = 'postgres://127.0.0.1:5432/ferretdb';
const LOG_TAIL_BYTES = 4_000;

const defaultLog = (msg: string): void => {
  process.stderr.write(`[embedded-db] ${msg}\n`);
};

/** Starts FerretDB on a free (or the given) port and resolves once it answers ping. */
export async function startEmbeddedServer(opts: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = opts.log ?? defaultLog;
  const handler = opts.handler ?? 'sqlite';
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });

  const binary = await locateFerretDb(log);
  const version = await readVersion(binary);
  const kind = `FerretDB ${version} (${handler === 'pg' ? 'postgresql' : 'sqlite'})`;
  const backend = await backendArgs(handler, dataDir, opts.postgresUrl);
  const storage: FerretStorage =
    handler === 'pg' ? { kind: 'postgresql', url: opts.postgresUrl ?? DEFAULT_PG_URL } : { kind: 'sqlite', dir: path.join(dataDir, 'sqlite') };

  const fixedPort = opts.port !== undefined && opts.port !== 0 ? opts.port : undefined;
  // A port picked by us may be taken by someone else before FerretDB binds it; retry then.
  const attempts = fixedPort === undefined ? 3 : 1;
  if (fixedPort !== undefined && !(await isPortFree(fixedPort))) {
    throw new Error(`cannot start FerretDB: 127.0.0.1:${fixedPort} is already in use`);
  }

  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await findFreePort());
    const started = await startOnPort(binary, backend, dataDir, port);
    if (started.ok) {
      log(`${kind} listening on 127.0.0.1:${port} (data: ${dataDir})`);
      return { uri: `mongodb://127.0.0.1:${port}/`, kind, storage, stop: started.stop };
    }
    if (!started.portTaken || attempt >= attempts) throw started.error;
    log(`port ${port} was taken, retrying with another one`);
  }
}

/** The storage flags: SQLite files under the data directory, or a PostgreSQL database. */
async function backendArgs(handler: 'sqlite' | 'pg', dataDir: string, postgresUrl: string | undefined): Promise<string[]> {
  if (handler === 'pg') return ['--handler=postgresql', `--postgresql-url=${postgresUrl ?? DEFAULT_PG_URL}`];
  const sqliteDir = path.join(dataDir, 'sqlite');
  await mkdir(sqliteDir, { recursive: true });
  // FerretDB wants a file: URI for a directory, ending with '/'.
  return ['--handler=sqlite', `--sqlite-url=${pathToFileURL(sqliteDir).href}/`];
}

type StartAttempt = { ok: true; stop(): Promise<void> } | { ok: false; error: Error; portTaken: boolean };

/** One try at starting FerretDB on `port`: the running server, or why it did not come up. */
async function startOnPort(binary: string, backend: string[], dataDir: string, port: number): Promise<StartAttempt> {
  const args = [
    ...backend,
    `--listen-addr=127.0.0.1:${port}`,
    `--state-dir=${dataDir}`,
    '--telemetry=disable',
    // The debug/metrics HTTP listener defaults to 127.0.0.1:8088, which would
    // stop a second instance from starting; '-' disables it.
    '--debug-addr=-',
    '--log-level=warn',
  ];
  const logFile = path.join(dataDir, 'ferretdb.log');
  const logOffset = fileSize(logFile);
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    // Its own process group: a Ctrl+C in the terminal reaches only us, and the server keeps
    // serving our graceful shutdown until the database is closed (see stop()).
    child = spawn(binary, args, { cwd: dataDir, stdio: ['ignore', fd, fd], env: ferretDbEnv(), detached: true });
  } finally {
    closeSync(fd); // the child has its own copy
  }
  const guard = installExitGuard(child);
  try {
    await waitUntilReady(child, port, READY_TIMEOUT_MS, () => readTail(logFile, logOffset));
  } catch (err) {
    guard.dispose();
    await terminate(child);
    const error = err instanceof Error ? err : new Error(String(err));
    return { ok: false, error, portTaken: /address already in use/i.test(readTail(logFile, logOffset)) };
  }
  child.unref();
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= terminate(child).finally(() => guard.dispose()));
  return { ok: true, stop };
}

/** Whether nothing listens on 127.0.0.1:`port`. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port on 127.0.0.1 that was free a moment ago. */
export async function findFreePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The end of what the child wrote to its log since `offset`. */
export function readTail(file: string, offset: number): string {
  try {
    const buf = readFileSync(file);
    return buf.subarray(Math.max(offset, buf.length - LOG_TAIL_BYTES)).toString('utf8');
  } catch {
    return '';
  }
}
