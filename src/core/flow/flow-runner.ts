import { randomBytes } from 'node:crypto';
import { ReplayEngine, type ReplayControls, type ReplayState } from '@grammyjs/conversations';
import type { Logger } from 'pino';
import type { Translator, Vars } from '../../i18n/translator.js';
import { RTL_LANGUAGES, type InboundEvent, type Language, type Outbox, type OutMessage } from '../types.js';
import type { Choice, Flow, FlowIO } from './flow-io.js';
import { parseMultiAnswer, parseSingleAnswer } from './parse-answer.js';

/** A follower's conversation in progress, as persisted between messages. */
export interface FlowStateRecord {
  followerId: string;
  flow: string;
  args: unknown;
  /** Language when the flow started; `setLanguage` calls are replayed from there. */
  language: Language;
  replay: ReplayState;
  /** The replay-log op waiting for the follower's next input. */
  interrupt: number;
  /** Token of the choice prompt being waited on, to tell current buttons from stale ones. */
  pendingToken: string | null;
  version: number;
}

/** Where conversation state lives (MongoDB in production), so a restart resumes mid-flow. */
export interface FlowStateStore {
  get(followerId: string): Promise<FlowStateRecord | null>;
  /** Writes if the stored version is still `expectedVersion` (null: none stored); false on conflict. */
  put(record: FlowStateRecord, expectedVersion: number | null): Promise<boolean>;
  delete(followerId: string): Promise<void>;
}

/**
 * An outbox whose channel words things differently (WhatsApp and the console have no buttons
 * and no slash commands): locale lookups try `<key>-<localeVariant>` first.
 */
export interface VariantOutbox extends Outbox {
  readonly localeVariant?: string;
}

/** The key to translate for this outbox: its channel's variant of `key` when one exists, else `key`. */
export function variantKey(translator: Translator, outbox: Outbox, key: string): string {
  const variant = (outbox as VariantOutbox).localeVariant;
  if (!variant) return key;
  const candidate = `${key}-${variant}`;
  return translator.has('en', candidate) ? candidate : key;
}

/** Operations a flow's replay log may hold before the flow starts over (see resume). */
export const MAX_REPLAY_OPS = 400;

/** What happened to an inbound event offered to the runner. */
export type ResumeOutcome = 'handled' | 'no-flow' | 'stale';

interface Waiting {
  token: string | null;
}

/** Plain-data result of a prompt send, kept in the replay log. */
interface PromptRecord {
  token: string;
  messageId: string;
}

function newToken(): string {
  return randomBytes(4).toString('base64url');
}

/**
 * Runs channel-neutral flows on @grammyjs/conversations' ReplayEngine. Every channel uses this
 * one runner, so a flow behaves the same on Telegram, WhatsApp and the console, and its state is
 * one small document per follower keyed by our follower id, never by a chat id.
 * Callers serialise calls per follower (see KeyedMutex); versions guard against other processes.
 */
export class FlowRunner {
  constructor(
    private readonly store: FlowStateStore,
    private readonly translator: Translator,
    private readonly flows: Record<string, Flow<never>>,
    private readonly log: Logger,
  ) {}

  /** Starts `flow` afresh for a follower, replacing whatever flow they were in. */
  async start(followerId: string, flow: string, args: unknown, language: Language, outbox: Outbox): Promise<void> {
    const existing = await this.store.get(followerId);
    const record: FlowStateRecord = {
      followerId,
      flow,
      args,
      language,
      replay: { send: [], receive: [] },
      interrupt: -1,
      pendingToken: null,
      version: existing ? existing.version + 1 : 0,
    };
    await this.#run(record, existing ? existing.version : null, outbox);
  }

  /** Offers an inbound event to the follower's flow in progress, if there is one. */
  async resume(followerId: string, event: InboundEvent, outbox: Outbox): Promise<ResumeOutcome> {
    const record = await this.store.get(followerId);
    if (!record) return 'no-flow';
    if (event.kind === 'choice' && event.token !== record.pendingToken) return 'stale';
    // Every answer is replayed on each message: a flow fed hundreds of junk replies would get
    // slower and its document larger without end. Past a bound, it starts over instead.
    if (record.replay.send.length >= MAX_REPLAY_OPS) {
      this.log.warn({ flow: record.flow }, 'flow log too long; starting it over');
      await this.start(followerId, record.flow, record.args, record.language, outbox);
      return 'handled';
    }
    const expected = record.version;
    ReplayEngine.supply(record.replay, record.interrupt, event);
    await this.#run({ ...record, version: expected + 1 }, expected, outbox);
    return 'handled';
  }

  /** Abandons the follower's flow in progress. */
  async cancel(followerId: string): Promise<void> {
    await this.store.delete(followerId);
  }

  async #run(record: FlowStateRecord, expectedVersion: number | null, outbox: Outbox): Promise<void> {
    const flow = this.flows[record.flow] as Flow<unknown> | undefined;
    if (!flow) throw new Error(`unknown flow ${record.flow}`);
    const waiting: Waiting = { token: null };
    const engine = new ReplayEngine((controls) =>
      flow(new ReplayFlowIO(controls, outbox, this.translator, record.language, waiting), record.args),
    );
    const result = record.replay.send.length === 0 ? await engine.play() : await engine.replay(record.replay);
    switch (result.type) {
      case 'returned':
      case 'canceled':
        await this.store.delete(record.followerId);
        return;
      case 'thrown':
        // The stored state is left as it was, so the follower can simply answer again.
        throw result.error;
      case 'interrupted': {
        const next: FlowStateRecord = {
          ...record,
          replay: result.state,
          interrupt: result.interrupts[0] ?? -1,
          pendingToken: waiting.token,
        };
        const ok = await this.store.put(next, expectedVersion);
        if (!ok) this.log.warn({ flow: record.flow }, 'flow state changed concurrently; kept the other write');
      }
    }
  }
}

