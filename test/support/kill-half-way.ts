import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs a bot process's broadcaster in a child (test/support/broadcast-child.ts) on `uri`, lets it
 * send (at 100/s, 1.5 s leases) until `half` chats are in its sent log, then kills it hard.
 * Returns the chat ids it sent to before it died. `env` adds to the child's (e.g. LOG_EDITS).
 */
export async function broadcastChildKilledAt(half: number, opts: { uri: string; dataKey: Buffer; env?: Record<string, string> }): Promise<string[]> {
  const sentLog = join(mkdtempSync(join(tmpdir(), 'crash-')), 'sent.log');
  const child = fork(fileURLToPath(new URL('./broadcast-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, MONGODB_URI: opts.uri, DATA_KEY: opts.dataKey.toString('base64'), SENT_LOG: sentLog, RATE: '100', LEASE_MS: '1500', ...opts.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const lines = () => (existsSync(sentLog) ? readFileSync(sentLog, 'utf8').split('\n').filter(Boolean) : []);
  const deadline = Date.now() + 60_000;
  while (lines().length < half && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return lines();
}
