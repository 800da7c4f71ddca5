import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { parseJoinCode } from '../src/core/join-code.js';
import { parseMultiAnswer, parseSingleAnswer } from '../src/core/flow/parse-answer.js';
import { decodeCallbackData, renderTelegramMessage } from '../src/channels/telegram/render-telegram-message.js';
import { AddressVault } from '../src/privacy/address-vault.js';

describe('configuration', () => {
  it('names every bad variable in one message', () => {
    try {
      loadConfig({ BOT_TOKEN: 'nope', MONGODB_URI: 'http://x', PORT: '99999', ADMIN_TELEGRAM_IDS: '12,abc' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      for (const v of ['BOT_TOKEN', 'MONGODB_URI', 'PORT', 'ADMIN_TELEGRAM_IDS']) expect(msg).toContain(v);
      expect(msg).not.toContain('    at '); // no stack trace
    }
  });

  it('gives sensible defaults and strips a trailing slash from the API root', () => {
    const c = loadConfig({ TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/', ADMIN_TELEGRAM_IDS: '1, 2' });
    expect(c.TELEGRAM_API_ROOT).toBe('http://127.0.0.1:8081');
    expect(c.ADMIN_TELEGRAM_IDS).toEqual(['1', '2']);
    expect(c.TOPICS.length).toBeGreaterThan(0);
    expect(c.APPROVALS_REQUIRED).toBe(2);
    expect(c.BROADCAST_RATE).toBe(25);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ BOT_TOKEN: '', WEBHOOK_URL: '' }).BOT_TOKEN).toBeUndefined();
  });

  it('reads a switch as on/off, true/false, yes/no or 1/0, as the README writes them', () => {
    expect(loadConfig({ TRANSLATION_REVIEW: 'on' }).TRANSLATION_REVIEW).toBe(true);
    expect(loadConfig({ TRANSLATION_REVIEW: 'off' }).TRANSLATION_REVIEW).toBe(false);
    expect(loadConfig({ BROADCAST_PAID: 'yes' }).BROADCAST_PAID).toBe(true);
    expect(loadConfig({}).TRANSLATION_REVIEW).toBe(false);
    expect(() => loadConfig({ TRANSLATION_REVIEW: 'maybe' })).toThrow(ConfigError);
  });
});

describe('address vault', () => {
  const vault = new AddressVault(randomBytes(32));
  it('hashes deterministically per channel and seals reversibly', () => {
    expect(vault.hash('telegram', '42')).toBe(vault.hash('telegram', '42'));
    expect(vault.hash('telegram', '42')).not.toBe(vault.hash('whatsapp', '42'));
    // A long id, so random ciphertext cannot contain it by chance.
    const s = vault.seal('telegram', '987654321012');
    expect(s.sealed).not.toContain('987654321012');
    expect(vault.open('telegram', s.sealed)).toBe('987654321012');
    expect(vault.seal('telegram', '987654321012').sealed).not.toBe(s.sealed); // fresh IV each time
  });
  it('refuses a tampered or foreign seal', () => {
    const s = vault.seal('telegram', '42');
    expect(() => new AddressVault(randomBytes(32)).open('telegram', s.sealed)).toThrow();
    expect(() => vault.open('whatsapp', s.sealed)).toThrow();
  });
});

describe('join codes', () => {
  const topics = ['uyghur', 'palestine'];
  it('reads code, code-topic and topic alone', () => {
    expect(parseJoinCode('abuali', topics)).toEqual({ audiences: ['abuali'], topic: null });
    expect(parseJoinCode('AbuAli-Uyghur', topics)).toEqual({ audiences: ['abuali-uyghur', 'abuali'], topic: 'uyghur' });
    expect(parseJoinCode('palestine', topics)).toEqual({ audiences: ['palestine'], topic: 'palestine' });
  });
  it('gives nothing for malformed codes', () => {
    for (const bad of ['', ' ', 'a'.repeat(65), 'a b', '$gt', 'x.y', '../etc']) {
      expect(parseJoinCode(bad, topics).audiences).toEqual([]);
    }
  });
});

describe('typed answers', () => {
  const labels = ['العربية', 'English', 'Français'];
  it('reads numbers in Latin, Arabic-Indic and Urdu digits, and labels', () => {
    expect(parseSingleAnswer('2', labels)).toBe(1);
    expect(parseSingleAnswer('٣', labels)).toBe(2);
    expect(parseSingleAnswer('۱', labels)).toBe(0);
    expect(parseSingleAnswer(' english ', labels)).toBe(1);
    expect(parseSingleAnswer('2.', labels)).toBe(1);
  });
  it('rejects out-of-range or other text', () => {
    expect(parseSingleAnswer('0', labels)).toBeUndefined();
    expect(parseSingleAnswer('4', labels)).toBeUndefined();
    expect(parseSingleAnswer('hello', labels)).toBeUndefined();
  });
  it('reads lists of numbers for multiple choice', () => {
    expect(parseMultiAnswer('1 3 4', 5)).toEqual([0, 2, 3]);
    expect(parseMultiAnswer('1,3, 3', 5)).toEqual([0, 2]);
    expect(parseMultiAnswer('١ ٢', 5)).toEqual([0, 1]);
    expect(parseMultiAnswer('0', 5)).toEqual([]);
    expect(parseMultiAnswer('1 9', 5)).toBeUndefined();
    expect(parseMultiAnswer('one', 5)).toBeUndefined();
  });
});

describe('Telegram rendering', () => {
  it('renders multiple choice as ticks with a Done row', () => {
    const r = renderTelegramMessage({
      text: 'Pick',
      choices: {
        token: 'tok',
        multi: true,
        doneLabel: 'Done',
        hint: 'reply 1 2',
        options: [
          { id: 'a', label: 'A', selected: true },
          { id: 'b', label: 'B' },
        ],
      },
    });
    expect(r.text).toBe('Pick');
    expect(r.reply_markup!.inline_keyboard).toEqual([
      [
        { text: '✅ A', callback_data: 'tok|a' },
        { text: '▫️ B', callback_data: 'tok|b' },
      ],
      [{ text: 'Done', callback_data: 'tok|_done' }],
    ]);
  });
  it('cuts text at Telegram’s limit', () => {
    expect(renderTelegramMessage({ text: 'x'.repeat(5000) }).text.length).toBe(4096);
  });
  it('decodes only well-formed callback data', () => {
    expect(decodeCallbackData('t|a')).toEqual({ token: 't', optionId: 'a' });
    for (const bad of [undefined, '', '|a', 't|', 'x'.repeat(70)]) expect(decodeCallbackData(bad)).toBeNull();
  });
});
