import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextReasonableTime } from '../src/plans/reminder-time.js';
import { Reminders } from '../src/plans/reminders.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const HOUR = 3_600_000;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('reminders', { organisers: [1, 2], approvalsRequired: 1 });
});
afterAll(() => h.close());

describe('reminder timing', () => {
  it('keeps a due time that is already daytime locally', () => {
    const at = new Date('2026-11-21T12:00:00Z'); // 15:00 in Riyadh
    expect(nextReasonableTime(at, 'Asia/Riyadh')).toEqual(at);
  });
  it('moves a night-time reminder to 10:00 local the next morning', () => {
    const at = new Date('2026-11-21T20:30:00Z'); // 23:30 in Riyadh
    expect(nextReasonableTime(at, 'Asia/Riyadh').toISOString()).toBe('2026-11-22T07:00:00.000Z');
  });
  it('moves an early-morning reminder to 10:00 the same day', () => {
    const at = new Date('2026-11-21T01:15:00Z'); // 06:15 in Jakarta
    expect(nextReasonableTime(at, 'Asia/Jakarta').toISOString()).toBe('2026-11-21T03:00:00.000Z');
  });
  it('survives an unknown time zone', () => {
    expect(nextReasonableTime(new Date('2026-11-21T12:00:00Z'), 'Mars/Olympus')).toBeInstanceOf(Date);
  });
});

describe('reminders to pledged followers', () => {
  let pledgedOpen: TelegramUser;
  let pledgedDone: TelegramUser;
  let notPledged: TelegramUser;
  let pledgedStopped: TelegramUser;
  let pledgedArabic: TelegramUser;

  beforeAll(async () => {
    pledgedOpen = await h.onboard(8001, { topics: ['uyghur'] });
    pledgedDone = await h.onboard(8002, { topics: ['uyghur'] });
    notPledged = await h.onboard(8003, { topics: ['uyghur'] });
    pledgedStopped = await h.onboard(8004, { topics: ['uyghur'] });
    pledgedArabic = await h.onboard(8005, { language: 'ar', topics: ['uyghur'] });
    const org = h.user(1);
    await org.send(`/propose\n${planYaml({ id: 'remind-1', tasks: 2, reminderAfterHours: 24 })}`);
    await org.send('/approve remind-1');
    await org.send('/publish remind-1');
    await h.app.worker.drain();
    const planMsg = (u: TelegramUser) => u.messages().find((m) => m.text.includes('remind-1'))!;
    await pledgedOpen.tap('🤝', planMsg(pledgedOpen));
    await pledgedArabic.tapData('p.remind-1|pledge', planMsg(pledgedArabic).message_id);
    await pledgedDone.tap('⬜ 1.', planMsg(pledgedDone));
    await pledgedDone.tap('⬜ 2.', planMsg(pledgedDone));
    await pledgedStopped.tap('⬜ 1.', planMsg(pledgedStopped));
    await pledgedStopped.send('/stop');
  });

  const reminders = (u: TelegramUser) => u.texts().filter((t) => t.includes('🌱') && t.includes('remind-1'));

  it('nothing is due before the plan’s delay', async () => {
    expect(await h.app.reminders.runDue(new Date(Date.now() + 2 * HOUR))).toBe(0);
  });

  it('a process without the follower’s channel leaves the reminder to one that has it', async () => {
    const elsewhere = new Reminders({ ...(h.app.reminders as unknown as { deps: ConstructorParameters<typeof Reminders>[0] }).deps, senders: new Map() });
    expect(await elsewhere.runDue(new Date(Date.now() + 40 * HOUR))).toBe(0);
  });

  it('goes only to pledged-and-unfinished followers, in their language, with their checklist', async () => {
    const sent = await h.app.reminders.runDue(new Date(Date.now() + 40 * HOUR));
    expect(sent).toBe(2);
    expect(reminders(pledgedOpen)).toHaveLength(1);
    expect(reminders(pledgedOpen)[0]).toContain('0 of 2 done');
    expect(pledgedOpen.last().reply_markup).toBeDefined();
    expect(reminders(pledgedArabic)).toHaveLength(1);
    expect(reminders(pledgedArabic)[0]).toMatch(/[\u0600-\u06FF]/);
    for (const u of [pledgedDone, notPledged, pledgedStopped]) expect(reminders(u)).toHaveLength(0);
  });

  it('running twice at the same moment sends nothing more', async () => {
    expect(await h.app.reminders.runDue(new Date(Date.now() + 40 * HOUR))).toBe(0);
  });

  it('stops after the configured maximum (2)', async () => {
    await h.app.reminders.runDue(new Date(Date.now() + 100 * HOUR));
    await h.app.reminders.runDue(new Date(Date.now() + 200 * HOUR));
    await h.app.reminders.runDue(new Date(Date.now() + 400 * HOUR));
    expect(reminders(pledgedOpen)).toHaveLength(2);
  });
});
