import { randomBytes } from 'node:crypto';
import type { ReplayControls } from '@grammyjs/conversations/out/engine.js';
import type { Translator, Vars } from '../translator.js';
import { RTL_LANGUAGES, type InboundEvent, type Language, type Outbox, type OutMessage } from '../types.js';
import type { Choice, FlowIO, TextAnswer, TextReading } from './flow-io.js';
import { parseMultiAnswer, parseSingleAnswer } from './parse-answer.js';
import { variantKey } from './variant-key.js';

/** The option id of the Done button of a multiple choice. */
export const DONE = '_done';

/** The option id of an askText prompt's one button. */
export const TEXT_BUTTON = '_button';

/**
 * The cancel message of an answer the waiting prompt rejected: as the conversations plugin's
 * `skip`, the runner drops the answer from the log instead of recording it.
 */
export const SKIP = 'skip';

/**
 * A typed answer as the prompt understood it: the option ids it names. This, never the text,
 * is what the replay log keeps of something a follower typed.
 */
export interface PickedAnswer {
  kind: 'picked';
  ids: string[];
}

/** What a wait may receive: an event supplied now, or a picked answer from the log. */
type WaitValue = InboundEvent | PickedAnswer;

/** What the runner learns from one replay, besides the engine's result. */
export interface ReplayNotes {
  /** Token of the prompt the flow now waits on. */
  token: string | null;
  /**
   * Typed answers as the prompts understood them, by the log op of their wait: the runner logs
   * these instead of the text (also cleaning a log written before answers were logged this way).
   */
  picked: Map<number, PickedAnswer>;
}

/** Plain-data result of a prompt send, kept in the replay log. */
interface PromptRecord {
  token: string;
  messageId: string;
}

/** An answer and the log position of the wait that received it. */
interface Answer {
  event: WaitValue;
  op: number;
}

function newToken(): string {
  return randomBytes(4).toString('base64url');
}

/**
 * FlowIO over a ReplayEngine's controls: sends are actions, waits are interrupts, and input a
 * prompt does not accept is answered with a re-prompt outside the log, so it leaves no trace.
 */
