/**
 * A real MongoDB for local use: the `mongod` found on PATH, started as a child process with its
 * data in a directory of ours. The first choice of the local database chain (database-chain.ts).
 */
import { spawn } from 'node:child_process';
import { accessSync, closeSync, constants, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { installExitGuard, terminate } from './child-guard.js';
import type { EmbeddedServer } from './embedded-server.js';
import { fileSize, findFreePort, readTail } from './embedded-server.js';
import { waitUntilReady } from './server-readiness.js';

/** A first start of mongod creates its files and journal: give it longer than FerretDB. */
const READY_TIMEOUT_MS = 60_000;

/** The first executable `name` on `PATH`, as a shell would find it; undefined when there is none. */
export function findOnPath(name: string, pathVar: string | undefined = process.env['PATH']): string | undefined {
  for (const dir of (pathVar ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Starts `binary` (a mongod) on a free port, its files in `<dataDir>/mongod`; resolves once it answers ping. */
export async function startMongod(binary: string, dataDir: string): Promise<EmbeddedServer> {
  const dbPath = path.join(dataDir, 'mongod');
  await mkdir(dbPath, { recursive: true });
  const logFile = path.join(dataDir, 'mongod.log');
  const port = await findFreePort();
  const offset = fileSize(logFile);
  const fd = openSync(logFile, 'a');
  let child;
  try {
    const args = ['--dbpath', dbPath, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet'];
    child = spawn(binary, args, { cwd: dataDir, stdio: ['ignore', fd, fd], detached: true });
  } finally {
    closeSync(fd);
  }
  const guard = installExitGuard(child);
  try {
    await waitUntilReady(child, port, READY_TIMEOUT_MS, () => readTail(logFile, offset), 'mongod');
  } catch (err) {
    guard.dispose();
    await terminate(child);
    throw err;
  }
  child.unref();
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= terminate(child).finally(() => guard.dispose()));
  return { uri: `mongodb://127.0.0.1:${port}/`, kind: `MongoDB (${binary})`, stop };
}
