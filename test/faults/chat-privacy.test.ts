import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInboundText } from '../../src/core/clean-text.js';
import { TelegramHarness } from '../support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('chat_privacy');
});
afterAll(() => h.close());

/** The follower's stored conversation, exactly as the database holds it. */
async function storedFlowState(chatId: number): Promise<string> {
  const f = await h.follower(chatId);
  const doc = await h.conn.collection('flowstates').findOne({ _id: f!.id as never });
  expect(doc).not.toBeNull();
  return JSON.stringify(doc);
}

describe('what a follower types is never stored', () => {
  it('after answers typed in onboarding, the stored flow state holds none of the typed strings', async () => {
    const u = h.user(8001);
    await u.start();
    await u.send('  EnGlIsH  '); // the language by its label
    expect(u.last().text).toContain('Which causes');
    await u.send('۱ ۳'); // Uyghurs and Sudan, in Persian digits
    expect(u.last().text).toContain('Where are you, roughly');
    const stored = await storedFlowState(8001);
    for (const typed of ['EnGlIsH', 'English', '۱ ۳', '۱', '۳']) expect(stored).not.toContain(typed);
    // What the flow understood is what it kept, so it goes on to the end with those answers.
    await u.send('1');
    expect(await h.follower(8001)).toMatchObject({ status: 'active', language: 'en', topics: ['uyghur', 'sudan'] });
  });

  it('a flow state stored with typed text (before answers were logged as ids) loses the text at its next save', async () => {
    const u = h.user(8002);
    await u.start();
    await u.send('English');
    // As a log written before this change held it: the typed event itself.
    const f = await h.follower(8002);
    const flowstates = h.conn.collection<{ _id: string; replay: { receive: { returnValue: unknown }[] } }>('flowstates');
    const doc = (await flowstates.findOne({ _id: f!.id }))!;
    const answers = doc.replay.receive.filter((r) => (r.returnValue as { kind?: string } | null)?.kind === 'picked');
    expect(answers.map((r) => r.returnValue)).toEqual([{ kind: 'picked', ids: ['en'] }]);
    answers[0]!.returnValue = { kind: 'text', text: 'English' };
    await flowstates.replaceOne({ _id: f!.id }, doc);
    expect(await storedFlowState(8002)).toContain('English');
    await u.send('2'); // Palestine
    expect(u.last().text).toContain('Where are you, roughly');
    expect(await storedFlowState(8002)).not.toContain('English');
  });
});

describe('text a database refuses is cleaned before any write', () => {
  it('removes NUL bytes and lone surrogates, keeping every well-formed character', () => {
    expect(cleanInboundText('\u0000hello\u0000')).toBe('hello');
    expect(cleanInboundText('2\uD800')).toBe('2');
    expect(cleanInboundText('\uDC00x')).toBe('x');
    expect(cleanInboundText('ok 👍 سلام')).toBe('ok 👍 سلام');
  });

  it('"\\u0000hello" and a lone surrogate get a normal reply, and answers with them are understood', async () => {
    const u = h.user(8003);
    await u.send('\u0000hello');
    expect(u.last().text).toContain('which language would you like');
    await u.send('2\uD800'); // English
    expect(u.last().text).toContain('Which causes');
    await u.send('\u00001');
    expect(u.last().text).toContain('Where are you, roughly');
    await u.send('/start \uDFFFabuali');
    expect(u.texts().join('\n')).not.toContain('Sorry, something went wrong');
  });
});
