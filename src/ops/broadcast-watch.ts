/**
 * Organisers watching a broadcast: for each plan that starts publishing, one message in each
 * organiser's chat, edited every few seconds as the BroadcastProgress totals move (bar, figures,
 * rate, time left), and a last edit with the final figures when the plan leaves `publishing`.
 *
 * A separate watcher reading the totals port on an interval, so the broadcast machinery knows
 * nothing of it. Of several processes, the one whose unique insert claims `broadcast.watch|<plan>`
 * watches that plan (the others skip it), so each organiser gets one message per broadcast.
 */
import type { Logger } from 'pino';
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import type { BroadcastProgress, PlanStore } from '../plans/plan-types.js';
import type { JobClaims } from '../scheduler/job-claims.js';
import { renderBroadcastProgress, type ProgressSample } from './broadcast-progress-text.js';

/** Sends and edits an organiser's message (Telegram: sendMessage / editMessageText). */
export interface ProgressMessenger {
  send(chatId: string, text: string): Promise<string>;
  edit(chatId: string, messageId: string, text: string): Promise<void>;
}

export interface BroadcastWatchDeps {
  plans: Pick<PlanStore, 'get' | 'withStatus'>;
  progress: BroadcastProgress;
  messenger: ProgressMessenger;
  claims: JobClaims;
  /** The organisers' chats (their Telegram user ids). */
  organiserChats: readonly string[];
  translator: Translator;
  language: Language;
  log: Logger;
  /** How often the totals are read (ms); default 5 s, well within Telegram's edit limits. */
  everyMs?: number;
  now?: () => number;
}

interface Watched {
  first: ProgressSample;
  messages: Map<string, string>;
  lastText: string;
}

export const BROADCAST_WATCH_CLAIM = 'broadcast.watch';

export class BroadcastWatch {
  readonly #watched = new Map<string, Watched>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(private readonly deps: BroadcastWatchDeps) {}

  start(): void {
    if (this.#timer || this.deps.organiserChats.length === 0) return;
    this.#timer = setInterval(() => void this.tick(), this.deps.everyMs ?? 5_000);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** One look at the totals: new broadcasts get their message, running ones an edit, finished ones the final figures. Never overlaps itself. */
  tick(): Promise<void> {
    this.#running ??= this.#tick()
      .catch((err: unknown) => this.deps.log.warn({ err: String(err) }, 'broadcast watch failed; trying again'))
      .finally(() => (this.#running = undefined));
    return this.#running;
  }

  async #tick(): Promise<void> {
    const now = this.deps.now ?? Date.now;
    for (const plan of await this.deps.plans.withStatus('publishing')) {
      if (this.#watched.has(plan.id)) continue;
      if (!(await this.deps.claims.claim(BROADCAST_WATCH_CLAIM, `${plan.id}|${plan.revision}`, new Date(now())))) continue;
      const first = { at: now(), totals: await this.deps.progress.totals(plan.id) };
      this.#watched.set(plan.id, { first, messages: new Map(), lastText: '' });
    }
    for (const [planId, watched] of this.#watched) {
      const plan = await this.deps.plans.get(planId);
      const done = plan?.status !== 'publishing';
      const latest = { at: now(), totals: await this.deps.progress.totals(planId) };
      const text = renderBroadcastProgress(planId, watched.first, latest, done, this.deps.translator, this.deps.language);
      if (text !== watched.lastText) await this.#show(watched, text);
      if (done) this.#watched.delete(planId);
    }
  }

  /** Sends the message to organisers who have none yet, edits it for the others. */
  async #show(watched: Watched, text: string): Promise<void> {
    watched.lastText = text;
    for (const chat of this.deps.organiserChats) {
      const messageId = watched.messages.get(chat);
      try {
        if (messageId === undefined) watched.messages.set(chat, await this.deps.messenger.send(chat, text));
        else await this.deps.messenger.edit(chat, messageId, text);
      } catch (err) {
        // One organiser who blocked the bot must not stop the others' updates.
        this.deps.log.warn({ err: String(err).slice(0, 200) }, 'broadcast progress message not delivered to an organiser');
      }
    }
  }
}
