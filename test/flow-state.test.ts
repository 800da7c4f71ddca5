import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onboardingFlow } from '../flows/onboarding.js';
import { FlowConflictError, FlowRunner, type FlowStateRecord, type FlowStateStore } from '../src/core/flow/flow-runner.js';
import type { Flow } from '../src/core/flow/flow-io.js';
import type { InboundEvent, Outbox, OutMessage } from '../src/core/types.js';
import { MongoFlowStateStore } from '../src/db/flow-state-store.js';
import { silentLogger } from '../src/logger.js';
import { ConsoleHarness } from './support/console-harness.js';
import { TEST_TOPICS, TelegramHarness } from './support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('flow_state');
});
afterAll(() => h.close());

/** The stored flow state document, as the database holds it. */
async function storedState(followerId: string) {
  return h.app.db.FlowState.findById(followerId).lean<FlowStateRecord & { updatedAt: Date }>();
}

async function followerId(chatId: number): Promise<string> {
  return (await h.follower(chatId))!.id;
}

describe('junk replies in a flow', () => {
  it('50 junk replies leave the follower at the same step, the stored state unchanged; the 51st valid one moves on', async () => {
    const u = h.user(3001);
    await u.start();
    const id = await followerId(3001);
    const before = await storedState(id);
    const prompt = u.last();
    for (let i = 0; i < 50; i++) await u.send(i % 2 ? `asdf ${i}` : '99');
    const after = await storedState(id);
    // Not one write: same version, same log, same size.
    expect(after).toEqual(before);
    expect(JSON.stringify(after).length).toBe(JSON.stringify(before).length);
    // Each got the re-prompt, and the buttons of the language prompt still work.
    const reprompts = u.texts().filter((t) => t.includes("didn't catch that"));
    expect(reprompts).toHaveLength(50);
    expect(reprompts[0]).toContain('number from 1 to 9');
    await u.tap('English', prompt);
    expect(u.last().text).toContain('Which causes');
    expect((await h.follower(3001))!.language).toBe('en');
  });

  it('at a multiple choice, junk and Done with nothing ticked are answered without a trace; "1 3" then moves on', async () => {
    const u = h.user(3002);
    await u.start();
    await u.send('2'); // English
    const id = await followerId(3002);
    await u.tap('Uyghurs'); // a toggle is an answer: it is recorded
    await u.tap('Uyghurs');
    const before = await storedState(id);
    await u.send('asdf');
    expect(u.last().text).toContain('Tap the topics above and then Done');
    await u.tap('Done');
    expect(u.last().text).toContain('pick at least one');
    await u.send('0'); // "keep the ticked ones", with none ticked
    expect(await storedState(id)).toEqual(before);
    await u.send('١ ٣'); // Arabic-Indic digits
    expect(u.last().text).toContain('Where are you');
    expect((await h.follower(3002))!.topics).toEqual([TEST_TOPICS[0], TEST_TOPICS[2]]);
  });

  it('on a text channel (the console) junk gets the numbered re-prompt and leaves the state alone', async () => {
    const c = await ConsoleHarness.start('flow_state_console');
    try {
      const s = c.session('console-junk');
      await s.start();
      const id = (await s.follower())!.id;
      const before = await c.app.db.FlowState.findById(id).lean();
      for (let i = 0; i < 5; i++) await s.send('what?');
      expect(s.last()).toContain('reply with a number');
      expect(await c.app.db.FlowState.findById(id).lean()).toEqual(before);
      await s.send('2');
      expect(s.last()).toContain('Which causes');
    } finally {
      await c.close();
    }
  });

  it('a flow stored before junk was skipped (the re-prompt recorded in its log) still resumes', async () => {
    const u = h.user(3003);
    await u.start();
    const id = await followerId(3003);
    const state = (await storedState(id))!;
    // What the previous runner stored after one "asdf": the answer, its re-prompt, a new wait.
    const wait = state.interrupt;
    state.replay.receive.push({ send: wait, returnValue: { kind: 'text', text: 'asdf' } });
    state.replay.send.push({ payload: 'say' }, { payload: 'wait' });
    state.replay.receive.push({ send: wait + 1, returnValue: null });
    await h.app.db.FlowState.updateOne({ _id: id }, { $set: { replay: state.replay, interrupt: wait + 2 } });
    const sent = u.messages().length;
    await u.send('2');
    expect(u.messages().length).toBe(sent + 1); // the topics prompt, no re-prompt replayed aloud
    expect(u.last().text).toContain('Which causes');
  });
});

