import type { CommandContext, CommandHandler } from '../core/command-context.js';
import type { JoinLinks } from '../core/join-links.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES } from '../core/types.js';
import { ownInfluencer, telegramOnly } from './influencer-chat.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import type { Influencer } from './influencer-store.js';
import { joinLinkSet, qrPng, type JoinLinkSet } from './join-link-set.js';

export interface MylinkDeps {
  registry: InfluencerRegistry;
  translator: Translator;
  links: JoinLinks;
  topics: readonly string[];
}

/** The links of one set (the whole audience, or one topic's), as Telegram and WhatsApp give them. */
type Links = Pick<JoinLinkSet, 'telegram' | 'whatsapp'>;

/**
 * `/mylink [topic]`: an influencer's join links to paste under their videos, per channel and per
 * topic, and a QR code of each for a slide.
 */
export function mylinkCommand(deps: MylinkDeps): CommandHandler {
  return telegramOnly(async (ctx, arg) => {
    const inf = await ownInfluencer(ctx, deps.registry, null);
    if (!inf) return;
    const topic = arg.trim().toLowerCase();
    if (topic && !deps.topics.includes(topic)) {
      return ctx.reply('mylink-unknown-topic', { topic: topic.slice(0, 30), topics: deps.topics.join(', ') });
    }
    const set = joinLinkSet(deps.links, inf.code, deps.topics);
    if (!set.telegram && !set.whatsapp) return ctx.reply('mylink-none');
    const chosen: Links = topic ? set.perTopic.find((p) => p.topic === topic)! : set;
    await ctx.inbound.outbox.send({ text: linkLines(ctx, deps.translator, inf, set, chosen, topic).join('\n'), rtl: RTL_LANGUAGES.has(ctx.lang), preview: false });
    await sendQrCodes(ctx, deps.translator, chosen, topic ? `${inf.code}-${topic}` : inf.code);
  });
}

/** The message: the chosen links, then (for the whole audience) one line per topic, then a hint. */
function linkLines(ctx: CommandContext, t: Translator, inf: Influencer, set: JoinLinkSet, chosen: Links, topic: string): string[] {
  const topicName = (id: string) => t.t(ctx.lang, `topic-${id}`);
  const lines = [
    topic ? t.t(ctx.lang, 'mylink-topic-intro', { name: inf.displayName, topic: topicName(topic) }) : t.t(ctx.lang, 'mylink-intro', { name: inf.displayName }),
    ...(chosen.telegram ? [t.t(ctx.lang, 'mylink-telegram', { link: chosen.telegram })] : []),
    ...(chosen.whatsapp ? [t.t(ctx.lang, 'mylink-whatsapp', { link: chosen.whatsapp })] : []),
  ];
  if (!topic) {
    lines.push('', t.t(ctx.lang, 'mylink-topics-heading'));
    for (const p of set.perTopic) {
      lines.push(t.t(ctx.lang, 'mylink-topic-line', { topic: topicName(p.topic), link: p.telegram ?? p.whatsapp ?? '' }));
    }
  }
  lines.push('', t.t(ctx.lang, 'mylink-paste-hint'));
  return lines;
}

async function sendQrCodes(ctx: CommandContext, t: Translator, chosen: Links, label: string): Promise<void> {
  const rtl = RTL_LANGUAGES.has(ctx.lang);
  for (const channel of ['telegram', 'whatsapp'] as const) {
    const link = chosen[channel];
    if (!link) continue;
    await ctx.inbound.outbox.send({
      text: t.t(ctx.lang, `mylink-qr-${channel}`, { code: label }),
      rtl,
      image: { png: await qrPng(link), filename: `join-${channel}-${label}.png` },
    });
  }
}
