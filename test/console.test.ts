import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planYaml } from './support/plans.js';
import { ConsoleHarness } from './support/console-harness.js';

let h: ConsoleHarness;
beforeAll(async () => {
  h = await ConsoleHarness.start('console');
});
afterAll(() => h.close());

describe('the console channel, driven through stdin and stdout', () => {
  it('greets a newcomer with how to use it, then runs the whole follower journey', async () => {
    const c = h.session('console-1');
    await new Promise((r) => setTimeout(r, 20));
    expect(c.stdout).toContain('Console channel');
    expect(c.stdout).toContain('you › ');

    await c.send('hello');
    expect(c.texts()[0]).toContain('welcome');
    // Rendered as WhatsApp renders it: numbered options and the typed-answer hint.
    expect(c.last()).toContain('1. العربية\n2. English');
    // Not a terminal: WhatsApp's _italic_ markers are dropped, not printed.
    expect(c.last()).toContain('\n\nReply with a number from 1 to 9.');
    expect(c.last()).not.toContain('_Reply');
    await c.send('2');
    expect(c.last()).toContain('1. ▫️ Uyghurs');
    await c.send('1 2');
    await c.send('1');
    expect(c.last()).toContain('All set');
    expect(await c.follower()).toMatchObject({ channel: 'console', status: 'active', topics: ['uyghur', 'palestine'] });

    await c.send('menu');
    expect(c.last()).toContain('• plans —');

    expect((await h.app.planService.propose(planYaml({ id: 'console-plan' }), 'org')).ok).toBe(true);
    await h.app.planService.approve('console-plan', 'org');
    await h.app.planService.publish('console-plan');
    await h.app.worker.drain();
    expect(c.texts().filter((t) => t.includes('Plan console-plan (en)'))).toHaveLength(1);
    await c.send('done 1');
    expect(c.last()).toContain('✅ 1. Task number 1');

    await c.send('stop');
    expect((await c.follower())!.status).toBe('opted_out');
    expect(c.last()).toMatch(/Reply join\b/);
  });

  it('ends when stdin ends (Ctrl+D)', async () => {
    const c = h.session('console-2', { banner: false });
    await c.send('privacy');
    expect(c.last()).toContain('What I keep');
    await c.end();
    expect(c.stdout.endsWith('\n')).toBe(true);
  });

  it('answers an over-long line kindly, and an empty line as a first contact', async () => {
    const c = h.session('console-3', { banner: false });
    await c.send('y'.repeat(5000));
    expect(c.last()).toContain('too long');
    expect(await c.follower()).toBeNull();
    await c.send('');
    expect(c.last()).toContain('2. English');
  });
});
