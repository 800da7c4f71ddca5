import type { ChannelName, Language } from '../core/types.js';

/*
 * The stores the broadcast needs, one per concern, implemented in src/db. Every race between
 * processes is decided inside them by a unique insert: a claim is taken, taken over and renewed
 * by inserting its next generation, which only one caller can do (on MongoDB and FerretDB alike).
 */

/** What the broadcast needs of a plan; the plans feature's StoredPlan is one. */
export interface BroadcastPlan {
  id: string;
  topics: string[];
  status: string;
  /** Every eligible follower is in a batch. */
  enqueueDone: boolean;
  /** When the plan's action is over: sends failing after it are no longer retried. */
  endsAt?: Date | null;
  /** When organisers closed it early (null while open). */
  endedAt?: Date | null;
  /** The revision of its content: written on each first-send record, so a correction knows who has what. */
  revision?: number;
}

/** Plans being published, as the broadcast reads and finishes them (the plan store is one). */
export interface PublishingPlans<P extends BroadcastPlan> {
  /** Called before each batch: the plan as it is now (a cancelled plan stops its broadcast). */
  get(planId: string): Promise<P | null>;
  /** Called at every poll: the plans to work on. */
  withStatus(status: 'publishing'): Promise<P[]>;
  /** Called once nothing is left to send: true if this call finished the plan (so the finished hooks run once). */
  transition(planId: string, from: 'publishing', to: 'published', extra: { finishedAt: Date }): Promise<boolean>;
}

/** One follower to send a plan to, as the enqueue put them in a batch. */
export interface BatchMember {
  followerId: string;
  channel: ChannelName;
  audience: string;
  language: Language;
  /** Sealed chat address, opened only at the moment of sending. */
  sealedAddress: string;
  /** A correction: the follower's message of the plan (edited in place where the channel can), and the revision it shows. */
  messageId?: string | null;
  revision?: number;
  /** A gathering: the follower's IANA time zone, so its time is shown in their own. */
  timezone?: string;
}

/** Who claims, as of when, and until when the claim holds without being renewed. */
export interface LeaseTerms {
  owner: string;
  now: Date;
  until: Date;
}

/** A channel's part of a batch, now held by the caller. */
export interface ClaimedBatch {
  batch: number;
  /** Someone held it before (a crashed or stopped process): some members may have records already. */
  heldBefore: boolean;
  /** The caller's claim on it: the batch is the caller's while nobody has inserted the next one. */
  generation: number;
}

/** Claims on the enqueue and on each channel's part of each batch, each with a lease a crash lets lapse. */
export interface BatchLeases {
  /** Called before enqueueing a plan: true if this call claimed writing its batches (first, or after a lapsed lease). */
  claimEnqueue(planId: string, terms: LeaseTerms): Promise<boolean>;
  /** Called by the enqueue between batches when its lease nears its end: true if the caller still holds it, now until `terms.until`. */
  renewEnqueue(planId: string, terms: LeaseTerms): Promise<boolean>;
  /** Called when every eligible follower is in a batch: the enqueue claim is closed for good. */
  finishEnqueue(planId: string, owner: string): Promise<void>;
  /** Called by the enqueue for each batch written: one free claim per channel, with that channel's member count. */
  openBatch(planId: string, batch: number, sizes: ReadonlyMap<ChannelName, number>): Promise<void>;
  /**
   * Called by a channel's loop for its next batch: claims the lowest-numbered free one (never
   * held, or its lease lapsed), skipping those the owner holds up to `after`; null when none is free.
   */
  claimNextBatch(planId: string, channel: ChannelName, after: number, terms: LeaseTerms): Promise<ClaimedBatch | null>;
  /**
   * Called by a sender before a send when its lease nears its end (or has lapsed): the claim as
   * renewed until `terms.until` (its next generation), or null when another process took it.
   */
  renewBatch(planId: string, channel: ChannelName, claim: ClaimedBatch, terms: LeaseTerms): Promise<ClaimedBatch | null>;
  /** Called when a channel's part of a batch reached everyone it could: closed for good. */
  finishBatch(planId: string, batch: number, channel: ChannelName, owner: string): Promise<void>;
  /** Called on stop: every unfinished claim of the owner lapses at once, for another process to take. */
  releaseAll(owner: string): Promise<void>;
  /** Called before finishing a plan: claims not yet closed (the enqueue's included). */
  countOpen(planId: string): Promise<number>;
  /** Called when a paused broadcast's sender stops: the owner's claims on that batch lapse at once (only its owner writes them). */
  releaseBatch(planId: string, batch: number, channel: ChannelName, owner: string): Promise<void>;
}

/** Where the enqueue of a plan has got to. */
export interface EnqueueProgress {
  /** Batches written and recorded so far (the next one's number). */
  batches: number;
  /** The last follower id enqueued, or null before the first batch. */
  cursor: string | null;
}

/** The members of each batch of a broadcast, written once, and how far the enqueue has got. */
export interface BroadcastBatches {
  /** Called when the enqueue starts or resumes: the progress it recorded. */
  progress(planId: string): Promise<EnqueueProgress>;
  /** Called when the enqueue resumes: the last follower of a batch written but maybe not recorded, or null if not written. */
  lastFollowerOf(planId: string, batch: number): Promise<string | null>;
  /** Called by the enqueue for each full batch (in follower id order); a batch already written stands as it was. */
  write(planId: string, batch: number, members: readonly BatchMember[]): Promise<void>;
  /** Called after each batch is written and its claims opened, so a re-run continues after it. */
  saveProgress(planId: string, progress: EnqueueProgress): Promise<void>;
  /** Called when every eligible follower is in a batch. */
  markEnqueued(planId: string, batches: number): Promise<void>;
  /** Called when a channel's part of a batch is claimed: everyone in the batch, in order. */
  members(planId: string, batch: number): Promise<BatchMember[]>;
  /** Called when a first send's enqueue resumes: the follower ids in its batches below `batches`. */
  memberIds(planId: string, batches: number): Promise<Set<string>>;
}

