import type { Logger } from 'pino';
import type { Types } from 'mongoose';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import { SendError, type ChannelName } from '../core/types.js';
import type { FollowerStore } from '../core/ports.js';
import type { Models } from '../db/models.js';
import type { PlanStore, StoredPlan } from './plan-types.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { contentFor } from './plan-schema.js';
import { renderPlanMessage } from './render-plan-message.js';
import { nextReasonableTime } from './reminder-time.js';

interface PledgeRow {
  _id: Types.ObjectId;
  planId: string;
  followerId: Types.ObjectId;
  remindersSent: number;
  nextReminderAt: Date | null;
}

/**
 * Nudges followers who pledged and have not finished: after the plan's delay, within their
 * local daytime, at most `max` times, in their language, never after /stop, a block or the
 * plan's end. Each reminder is claimed before it is sent, so two processes never both send it.
 */
export class Reminders {
  constructor(
    private readonly deps: {
      db: Models;
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
    const { db, log } = this.deps;
    let sent = 0;
    // `open` is an indexed boolean: an equality FerretDB can hand to its backend.
    // Many pledges share a few plans: read each plan once per run.
    const planCache = new Map<string, Promise<StoredPlan | null>>();
    const planOf = (id: string) => {
      if (!planCache.has(id)) planCache.set(id, this.deps.plans.get(id));
      return planCache.get(id)!;
    };
    const cursor = db.Pledge.find({ open: true }).lean<PledgeRow[]>().cursor({ batchSize: 500 });
    for await (const p of cursor as AsyncIterable<PledgeRow>) {
      if (!p.nextReminderAt || p.nextReminderAt > now) continue;
      if (p.remindersSent >= this.deps.max) continue;
      try {
        if (await this.#remind(p, now, await planOf(p.planId))) sent++;
      } catch (err) {
        log.warn({ err: (err as Error).message, plan: p.planId }, 'reminder failed');
      }
    }
    if (sent) log.info({ sent }, 'reminders sent');
    return sent;
  }

  async #remind(p: PledgeRow, now: Date, plan: StoredPlan | null): Promise<boolean> {
    const { db, plans, followers, vault, translator, senders } = this.deps;
    const follower = await followers.findById(p.followerId.toHexString());
    // A channel this process does not run (WhatsApp lives in one process): leave it to that one.
    if (follower && !senders.has(follower.channel)) return false;
    const stillWanted =
      plan &&
      (plan.status === 'published' || plan.status === 'publishing') &&
      !(plan.endsAt && plan.endsAt < now) &&
      follower &&
      follower.status === 'active' &&
      !follower.blocked;
    const sender = follower ? senders.get(follower.channel) : undefined;
    if (!stillWanted || !sender) {
      // Nothing more to do for this pledge: stop looking at it.
      await db.Pledge.updateOne({ _id: p._id }, { $set: { nextReminderAt: null } });
      return false;
    }
    const count = p.remindersSent + 1;
    const next = count >= this.deps.max ? null : nextReasonableTime(new Date(now.getTime() + plan.reminderAfterHours * 3_600_000), follower.timezone);
    // Claim first: only the process whose update matched sends.
    const claim = await db.Pledge.updateOne(
      { _id: p._id, remindersSent: p.remindersSent },
      { $set: { remindersSent: count, nextReminderAt: next } },
    );
    if (claim.modifiedCount !== 1) return false;
    const progress = await plans.progress(plan.id, follower.id);
    const total = contentFor(plan, follower.language).content.tasks.length;
    const chatId = vault.open(follower.channel, follower.addressSealed);
    const nudge = translator.t(follower.language, 'reminder-nudge', {
      title: contentFor(plan, follower.language).content.title,
      done: progress.done.length,
      total,
    });
    const checklist = renderPlanMessage(plan, follower.language, progress, translator);
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