export class ReplayFlowIO implements FlowIO {
  constructor(
    private readonly controls: ReplayControls,
    private readonly outbox: Outbox,
    private readonly translator: Translator,
    private lang: Language,
    /** Log op of the wait being answered now (-1: none); earlier waits are being replayed. */
    private readonly liveWait: number,
    private readonly notes: ReplayNotes,
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

  async choose<T extends string>(
    key: string,
    choices: Choice<T>[],
    opts: { vars?: Vars; columns?: number; orTyped?: (text: string) => T | undefined } = {},
  ): Promise<T> {
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
      const { event, op } = await this.#wait(prompt.token);
      if (event.kind === 'choice' || event.kind === 'picked') {
        const id = event.kind === 'choice' ? event.optionId : event.ids[0];
        const match = choices.find((c) => c.id === id);
        if (match) return match.id;
        // A typed answer `orTyped` understood, replayed from the log.
        if (event.kind === 'picked' && id !== undefined && opts.orTyped) return id as T;
      } else if (event.kind === 'text') {
        const idx = parseSingleAnswer(event.text, choices.map((c) => c.label));
        if (idx !== undefined) return this.#picked(op, [choices[idx]!.id])[0]!;
        const typed = opts.orTyped?.(event.text);
        if (typed !== undefined) return this.#picked(op, [typed])[0]!;
      }
      await this.#reject(op, 'flow-reprompt-choose-one', { count: choices.length });
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
      const { event, op } = await this.#wait(prompt.token);
      if (event.kind === 'choice') {
        if (event.optionId === DONE) {
          if (selected.size >= min) return ordered();
          await this.#reject(op, 'flow-pick-at-least-one');
          continue;
        }
        const match = choices.find((c) => c.id === event.optionId);
        // A current token with an unknown option is forged data: ignored without a word.
        if (!match) {
          await this.#reject(op, null);
          continue;
        }
        if (selected.has(match.id)) selected.delete(match.id);
        else selected.add(match.id);
        const msg = render(prompt.token);
        await this.controls.action(async () => {
          await this.outbox.edit(prompt.messageId, msg);
          return null;
        }, 'toggle');
        continue;
      }
      if (event.kind === 'picked') return choices.filter((c) => event.ids.includes(c.id)).map((c) => c.id);
      if (event.kind === 'text') {
        const picked = parseMultiAnswer(event.text, choices.length);
        if (picked && picked.length > 0) {
          selected = new Set(picked.map((i) => choices[i]!.id));
          return this.#picked(op, ordered());
        }
        if (picked && selected.size >= min) return this.#picked(op, ordered());
        const single = parseSingleAnswer(event.text, choices.map((c) => c.label));
        if (single !== undefined) return this.#picked(op, [choices[single]!.id]);
      }
      await this.#reject(op, selected.size >= min ? 'flow-reprompt-choose-many-keep' : 'flow-reprompt-choose-many', {
        count: choices.length,
      });
    }
  }

  async ask<T extends string>(key: string, read: (text: string) => T | undefined, opts: { retry: string; vars?: Vars }): Promise<T> {
    const prompt = await this.#prompt(() => this.#message(key, opts.vars));
    for (;;) {
      const { event, op } = await this.#wait(prompt.token);
      if (event.kind === 'picked' && event.ids[0] !== undefined) return event.ids[0] as T;
      if (event.kind === 'text') {
        const value = read(event.text);
        if (value !== undefined) return this.#picked(op, [value])[0]!;
      }
      // A button of an older prompt, or text it cannot read: ask again, saying what works.
      await this.#reject(op, opts.retry, opts.vars);
    }
  }

  async askText(
    key: string,
    read: (text: string) => TextReading,
    opts: { vars?: Vars; button?: string; hint?: string } = {},
  ): Promise<TextAnswer> {
    const { button } = opts;
    const render = (token: string): OutMessage => ({
      ...this.#message(key, opts.vars),
      ...(button ? { choices: { token, options: [{ id: TEXT_BUTTON, label: button }], hint: opts.hint ?? '' } } : {}),
    });
    const prompt = await this.#prompt(render);
    for (;;) {
      const { event, op } = await this.#wait(prompt.token);
      if (event.kind === 'picked') return event.ids[0] ?? null;
      if (event.kind === 'choice' && button && event.optionId === TEXT_BUTTON) return null;
      if (event.kind === 'text') {
        if (button && parseSingleAnswer(event.text, [button]) !== undefined) {
          this.#picked(op, []);
          return null;
        }
        const reading = read(event.text);
        if ('value' in reading) return this.#picked(op, [reading.value])[0]!;
        await this.#reject(op, reading.retry, reading.vars);
        continue;
      }
      // A forged button: ignored without a word, as a multiple choice does.
      await this.#reject(op, null);
    }
  }

  async show(message: OutMessage): Promise<void> {
    await this.controls.action(async () => {
      await this.outbox.send(message);
      return null;
    }, 'show');
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

  async #wait(token: string): Promise<Answer> {
    this.notes.token = token;
    const [op] = this.controls.checkpoint();
    const event = (await this.controls.interrupt('wait')) as WaitValue;
    return { event, op };
  }

  /** Notes the ids a typed answer names, for the runner to log in place of the text. */
  #picked<T extends string>(op: number, ids: T[]): T[] {
    this.notes.picked.set(op, { kind: 'picked', ids });
    return ids;
  }

  /**
   * Answers input the prompt waiting at log op `op` does not accept: with the re-prompt `key`
   * (null: silently), then skips it, so the stored state stays as it was. A rejected answer
   * found while replaying comes from a log written before rejects were skipped: there the
   * re-prompt was recorded as a `say`, which is replayed, and the flow waits again.
   */
  async #reject(op: number, key: string | null, vars?: Vars): Promise<void> {
    if (op < this.liveWait) {
      if (key) await this.say(key, vars);
      return;
    }
    if (key) await this.outbox.send(this.#message(key, vars));
    await this.controls.cancel(SKIP);
  }
}