/** What a follower would see: every message sent to them, in order. */
class RecordingOutbox implements Outbox {
  readonly sent: OutMessage[] = [];
  async send(msg: OutMessage): Promise<{ messageId: string }> {
    this.sent.push(msg);
    return { messageId: String(this.sent.length) };
  }
  async edit(): Promise<void> {}
  async notice(text: string): Promise<void> {
    this.sent.push({ text, rtl: false });
  }
  texts(): string[] {
    return this.sent.map((m) => m.text);
  }
  last(): OutMessage {
    return this.sent.at(-1)!;
  }
}

/** A flow state store where someone else writes between our read and our write, `times` times. */
function contendedStore(inner: FlowStateStore, meanwhile: (followerId: string) => Promise<void>) {
  let armed = 0;
  const store: FlowStateStore = {
    get: (id) => inner.get(id),
    delete: (id) => inner.delete(id),
    async put(record, expected) {
      if (armed > 0) {
        armed--;
        await meanwhile(record.followerId);
      }
      return inner.put(record, expected);
    },
  };
  return { store, arm: (times: number) => (armed = times) };
}

/** Another process's write that changes nothing but the version. */
function bumpVersion(inner: FlowStateStore) {
  return async (followerId: string) => {
    const current = (await inner.get(followerId))!;
    expect(await inner.put({ ...current, version: current.version + 1 }, current.version)).toBe(true);
  };
}

function onboardingRunner(store: FlowStateStore): FlowRunner {
  const flows: Record<string, Flow<never>> = { onboarding: onboardingFlow({ followers: h.app.followers, topics: TEST_TOPICS }) };
  return new FlowRunner(store, h.app.translator, flows, silentLogger);
}

/** A follower who has just been asked for their language by `runner`. */
async function atLanguagePrompt(chatId: number, runner: FlowRunner, outbox: RecordingOutbox): Promise<string> {
  await h.user(chatId).start();
  const id = await followerId(chatId);
  await runner.start(id, 'onboarding', { followerId: id, preset: [] }, 'en', outbox);
  return id;
}

function tapEvent(outbox: RecordingOutbox, optionId: string): InboundEvent {
  return { kind: 'choice', token: outbox.last().choices!.token, optionId };
}

