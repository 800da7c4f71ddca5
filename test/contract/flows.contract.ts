import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { Follower } from '../../src/core/types.js';
import { planYaml } from '../support/plans.js';

/** A follower on some channel, doing what a person does there (tap a button, or type its number). */
export interface ContractFollower {
  /** Joins through an influencer's link with this code, or with no code. */
  start(code?: string): Promise<void>;
  /** Types a message. */
  send(text: string): Promise<void>;
  /** Picks one option by its label. */
  choose(label: string): Promise<void>;
  /** Picks several options of a multiple choice and confirms. */
  chooseMany(labels: string[]): Promise<void>;
  /** Opts out ("/stop" or "STOP"). */
  stop(): Promise<void>;
  /** Asks to erase everything ("/forget" or "forget"). */
  forget(): Promise<void>;
  /** Ticks task `n` of the newest plan (a button, or "done n"). */
  tick(n: number): Promise<void>;
  /** Reopens plan `n` of the /plans list (its button, or "plans n"). */
  openPlan(n: number): Promise<void>;
  /** Asks where plan `n`'s tasks come from (the checklist's button, or "sources n"). */
  sources(n: number): Promise<void>;
  /** Everything the follower can read, one entry per message (with its options). */
  texts(): string[];
  follower(): Promise<Follower | null>;
}

/** A channel with the whole bot behind it, on its own test database. */
export interface ContractChannel {
  app: App;
  /** A new person on the channel; `language` is what their phone or client suggests. */
  newFollower(opts?: { language?: 'en' | 'ar' }): ContractFollower;
  close(): Promise<void>;
}

const last = (u: ContractFollower) => u.texts().at(-1) ?? '';
const arabic = /[\u0600-\u06FF]/;

/** Publishes a plan now and runs its broadcast to the end. */
async function publishPlan(app: App, id: string): Promise<void> {
  expect((await app.planService.propose(planYaml({ id, topics: ['uyghur'], tasks: 3 }), 'org-a')).ok).toBe(true);
  await app.planService.approve(id, 'org-a');
  await app.planService.approve(id, 'org-b');
  expect((await app.planService.publish(id)).ok).toBe(true);
  await app.worker.drain();
}

async function onboard(u: ContractFollower, code?: string): Promise<void> {
  await u.start(code);
  await u.choose('English');
  await u.chooseMany(['Uyghurs']);
  await u.choose('London');
}

/**
 * The follower journey every channel must offer, whatever it renders: joining with and
 * without a code, onboarding in English and Arabic, typed numbers, multiple choice,
 * re-prompts, opting out, erasure, and a plan that arrives once and can be ticked.
 */
