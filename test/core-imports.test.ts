import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Every file loading `path` loads, in a fresh Node process (see test/support/loaded-modules.ts). */
async function loadedBy(path: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/support/loaded-modules.ts', path], { cwd: process.cwd() });
  return JSON.parse(stdout) as string[];
}

const flowFiles = readdirSync('src/core/flow').filter((f) => f.endsWith('.ts'));

describe('what the flow runtime loads', () => {
  it('importing the flow runner loads the replay engine but neither grammY, mongoose nor src/db', async () => {
    const loaded = await loadedBy('src/core/flow/flow-runner.ts');
    expect(loaded.some((u) => u.endsWith('/node_modules/@grammyjs/conversations/out/engine.js'))).toBe(true);
    expect(loaded.filter((u) => u.includes('/node_modules/grammy/'))).toEqual([]);
    expect(loaded.filter((u) => u.includes('/node_modules/@grammyjs/conversations/out/mod.js'))).toEqual([]);
    expect(loaded.filter((u) => /\/node_modules\/(mongoose|mongodb)\//.test(u))).toEqual([]);
    expect(loaded.filter((u) => u.includes('/src/db/'))).toEqual([]);
  }, 30_000);

  it('no file in src/core/flow imports mongoose or src/db, not even for types', () => {
    const offenders = flowFiles.filter((f) =>
      /from\s+['"](mongoose|mongodb|[^'"]*\/db\/[^'"]*)['"]/.test(readFileSync(`src/core/flow/${f}`, 'utf8')),
    );
    expect(flowFiles.length).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });

  it('the probe does see grammY when a module pulls it in (the plugin entry point does)', async () => {
    const loaded = await loadedBy('node_modules/@grammyjs/conversations/out/mod.js');
    expect(loaded.some((u) => u.includes('/node_modules/grammy/'))).toBe(true);
  }, 30_000);
});
