/**
 * Starts a local MongoDB-compatible server (FerretDB 1.24.2) as a child
 * process, for tests and for running the bot without a real MongoDB.
 *
 * The binary is located (or built, once, with Go) by scripts/ensure-ferretdb.sh.
 * Readiness is the MongoDB driver's `ping` (the driver comes with mongoose).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mongoose from 'mongoose';

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
const STOP_GRACE_MS = 5_000;
/** Building FerretDB from source on a fresh machine downloads ~100 modules. */
const ENSURE_TIMEOUT_MS = 15 * 60_000;
const LOG_TAIL_BYTES = 4_000;

const defaultLog = (msg: string): void => {
  process.stderr.write(`[embedded-db] ${msg}\n`);
};

export async function startEmbeddedServer(opts: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = opts.log ?? defaultLog;
  const handler = opts.handler ?? 'sqlite';
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });

  const binary = await locateFerretDb(log);
  const version = await readVersion(binary);
  const kind = `FerretDB ${version} (${handler === 'pg' ? 'postgresql' : 'sqlite'})`;

  const backendArgs: string[] = [];
  if (handler === 'pg') {
    backendArgs.push('--handler=postgresql', `--postgresql-url=${opts.postgresUrl ?? 'postgres://127.0.0.1:5432/ferretdb'}`);
  } else {
    const sqliteDir = path.join(dataDir, 'sqlite');
    await mkdir(sqliteDir, { recursive: true });
    // FerretDB wants a file: URI for a directory, ending with '/'.
    backendArgs.push('--handler=sqlite', `--sqlite-url=${pathToFileURL(sqliteDir).href}/`);
  }

  const logFile = path.join(dataDir, 'ferretdb.log');
  const fixedPort = opts.port !== undefined && opts.port !== 0 ? opts.port : undefined;
  // A port picked by us may be taken by someone else before FerretDB binds it; retry then.
  const attempts = fixedPort === undefined ? 3 : 1;

  if (fixedPort !== undefined && !(await isPortFree(fixedPort))) {
    throw new Error(`cannot start FerretDB: 127.0.0.1:${fixedPort} is already in use`);
  }

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = fixedPort ?? (await findFreePort());
    const args = [
      ...backendArgs,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dataDir}`,
      '--telemetry=disable',
      // The debug/metrics HTTP listener defaults to 127.0.0.1:8088, which would
      // stop a second instance from starting; '-' disables it.
      '--debug-addr=-',
      '--log-level=warn',
    ];
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
      await waitUntilListening(child, port, READY_TIMEOUT_MS, () => readTail(logFile, logOffset));
    } catch (err) {
      guard.dispose();
      await terminate(child);
      lastError = err;
      const addrInUse = /address already in use/i.test(readTail(logFile, logOffset));
      if (addrInUse && attempt < attempts) {
        log(`port ${port} was taken, retrying with another one`);
        continue;
      }
      throw err;
    }
    child.unref();

    let stopping: Promise<void> | undefined;
    const uri = `mongodb://127.0.0.1:${port}/`;
    log(`${kind} listening on 127.0.0.1:${port} (data: ${dataDir})`);
    return {
      uri,
      kind,
      stop(): Promise<void> {
        stopping ??= terminate(child).finally(() => guard.dispose());
        return stopping;
      },
    };
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Runs scripts/ensure-ferretdb.sh and returns the binary path it prints. */
async function locateFerretDb(log: (msg: string) => void): Promise<string> {
  const script = findEnsureScript();
  if (script === undefined) {
    const bin = process.env['FERRETDB_BIN'];
    if (bin !== undefined && bin !== '' && existsSync(bin)) return bin;
    throw new Error(
      'scripts/ensure-ferretdb.sh not found next to package.json; set FERRETDB_BIN to a FerretDB 1.24.2 binary ' +
        'or MONGODB_URI to an existing MongoDB-compatible server',
    );
  }

  return new Promise<string>((resolve, reject) => {
    const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
    }, ENSURE_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-LOG_TAIL_BYTES);
      // Forward progress ("building FerretDB ...") line by line.
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') log(line);
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${script}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending.trim() !== '') log(pending);
      const bin = stdout.trim().split('\n').pop()?.trim() ?? '';
      if (code === 0 && bin !== '') {
        resolve(bin);
      } else {
        const why = signal !== null ? `was killed by ${signal}` : `exited with code ${String(code)}`;
        reject(new Error(`${script} ${why}:\n${stderr.trim()}`));
      }
    });
  });
}

/** Walks up from this file to the directory holding package.json, then looks for the script there. */
function findEnsureScript(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) {
      const script = path.join(dir, 'scripts', 'ensure-ferretdb.sh');
      if (existsSync(script)) return script;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function readVersion(binary: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const child = spawn(binary, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', () => resolve('(unknown version)'));
    child.on('close', () => {
      const match = /version:\s*v?(\S+)/.exec(out);
      resolve(match?.[1] ?? '(unknown version)');
    });
  });
}

