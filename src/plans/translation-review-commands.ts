import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import { isLanguage, RTL_LANGUAGES, SendError, type Language } from '../core/types.js';
import type { MemberProfiles } from '../forum/member-profile.js';
import type { OrganiserDirectory } from '../forum/organiser-directory.js';
import { LANGUAGE_NAMES, type Translator } from '../i18n/translator.js';
import type { PlanStore, StoredPlan } from './plan-types.js';
import { renderPlanMessage } from './render-plan-message.js';
import type { TranslationReviewStore } from './translation-review.js';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import { contentFor } from './plan-schema.js';

/**
 * /review: a forum member who speaks a language reads a plan's version in it and approves it,
 * after which that version goes out to its followers (TRANSLATION_REVIEW); before, they get the
 * English, marked as such. `/review <plan>` lists each language and whether it is approved,
 * `/review <plan> <lang>` shows that version as its followers will get it, and
 * `/review <plan> <lang> ok` approves it: once, by a unique insert, for the plan's revision.
 */
export function translationReviewFeature(deps: {
  plans: PlanStore;
  reviews: TranslationReviewStore;
  directory: OrganiserDirectory;
  profiles: MemberProfiles;
  translator: Translator;
  /** Telegram, to ask the members who speak a language to review it; none (a CLI or a test without it): nobody is asked. */
  sender?: BroadcastSender;
}): Feature {
  const { plans, reviews, directory, profiles, translator } = deps;
  const feature = declareFeature('translations');
  const name = (lang: Language) => LANGUAGE_NAMES[lang];

  const status = async (ctx: CommandContext, plan: StoredPlan) => {
    const approved = new Set(await reviews.approved(plan.id, plan.revision));
    const lines = (Object.keys(plan.content) as Language[])
      .filter((l) => l !== 'en')
      .map((l) => translator.t(ctx.lang, approved.has(l) ? 'review-line-approved' : 'review-line-held', { language: name(l), lang: l, id: plan.id }));
    if (!lines.length) return ctx.reply('review-english-only', { id: plan.id });
    await ctx.reply('review-status', { id: plan.id, lines: lines.join('\n') });
  };

  /**
   * `/review <plan> ask`: every current member who said they speak a language still waiting is
   * asked, in their own language, to read and approve it; each member once per language and
   * revision (claimed by a unique insert before the message, handed back if it cannot be sent).
   */
  const ask = async (ctx: CommandContext, plan: StoredPlan) => {
    const approved = new Set(await reviews.approved(plan.id, plan.revision));
    const held = (Object.keys(plan.content) as Language[]).filter((l) => l !== 'en' && !approved.has(l));
    if (!held.length) return ctx.reply('review-ask-none-held', { id: plan.id });
    const members = await profiles.reachable();
    const me = directory.keyOf(ctx.inbound.chatId);
    const lines: string[] = [];
    for (const lang of held) {
      const speakers = members.filter((m) => m.speaks.includes(lang) && m.chatId && m.key !== me);
      let asked = 0;
      for (const m of speakers) {
        if (!deps.sender || !(await reviews.claimAsk(plan.id, plan.revision, lang, m.key))) continue;
        const text = translator.t(m.lang, 'review-ask', { id: plan.id, title: contentFor(plan, m.lang).content.title, language: name(lang), lang });
        try {
          await sendPaced(deps.sender, m.chatId!, { text, rtl: RTL_LANGUAGES.has(m.lang) });
          asked++;
        } catch (err) {
          if (!(err instanceof SendError && err.reason === 'blocked')) await reviews.releaseAsk(plan.id, plan.revision, lang, m.key);
        }
      }
      lines.push(translator.t(ctx.lang, speakers.length ? 'review-asked-line' : 'review-asked-nobody', { language: name(lang), lang, asked, speakers: speakers.length }));
    }
    return ctx.reply('review-asked', { id: plan.id, lines: lines.join('\n') });
  };

  feature.command('review', async (ctx, arg) => {
    const me = directory.keyOf(ctx.inbound.chatId);
    if (ctx.inbound.channel !== 'telegram' || !(await directory.member(me))) return ctx.reply('forum-members-only');
    const [planId, langWord, ok] = arg.trim().toLowerCase().split(/\s+/);
    const plan = planId ? await plans.get(planId.slice(0, 40)) : null;
    if (!planId) return ctx.reply('review-usage');
    if (!plan) return ctx.reply('org-plan-unknown', { id: planId.slice(0, 40) });
    if (!langWord) return status(ctx, plan);
    if (langWord === 'ask') return ask(ctx, plan);
    if (!isLanguage(langWord) || langWord === 'en' || !plan.content[langWord]) return ctx.reply('review-no-version', { id: plan.id, lang: langWord.slice(0, 8) });
    const lang = langWord;
    const profile = await profiles.touch(me, ctx.inbound.chatId, ctx.lang);
    if (!profile.speaks.includes(lang)) return ctx.reply('review-not-yours', { language: name(lang), lang });
    if (ok === undefined) {
      await ctx.reply('review-preview-note', { language: name(lang), id: plan.id });
      // The version itself, as its followers will get it once approved (the hold lifted for this view).
      await ctx.inbound.outbox.send(renderPlanMessage({ ...plan, reviewedLanguages: undefined }, lang, { pledged: false, completedAt: null, done: [] }, translator));
      return ctx.reply('review-how-to-approve', { id: plan.id, lang });
    }
    if (ok !== 'ok') return ctx.reply('review-usage');
    const made = await reviews.approve(plan.id, plan.revision, lang, me);
    ctx.inbound.log.info({ plan: plan.id, lang, made }, 'translation review');
    return ctx.reply(made ? 'review-approved' : 'review-already', { id: plan.id, language: name(lang) });
  });
  feature.help(async (ctx) => (ctx.inbound.channel === 'telegram' && (await directory.member(directory.keyOf(ctx.inbound.chatId))) ? 'help-review' : null));
  return feature.build();
}
