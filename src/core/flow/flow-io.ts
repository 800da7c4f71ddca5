import type { Language, OutMessage } from '../types.js';
import type { Vars } from '../translator.js';

/** One option offered to a follower; `label` is already in their language. */
export interface Choice<T extends string = string> {
  id: T;
  label: string;
}

/**
 * What a flow may do, on any channel. Flows are replayed from a log on every message, so
 * everything that touches the world goes through `say`, `choose`, `chooseMany` or `effect`,
 * and `effect` returns plain data (never an ORM document).
 */
export interface FlowIO {
  /** The language prompts are written in right now. */
  readonly language: Language;
  /** Switches the language of the prompts that follow (after the follower picks one). */
  setLanguage(lang: Language): void;
  /** Translates a key in the current language, for building labels. */
  t(key: string, vars?: Vars): string;
  /** Sends a message made from a locale key. */
  say(key: string, vars?: Vars): Promise<void>;
  /** Asks for exactly one of `choices` and waits for the answer; other input gets a re-prompt. */
  choose<T extends string>(
    key: string,
    choices: Choice<T>[],
    opts?: { vars?: Vars; columns?: number; orTyped?: (text: string) => T | undefined },
  ): Promise<T>;
  /** Asks for one or more of `choices` (toggles and a Done button, or "1 3 4"). */
  chooseMany<T extends string>(
    key: string,
    choices: Choice<T>[],
    opts?: { preselected?: T[]; min?: number; vars?: Vars },
  ): Promise<T[]>;
  /**
   * Asks for a typed answer that `read` understands (a place, a UTC offset) and waits for it;
   * other input gets the `retry` message. Only what `read` returned is logged, never the text.
   */
  ask<T extends string>(key: string, read: (text: string) => T | undefined, opts: { retry: string; vars?: Vars }): Promise<T>;
  /**
   * Asks for free text and waits for it; `read` keeps it or says why not (the re-prompt). The
   * text itself goes into the replay log, so only flows of forum members (who write plans, in
   * public) use it, never a follower's flow. `button` offers one alternative to typing (skip,
   * keep the suggestion), which answers null; typing its number or label does the same.
   */
  askText(key: string, read: (text: string) => TextReading, opts?: { vars?: Vars; button?: string; hint?: string }): Promise<TextAnswer>;
  /** Sends a message already rendered (a plan's checklist, as its followers will get it). */
  show(message: OutMessage): Promise<void>;
  /** Runs a side effect once; on replay its recorded result is returned instead. */
  effect<R>(name: string, fn: () => Promise<R>): Promise<R>;
}

/** What a typed text answer is: the value to keep, or the message that asks again (why it was refused). */
export type TextReading = { value: string } | { retry: string; vars?: Vars };

/** A member's text answer: what they typed (as `read` kept it), or null for the prompt's one button. */
export type TextAnswer = string | null;

/** A conversation written once for every channel. */
export type Flow<A = unknown> = (io: FlowIO, args: A) => Promise<void>;
