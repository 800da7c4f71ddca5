import type { BroadcastSender } from './broadcast-sender.js';
import type { WorkerRegistry } from './broadcast-ports.js';
import type { Clock } from './clock.js';

/** How often a process announces itself. */
export const HEARTBEAT_MS = 5_000;

/**
 * Splits each channel's configured rate between the live bot processes: every heartbeat records
 * this process and counts those heard from in the last three beats, and each sender's pacer gets
 * its share, so two processes together never send faster than one would alone.
 */
export class RateShare {
  constructor(
    private readonly registry: WorkerRegistry,
    private readonly workerId: string,
    private readonly senders: readonly BroadcastSender[],
    private readonly clock: Clock,
    readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  /** Records a heartbeat and sets every pacer to its share; returns the live process count. */
  async beat(): Promise<number> {
    const now = this.clock.now();
    await this.registry.beat(this.workerId, new Date(now));
    const live = Math.max(1, await this.registry.countLive(new Date(now - 3 * this.heartbeatMs)));
    for (const s of this.senders) s.pacer.setRate(s.configuredRate / live);
    return live;
  }

  /** Leaves the count at once (on stop), so the others take the whole rate back at their next beat. */
  leave(): Promise<void> {
    return this.registry.leave(this.workerId);
  }
}
