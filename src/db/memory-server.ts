/**
 * MongoDB's own build through mongodb-memory-server-core: used from its cache, or downloaded
 * (about 100 MB, once) where the download host answers. The second choice of the local database
 * chain (database-chain.ts). We depend on the -core package because the plain one downloads
 * MongoDB in a postinstall script, which `npm ci` on a machine without internet would fail on.
 */
import http from 'node:http';
import https from 'node:https';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DryMongoBinary, MongoMemoryServer } from 'mongodb-memory-server-core';
import type { EmbeddedServer } from './embedded-server.js';

/** How long the download host gets to answer at all before we give up on downloading. */
export const DOWNLOAD_PROBE_MS = 3_000;

const DEFAULT_MIRROR = 'https://fastdl.mongodb.org';

/** Why the memory server cannot be had here, or undefined when it can (cached, or the host answers). */
export async function memoryServerUnavailable(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env['MONGOMS_DISABLE'] === '1') return 'MONGOMS_DISABLE=1';
  const cached = await DryMongoBinary.locateBinary({ version: env['MONGOMS_VERSION'] ?? '' }).catch(() => undefined);
  if (cached !== undefined) return undefined;
  const target = env['MONGOMS_DOWNLOAD_URL'] ?? env['MONGOMS_DOWNLOAD_MIRROR'] ?? DEFAULT_MIRROR;
  const refused = await probe(target, DOWNLOAD_PROBE_MS);
  return refused === undefined ? undefined : `no cached MongoDB binary and its download host ${origin(target)} ${refused}`;
}

/** Any HTTP answer counts as reachable; an error or silence past `ms` is the reason it is not. */
function probe(url: string, ms: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (why: string | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(why);
    };
    const get = url.startsWith('https:') ? https.request : http.request;
    const req = get(url, { method: 'HEAD' }, (res) => {
      res.resume();
      done(undefined);
    });
    const timer = setTimeout(() => done(`did not answer within ${ms / 1000} s`), ms);
    req.on('error', (err: NodeJS.ErrnoException) => done(`is unreachable (${err.code ?? err.message})`));
    req.end();
  });
}

function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Starts MongoDB with its files in `<dataDir>/mongodb` (kept between runs). A first use
 * downloads the binary; mongodb-memory-server prints the download's progress itself.
 */
export async function startMemoryServer(dataDir: string, log: (msg: string) => void): Promise<EmbeddedServer> {
  const dbPath = path.join(dataDir, 'mongodb');
  await mkdir(dbPath, { recursive: true });
  // One failed download is enough to know: don't retry for minutes.
  process.env['MONGOMS_MAX_RETRIES'] ??= '1';
  if ((await DryMongoBinary.locateBinary({ version: process.env['MONGOMS_VERSION'] ?? '' }).catch(() => undefined)) === undefined) {
    log('downloading MongoDB through mongodb-memory-server (first use only, about 100 MB)...');
  }
  const server = await MongoMemoryServer.create({ instance: { dbPath, ip: '127.0.0.1', storageEngine: 'wiredTiger' } });
  const version = server.opts.binary?.version ?? '';
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= server.stop({ doCleanup: false }).then(() => undefined));
  return { uri: server.getUri().replace(/\/?[^/]*$/, '/'), kind: `MongoDB ${version} (mongodb-memory-server)`.replace('  ', ' '), stop };
}
