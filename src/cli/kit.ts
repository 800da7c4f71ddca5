/**
 * Writes an influencer's video kit for an open plan to a folder: both slides and the
 * description block, in the influencer's language (or --lang):
 *
 *   npm run kit -- <influencer code> [plan id] [--lang ar] [--out kit]
 *
 * Only public things go in a kit (the plan and the join links), so no organiser token is asked.
 * Uses MONGODB_URI, or the local server a running bot started for DATA_DIR (or starts one when no
 * bot is running), like the other CLIs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.js';
import { joinLinks } from '../core/join-links.js';
import { LANGUAGES } from '../core/types.js';
import { MongoAudienceStore } from '../db/audience-store.js';
import { models } from '../db/models.js';
import { openDatabase } from '../db/open-database.js';
import { MongoPlanStore } from '../db/plan-store.js';
import { localesDir } from '../app.js';
import { loadTranslator } from '../i18n/translator.js';
import { openPlans } from '../kit/kit-command.js';
import { descriptionBlock, planSlides } from '../kit/plan-kit.js';
import { silentLogger } from '../logger.js';

const USAGE = 'usage: npm run kit -- <influencer code> [plan id] [--lang en] [--out kit]';

class UsageError extends Error {
  override name = 'UsageError';
}

const options = z.object({ lang: z.enum(LANGUAGES).optional(), out: z.string().min(1).default('kit') });

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { lang: { type: 'string' }, out: { type: 'string' } } });
  const opts = options.safeParse(values);
  if (!opts.success) throw new UsageError(opts.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const [code, planId] = positionals;
  if (!code) throw new UsageError('which influencer? give their code');
  const config = loadConfig();
  const database = await openDatabase(config.MONGODB_URI, resolve(config.DATA_DIR), silentLogger);
  try {
    const db = models(database.conn);
    const influencer = await new MongoAudienceStore(db).get(code.toLowerCase());
    if (!influencer) throw new UsageError(`no influencer with the code "${code}" (see npm run influencer -- list)`);
    const open = await openPlans(new MongoPlanStore(db));
    const plan = planId ? open.find((p) => p.id === planId) : open[0];
    if (!plan) throw new UsageError(open.length ? `no open plan "${planId}"; open plans: ${open.map((p) => p.id).join(', ')}` : 'no plan is open right now');
    const deps = {
      translator: loadTranslator(localesDir()),
      links: joinLinks({ botUsername: config.BOT_USERNAME, whatsappNumber: config.WHATSAPP_NUMBER }),
      botUsername: config.BOT_USERNAME,
      forumName: config.FORUM_NAME,
      publicUrl: config.PUBLIC_URL,
    };
    const who = { code: influencer.code, language: opts.data.lang ?? influencer.language };
    const out = resolve(opts.data.out);
    mkdirSync(out, { recursive: true });
    for (const slide of await planSlides(deps, plan, who)) {
      writeFileSync(join(out, slide.filename), slide.png);
      console.log(`wrote ${join(out, slide.filename)}`);
    }
    const text = join(out, `${plan.id}-${who.code}-description.txt`);
    writeFileSync(text, `${descriptionBlock(deps, plan, who)}\n`);
    console.log(`wrote ${text}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(64);
  }
  console.error('kit failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
