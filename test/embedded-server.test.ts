import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../src/db/embedded-server.js';

/** A FerretDB binary found without building one (a build needs Go and minutes). */
function ferretDbAtHand(): boolean {
  const cache = process.env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache');
  const bin = process.env['FERRETDB_BIN'];
  return (bin !== undefined && existsSync(bin)) || existsSync(path.join(cache, 'forum-pledge-bot', 'ferretdb-1.24.2'));
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function closedWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await accepts(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const children: ReturnType<typeof spawn>[] = [];

/** Starts the child in its own process group, as a shell runs a command in a terminal. */
function startChild(dataDir: string, mode: 'graceful' | 'unhandled') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/embedded-shutdown-child.ts', dataDir, mode], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const steps: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    steps.push(JSON.parse(line) as Record<string, unknown>);
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const step = async (name: string): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found = steps.find((s) => s.step === name);
      if (found) return found;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no "${name}" from the child; stderr:\n${stderr}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  /** Ctrl+C in the terminal: SIGINT to the whole foreground process group. */
  const ctrlC = () => process.kill(-child.pid!, 'SIGINT');
  return { step, steps, exited, ctrlC };
}

describe.skipIf(!ferretDbAtHand())('the embedded database server', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'embedded-server-test-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  // A child left running by a failed test: SIGTERM, which nothing in it handles, stops its server too.
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });

  it('is ready when it answers ping, and stop() stops it', async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(dir, 'plain'), log: () => undefined });
    const port = Number(new URL(server.uri).port);
    expect(await accepts(port)).toBe(true);
    await server.stop();
    expect(await closedWithin(port, 5_000)).toBe(true);
  }, 60_000);

  it('a server that answers ping with an error fails at once with its message (PostgreSQL unreachable)', async () => {
    const started = Date.now();
    const failure = startEmbeddedServer({
      dataDir: path.join(dir, 'pg'),
      handler: 'pg',
      postgresUrl: 'postgres://127.0.0.1:1/nowhere',
      log: () => undefined,
    });
    await expect(failure).rejects.toThrow(/cannot serve requests: .*connect/s);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('Ctrl+C does not stop it under a graceful shutdown: the shutdown still writes, then closing the database stops it', async () => {
    const child = startChild(path.join(dir, 'graceful'), 'graceful');
    const { port } = (await child.step('ready')) as { port: number };
    child.ctrlC();
    await child.step('wrote after the signal');
    await child.step('closed');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(await accepts(port)).toBe(false);
  }, 60_000);

  it('with nobody handling the signal, the process ends and takes the server with it', async () => {
    const child = startChild(path.join(dir, 'unhandled'), 'unhandled');
    const { port } = (await child.step('ready')) as { port: number };
    child.ctrlC();
    expect((await child.exited).signal).toBe('SIGINT');
    expect(await closedWithin(port, 6_000)).toBe(true);
  }, 60_000);
});
