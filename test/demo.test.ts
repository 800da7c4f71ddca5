import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUri } from './support/db.js';

const PROMPT = 'you › ';
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
});

/** `npm run demo`'s entry point as its own process, typed into through stdin like a newcomer would. */
function startDemo(env: NodeJS.ProcessEnv) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/demo.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child = proc;
  let out = '';
  let err = '';
  proc.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const until = async (what: string, check: () => boolean, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`no ${what}; demo output:\n${out.slice(-3000)}\nstderr:\n${err.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const prompts = () => out.split(PROMPT).length - 1;
  /** Types a line and waits for the prompt after the bot's answer. */
  const type = async (line: string) => {
    const target = prompts() + 1;
    proc.stdin!.write(`${line}\n`);
    await until(`prompt after "${line}"`, () => prompts() >= target);
  };
  return { type, until, out: () => out, err: () => err, proc };
}

describe('npm run demo', () => {
  it('takes a newcomer from joining to the influencer report through stdin alone', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MONGODB_URI: await testDatabaseUri('demo'), LOG_LEVEL: 'warn' };
    const started = Date.now();
    const demo = startDemo(env);
    await demo.until('the first prompt', () => demo.out().includes(PROMPT));
    await demo.type('join demo-uyghur');
    expect(demo.out()).toContain('which language would you like');
    await demo.type('2');
    expect(demo.out()).toContain('1. ✅ Uyghurs');
    await demo.type('0');
    expect(demo.out()).toContain('Where are you, roughly?');
    await demo.type('1');
    await demo.until('the end of onboarding', () => /All set/.test(demo.out()));
    // The example plan arrives by itself once the follower is signed up, and the prompt comes back after it.
    await demo.until('the example plan', () => demo.out().includes('📋 Stand with the Uyghurs this month'));
    await demo.until('the prompt after the plan', () => demo.out().trimEnd().endsWith(PROMPT.trim()));
    expect(demo.out()).toContain('Reply "pledge" to pledge');

    await demo.type('pledge');
    expect(demo.out()).toContain('Thank you for pledging');
    const afterPledge = demo.out().slice(demo.out().lastIndexOf('📋'));
    expect(afterPledge).toContain('You pledged to do this');
    expect(afterPledge).not.toContain('Reply "pledge" to pledge');
    await demo.type('done 1');
    await demo.type('done 2');
    // One task left: a lone "done" ticks it.
    await demo.type('done');
    expect(demo.out().slice(demo.out().lastIndexOf('📋'))).toContain('✅ 3. Share the explainer video');

    await demo.type('report');
    const report = demo.out().slice(demo.out().lastIndexOf('Demo Channel'));
    expect(report).toContain('<10');
    expect(report).toContain('Stand with the Uyghurs this month');
    expect(report).toMatch(/end-of-video slides[\s\S]*\.png/);
    console.log(`demo: joined to report in ${((Date.now() - started) / 1000).toFixed(1)} s (database already running)`);

    demo.proc.stdin!.end();
    const code = await new Promise((r) => demo.proc.once('exit', r));
    expect(code).toBe(0);
    // No raw pino JSON anywhere in what the person saw.
    expect(`${demo.out()}${demo.err()}`).not.toMatch(/^\{"level"/m);
  }, 120_000);
});
