import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { gatheringBroadcastId } from '../broadcast/broadcast-id.js';
import type { BatchMember, BroadcastRun, BroadcastRuns } from '../broadcast/broadcast-ports.js';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { StandaloneBroadcast } from '../broadcast/broadcast-worker.js';
import type { FollowerStore } from '../core/ports.js';
import type { Translator } from '../core/translator.js';
import { SendError, type ChannelName, type Follower, type OutMessage } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import type { GatheringInput } from './gathering-schema.js';
import { gatheringEnd, invites, REMIND_BEFORE_MS, type Gathering, type GatheringHost, type GatheringReminderClaims, type GatheringStore, type RsvpStore } from './gathering-types.js';
import { renderGatheringCancelled, renderGatheringMessage, renderGatheringReminder } from './render-gathering.js';

/** Where a gathering's reminder is booked (agenda's `gatherings.remind`, once per gathering). */
export interface ReminderScheduler {
  scheduleReminder(gatheringId: string, at: Date): Promise<void>;
  cancelReminder(gatheringId: string): Promise<void>;
}

export interface GatheringServiceDeps {
  store: GatheringStore;
  rsvps: RsvpStore;
  claims: GatheringReminderClaims;
  runs: Pick<BroadcastRuns, 'start' | 'get'>;
  followers: Pick<FollowerStore, 'findById' | 'update'>;
  vault: AddressVault;
  translator: Translator;
  senders: ReadonlyMap<ChannelName, BroadcastSender>;
  scheduler: ReminderScheduler;
  log: Logger;
  /** A broadcast was started: the worker should look now. */
  onStarted?: () => void;
  now?: () => Date;
}

/** What answering did, for the reply. */
export type AnswerOutcome = 'said-yes' | 'already-yes' | 'took-back' | 'was-not-yes' | 'gone' | 'cancelled' | 'over' | 'not-invited';

/**
 * Announcing gatherings (sent by the broadcast worker as a `<id>#gathering` broadcast), the
 * followers' answers (one per follower, by a unique insert; taken back by deleting its id) and
 * the reminder an hour before, to those who said yes by then, each claimed once before it goes.
 */
export class GatheringService {
  constructor(private readonly deps: GatheringServiceDeps) {}

  now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  get(id: string): Promise<Gathering | null> {
    return this.deps.store.get(id);
  }

  upcoming(): Promise<Gathering[]> {
    return this.deps.store.upcoming(this.now());
  }

  /** Stores the gathering under a fresh id, starts its announcement and books its reminder. */
  async announce(input: GatheringInput, host: GatheringHost, createdBy: string): Promise<Gathering> {
    for (;;) {
      const g: Gathering = {
        id: `g_${randomBytes(4).toString('hex')}`,
        ...{ cause: input.cause, host, startsAt: input.starts, minutes: input.minutes, link: input.link, title: input.title, guests: input.guests },
        ...{ status: 'announced', createdBy, createdAt: this.now() },
      };
      if (!(await this.deps.store.insert(g))) continue;
      await this.#startBroadcast(g);
      await this.deps.scheduler.scheduleReminder(g.id, new Date(Math.max(this.now().getTime(), g.startsAt.getTime() - REMIND_BEFORE_MS)));
      this.deps.log.info({ gathering: g.id, host: g.host.kind }, 'gathering announced');
      return g;
    }
  }