/** FlowIO over a ReplayEngine's controls: sends are actions, waits are interrupts. */
class ReplayFlowIO implements FlowIO {
  constructor(
    private readonly controls: ReplayControls,
    private readonly outbox: Outbox,
    private readonly translator: Translator,
    private lang: Language,
    private readonly waiting: Waiting,
  ) {}

  get language(): Language {
    return this.lang;
  }

  setLanguage(lang: Language): void {
    this.lang = lang;
  }

  t(key: string, vars?: Vars): string {
    return this.translator.t(this.lang, variantKey(this.translator, this.outbox, key), vars);
  }

  async say(key: string, vars?: Vars): Promise<void> {
    const msg = this.#message(key, vars);
    await this.controls.action(async () => {
      await this.outbox.send(msg);
      return null;
    }, 'say');
  }

  async effect<R>(name: string, fn: () => Promise<R>): Promise<R> {
    return (await this.controls.action(fn, `effect:${name}`)) as R;
  }

  async choose<T extends string>(key: string, choices: Choice<T>[], opts: { vars?: Vars; columns?: number } = {}): Promise<T> {
    const render = (token: string): OutMessage => ({
      ...this.#message(key, opts.vars),
      choices: {
        token,
        options: choices.map((c) => ({ id: c.id, label: c.label })),
        hint: this.t('flow-hint-choose-one', { count: choices.length }),
        columns: opts.columns,
      },
    });
    const prompt = await this.#prompt(render);
    for (;;) {
      const event = await this.#wait(prompt.token);
      if (event.kind === 'choice') {
        const match = choices.find((c) => c.id === event.optionId);
        if (match) return match.id;
      } else if (event.kind === 'text') {
        const idx = parseSingleAnswer(event.text, choices.map((c) => c.label));
        if (idx !== undefined) return choices[idx]!.id;
      }
      await this.say('flow-reprompt-choose-one', { count: choices.length });
    }
  }

  async chooseMany<T extends string>(
    key: string,
    choices: Choice<T>[],
    opts: { preselected?: T[]; min?: number; vars?: Vars } = {},
  ): Promise<T[]> {
    const min = opts.min ?? 1;
    let selected = new Set<T>(opts.preselected?.filter((p) => choices.some((c) => c.id === p)));
    const render = (token: string): OutMessage => ({
      ...this.#message(key, opts.vars),
      choices: {
        token,
        multi: true,
        options: choices.map((c) => ({ id: c.id, label: c.label, selected: selected.has(c.id) })),
        doneLabel: this.t('flow-done-button'),
        hint: this.t(selected.size ? 'flow-hint-choose-many-keep' : 'flow-hint-choose-many', { count: choices.length }),
      },
    });
    const prompt = await this.#prompt(render);
    const ordered = () => choices.filter((c) => selected.has(c.id)).map((c) => c.id);
    for (;;) {
      const event = await this.#wait(prompt.token);
      if (event.kind === 'choice') {
        if (event.optionId === DONE) {
          if (selected.size >= min) return ordered();
          await this.say('flow-pick-at-least-one');
          continue;
        }
        const match = choices.find((c) => c.id === event.optionId);
        if (!match) continue;
        if (selected.has(match.id)) selected.delete(match.id);
        else selected.add(match.id);
        const msg = render(prompt.token);
        await this.controls.action(async () => {
          await this.outbox.edit(prompt.messageId, msg);
          return null;
        }, 'toggle');
        continue;
      }
      if (event.kind === 'text') {
        const picked = parseMultiAnswer(event.text, choices.length);
        if (picked && picked.length > 0) {
          selected = new Set(picked.map((i) => choices[i]!.id));
          return ordered();
        }
        if (picked && selected.size >= min) return ordered();
        const single = parseSingleAnswer(event.text, choices.map((c) => c.label));
        if (single !== undefined) return [choices[single]!.id];
      }
      await this.say(selected.size >= min ? 'flow-reprompt-choose-many-keep' : 'flow-reprompt-choose-many', {
        count: choices.length,
      });
    }
  }

  #message(key: string, vars?: Vars): OutMessage {
    return { text: this.t(key, vars), rtl: RTL_LANGUAGES.has(this.lang) };
  }

  async #prompt(render: (token: string) => OutMessage): Promise<PromptRecord> {
    return (await this.controls.action(async () => {
      const token = newToken();
      const { messageId } = await this.outbox.send(render(token));
      return { token, messageId } satisfies PromptRecord;
    }, 'prompt')) as PromptRecord;
  }

  async #wait(token: string): Promise<InboundEvent> {
    this.waiting.token = token;
    return (await this.controls.interrupt('wait')) as InboundEvent;
  }
}

/** The option id of the Done button of a multiple choice. */
export const DONE = '_done';
