import type { Logger } from 'pino';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import { SendError, type OutMessage } from '../core/types.js';
import type { PageVisits } from '../reports/page-visits.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import type { Translator } from '../i18n/translator.js';
import { planFunnels } from '../reports/plan-figures.js';
import { audienceReachReport, planTitles } from '../reports/reach-report.js';
import { renderPlanSummary } from '../reports/render-plan-summary.js';
import type { CounterMaintenance, ReportCounters } from '../reports/report-counters.js';
import { reportMessages } from '../reports/report-messages.js';
import { toSafePlan, toSafeReport } from '../reports/safe-report.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import type { Influencer } from './influencer-store.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * Sends influencers what they subscribed to, outside any chat update: the weekly report and a
 * short summary when a plan's broadcast ends. Goes through the Telegram broadcast sender, so it
 * shares the channel's pacing and honours 429s.
 */
export class InfluencerNotifier {
  constructor(
    private readonly deps: {
      counters: ReportCounters & Pick<CounterMaintenance, 'freezeReach'>;
      plans: PlanStore;
      registry: InfluencerRegistry;
      translator: Translator;
      senders: readonly BroadcastSender[];
      log: Logger;
      visits?: Pick<PageVisits, 'count'>;
    },
  ) {}

  /** Sends every weekly report that is due at `now`; returns how many went out. */
  async sendWeeklyDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const inf of await this.deps.registry.subscribed('weeklyReport')) {
      if (inf.lastWeeklyAt && now.getTime() - inf.lastWeeklyAt.getTime() < WEEK_MS) continue;
      if (!(await this.deps.registry.claimWeekly(inf.code, inf.lastWeeklyAt, now))) continue;
      const report = toSafeReport(
        await audienceReachReport(this.deps.counters, this.deps.plans, { kind: 'audience', code: inf.code, displayName: inf.displayName }, now, this.deps.visits),
      );
      const messages = await reportMessages(report, this.deps.translator, inf.language, {
        chart: true,
        csv: false,
        introKey: 'report-weekly-intro',
        footerKey: 'report-weekly-footer',
      });
      if (await this.#send(inf, messages)) sent++;
    }
    if (sent) this.deps.log.info({ sent }, 'weekly reports sent');
    return sent;
  }

  /** After a plan's broadcast: freezes its reach figures, then sends each subscriber a summary. */
  async onBroadcastFinished(plan: StoredPlan): Promise<void> {
    await this.deps.counters.freezeReach(plan.id);
    const base = { planId: plan.id, titles: planTitles(plan), publishedAt: plan.publishedAt };
    for (const inf of await this.deps.registry.subscribed('planSummaries')) {
      const { funnel, forum } = await planFunnels(this.deps.counters, plan, inf.code);
      const mine = toSafePlan({ ...base, funnel, forum });
      const whole = toSafePlan({ ...base, funnel: forum });
      await this.#send(inf, [renderPlanSummary(mine, whole, this.deps.translator, inf.language)]);
    }
  }

  /** Sends messages to an influencer's own chat; false (logged) when that is impossible. */
  async #send(inf: Influencer, messages: OutMessage[]): Promise<boolean> {
    const log = this.deps.log.child({ influencer: inf.code });
    const sender = this.deps.senders.find((s) => s.channel === 'telegram');
    const chatId = this.deps.registry.ownerChatId(inf);
    if (!sender || !chatId) {
      log.warn({ sender: Boolean(sender) }, 'cannot reach influencer');
      return false;
    }
    try {
      for (const m of messages) await sendPaced(sender, chatId, m);
      return true;
    } catch (err) {
      const reason = err instanceof SendError ? err.reason : 'unknown';
      log.warn({ reason }, 'influencer report not delivered');
      return false;
    }
  }
}
