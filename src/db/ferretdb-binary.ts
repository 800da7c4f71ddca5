/**
 * Finding the FerretDB 1.24.2 binary for the embedded server (built once, with Go, by
 * scripts/ensure-ferretdb.sh when none is at hand) and what to run it with.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Building FerretDB from source on a fresh machine downloads ~100 modules. */
const ENSURE_TIMEOUT_MS = 15 * 60_000;
const STDERR_TAIL_BYTES = 4_000;

/** scripts/ensure-ferretdb.sh's exit code when there is no binary and no Go to build one. */
export const ENSURE_NO_GO_EXIT = 69;

/** No FerretDB binary at hand and no way to build one here (no Go): the caller can try something else. */
export class FerretDbUnavailableError extends Error {
  override name = 'FerretDbUnavailableError';
}

/** Runs scripts/ensure-ferretdb.sh and returns the binary path it prints. */
export async function locateFerretDb(log: (msg: string) => void): Promise<string> {
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
    const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
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
      stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
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
        if (code === ENSURE_NO_GO_EXIT) {
          reject(new FerretDbUnavailableError('no FerretDB 1.24.2 binary (FERRETDB_BIN, PATH or cache) and no Go to build one'));
          return;
        }
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

export async function readVersion(binary: string): Promise<string> {
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
export function ferretDbEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('FERRETDB_')) env[key] = value;
  }
  return env;
}
