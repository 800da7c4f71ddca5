import type { Feature } from '../core/feature.js';

/** What /recount needs: a way to have the `counters.recount` job run now (by the scheduler). */
export interface RecountCommandDeps {
  /** Schedules one `counters.recount` run for now; the reply goes out before it runs. */
  scheduleRecount(): Promise<void>;
}

/**
 * `/recount` for organisers on Telegram: schedules the counters' rebuild from the facts (see
 * CounterMaintenance.recount), for when report figures look wrong after a crash.
 */
export function recountFeature(deps: RecountCommandDeps): Feature {
  return {
    name: 'recount',
    commands: {
      recount: async (ctx) => {
        if (!ctx.inbound.organiser || ctx.inbound.channel !== 'telegram') return ctx.reply('org-only');
        await deps.scheduleRecount();
        ctx.inbound.log.info('counters recount scheduled');
        return ctx.reply('recount-scheduled');
      },
    },
  };
}
