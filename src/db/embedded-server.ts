/**
 * Starts a local MongoDB-compatible server (FerretDB 1.24.2) as a child
 * process, for tests and for running the bot without a real MongoDB.
 *
 * The binary is located (or built, once, with Go) by scripts/ensure-ferretdb.sh.
 * Only node: built-ins are used so this works from src/ under tsx and from
 * dist/src/ after tsc alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A local MongoDB-compatible server (FerretDB) started as a child process. */
export interface EmbeddedServer {
  /** Connection string without a database name, e.g. `mongodb://127.0.0.1:41234/`. */
  uri: string;
  /** Stops the server: SIGTERM, then SIGKILL after 5 s. Safe to call more than once. */
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
      child = spawn(binary, args, { cwd: dataDir, stdio: ['ignore', fd, fd], env: ferretDbEnv() });
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
      void probeMongo(port).then((result) => {
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

const OP_MSG = 2013;

/**
 * Sends `{ listDatabases: 1, nameOnly: true }` over the MongoDB wire protocol.
 * A bare TCP connect is not enough: the port could belong to another program,
 * and FerretDB only connects to its backend (e.g. PostgreSQL) on first use.
 */
function probeMongo(port: number): Promise<ProbeResult> {
  const requestId = 0x5eed;
  const command = bsonDocument([
    [0x10, 'listDatabases', int32(1)],
    [0x08, 'nameOnly', Buffer.from([1])],
    [0x02, '$db', bsonString('admin')],
  ]);
  // OP_MSG: header (length, requestID, responseTo, opCode), flagBits, one kind-0 section.
  const msg = Buffer.concat([int32(0), int32(requestId), int32(0), int32(OP_MSG), int32(0), Buffer.from([0]), command]);
  msg.writeInt32LE(msg.length, 0);

  return new Promise<ProbeResult>((resolve) => {
    let reply = Buffer.alloc(0);
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (result: ProbeResult): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(5_000, () => done({ state: 'unreachable' }));
    socket.once('error', () => done({ state: 'unreachable' }));
    socket.once('close', () => done({ state: 'unreachable' }));
    socket.once('connect', () => socket.write(msg));
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 4 || reply.length < reply.readInt32LE(0)) return;
      // header (16) + flagBits (4) + section kind (1) + document
      if (reply.length < 26 || reply.readInt32LE(8) !== requestId || reply.readInt32LE(12) !== OP_MSG || reply[20] !== 0) {
        done({ state: 'failed', message: 'the port does not speak the MongoDB wire protocol' });
        return;
      }
      const fields = readTopLevelFields(reply.subarray(21));
      const ok = fields.get('ok');
      if (ok === 1) done({ state: 'ready' });
      else done({ state: 'failed', message: String(fields.get('errmsg') ?? 'listDatabases did not return ok: 1') });
    });
  });
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n, 0);
  return b;
}

function bsonString(value: string): Buffer {
  const bytes = Buffer.from(`${value}\0`, 'utf8');
  return Buffer.concat([int32(bytes.length), bytes]);
}

function bsonDocument(elements: Array<[type: number, name: string, value: Buffer]>): Buffer {
  const body = elements.map(([type, name, value]) => Buffer.concat([Buffer.from([type]), Buffer.from(`${name}\0`, 'utf8'), value]));
  const doc = Buffer.concat([int32(0), ...body, Buffer.from([0])]);
  doc.writeInt32LE(doc.length, 0);
  return doc;
}

/** Numbers, strings and booleans at the top level of a BSON document; stops at types it cannot size. */
function readTopLevelFields(doc: Buffer): Map<string, number | string | boolean> {
  const fields = new Map<string, number | string | boolean>();
  const end = Math.min(doc.length, doc.length >= 4 ? doc.readInt32LE(0) : 0) - 1;
  let pos = 4;
  while (pos < end) {
    const type = doc[pos];
    const nameEnd = doc.indexOf(0, pos + 1);
    if (type === undefined || nameEnd === -1) break;
    const name = doc.toString('utf8', pos + 1, nameEnd);
    pos = nameEnd + 1;
    switch (type) {
      case 0x01: // double
        fields.set(name, doc.readDoubleLE(pos));
        pos += 8;
        break;
      case 0x02: {
        // string
        const len = doc.readInt32LE(pos);
        fields.set(name, doc.toString('utf8', pos + 4, pos + 4 + len - 1));
        pos += 4 + len;
        break;
      }
      case 0x03: // document
      case 0x04: // array
        pos += doc.readInt32LE(pos);
        break;
      case 0x05: // binary
        pos += 4 + 1 + doc.readInt32LE(pos);
        break;
      case 0x07: // ObjectId
        pos += 12;
        break;
      case 0x08: // boolean
        fields.set(name, doc[pos] === 1);
        pos += 1;
        break;
      case 0x0a: // null
        break;
      case 0x10: // int32
        fields.set(name, doc.readInt32LE(pos));
        pos += 4;
        break;
      case 0x09: // UTC datetime
      case 0x11: // timestamp
        pos += 8;
        break;
      case 0x12: // int64
        fields.set(name, Number(doc.readBigInt64LE(pos)));
        pos += 8;
        break;
      default:
        return fields;
    }
  }
  return fields;
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

const stopAllOnSignal = (signal: NodeJS.Signals): void => {
  for (const child of liveChildren) if (isAlive(child)) child.kill('SIGTERM');
  // If nobody else listens for this signal, our listener must not swallow it:
  // keep Node's default behaviour (terminate) by re-raising it without us.
  if (process.listenerCount(signal) === 1) {
    for (const s of FATAL_SIGNALS) process.off(s, stopAllOnSignal);
    process.kill(process.pid, signal);
  }
};

/**
 * Makes sure the child does not outlive this process: it gets SIGKILL on
 * process 'exit' and SIGTERM on SIGINT/SIGTERM/SIGHUP. (Nothing helps if this
 * process itself is SIGKILLed.)
 */
function installExitGuard(child: ChildProcess): { dispose(): void } {
  if (liveChildren.size === 0) {
    process.on('exit', killAllOnExit);
    for (const s of FATAL_SIGNALS) process.on(s, stopAllOnSignal);
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
