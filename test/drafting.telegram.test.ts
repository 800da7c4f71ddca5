/**
 * Drafting a plan on Telegram, beyond the contract every channel runs (test/contract/drafting.contract.ts):
 * stale buttons, a member writing in Arabic, /cancel with a plan id, and the longest draft the
 * replay log allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPLAY_OPS } from '../src/core/flow/flow-runner.js';
import { MAX_EDITS } from '../flows/draft-plan.js';
import { MAX_TASKS } from '../src/plans/plan-schema.js';
import { draftKey } from '../src/plans/draft-commands.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const rand = () => Math.random().toString(36).slice(2, 7);

async function opening(m: TelegramUser, title: string): Promise<void> {
  await m.send('/draft');
  await m.tap('Uyghurs');
  await m.tap(m.buttons().at(-1)!); // Done
  await m.send(title);
  await m.tap('✅');
  await m.send('Forced labour must not be in what we buy.');
}

async function task(m: TelegramUser, n: number): Promise<void> {
  await m.send(`Task ${n} of the plan`);
  await m.send('Open the page and follow the short guide, step by step.');
  await m.tap('No link');
  await m.send(String(n));
  await m.tap('Checked by');
}

describe('drafting a plan on Telegram', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await TelegramHarness.start('draft_tg', { organisers: [1, 2, 3, 4, 5] });
  }, 60_000);
  afterAll(() => h?.close());

  it('a button of an earlier step is answered as expired, and the draft goes on', async () => {
    const m = h.user(1);
    await opening(m, `Stale buttons ${rand()}`);
    await m.send('Sign the petition');
    await m.send('Open the petition and add your name.');
    const linkPrompt = m.last();
    await m.tap('No link');
    await m.send('5');
    await m.tap('No link', linkPrompt);
    expect(m.notices().at(-1)).toContain('no longer active');
    expect(m.last().text).toContain('who checked');
    await m.tap('Checked by');
    expect(m.last().text).toContain('Add another');
    await m.send('/cancel');
    expect(m.last().text).toContain('The draft is cancelled');
  });

  it('a member whose Telegram is in Arabic is asked in Arabic, told to write in English, and the plan is English', async () => {
    const m = h.user(2, 'ar');
    await m.send('/draft');
    expect(m.texts().join('\n')).toContain('باللغة الإنجليزية');
    expect(m.last().text).toMatch(/[\u0600-\u06FF]/);
    await m.tap('الإيغور');
    await m.tap(m.buttons().at(-1)!);
    await m.send(`Arabic member ${rand()}`);
    await m.tap('✅');
    await m.send('Forced labour must not be in what we buy.');
    await m.send('Sign the petition');
    await m.send('Open the petition and add your name.');
    await m.tap('بلا رابط');
    await m.send('٥');
    await m.tap('تحقّق منها');
    await m.tap('هذا يكفي');
    await m.tap('بلا تاريخ انتهاء');
    await m.tap('اقترحها');
    expect(m.last().text).toContain('تم الاقتراح');
    const id = /«([^»]+)»/.exec(m.last().text)![1]!;
    const plan = (await h.app.plans.get(id))!;
    expect(Object.keys(plan.content)).toEqual(['en']);
    expect(plan.content.en!.tasks[0]!.minutes).toBe(5);
  });

  it('/cancel with a plan id cancels that plan and leaves the draft in progress', async () => {
    const m = h.user(3);
    expect((await h.app.planService.propose(planYaml({ id: 'tg-cancel-me' }), 'org-a')).ok).toBe(true);
    await opening(m, `Keep drafting ${rand()}`);
    await m.send('/cancel tg-cancel-me');
    expect((await h.app.plans.get('tg-cancel-me'))!.status).toBe('cancelled');
    await m.send('Sign the petition');
    expect(m.last().text).toContain('how do they do it');
    await m.send('/cancel');
    expect(m.last().text).toContain('The draft is cancelled');
  });

  it('a "how" of 1,500 characters is taken, a longer one refused with its length, and a checklist past one message is flagged', async () => {
    const m = h.user(5);
    await opening(m, `Long hows ${rand()}`);
    for (let n = 1; n <= 3; n++) {
      await m.send(`Task ${n} of the plan`);
      await m.send('w'.repeat(1501));
      expect(m.last().text).toContain('1,501 characters; the most this can take is 1,500');
      await m.send('w '.repeat(750).trim() + 'w');
      await m.tap('No link');
      await m.send('3');
      await m.tap('Checked by');
      await m.tap(n < 3 ? 'Add another task' : "That's all");
    }
    await m.tap('No end date');
    const warning = m.texts().at(-2)!;
    expect(warning).toMatch(/This checklist is [\d,]+ characters long, and one Telegram message holds 4,096/);
    expect(m.buttons()).toContain('📝 Propose it');
    await m.send('/cancel');
  });

  it('one tap of "Propose it" reaching two processes at once proposes the plan once', async () => {
    const m = h.user(3);
    const title = `Two processes ${rand()}`;
    await opening(m, title);
    await task(m, 1);
    await m.tap("That's all");
    await m.tap('No end date');
    const menu = m.last();
    const data = menu.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes('Propose it'))!.callback_data!;
    const first = h.bot;
    await h.boot(); // a second process on the same database
    const second = h.bot;
    const tap = (n: number) => ({
      update_id: 900_000 + n,
      callback_query: {
        id: `two-${n}`,
        from: m.from,
        chat_instance: 'x',
        data,
        message: { message_id: menu.message_id, date: Math.floor(Date.now() / 1000), chat: { id: m.chatId, type: 'private' as const, first_name: 'Test' }, text: '' },
      },
    });
    await Promise.all([first.handleUpdate(tap(1)), second.handleUpdate(tap(2))]);
    const proposed = m.texts().filter((t) => t.startsWith('📝 Proposed'));
    expect(proposed).toHaveLength(1);
    const id = /plan “([^”]+)”/.exec(proposed[0]!)![1]!;
    expect((await h.app.plans.get(id))!.revision).toBe(1);
    expect(await h.app.db.FlowState.countDocuments({ _id: draftKey(h.app.vault, 'telegram', '3') })).toBe(0);
  });

  it(`the longest draft (${MAX_TASKS} tasks, ${MAX_EDITS} edits) stays within the replay log's bound and is proposed whole`, async () => {
    const m = h.user(4);
    await opening(m, `Longest draft ${rand()}`);
    for (let n = 1; n <= MAX_TASKS; n++) {
      await task(m, n);
      if (n < MAX_TASKS) await m.tap('Add another task');
    }
    expect(m.texts().join('\n')).toContain(`That makes ${MAX_TASKS} tasks`);
    await m.tap('No end date');
    for (let round = 0; round < MAX_EDITS; round++) {
      await m.tap('Change a part');
      await m.tap(`Task ${MAX_TASKS}:`);
      await task(m, 20 + round);
    }
    expect(m.buttons()).not.toContain('✏️ Change a part');
    expect(m.texts().at(-2)).toContain('many changes');
    const state = (await h.app.db.FlowState.findById(draftKey(h.app.vault, 'telegram', '4')).lean<{ replay: { send: unknown[] } }>())!;
    const ops = state.replay.send.length;
    console.log(`replay log of the longest draft: ${ops} ops (bound ${MAX_REPLAY_OPS}), ${JSON.stringify(state).length} bytes`);
    expect(ops).toBeLessThan(MAX_REPLAY_OPS);
    const t0 = performance.now();
    await m.tap('Propose it');
    console.log(`the last answer (replaying ${ops} ops, then proposing) took ${Math.round(performance.now() - t0)} ms`);
    expect(m.last().text).toContain('Proposed');
    const id = /plan “([^”]+)”/.exec(m.last().text)![1]!;
    const tasks = (await h.app.plans.get(id))!.content.en!.tasks;
    expect(tasks).toHaveLength(MAX_TASKS);
    expect(tasks.at(-1)!.title).toBe(`Task ${20 + MAX_EDITS - 1} of the plan`);
  });
});