describe('a version conflict on the flow state', () => {
  it('keeps the answer: the choice is applied and the follower sees the next step, once', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const contended = contendedStore(inner, bumpVersion(inner));
    const runner = onboardingRunner(contended.store);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3101, runner, outbox);
    const versionBefore = (await storedState(id))!.version;

    contended.arm(1);
    expect(await runner.resume(id, tapEvent(outbox, 'fr'), outbox)).toBe('handled');

    expect((await h.follower(3101))!.language).toBe('fr');
    const topicPrompts = outbox.sent.filter((m) => m.choices?.multi);
    expect(topicPrompts).toHaveLength(1);
    const stored = (await storedState(id))!;
    expect(stored.pendingToken).toBe(topicPrompts[0]!.choices!.token);
    expect(stored.version).toBe(versionBefore + 2);
    // And the flow goes on from there.
    await runner.resume(id, { kind: 'text', text: '2' }, outbox);
    expect((await h.follower(3101))!.topics).toEqual([TEST_TOPICS[1]]);
  });

  it('a tap on a prompt that another process answered meanwhile is stale; the other answer stands', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const otherOutbox = new RecordingOutbox();
    const otherProcess: { answer?: InboundEvent } = {};
    const other = onboardingRunner(inner);
    const contended = contendedStore(inner, async (id) => {
      expect(await other.resume(id, otherProcess.answer!, otherOutbox)).toBe('handled');
    });
    const runner = onboardingRunner(contended.store);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3102, runner, outbox);
    otherProcess.answer = tapEvent(outbox, 'ar');

    contended.arm(1);
    expect(await runner.resume(id, tapEvent(outbox, 'fr'), outbox)).toBe('stale');

    const stored = (await storedState(id))!;
    expect(stored.pendingToken).toBe(otherOutbox.last().choices!.token);
    expect(stored.language).toBe('en');
    // The flow continues in the other answer's language (its topic prompt is Arabic).
    expect(otherOutbox.last().rtl).toBe(true);
  });

  it('a typed answer to a prompt another process answered meanwhile is not counted again at the next prompt', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const otherOutbox = new RecordingOutbox();
    const other = onboardingRunner(inner);
    const contended = contendedStore(inner, async (id) => {
      expect(await other.resume(id, { kind: 'text', text: '7' }, otherOutbox)).toBe('handled'); // Français
    });
    const runner = onboardingRunner(contended.store);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3105, runner, outbox);

    contended.arm(1);
    await expect(runner.resume(id, { kind: 'text', text: '2' }, outbox)).rejects.toBeInstanceOf(FlowConflictError);

    // The flow waits at the topics, asked by the other process; "2" was not taken as a topic.
    const stored = (await storedState(id))!;
    expect(stored.pendingToken).toBe(otherOutbox.last().choices!.token);
    await other.resume(id, { kind: 'choice', token: stored.pendingToken!, optionId: '_done' }, otherOutbox);
    expect(otherOutbox.last().text).toBe(h.app.translator.t('fr', 'flow-pick-at-least-one'));
  });

  it('two toggles of the same multiple choice in two processes both count', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const otherOutbox = new RecordingOutbox();
    const other = onboardingRunner(inner);
    const otherTap: { event?: InboundEvent } = {};
    const contended = contendedStore(inner, async (id) => {
      expect(await other.resume(id, otherTap.event!, otherOutbox)).toBe('handled');
    });
    const runner = onboardingRunner(contended.store);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3106, runner, outbox);
    await runner.resume(id, tapEvent(outbox, 'en'), outbox);
    otherTap.event = tapEvent(outbox, TEST_TOPICS[2]!);

    contended.arm(1);
    expect(await runner.resume(id, tapEvent(outbox, TEST_TOPICS[0]!), outbox)).toBe('handled');
    expect(await runner.resume(id, tapEvent(outbox, '_done'), outbox)).toBe('handled');
    expect((await h.follower(3106))!.topics).toEqual([TEST_TOPICS[0], TEST_TOPICS[2]]);
  });

  it('the last answer of a flow, conflicting, still ends it once: no state left, the summary sent once', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const contended = contendedStore(inner, bumpVersion(inner));
    const bumpingDelete: FlowStateStore = {
      ...contended.store,
      async delete(followerId, expected) {
        if (expected !== undefined) await bumpVersion(inner)(followerId);
        bumpingDelete.delete = (f, e) => inner.delete(f, e);
        return inner.delete(followerId, expected);
      },
    };
    const runner = onboardingRunner(bumpingDelete);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3107, runner, outbox);
    await runner.resume(id, { kind: 'text', text: '2' }, outbox); // English
    await runner.resume(id, { kind: 'text', text: '1' }, outbox); // a topic
    expect(await runner.resume(id, { kind: 'text', text: '1' }, outbox)).toBe('handled'); // a time zone: the end

    expect(await storedState(id)).toBeNull();
    expect(outbox.texts().filter((t) => t.includes('All set'))).toHaveLength(1);
    expect((await h.follower(3107))!.status).toBe('active');
  });

  it('conflicting again on the retry, the runner throws FlowConflictError (the boundary apologises), naming only the flow', async () => {
    const inner = new MongoFlowStateStore(h.app.db);
    const contended = contendedStore(inner, bumpVersion(inner));
    const runner = onboardingRunner(contended.store);
    const outbox = new RecordingOutbox();
    const id = await atLanguagePrompt(3103, runner, outbox);

    contended.arm(2);
    const err = await runner.resume(id, tapEvent(outbox, 'fr'), outbox).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlowConflictError);
    expect((err as FlowConflictError).flow).toBe('onboarding');
    expect((err as Error).message).not.toContain(id);
  });

  it('the Telegram boundary answers a FlowConflictError with the generic apology', async () => {
    const u = h.user(3104);
    await u.start();
    const original = h.app.runner.resume.bind(h.app.runner);
    h.app.runner.resume = async () => {
      throw new FlowConflictError('onboarding');
    };
    try {
      await u.send('2');
    } finally {
      h.app.runner.resume = original;
    }
    expect(u.last().text).toBe(h.app.translator.t('en', 'error-generic'));
  });
});
