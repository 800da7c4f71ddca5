import type { Logger } from 'pino';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import { SendError, type ChannelName, type Follower } from '../core/types.js';
import type { FollowerStore } from '../core/ports.js';
import type { DueReminder, PlanStore, PledgeStore, StoredPlan } from './plan-types.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { contentFor } from './plan-schema.js';
import { activeTasks, planIsOpen } from './plan-life.js';
import { renderChecklist } from './render-checklist.js';
import { nextReasonableTime } from './reminder-time.js';

/** Due pledges read per query: one query covers a usual run (each is a scan on FerretDB). */
const PAGE = 2000;

/**
 * Nudges followers who pledged and have not finished: after the plan's delay, within their
 * local daytime, at most `max` times, in their language, never after /stop, a block or the
 * plan's end. Each reminder is claimed before it is sent, so two processes never both send it.
 */
export class Reminders {
  constructor(
    private readonly deps: {
      pledges: PledgeStore;
      plans: PlanStore;
      followers: FollowerStore;
      vault: AddressVault;
      translator: Translator;
      senders: ReadonlyMap<ChannelName, BroadcastSender>;
      max: number;
      log: Logger;
    },
  ) {}

  /** Sends every reminder due at `now`; returns how many went out. */
  async runDue(now = new Date()): Promise<number> {
    const { pledges, log } = this.deps;
    let sent = 0;
    // Many pledges share a few plans: read each plan once per run.
    const planCache = new Map<string, Promise<StoredPlan | null>>();
    const planOf = (id: string) => {
      if (!planCache.has(id)) planCache.set(id, this.deps.plans.get(id));
      return planCache.get(id)!;
    };
    let page = await pledges.dueForReminder(now, PAGE);
    while (page.length) {
      for (const due of page) {
        try {
          if (await this.#remind(due, now, await planOf(due.planId))) sent++;
        } catch (err) {
          log.warn({ err: (err as Error).message, plan: due.planId }, 'reminder failed');
        }
      }
      // Pledges left due (another channel's, a failed send) are paged past, not read again.
      page = page.length < PAGE ? [] : await pledges.dueForReminder(now, PAGE, page.at(-1)!.pledgeId);
    }
    if (sent) log.info({ sent }, 'reminders sent');
    return sent;
  }

  async #remind(due: DueReminder, now: Date, plan: StoredPlan | null): Promise<boolean> {
    const { pledges, followers, senders } = this.deps;
    // Over the maximum (it was lowered since): skip, as the last reminder booked no next one.
    if (due.remindersSent >= this.deps.max) return false;
    const follower = await followers.findById(due.followerId);
    // A channel this process does not run (WhatsApp lives in one process): leave it to that one.
    if (follower && !senders.has(follower.channel)) return false;
    const stillWanted =
      plan &&
      // An ended plan (its end date, or closed early) is reminded no more.
      planIsOpen(plan, now) &&
      follower &&
      follower.status === 'active' &&
      !follower.blocked;
    const sender = follower ? senders.get(follower.channel) : undefined;
    if (!stillWanted || !sender) {
      // Nothing more to do for this pledge: stop looking at it.
      await pledges.stopReminders(due.pledgeId);
      return false;
    }
    const count = due.remindersSent + 1;
    const next = count >= this.deps.max ? null : nextReasonableTime(new Date(now.getTime() + plan.reminderAfterHours * 3_600_000), follower.timezone);
    // Claim first: only the process whose claim landed sends.
    if (!(await pledges.claimReminder(due.pledgeId, count, next))) return false;
    return this.#send(sender, follower, plan);
  }

  /** Sends the nudge with the follower's checklist; a block marks them blocked. */
  async #send(sender: BroadcastSender, follower: Follower, plan: StoredPlan): Promise<boolean> {
    const { pledges, followers, vault, translator } = this.deps;
    const progress = await pledges.progress(plan.id, follower.id);
    const { content } = contentFor(plan, follower.language);
    // Withdrawn tasks are not owed: the nudge counts, and the checklist shows, only those in force.
    const active = activeTasks(plan, content.tasks.length);
    if (active.every((n) => progress.done.includes(n))) return false;
    const chatId = vault.open(follower.channel, follower.addressSealed);
    const done = active.filter((n) => progress.done.includes(n)).length;
    const nudge = translator.t(follower.language, 'reminder-nudge', { title: content.title, done, total: active.length });
    const checklist = await renderChecklist(plan, follower, progress, translator);
    try {
      await sendPaced(sender, chatId, { ...checklist, text: `${nudge}\n\n${checklist.text}` });
    } catch (err) {
      if (err instanceof SendError && err.reason === 'blocked') {
        await followers.update(follower.id, { blocked: true });
        return false;
      }
      throw err;
    }
    return true;
  }
}