  /** The announcement's broadcast, started once (a unique insert of its id): a repeat after a crash is a no-op. */
  async #startBroadcast(g: Gathering): Promise<void> {
    const to = { topics: [g.cause], audience: g.host.kind === 'influencer' ? g.host.code : null };
    if (await this.deps.runs.start({ id: gatheringBroadcastId(g.id), planId: g.id, kind: 'gathering', revision: 1, to })) this.deps.onStarted?.();
  }

  /**
   * Cancels it: its announcement stops where it is, no reminder goes, buttons say so, and those
   * who said they would come are told (here when this process runs their channel, else by the
   * sweep of one that does), each once.
   */
  async cancel(id: string): Promise<void> {
    await this.deps.store.cancel(id, this.now());
    await this.deps.scheduler.cancelReminder(id);
    const g = await this.deps.store.get(id);
    if (g) await this.#tellCancelled(g, this.now());
  }

  /** Tells each yes-sayer of a cancelled gathering, once (a claim keyed `<id>#cancel|<follower>`). */
  async #tellCancelled(g: Gathering, now: Date): Promise<number> {
    const key = `${g.id}#cancel`;
    const done = await this.deps.claims.claimed(key);
    let sent = 0;
    for await (const followerId of this.deps.rsvps.yesSayers(g.id, new Date(8.64e15))) {
      if (done.has(followerId)) continue;
      try {
        const follower = await this.#reachable(g, followerId);
        if (follower && (await this.#sendClaimed(key, follower, now, renderGatheringCancelled(g, follower.language, follower.timezone, this.deps.translator)))) sent++;
      } catch (err) {
        this.deps.log.warn({ err: (err as Error).message, gathering: g.id }, 'gathering cancellation notice failed');
      }
    }
    return sent;
  }

  /** "I'll be there" (yes) or "I can't come after all" (no), for an active follower the gathering was for. */
  async answer(gatheringId: string, follower: Follower, answer: 'yes' | 'no'): Promise<{ outcome: AnswerOutcome; gathering: Gathering | null }> {
    const g = await this.deps.store.get(gatheringId);
    const refused = this.#refusal(g, follower);
    if (refused || !g) return { outcome: refused ?? 'gone', gathering: g };
    if (answer === 'yes') {
      const made = await this.deps.rsvps.answer(g.id, follower.id, follower.audience, this.now());
      return { outcome: made ? 'said-yes' : 'already-yes', gathering: g };
    }
    return { outcome: (await this.deps.rsvps.withdraw(g.id, follower.id)) ? 'took-back' : 'was-not-yes', gathering: g };
  }

  #refusal(g: Gathering | null, follower: Follower): AnswerOutcome | null {
    if (!g) return 'gone';
    if (g.status === 'cancelled') return 'cancelled';
    if (gatheringEnd(g).getTime() <= this.now().getTime()) return 'over';
    if (follower.status !== 'active' || !invites(g, follower)) return 'not-invited';
    return null;
  }

  /** Whether this follower said yes. */
  said(gatheringId: string, followerId: string): Promise<boolean> {
    return this.deps.rsvps.has(gatheringId, followerId);
  }

  /** Upcoming gatherings this follower is invited to, soonest first. */
  async invitedTo(follower: Follower): Promise<Gathering[]> {
    return (await this.upcoming()).filter((g) => invites(g, follower));
  }

  /** The announcement as this follower sees it now (their answer, language and zone). */
  async messageFor(g: Gathering, follower: Follower): Promise<OutMessage> {
    return renderGatheringMessage(g, follower.language, follower.timezone, this.deps.translator, { answered: await this.said(g.id, follower.id) });
  }

  /** The broadcast worker's view of announcements: whether each may still go, and its messages. */
  broadcast(): StandaloneBroadcast {
    return {
      state: async (run, now) => {
        const g = await this.deps.store.get(run.planId);
        // Once it has started an invitation is no use: the rest of the announcement is dropped.
        return !g || g.status === 'cancelled' || g.startsAt.getTime() <= now.getTime() ? 'closed' : 'open';
      },
      compose: async (run: BroadcastRun, _members: readonly BatchMember[]) => {
        const g = await this.deps.store.get(run.planId);
        if (!g || g.status === 'cancelled') return null;
        const rendered = new Map<string, OutMessage>();
        return async (m) => {
          const key = `${m.language}|${m.timezone ?? ''}`;
          let msg = rendered.get(key);
          if (!msg) {
            msg = renderGatheringMessage(g, m.language, m.timezone, this.deps.translator, { answered: false });
            rendered.set(key, msg);
          }
          return msg;
        };
      },
    };
  }

  /**
   * Sends the reminders of one gathering that are due at `now` (from an hour before its start
   * until it starts): to each follower who said yes before the reminder time and is still active
   * and reachable, once. Followers on a channel this process does not run are left to one that does.
   */
  async remind(gatheringId: string, now = this.now()): Promise<number> {
    const g = await this.deps.store.get(gatheringId);
    if (!g || g.status !== 'announced') return 0;
    const remindAt = new Date(g.startsAt.getTime() - REMIND_BEFORE_MS);
    if (now.getTime() < remindAt.getTime() || now.getTime() >= g.startsAt.getTime()) return 0;
    const done = await this.deps.claims.claimed(g.id);
    let sent = 0;
    for await (const followerId of this.deps.rsvps.yesSayers(g.id, remindAt)) {
      if (done.has(followerId)) continue;
      try {
        if (await this.#remindOne(g, followerId, now)) sent++;
      } catch (err) {
        this.deps.log.warn({ err: (err as Error).message, gathering: g.id }, 'gathering reminder failed');
      }
    }
    if (sent) this.deps.log.info({ gathering: g.id, sent }, 'gathering reminders sent');
    return sent;
  }

  async #remindOne(g: Gathering, followerId: string, now: Date): Promise<boolean> {
    const follower = await this.#reachable(g, followerId);
    return follower ? this.#sendClaimed(g.id, follower, now, renderGatheringReminder(g, follower.language, follower.timezone, this.deps.translator)) : false;
  }

  /** The follower, if still active, reachable, invited, and on a channel this process runs. */
  async #reachable(g: Gathering, followerId: string): Promise<Follower | null> {
    const follower = await this.deps.followers.findById(followerId);
    if (!follower || follower.status !== 'active' || follower.blocked || !invites(g, follower)) return null;
    return this.deps.senders.has(follower.channel) ? follower : null;
  }

  /** Claims `<key>|<follower>` and sends; a block marks them blocked, a failure of the channel gives the claim back and throws. */
  async #sendClaimed(key: string, follower: Follower, now: Date, msg: OutMessage): Promise<boolean> {
    const { followers, claims, senders, vault } = this.deps;
    const sender = senders.get(follower.channel);
    // Claim first: only the process whose claim landed sends.
    if (!sender || !(await claims.claim(key, follower.id, now))) return false;
    try {
      await sendPaced(sender, vault.open(follower.channel, follower.addressSealed), msg);
      return true;
    } catch (err) {
      if (err instanceof SendError && err.reason === 'blocked') {
        await followers.update(follower.id, { blocked: true });
        return false;
      }
      // The channel's trouble: give the claim back, so the next run tries again.
      await claims.release(key, follower.id);
      throw err;
    }
  }

  /**
   * Every few minutes: restarts an announcement a crash left unstarted (an idempotent insert),
   * sends the reminders now due, so a lost agenda job delays a reminder by minutes at most, and
   * tells the yes-sayers of a gathering cancelled where their channel does not run (the CLI).
   */
  async sweep(now = this.now()): Promise<number> {
    let sent = 0;
    for (const g of await this.deps.store.cancelledUpcoming(now)) sent += await this.#tellCancelled(g, now);
    for (const g of await this.deps.store.upcoming(now)) {
      if (g.startsAt.getTime() > now.getTime() && !(await this.deps.runs.get(gatheringBroadcastId(g.id)))) await this.#startBroadcast(g);
      sent += await this.remind(g.id, now);
    }
    return sent;
  }

  /** Invited (the announcement sent) and said yes, per audience, exact (reports make them safe). */
  async figures(gatheringId: string): Promise<{ invited: Map<string, number>; yes: Map<string, number> }> {
    const [invited, yes] = await Promise.all([this.deps.rsvps.invitedByAudience(gatheringId), this.deps.rsvps.yesByAudience(gatheringId)]);
    return { invited, yes };
  }

  /** Gatherings that start from `since` on, newest first (for reports). */
  recent(since: Date): Promise<Gathering[]> {
    return this.deps.store.recent(since);
  }
}
