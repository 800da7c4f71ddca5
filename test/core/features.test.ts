import { describe, expect, it } from 'vitest';
import { localesDir } from '../../src/app.js';
import { decodeCallbackData, encodeCallbackData } from '../../src/channels/telegram/callback-data.js';
import { BotCore } from '../../src/core/bot-core.js';
import { declareFeature, FeatureConflictError, routeFeatures, type Feature } from '../../src/core/feature.js';
import { FlowRunner, type FlowStateRecord, type FlowStateStore } from '../../src/core/flow/flow-runner.js';
import type { FollowerPatch, FollowerStore } from '../../src/core/ports.js';
import { SendError, type Follower, type OutMessage, type Outbox } from '../../src/core/types.js';
import { loadTranslator } from '../../src/i18n/translator.js';
import { silentLogger } from '../../src/logger.js';
import { AddressVault } from '../../src/privacy/address-vault.js';

const noop = async () => undefined;

describe('features are declared once', () => {
  it('a command declared by two features fails at start, naming both', () => {
    const a: Feature = { name: 'checklist', commands: { plans: noop } };
    const b: Feature = { name: 'influencers', commands: { plans: noop } };
    expect(() => routeFeatures([a, b])).toThrow(FeatureConflictError);
    expect(() => routeFeatures([a, b])).toThrow('command /plans is declared by both "checklist" and "influencers"');
  });

  it('the same button prefix in two features fails at start', () => {
    const a: Feature = { name: 'checklist', buttons: [{ prefix: 'p.', handle: noop }] };
    const b: Feature = { name: 'polls', buttons: [{ prefix: 'p.', handle: noop }] };
    expect(() => routeFeatures([a, b])).toThrow('button prefix "p." of "polls" overlaps "p." of "checklist"');
  });

  it('a prefix without its closing dot could meet a flow token, so it is refused', () => {
    expect(() => routeFeatures([{ name: 'x', buttons: [{ prefix: 'ab', handle: noop }] }])).toThrow(/must be 1-8 letters or digits and a dot/);
  });

  it('a feature cannot take over the core’s own /help', () => {
    expect(() => core([{ name: 'rogue', commands: { help: noop } }])).toThrow('command /help is declared by both "help" and "rogue"');
  });

  it('a feature listed twice, or a command declared twice inside one, fails', () => {
    const a: Feature = { name: 'a' };
    expect(() => routeFeatures([a, a])).toThrow('feature "a" is listed twice');
    const f = declareFeature('b');
    f.command('x', noop);
    expect(() => f.command('x', noop)).toThrow('feature "b" declares /x twice');
  });

  it('/help shows each feature’s section that applies, in feature order', async () => {
    const sent: string[] = [];
    const c = core([
      { name: 'one', help: () => 'help-organiser' },
      { name: 'two', help: () => null },
      { name: 'three', help: async () => 'help-influencer' },
    ]);
    await c.handle(inbound({ kind: 'command', name: 'help', arg: '' }, sent));
    const t = loadTranslator(localesDir());
    expect(sent).toEqual([t.t('en', 'help-organiser'), t.t('en', 'help-influencer')]);
  });
});

describe('the core is the one error boundary', () => {
  it('a failing command is logged and the person gets an apology in their language', async () => {
    const sent: string[] = [];
    const c = core([{ name: 'broken', commands: { boom: () => Promise.reject(new Error('db down')) } }]);
    await c.handle({ ...inbound({ kind: 'command', name: 'boom', arg: '' }, sent), languageHint: 'ar' });
    expect(sent).toEqual([loadTranslator(localesDir()).t('ar', 'error-generic')]);
  });

  it('a 403 while answering marks the follower blocked, on any channel, and sends nothing more', async () => {
    const followers = new MemoryFollowers();
    const vault = new AddressVault(Buffer.alloc(32, 7));
    const f = await followers.ensure({ channel: 'whatsapp', address: vault.seal('whatsapp', 'chat-9'), language: 'ur', timezone: 'Asia/Karachi', audience: 'direct', at: new Date() });
    const c = core([{ name: 'reply', commands: { ping: (ctx) => ctx.reply('help') } }], followers, vault);
    const outbox: Outbox = { send: () => Promise.reject(new SendError('whatsapp', 'tag', 'blocked')), edit: noop, notice: noop };
    await c.handle({ channel: 'whatsapp', chatId: 'chat-9', event: { kind: 'command', name: 'ping', arg: '' }, organiser: false, outbox, log: silentLogger });
    expect((await followers.findById(f.follower.id))?.blocked).toBe(true);
  });

  it('when even the apology cannot be sent, handle still resolves', async () => {
    const c = core([{ name: 'broken', commands: { boom: () => Promise.reject(new Error('x')) } }]);
    const outbox: Outbox = { send: () => Promise.reject(new Error('network')), edit: noop, notice: noop };
    await expect(c.handle({ channel: 'telegram', chatId: '1', event: { kind: 'command', name: 'boom', arg: '' }, organiser: false, outbox, log: silentLogger })).resolves.toBeUndefined();
  });

  it('what a text channel cannot read is answered in the follower’s language', async () => {
    const sent: string[] = [];
    await core([]).handle({ ...inbound({ kind: 'unreadable', what: 'media' }, sent), languageHint: 'tr' });
    expect(sent).toEqual([loadTranslator(localesDir()).t('tr', 'wa-media-only')]);
  });
});

