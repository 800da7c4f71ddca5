import { fileURLToPath } from 'node:url';
import type { Context } from 'grammy';
import { describe, expect, it } from 'vitest';
import { commandWordsFrom } from '../src/channels/text/command-words.js';
import { parseTypedText } from '../src/channels/text/parse-typed-text.js';
import { parseTelegramUpdate } from '../src/channels/telegram/parse-telegram-update.js';
import { loadTranslator } from '../src/i18n/translator.js';
import { parsePlan } from '../src/plans/plan-schema.js';
import type { StoredPlan } from '../src/plans/plan-types.js';
import { formatEndDate, renderPlanMessage } from '../src/plans/render-plan-message.js';
import { CachedTaskFigures } from '../src/reports/task-figures.js';
import { planYaml } from './support/plans.js';

const t = loadTranslator(fileURLToPath(new URL('../locales', import.meta.url)));
const words = commandWordsFrom(t);
const none = { pledged: false, completedAt: null, done: [] };

function stored(extra: Partial<StoredPlan> = {}): StoredPlan {
  const parsed = parsePlan(planYaml({ id: 'unit-1', languages: ['en', 'ar'] }), ['uyghur']);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return {
    ...parsed.plan,
    ...{ status: 'published', proposedBy: 'x', approvals: 2, revision: 1, createdAt: new Date(), publishedAt: new Date(), finishedAt: null },
    ...{ enqueuedBatches: 1, enqueueDone: true, withdrawnTasks: [], endedAt: null },
    ...extra,
  } as StoredPlan;
}

describe('the checklist shows a plan’s life', () => {
  it('"open until" is the end date in the reader’s time zone and language', () => {
    const end = new Date('2099-12-31T22:00:00Z');
    expect(formatEndDate('en', end, 'Europe/London')).toBe('31 December 2099');
    // Already the next day in Karachi.
    expect(formatEndDate('en', end, 'Asia/Karachi')).toBe('1 January 2100');
    expect(formatEndDate('fr', end, 'Europe/Paris')).toBe('31 décembre 2099');
    const ar = renderPlanMessage(stored({ endsAt: end }), 'ar', none, t, { timezone: 'Asia/Riyadh' }).text;
    expect(ar).toContain('متاحة حتى');
    expect(ar).toContain('يناير');
    // The year is left out within the year.
    const now = new Date('2099-06-01T00:00:00Z');
    expect(formatEndDate('en', end, 'Europe/London', now)).toBe('31 December');
  });

  it('a withdrawn task is marked, loses its how-to, link and button, and leaves the count', () => {
    const msg = renderPlanMessage(stored({ withdrawnTasks: [2] }), 'en', { ...none, done: [1, 2] }, t);
    expect(msg.text).toContain('🚫 2. Task number 2 · withdrawn by the Forum');
    expect(msg.text).not.toContain('https://example.org/unit-1/2');
    expect(msg.text).toContain('1 of 2 done');
    expect(msg.choices!.options.map((o) => o.id)).toEqual(['t1-', 't3+', 'pledge', 'src']);
  });

  it('an ended plan says so and keeps only its sources button', () => {
    const msg = renderPlanMessage(stored({ endedAt: new Date() }), 'en', none, t);
    expect(msg.text).toContain('This plan has ended');
    expect(msg.choices!.options.map((o) => o.id)).toEqual(['src']);
  });

  it('collective figures are rounded as reports are, never under 10, none for withdrawn tasks, read once per while', async () => {
    let reads = 0;
    let clock = 0;
    const rows = [
      { audience: 'a', metric: 'task_1', n: 1000 },
      { audience: 'b', metric: 'task_1', n: 234 },
      { audience: 'a', metric: 'task_2', n: 7 },
      { audience: 'a', metric: 'task_3', n: 50 },
      { audience: 'a', metric: 'pledged', n: 2000 },
    ];
    const figures = new CachedTaskFigures({ planCounters: async () => (reads++, { rows, reachFrozen: false }) }, 60_000, () => clock);
    const plan = stored({ withdrawnTasks: [3] });
    const shown = await figures.shown(plan);
    expect([...shown]).toEqual([
      [1, 1235],
      [2, null],
    ]);
    const text = renderPlanMessage(plan, 'en', none, t, { figures: shown }).text;
    expect(text).toContain('Task number 1 · 2 min · 1.2K done');
    expect(text).not.toMatch(/Task number 2 · 3 min ·/);
    await figures.shown(plan);
    expect(reads).toBe(1);
    clock = 61_000;
    await figures.shown(plan);
    expect(reads).toBe(2);
  });
});

describe('typed words', () => {
  it('"sources 1" in any language shows a plan’s sources; "plans 2" reopens one', () => {
    for (const text of ['sources 1', 'مصادر 1', 'kaynak 1', 'sumber 1', 'ذرائع 1']) {
      expect(parseTypedText(text, words)).toEqual({ kind: 'command', name: 'sources', arg: '1' });
    }
    expect(parseTypedText('plans 2', words)).toEqual({ kind: 'command', name: 'plans', arg: '2' });
    expect(parseTypedText('خطط ٢', words)).toEqual({ kind: 'command', name: 'plans', arg: '2' });
  });

  it('on Telegram a whole message STOP or توقف is /stop, START is /start; other text stays text', () => {
    const stopStart = commandWordsFrom(t, (n) => n === 'stop' || n === 'start');
    const ctx = (text: string) => ({ message: { text } }) as unknown as Context;
    expect(parseTelegramUpdate(ctx('STOP'), 'bot', stopStart)).toEqual({ kind: 'command', name: 'stop', arg: '' });
    expect(parseTelegramUpdate(ctx('توقف'), 'bot', stopStart)).toEqual({ kind: 'command', name: 'stop', arg: '' });
    expect(parseTelegramUpdate(ctx('Start'), 'bot', stopStart)).toEqual({ kind: 'command', name: 'start', arg: '' });
    expect(parseTelegramUpdate(ctx('please stop sending'), 'bot', stopStart)).toEqual({ kind: 'text', text: 'please stop sending' });
    expect(parseTelegramUpdate(ctx('plans'), 'bot', stopStart)).toEqual({ kind: 'text', text: 'plans' });
  });
});
