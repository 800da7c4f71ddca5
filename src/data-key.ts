import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';

/**
 * The key that seals chat ids. From DATA_KEY when set (production); otherwise a key made once
 * and kept in DATA_DIR/data.key (0600), so a local bot keeps working across restarts.
 * Losing the key means losing the ability to message followers: back it up.
 */
export function resolveDataKey(dataKeyB64: string | undefined, dataDir: string, log: Logger): Buffer {
  if (dataKeyB64) return Buffer.from(dataKeyB64, 'base64');
  const file = join(dataDir, 'data.key');
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length === 32) {
      log.warn({ file }, 'DATA_KEY not set: using the key kept in the data directory');
      return key;
    }
    throw new Error(`${file} does not hold a 32-byte base64 key`);
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  log.warn({ file }, 'DATA_KEY not set: generated a new key in the data directory; set DATA_KEY in production');
  return key;
}
