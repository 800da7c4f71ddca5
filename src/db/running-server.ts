/**
 * The local server a running process started, announced in `<dataDir>/db/running-server.json`,
 * so the CLIs (`npm run plan -- status --watch` while the bot broadcasts, `npm run export`)
 * connect to it instead of starting a second server on the same files. Only the process that
 * started the server writes or removes the file; a file whose process is gone is ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = 'running-server.json';

interface Announcement {
  uri: string;
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The URI of the server another live process started in `dbDir`, if any. */
export function runningServerUri(dbDir: string): string | undefined {
  try {
    const found = JSON.parse(readFileSync(path.join(dbDir, FILE), 'utf8')) as Partial<Announcement>;
    if (typeof found.uri !== 'string' || typeof found.pid !== 'number' || found.pid === process.pid) return undefined;
    return isAlive(found.pid) ? found.uri : undefined;
  } catch {
    return undefined;
  }
}

/** Announces the server this process started; the returned function withdraws the announcement. */
export function announceRunningServer(dbDir: string, uri: string): () => void {
  const file = path.join(dbDir, FILE);
  writeFileSync(file, `${JSON.stringify({ uri, pid: process.pid } satisfies Announcement)}\n`);
  return () => {
    try {
      const found = JSON.parse(readFileSync(file, 'utf8')) as Partial<Announcement>;
      if (found.pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
