import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandWordsFrom, foldWord } from '../src/channels/text/command-words.js';
import { parseTypedText } from '../src/channels/text/parse-typed-text.js';
import { renderTextMessage, splitLongText, TEXT_MESSAGE_LIMIT } from '../src/channels/text/render-text-message.js';
import { readWhatsAppMessage } from '../src/channels/whatsapp/whatsapp-channel.js';
import { languageHintFromWhatsAppId } from '../src/channels/whatsapp/whatsapp-language-hint.js';
import { toWhatsAppSendError } from '../src/channels/whatsapp/whatsapp-send-error.js';
import { scrubWhatsAppIds } from '../src/channels/whatsapp/scrub-whatsapp-ids.js';
import { loadTranslator } from '../src/i18n/translator.js';

const translator = loadTranslator(fileURLToPath(new URL('../locales', import.meta.url)));
const words = commandWordsFrom(translator);
const parse = (text: string) => parseTypedText(text, words);

describe('renderTextMessage', () => {
  it('numbers the options of a choice and adds the hint in italics', () => {
    const [text, ...more] = renderTextMessage({
      text: 'Which language?',
      choices: { token: 't', options: [{ id: 'ar', label: 'العربية' }, { id: 'en', label: 'English' }], hint: 'Reply with a number from 1 to 2.' },
    });
    expect(more).toEqual([]);
    expect(text).toBe('Which language?\n\n1. العربية\n2. English\n\n_Reply with a number from 1 to 2._');
  });

  it('shows ticks for a multiple choice', () => {
    const [text] = renderTextMessage({
      text: 'Which causes?',
      choices: {
        token: 't',
        multi: true,
        doneLabel: 'Done',
        options: [
          { id: 'uyghur', label: 'Uyghurs', selected: true },
          { id: 'sudan', label: 'Sudan' },
        ],
        hint: 'Reply with numbers',
      },
    });
    expect(text).toContain('1. ✅ Uyghurs\n2. ▫️ Sudan');
    expect(text).not.toContain('Done');
  });

  it('shows only the hint when the body already lists the options (a checklist)', () => {
    const [text] = renderTextMessage({
      text: '📋 Plan\n⬜ 1. Task',
      choices: { token: 'p.x', options: [{ id: 't1+', label: '⬜ 1. Task' }], hint: 'Reply "done 1"', listInText: false },
    });
    expect(text).toBe('📋 Plan\n⬜ 1. Task\n\n_Reply "done 1"_');
  });

  it("sets each line of a right-to-left message's direction from its content", () => {
    const [text] = renderTextMessage({
      text: 'ما اللغة؟\n/language — تغيير اللغة',
      rtl: true,
      choices: { token: 't', options: [{ id: 'ar', label: 'العربية' }, { id: 'en', label: 'English' }], hint: 'أرسل رقمًا' },
    });
    const lines = text!.split('\n').filter(Boolean);
    // Lines that open with an Arabic letter (after "1." or "_") read right to left as they are.
    expect(lines).toContain('ما اللغة؟');
    expect(lines).toContain('1. العربية');
    expect(lines).toContain('_أرسل رقمًا_');
    // An Arabic line opening with a command gets a mark, a space away from the command.
    expect(lines).toContain('\u200F /language — تغيير اللغة');
    // An English option stays left to right: no mark.
    expect(lines).toContain('2. English');
  });

  it('splits long texts at paragraph boundaries, each part within the limit', () => {
    const paragraph = 'word '.repeat(300).trim(); // 1499 characters
    const text = Array.from({ length: 6 }, (_, i) => `${i}: ${paragraph}`).join('\n\n');
    const parts = renderTextMessage({ text });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(TEXT_MESSAGE_LIMIT);
    for (const p of parts) expect(p).toMatch(/^\d: word/);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('splits a text with no breaks at all without losing a character', () => {
    const text = 'x'.repeat(9000);
    const parts = splitLongText(text);
    expect(parts.map((p) => p.length)).toEqual([4000, 4000, 1000]);
  });
});

describe('parseTypedText', () => {
  it.each([
    ['join abuali', 'start', 'abuali'],
    ['Join abuali-uyghur', 'start', 'abuali-uyghur'],
    ['انضم abuali', 'start', 'abuali'],
    ['katıl abuali', 'start', 'abuali'],
    ['join', 'start', ''],
    ['/start abuali', 'start', 'abuali'],
    ['menu', 'help', ''],
    ['HELP', 'help', ''],
    ['*Menu*', 'help', ''],
    ['القائمة', 'help', ''],
    ['مینو', 'help', ''],
    ['aide', 'help', ''],
    ['STOP', 'stop', ''],
    ['Stop!', 'stop', ''],
    ['توقف', 'stop', ''],
    ['إيقاف', 'stop', ''],
    ['ايقاف', 'stop', ''],
    ['بند', 'stop', ''],
    ['dur', 'stop', ''],
    ['berhenti', 'stop', ''],
    ['arrêt', 'stop', ''],
    ['done 2', 'done', '2'],
    ['Done2', 'done', '2'],
    ['تم ٢', 'done', '2'],
    ['ہو گیا 3', 'done', '3'],
    ['selesai 1', 'done', '1'],
    ['fait 4', 'done', '4'],
    ['undo 2', 'undo', '2'],
    ['pledge', 'pledge', ''],
    ['أتعهد', 'pledge', ''],
    ['plans', 'plans', ''],
    ['خططي', 'plans', ''],
    ['language', 'language', ''],
    ['topics', 'topics', ''],
    ['timezone', 'timezone', ''],
    ['privacy', 'privacy', ''],
    ['forget', 'forget', ''],
    ['/forget', 'forget', ''],
  ])('%s → %s %s', (text, name, arg) => {
    expect(parse(text)).toEqual({ kind: 'command', name, arg });
  });

  it.each(['2', '1 3 4', '١ ٣', 'English', 'hello there', 'stop sending me pizza ads', 'join two codes', ''])(
    '%s stays text, for the flow to read',
    (text) => {
      expect(parse(text)).toEqual({ kind: 'text', text: text.trim() });
    },
  );

  it('a lone "done" stays text for the flow, naming the done command for when no flow wants it', () => {
    expect(parse('done')).toEqual({ kind: 'text', text: 'done', bare: 'done' });
  });

  it('folds accents, hamza seats and case the same way on both sides', () => {
    expect(foldWord('  إيقاف! ')).toBe(foldWord('ايقاف'));
    expect(foldWord('ARRÊT')).toBe('arret');
  });

  it('no locale word means two commands', () => {
    expect(() => commandWordsFrom(translator)).not.toThrow();
    expect(words.size).toBeGreaterThan(60);
  });

  it('leaves out words of commands the bot does not have', () => {
    const only = commandWordsFrom(translator, (name) => name === 'stop');
    expect(new Set(only.values())).toEqual(new Set(['stop']));
  });
});

describe('reading library messages', () => {
  const base = { from: '447700900001@c.us', body: 'hi', fromMe: false, type: 'chat', isStatus: false };
  it('reads a private text message', () => {
    expect(readWhatsAppMessage(base)).toEqual({ kind: 'text', chatId: '447700900001@c.us', text: 'hi' });
  });
  it.each([
    ['our own message', { fromMe: true }],
    ['a status update', { from: 'status@broadcast', isStatus: true }],
    ['a group message', { from: '120363000000000000@g.us', author: '447700900001@c.us' }],
    ['a system notice', { type: 'e2e_notification', body: '' }],
    ['a malformed object', { from: 42 }],
  ])('ignores %s', (_what, patch) => {
    expect(readWhatsAppMessage({ ...base, ...patch })).toBeNull();
  });
  it('tells media without text apart, and reads a caption as text', () => {
    expect(readWhatsAppMessage({ ...base, type: 'ptt', body: '', hasMedia: true })).toMatchObject({ kind: 'media-only' });
    expect(readWhatsAppMessage({ ...base, type: 'image', body: 'done 2', hasMedia: true })).toMatchObject({ kind: 'text', text: 'done 2' });
  });
  it('flags huge bodies', () => {
    expect(readWhatsAppMessage({ ...base, body: 'x'.repeat(100_000) })).toMatchObject({ kind: 'too-long' });
  });
});

describe('WhatsApp helpers', () => {
  it('guesses a language from the calling code, never from @lid ids', () => {
    expect(languageHintFromWhatsAppId('966500000000@c.us')).toBe('ar');
    expect(languageHintFromWhatsAppId('923001234567@c.us')).toBe('ur');
    expect(languageHintFromWhatsAppId('905301234567@c.us')).toBe('tr');
    expect(languageHintFromWhatsAppId('447700900001@c.us')).toBeUndefined();
    expect(languageHintFromWhatsAppId('123456789@lid')).toBeUndefined();
  });
  it('maps library failures to SendError reasons', () => {
    expect(toWhatsAppSendError(new Error('Evaluation failed: Error: wid error: invalid wid'), 'x').reason).toBe('blocked');
    expect(toWhatsAppSendError(new Error('rate-overlimit'), 'x')).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: 900 });
    expect(toWhatsAppSendError(new Error('Protocol error (Runtime.callFunctionOn): Session closed.'), 'x').reason).toBe('network');
    expect(toWhatsAppSendError('weird', 'x').reason).toBe('unknown');
  });
  it('takes numbers and chat ids out of the error it keeps as the cause', () => {
    const e = toWhatsAppSendError(new Error('Evaluation failed: No LID for user 447700900001@c.us (+44 7700 900001)'), 'x');
    expect(e.reason).toBe('blocked');
    expect((e.cause as Error).message).not.toMatch(/447700900001|7700 900001/);
    expect(scrubWhatsAppIds('group 120363041234567890@g.us and abc@lid')).toBe('group [id] and [id]');
  });
});
