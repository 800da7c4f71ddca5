import type { CommandContext, CommandHandler } from '../core/command-context.js';
import { RTL_LANGUAGES } from '../core/types.js';
import { ownInfluencer, telegramOnly } from '../influencers/influencer-chat.js';
import type { InfluencerRegistry } from '../influencers/influencer-registry.js';
import { planIsOpen } from '../plans/plan-life.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import { sentPlans } from '../reports/reach-report.js';
import { descriptionBlock, planSlides, type KitDeps } from './plan-kit.js';

export interface KitCommandDeps extends KitDeps {
  registry: InfluencerRegistry;
  plans: PlanStore;
}

/** The plans a kit can be made for: sent and still open, newest first. */
export async function openPlans(plans: PlanStore, now = new Date()): Promise<StoredPlan[]> {
  return (await sentPlans(plans)).filter((p) => planIsOpen(p, now));
}

/**
 * `/kit [plan]`: an influencer's video kit for an open plan (the newest when none is named):
 * both slides as files (full quality) and as photos (a preview), then the description block to
 * paste under the video, in the influencer's language.
 */
export function kitCommand(deps: KitCommandDeps): CommandHandler {
  return telegramOnly(async (ctx, arg) => {
    const inf = await ownInfluencer(ctx, deps.registry, null);
    if (!inf) return;
    const open = await openPlans(deps.plans);
    if (!open.length) return ctx.reply('kit-none');
    const wanted = arg.trim().toLowerCase();
    const plan = wanted ? open.find((p) => p.id === wanted) : open[0];
    if (!plan) return ctx.reply('kit-unknown-plan', { id: wanted.slice(0, 32), ids: open.map((p) => p.id).join(', ') });
    await sendKit(ctx, deps, plan, { code: inf.code, language: ctx.lang });
  });
}

async function sendKit(ctx: CommandContext, deps: KitCommandDeps, plan: StoredPlan, who: { code: string; language: CommandContext['lang'] }): Promise<void> {
  const t = (key: string, vars?: Record<string, string>) => deps.translator.t(ctx.lang, key, vars);
  const rtl = RTL_LANGUAGES.has(ctx.lang);
  let slides: Awaited<ReturnType<typeof planSlides>>;
  try {
    slides = await planSlides(deps, plan, who);
  } catch (err) {
    ctx.inbound.log.error({ err: String(err).slice(0, 200), plan: plan.id }, 'kit: slides failed');
    return ctx.reply('kit-failed');
  }
  const title = plan.content[ctx.lang]?.title ?? plan.content.en!.title;
  const out = ctx.inbound.outbox;
  await out.send({ text: t('kit-intro', { title }), rtl });
  for (const s of slides) {
    const caption = t(`kit-slide-${s.shape}`);
    await out.send({ text: caption, rtl, image: { png: s.png, filename: s.filename } });
    await out.send({ text: caption, rtl, document: { data: s.png, filename: s.filename } });
  }
  await out.send({ text: t('kit-description-intro'), rtl });
  // Sent as it is to be pasted: no direction marks added, none inside.
  await out.send({ text: descriptionBlock(deps, plan, who), rtl: false, preview: false });
}