/** The parent's environment without FERRETDB_* variables, so only our flags apply. */
function ferretDbEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('FERRETDB_')) env[key] = value;
  }
  return env;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function findFreePort(): Promise<number> {
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

function waitUntilListening(
  child: ChildProcess,
  port: number,
  timeoutMs: number,
  logTail: () => string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    let retryTimer: NodeJS.Timeout | undefined;

    const finish = (err?: Error): void => {
      if (done) return;
      done = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      child.off('exit', onExit);
      child.off('error', onError);
      if (err === undefined) resolve();
      else reject(err);
    };
    const withTail = (msg: string): Error => {
      const tail = logTail().trim();
      return new Error(tail === '' ? msg : `${msg}\n--- ferretdb output ---\n${tail}`);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${String(code)}`;
      finish(withTail(`FerretDB ${how} before accepting connections on port ${port}`));
    };
    const onError = (err: Error): void => {
      finish(new Error(`could not start FerretDB: ${err.message}`));
    };
    child.once('exit', onExit);
    child.once('error', onError);

    const tryConnect = (): void => {
      if (done) return;
      void ping(port).then((result) => {
        if (done) return;
        if (result.state === 'ready') {
          finish();
        } else if (result.state === 'failed') {
          finish(withTail(`FerretDB on port ${port} cannot serve requests: ${result.message}`));
        } else if (Date.now() > deadline) {
          finish(withTail(`FerretDB did not accept connections on port ${port} within ${timeoutMs / 1000} s`));
        } else {
          retryTimer = setTimeout(tryConnect, 100);
        }
      });
    };
    tryConnect();
  });
}

type ProbeResult = { state: 'ready' } | { state: 'unreachable' } | { state: 'failed'; message: string };

/** How long one readiness probe waits for the server to answer at all. */
const PROBE_TIMEOUT_MS = 500;

/**
 * Sends the driver's `ping`. A bare TCP connect is not enough: the port could belong to another
 * program, and FerretDB only connects to its backend (e.g. PostgreSQL) on first use, which its
 * `ping` does. A server that answers with an error will not get better by waiting: 'failed'.
 */
async function ping(port: number): Promise<ProbeResult> {
  const client = new mongoose.mongo.MongoClient(`mongodb://127.0.0.1:${port}/`, {
    directConnection: true,
    serverSelectionTimeoutMS: PROBE_TIMEOUT_MS,
    connectTimeoutMS: PROBE_TIMEOUT_MS,
  });
  try {
    await client.db('admin').command({ ping: 1 });
    return { state: 'ready' };
  } catch (err) {
    if (err instanceof mongoose.mongo.MongoServerError) return { state: 'failed', message: err.message };
    return { state: 'unreachable' };
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** SIGTERM, wait for exit, SIGKILL after STOP_GRACE_MS. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    if (!child.kill('SIGTERM') && (child.exitCode !== null || child.signalCode !== null)) {
      clearTimeout(killTimer);
      resolve();
    }
  });
}

const FATAL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Running FerretDB children of this process; the process-wide hooks below are installed while it is non-empty. */
const liveChildren = new Set<ChildProcess>();

const isAlive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

// Nothing asynchronous can run in an 'exit' listener, so no graceful stop there.
const killAllOnExit = (): void => {
  for (const child of liveChildren) if (isAlive(child)) child.kill('SIGKILL');
};

/**
 * A fatal signal nobody else handles would end this process and orphan the server: stop it,
 * then re-raise the signal without us (Node's default: terminate). When someone else listens
 * (the bot's graceful shutdown), the server is theirs to stop by closing the database, after
 * they are done with it. Installed first in line, so a `once` listener is still counted.
 */
const stopAllOnSignal = (signal: NodeJS.Signals): void => {
  if (process.listenerCount(signal) > 1) return;
  for (const child of liveChildren) if (isAlive(child)) child.kill('SIGTERM');
  for (const s of FATAL_SIGNALS) process.off(s, stopAllOnSignal);
  process.kill(process.pid, signal);
};

/**
 * Makes sure the child does not outlive this process: it gets SIGKILL on process 'exit', and
 * SIGTERM on a SIGINT/SIGTERM/SIGHUP that nothing else handles. (Nothing helps if this process
 * itself is SIGKILLed.)
 */
function installExitGuard(child: ChildProcess): { dispose(): void } {
  if (liveChildren.size === 0) {
    process.on('exit', killAllOnExit);
    for (const s of FATAL_SIGNALS) process.prependListener(s, stopAllOnSignal);
  }
  liveChildren.add(child);
  return {
    dispose(): void {
      if (!liveChildren.delete(child) || liveChildren.size > 0) return;
      process.off('exit', killAllOnExit);
      for (const s of FATAL_SIGNALS) process.off(s, stopAllOnSignal);
    },
  };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The end of what the child wrote to its log since `offset`. */
function readTail(file: string, offset: number): string {
  try {
    const buf = readFileSync(file);
    return buf.subarray(Math.max(offset, buf.length - LOG_TAIL_BYTES)).toString('utf8');
  } catch {
    return '';
  }
}