/** Followers a plan may be sent to. */
export interface EligibleFollowers {
  /**
   * Called once per enqueue: active, unblocked followers of any of `topics` (on WhatsApp only
   * those who wrote to us first, as WhatsApp bans numbers that message strangers) whose ids are
   * not in `skip`, each once, in no particular order (the server's own: a sort would make it
   * read everyone before the first), streamed. The enqueue adds each one to `skip` as it goes.
   */
  stream(topics: readonly string[], skip: ReadonlySet<string>): AsyncIterable<BatchMember>;
}

/** How one send ended. */
export type DeliveryStatus = 'sent' | 'failed' | 'blocked';

/** One follower's delivery record for a plan. */
export interface DeliveryRecord {
  followerId: string;
  audience: string;
  channel: ChannelName;
  status: DeliveryStatus;
  /** Why it failed (or 'blocked'), null when sent. */
  reason: string | null;
  /** The channel's message id, when sent. */
  messageId: string | null;
  at: Date;
  /** The plan revision this send showed (the first send's record carries it; a correction's is its own). */
  revision?: number;
  /** A correction: whether the old message was edited in place or the plan sent anew. */
  how?: 'edited' | 'resent';
}

/** The outcome of every send of a broadcast, one record per follower and plan, never changed. */
export interface DeliveryLog {
  /** Called as results come in: inserts each record; one already there for that follower (a resend after a crash) stays as it was. */
  record(planId: string, batch: number, records: readonly DeliveryRecord[]): Promise<void>;
  /** Called when taking over a batch someone held before: followers of that batch who already have a record. */
  recordedIn(planId: string, batch: number): Promise<string[]>;
  /** Called for a plan's status: records by outcome, and pending = enqueued without a record yet. */
  totals(planId: string): Promise<{ sent: number; pending: number; failed: number; blocked: number }>;
}

/** What a broadcast sends: a plan's first send, a correction (revision N) of it, its closing results, or a gathering's announcement. */
export type BroadcastKind = 'first' | 'correction' | 'closing' | 'gathering';

/**
 * A broadcast other than a plan's first send (the first send is the plan itself, id = plan id).
 * Ids: `<planId>@r<N>` for the correction to revision N, `<planId>#close` for the results.
 */
export interface BroadcastRun {
  id: string;
  planId: string;
  kind: Exclude<BroadcastKind, 'first'>;
  /** The plan revision it carries (corrections), or the revision when it was started. */
  revision: number;
  enqueueDone: boolean;
  finishedAt: Date | null;
  /** A gathering: who it goes to (followers of these causes, of one audience when given). Its planId is the gathering's id. */
  to?: { topics: string[]; audience: string | null };
}

/** Broadcasts beside the first sends: started once, streamed to their own audience, finished. */
export interface BroadcastRuns {
  /** Starts a broadcast once (a unique insert of its id): true for the one caller that started it. */
  start(run: Pick<BroadcastRun, 'id' | 'planId' | 'kind' | 'revision' | 'to'>): Promise<boolean>;
  get(id: string): Promise<BroadcastRun | null>;
  /** Called at every poll: broadcasts not finished, oldest first. */
  running(): Promise<BroadcastRun[]>;
  /** Broadcasts of one plan (for status lines and to order corrections). */
  ofPlan(planId: string): Promise<BroadcastRun[]>;
  /**
   * Called by the enqueue: who this broadcast goes to, in follower id order after `afterId`.
   * A correction: followers who got the plan (a sent record) and are still subscribed, unless
   * they already have revision N; the closing: followers who pledged and are still subscribed;
   * a gathering: eligible followers of its causes (and audience), with their time zones, in no
   * particular order (the server's own, as a first send's), skipping the ids in `skip`.
   */
  audience(run: BroadcastRun, afterId: string | null, skip?: ReadonlySet<string>): AsyncIterable<BatchMember>;
  /** Whether a kind's audience comes in follower id order (resumed after an id) or unsorted (resumed by a skip-set). */
  ordered(run: BroadcastRun): boolean;
  /** Called once nothing is left to send (idempotent). */
  finish(id: string, at: Date): Promise<void>;
}

/** Organisers' pause of a running broadcast: a pause record by broadcast id, inserted once and deleted once. */
export interface BroadcastPauses {
  /** True for the call that paused it (false: it already was). */
  pause(broadcastId: string, by: string): Promise<boolean>;
  /** True for the call that resumed it (false: it was not paused). */
  resume(broadcastId: string): Promise<boolean>;
  isPaused(broadcastId: string): Promise<boolean>;
}

/** Live bot processes, so they share each channel's rate. */
export interface WorkerRegistry {
  /** Called at every heartbeat: records that this process is alive at `at`. */
  beat(workerId: string, at: Date): Promise<void>;
  /** Called after a heartbeat: processes whose last beat is after `since` (this one included). */
  countLive(since: Date): Promise<number>;
  /** Called on stop: this process no longer counts as live. */
  leave(workerId: string): Promise<void>;
}
