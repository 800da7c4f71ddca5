import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_DATABASE_EXIT_CODE } from '../src/db/database-chain.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-chain-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** PATH with `hidden` programs taken out: a directory holding one is replaced by a copy of it (symlinks) without them. */
function pathWithout(hidden: readonly string[]): string {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '' && existsSync(d));
  return dirs
    .map((dir, i) => {
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        return dir;
      }
      if (!entries.some((e) => hidden.includes(e))) return dir;
      const shadow = mkdtempSync(path.join(tmp, `path-${i}-`));
      for (const e of entries) if (!hidden.includes(e)) symlinkSync(path.join(dir, e), path.join(shadow, e));
      return shadow;
    })
    .join(path.delimiter);
}

/** A port nothing listens on: a download from it is refused at once, as offline. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

interface ChildResult {
  code: number | null;
  line: { kind?: string; why?: string; error?: string; exitCode?: number; ms: number; progress: string[] };
  stderr: string;
}

function run(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ChildResult & { stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '{}';
      let line: ChildResult['line'] = { ms: -1, progress: [] };
      try {
        line = JSON.parse(last) as ChildResult['line'];
      } catch {
        // main.ts prints no JSON
      }
      resolve({ code, line, stderr, stdout });
    });
  });
}

/** An environment with no MONGODB_URI, no PATH mongod, and MongoDB's download host refusing. */
async function offlineEnv(hidden: string[], extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathWithout(hidden), ...extra };
  delete env['MONGODB_URI'];
  delete env['FERRETDB_BIN'];
  delete env['MONGOMS_DISABLE'];
  env['MONGOMS_DOWNLOAD_MIRROR'] = `http://127.0.0.1:${await closedPort()}`;
  env['MONGOMS_DOWNLOAD_DIR'] = mkdtempSync(path.join(tmp, 'mms-cache-'));
  return env;
}

const ferretCache = path.join(process.env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache'), 'forum-pledge-bot', 'ferretdb-1.24.2');

describe('the local database chain, offline', () => {
  it.skipIf(!existsSync(ferretCache))('with no mongod on PATH and the MongoDB download refused, falls through to FerretDB and says why', async () => {
    const env = await offlineEnv(['mongod']);
    const { code, line, stderr } = await run('test/support/database-chain-child.ts', env, [path.join(tmp, 'ferret')]);
    expect(code, stderr).toBe(0);
    expect(line.kind).toMatch(/^FerretDB 1\.24\.2 \(sqlite\)$/);
    expect(line.why).toContain('no mongod on PATH');
    expect(line.why).toMatch(/mongodb-memory-server: no cached MongoDB binary and its download host http:\/\/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/);
    expect(line.why).toContain('using FerretDB 1.24.2 (sqlite)');
    // The refusal is not a wait: the whole chain, FerretDB's start included, is done long
    // before a download timeout (60 s in mongodb-memory-server) could have passed.
    expect(line.ms).toBeLessThan(30_000);
  });

  it('with a mongod on PATH, uses it first', async () => {
    // A stand-in `mongod` that runs FerretDB with mongod's flags translated: the chain only
    // needs something on PATH named mongod that serves the protocol on the port it is given.
    const bin = path.join(tmp, 'fake-mongod-bin');
    mkdirSync(bin, { recursive: true });
    const script = path.join(bin, 'mongod');
    writeFileSync(
      script,
      `#!/usr/bin/env bash
while [[ $# -gt 0 ]]; do case $1 in --port) port=$2; shift 2;; --dbpath) dir=$2; shift 2;; *) shift;; esac; done
mkdir -p "$dir/sqlite"
exec "${ferretCache}" --handler=sqlite --sqlite-url="file://$dir/sqlite/" --listen-addr=127.0.0.1:$port --state-dir="$dir" --telemetry=disable --debug-addr=- --log-level=warn
`,
    );
    chmodSync(script, 0o755);
    const env = await offlineEnv([]);
    env['PATH'] = `${bin}${path.delimiter}${env['PATH']}`;
    const { code, line, stderr } = await run('test/support/database-chain-child.ts', env, [path.join(tmp, 'mongod')]);
    expect(code, stderr).toBe(0);
    expect(line.kind).toBe(`MongoDB (${script})`);
    expect(line.why).toBe(`using MongoDB (${script})`);
  }, 60_000);

  it('with no mongod, no download, no FerretDB cache and no Go: one clear message and exit code 69', async () => {
    const env = await offlineEnv(['mongod', 'go', 'ferretdb'], { XDG_CACHE_HOME: mkdtempSync(path.join(tmp, 'xdg-')) });
    const dataDir = mkdtempSync(path.join(tmp, 'bot-'));
    const { code, stdout, stderr } = await run('src/main.ts', { ...env, DATA_DIR: dataDir, BOT_TOKEN: '', WHATSAPP_ENABLED: '' });
    expect(code).toBe(NO_DATABASE_EXIT_CODE);
    expect(stderr).toContain('No database server could be started:');
    expect(stderr).toContain('no mongod on PATH');
    expect(stderr).toContain('ECONNREFUSED');
    expect(stderr).toContain('no Go to build one');
    expect(stderr).toMatch(/1\. install MongoDB[\s\S]*2\. install Go >= 1\.24[\s\S]*3\. set MONGODB_URI/);
    // One message, not a stack trace.
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(`${stdout}${stderr}`.match(/No database server could be started/g)).toHaveLength(1);
  }, 60_000);
});
