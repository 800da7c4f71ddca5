/**
 * What `npm run demo` prepares and does around the console channel: the example influencer, the
 * example plan approved by two demo organisers and published once the follower has signed up,
 * and the influencer's report on demand (text, and the chart saved as a PNG).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { App } from '../app.js';
import { writeConsoleMessage } from '../channels/console/console-channel.js';
import { joinLinks } from '../core/join-links.js';
import { planSlides } from '../kit/plan-kit.js';
import { audienceReachReport } from '../reports/reach-report.js';
import { reportMessages } from '../reports/report-messages.js';
import { toSafeReport } from '../reports/safe-report.js';

export const DEMO_INFLUENCER = { code: 'demo', displayName: 'Demo Channel' };
export const DEMO_ORGANISERS = ['demo-organiser-1', 'demo-organiser-2'];
export const DEMO_PLAN_FILE = 'plans/example-uyghur.yaml';
/** The bot named on the demo's slides unless BOT_USERNAME is set (the demo runs no Telegram bot). */
export const DEMO_BOT_USERNAME = 'your_forum_bot';

/** Registers the example influencer and proposes the example plan with a quorum of approvals; returns the plan id. */
export async function prepareDemo(app: App, root: string): Promise<string> {
  if (!(await app.influencers.registry.get(DEMO_INFLUENCER.code))) {
    await app.influencers.registry.register({ ...DEMO_INFLUENCER, language: 'en' });
  }
  const proposed = await app.planService.propose(await readFile(path.join(root, DEMO_PLAN_FILE), 'utf8'), DEMO_ORGANISERS[0]!);
  const planId = String(proposed.vars['id'] ?? '');
  if (!proposed.ok || !planId) throw new Error(`the example plan could not be proposed: ${proposed.key}`);
  for (const organiser of DEMO_ORGANISERS) await app.planService.approve(planId, organiser);
  return planId;
}

/** Publishes the plan once the console follower has finished signing up, so it reaches them. */
export function publishWhenSignedUp(app: App, chatId: string, planId: string, everyMs = 300): { stop(): void } {
  const hash = app.vault.hash('console', chatId);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const follower = await app.followers.findByHash(hash);
      if (follower?.status !== 'active') return;
      clearInterval(timer);
      await app.planService.publish(planId);
    })().finally(() => (busy = false));
  }, everyMs);
  return { stop: () => clearInterval(timer) };
}

/** The example influencer's report in the console, as the influencer gets it on Telegram; the chart is saved as a PNG file. */
export async function showDemoReport(app: App, planId: string, out: Writable, chartDir: string): Promise<void> {
  const scope = { kind: 'audience' as const, ...DEMO_INFLUENCER };
  const report = toSafeReport(await audienceReachReport(app.reportCounters, app.plans, scope));
  const messages = await reportMessages(report, app.translator, 'en', { chart: true, csv: false, footerKey: undefined });
  const parts: string[] = [];
  for (const msg of messages) {
    if (!msg.image) {
      parts.push(msg.text);
      continue;
    }
    const file = path.join(chartDir, `forum-pledge-bot-${msg.image.filename}`);
    await writeFile(file, msg.image.png);
    parts.push(`${msg.text}\n📈 ${file}`);
  }
  parts.push(...(await demoSlides(app, planId, chartDir)));
  writeConsoleMessage(out, parts.join('\n\n'));
}

/** The influencer's end-of-video slides for the plan (the video kit), saved as PNG files. */
async function demoSlides(app: App, planId: string, dir: string): Promise<string[]> {
  const plan = await app.plans.get(planId);
  if (!plan) return [];
  // The demo has no bot of its own: the slides' link and QR code name a placeholder bot.
  const botUsername = process.env['BOT_USERNAME'] || DEMO_BOT_USERNAME;
  const deps = { translator: app.translator, links: joinLinks({ botUsername }), botUsername, forumName: 'Forum of Influencers' };
  const files: string[] = [];
  for (const slide of await planSlides(deps, plan, { code: DEMO_INFLUENCER.code, language: 'en' })) {
    const file = path.join(dir, `forum-pledge-bot-${slide.filename}`);
    await writeFile(file, slide.png);
    files.push(file);
  }
  const intro = `🎬 The influencer's end-of-video slides (/kit on Telegram), linking to @${botUsername}:`;
  return files.length ? [`${intro}\n${files.map((f) => `📈 ${f}`).join('\n')}`] : [];
}