export function flowContract(channelName: string, setup: () => Promise<ContractChannel>): void {
  describe(`the follower journey on ${channelName}`, () => {
    let ch: ContractChannel;
    beforeAll(async () => {
      ch = await setup();
      await ch.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
    });
    afterAll(() => ch.close());

    it('a join code attributes the follower to its influencer; no code counts as direct', async () => {
      const withCode = ch.newFollower();
      await withCode.start('abuali');
      expect(await withCode.follower()).toMatchObject({ audience: 'abuali', status: 'onboarding' });
      expect(last(withCode)).toContain('English');
      const without = ch.newFollower();
      await without.start();
      expect((await without.follower())?.audience).toBe('direct');
    });

    it('a topic in the join code is ticked in advance', async () => {
      const u = ch.newFollower();
      await u.start('abuali-uyghur');
      await u.choose('English');
      expect(last(u)).toContain('✅ Uyghurs');
      expect(await u.follower()).toMatchObject({ audience: 'abuali' });
    });

    it('onboards to the end in English', async () => {
      const u = ch.newFollower();
      await u.start('abuali');
      expect(u.texts()[0]).toContain('welcome');
      await u.choose('English');
      await u.chooseMany(['Palestine']);
      await u.choose('London');
      expect(u.texts().join('\n')).toContain('Your privacy');
      expect(last(u)).toContain('All set');
      expect(last(u)).toContain('Palestine');
      expect(await u.follower()).toMatchObject({ status: 'active', language: 'en', topics: ['palestine'], timezone: 'Europe/London' });
    });

    it('onboards to the end in Arabic', async () => {
      const u = ch.newFollower({ language: 'ar' });
      await u.start();
      await u.choose('العربية');
      expect(last(u)).toMatch(arabic);
      await u.chooseMany(['الإيغور']);
      await u.choose('مكة');
      expect(last(u)).toMatch(arabic);
      expect(last(u)).toContain('الإيغور');
      expect(await u.follower()).toMatchObject({ status: 'active', language: 'ar', topics: ['uyghur'], timezone: 'Asia/Riyadh' });
    });

    it('understands typed numbers, in any script, for one and for several options', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.send('2'); // English
      expect(last(u)).toContain('Which causes');
      await u.send('1 ٣'); // Uyghurs and Sudan, with an Arabic-Indic 3
      expect(last(u)).toContain('Where are you');
      expect((await u.follower())!.topics).toEqual(['uyghur', 'sudan']);
    });

    it('takes several options of a multiple choice', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.choose('English');
      await u.chooseMany(['Uyghurs', 'Sudan']);
      expect((await u.follower())!.topics).toEqual(['uyghur', 'sudan']);
    });

    it('re-prompts kindly on an answer that matches nothing, and loses nothing', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.choose('English');
      await u.send('what is this?');
      expect(last(u)).toContain("didn't catch that");
      await u.send('99');
      expect(last(u)).toContain("didn't catch that");
      await u.chooseMany(['Palestine']);
      expect(last(u)).toContain('Where are you');
    });

    it('stop opts out, keeps them as opted out, and joining again brings them back', async () => {
      const u = ch.newFollower();
      await onboard(u);
      await u.stop();
      expect(last(u)).toContain("won't receive");
      expect((await u.follower())!.status).toBe('opted_out');
      await u.send('hello?');
      expect(last(u)).toContain("not receiving plans");
      await u.start();
      expect((await u.follower())!.status).toBe('active');
    });

    it('forget erases the follower after they confirm', async () => {
      const u = ch.newFollower();
      await onboard(u);
      await u.forget();
      expect(last(u)).toContain('Erase everything');
      await u.choose('Yes, erase everything');
      expect(last(u)).toContain('has been erased');
      expect(await u.follower()).toBeNull();
    });

    it('a published plan arrives once, and ticking task 2 is recorded and shown', async () => {
      const u = ch.newFollower();
      await onboard(u);
      const stopped = ch.newFollower();
      await onboard(stopped);
      await stopped.stop();
      await publishPlan(ch.app, `contract-${Math.random().toString(36).slice(2, 8)}`);
      const plans = u.texts().filter((t) => t.includes('Task number 1'));
      expect(plans).toHaveLength(1);
      expect(stopped.texts().filter((t) => t.includes('Task number 1'))).toHaveLength(0);
      await u.tick(2);
      const f = (await u.follower())!;
      expect(await ch.app.db.Completion.countDocuments({ followerId: f.id, task: 2 })).toBe(1);
      expect(await ch.app.db.Pledge.countDocuments({ followerId: f.id })).toBe(1);
      expect(u.texts().some((t) => t.includes('✅ 2.') && t.includes('1 of 3 done'))).toBe(true);
    });

    it('/plans lists open plans, reopens a checklist to tick, shows sources, then finished and past plans', async () => {
      const u = ch.newFollower();
      await onboard(u);
      const id = `contract-p${Math.random().toString(36).slice(2, 7)}`;
      await publishPlan(ch.app, id);
      await u.send('/plans');
      expect(last(u)).toContain(`1. Plan ${id} (en) · 0 of 3 done`);
      await u.openPlan(1);
      expect(last(u)).toContain(`📋 Plan ${id} (en)`);
      await u.tick(1);
      expect(u.texts().some((t) => t.includes(`📋 Plan ${id}`) && t.includes('1 of 3 done'))).toBe(true);
      await u.sources(1);
      expect(last(u)).toContain('Vetted by Forum meeting');
      await u.tick(2);
      await u.tick(3);
      await u.send('/plans');
      expect(last(u)).toContain(`1. Plan ${id} (en) · ✅ finished`);
      await ch.app.planLife.close(id);
      await u.send('/plans');
      expect(last(u)).toContain('Past plans');
      expect(last(u)).toContain(`• Plan ${id} (en)`);
      // Leave no plan open: later joiners here would rightly be sent it after their onboarding.
      for (const status of ['publishing', 'published'] as const) for (const p of await ch.app.plans.withStatus(status)) await ch.app.planLife.close(p.id);
    });

    it('"another place" takes a city in any UI language, then says it back', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.choose('English');
      await u.chooseMany(['Uyghurs']);
      await u.choose('🌍 Another place');
      expect(last(u)).toContain('Type your city or country');
      await u.send('الدار البيضاء'); // Casablanca, typed in Arabic by an English reader
      expect(await u.follower()).toMatchObject({ status: 'active', timezone: 'Africa/Casablanca' });
      expect(last(u)).toContain('Reminders timed for: Casablanca');
    });

    it('"another place" re-asks kindly on an unknown place and takes a UTC offset', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.choose('English');
      await u.chooseMany(['Uyghurs']);
      await u.choose('🌍 Another place');
      await u.send('Atlantis');
      expect(last(u)).toContain("I don't know that place");
      expect((await u.follower())!.status).toBe('onboarding');
      await u.send('UTC+3');
      expect(await u.follower()).toMatchObject({ status: 'active', timezone: 'Etc/GMT-3' });
      expect(last(u)).toContain('Reminders timed for: UTC+3');
    });

    it('a place typed straight at the time-zone list is understood ("Sydney")', async () => {
      const u = ch.newFollower();
      await u.start();
      await u.choose('English');
      await u.chooseMany(['Uyghurs']);
      await u.send('Sydney');
      expect(await u.follower()).toMatchObject({ status: 'active', timezone: 'Australia/Sydney' });
    });
  });
}