describe('flow-choice callback data codec', () => {
  it('round-trips the tokens and option ids the bot makes', () => {
    for (const [token, option] of [['k3Fq9w', 'ar'], ['p.uyghur-2026-11', 't10+'], ['rep.abu_ali', 'csv'], ['Zx_-9a', '_done']] as const) {
      expect(decodeCallbackData(encodeCallbackData(token, option))).toEqual({ token, optionId: option });
    }
  });
  it('refuses to make data it could not read back, or over 64 bytes', () => {
    expect(() => encodeCallbackData('a|b', 'c')).toThrow();
    expect(() => encodeCallbackData('p.' + 'x'.repeat(60), 't1+')).toThrow();
  });
  it('reads forged, oversized and odd data as nothing', () => {
    for (const bad of [undefined, '', '|a', 't|', 'x'.repeat(70), 't|a|b', 't|$gt', 'ت|a', 't|a\n', '{"$ne":1}|a']) {
      expect(decodeCallbackData(bad)).toBeNull();
    }
  });
});

/** A BotCore with in-memory stores and the real catalogue. */
function core(features: Feature[], followers: FollowerStore = new MemoryFollowers(), vault = new AddressVault(Buffer.alloc(32, 7))): BotCore {
  const translator = loadTranslator(localesDir());
  const runner = new FlowRunner(new MemoryFlowState(), translator, {}, silentLogger);
  return new BotCore({ followers, runner, vault, translator, defaultLanguage: 'en', features });
}

function inbound(event: Parameters<BotCore['handle']>[0]['event'], sent: string[]): Parameters<BotCore['handle']>[0] {
  const outbox: Outbox = {
    send: async (m: OutMessage) => {
      sent.push(m.text);
      return { messageId: String(sent.length) };
    },
    edit: noop,
    notice: async (text) => void sent.push(text),
  };
  return { channel: 'telegram', chatId: '42', event, organiser: false, outbox, log: silentLogger };
}

class MemoryFlowState implements FlowStateStore {
  readonly #m = new Map<string, FlowStateRecord>();
  get = async (id: string) => this.#m.get(id) ?? null;
  put = async (r: FlowStateRecord) => (this.#m.set(r.followerId, r), true);
  delete = async (id: string) => this.#m.delete(id);
}

class MemoryFollowers implements FollowerStore {
  readonly #m = new Map<string, Follower>();
  findByHash = async (hash: string) => [...this.#m.values()].find((f) => f.addressHash === hash) ?? null;
  findById = async (id: string) => this.#m.get(id) ?? null;
  async ensure(input: Parameters<FollowerStore['ensure']>[0]) {
    const found = await this.findByHash(input.address.hash);
    if (found) return { follower: found, created: false };
    const f: Follower = {
      id: String(this.#m.size + 1).padStart(24, '0'),
      channel: input.channel,
      addressHash: input.address.hash,
      addressSealed: input.address.sealed,
      language: input.language,
      topics: [],
      timezone: input.timezone,
      status: 'active',
      blocked: false,
      audience: input.audience,
      joinedAt: input.at,
      onboardedAt: null,
    };
    this.#m.set(f.id, f);
    return { follower: f, created: true };
  }
  recordJoin = async () => true;
  async update(id: string, patch: FollowerPatch) {
    const f = this.#m.get(id);
    if (!f) return null;
    const next = { ...f, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as Follower;
    this.#m.set(id, next);
    return next;
  }
  erase = async (id: string) => void this.#m.delete(id);
}
