import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import { forgetFlow } from '../flows/forget.js';
import { onboardingFlow } from '../flows/onboarding.js';
import { languageFlow, timezoneFlow, topicsFlow } from '../flows/settings.js';
import type { FollowerFlowDeps } from '../flows/steps.js';
import { BotCore } from './core/bot-core.js';
import type { Flow } from './core/flow/flow-io.js';
import { FlowRunner } from './core/flow/flow-runner.js';
import type { Language } from './core/types.js';
import { MongoAudienceStore } from './db/audience-store.js';
import { MongoFlowStateStore } from './db/flow-state-store.js';
import { MongoFollowerStore } from './db/follower-store.js';
import { models, syncIndexes, type Models } from './db/models.js';
import { loadTranslator, type LoadedTranslator } from './i18n/translator.js';
import { AddressVault } from './privacy/address-vault.js';

/** Where the locale files are, wherever the code runs from (src via tsx, or dist). */
export function localesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes('/dist/') ? `${here.split('/dist/')[0]}/locales` : fileURLToPath(new URL('../locales', import.meta.url));
}

export interface AppOptions {
  conn: Connection;
  dataKey: Buffer;
  topics: readonly string[];
  defaultLanguage: Language;
  log: Logger;
}

/** Everything channel-neutral, wired: stores, flows, core. Channels and jobs are added on top. */
export interface App {
  db: Models;
  core: BotCore;
  runner: FlowRunner;
  translator: LoadedTranslator;
  vault: AddressVault;
  followers: MongoFollowerStore;
  audiences: MongoAudienceStore;
}

/** Builds the app on an open connection and makes sure every index exists. */
export async function createApp(opts: AppOptions): Promise<App> {
  const db = models(opts.conn);
  await syncIndexes(db);
  const translator = loadTranslator(localesDir());
  if (translator.errors.length) opts.log.warn({ errors: translator.errors }, 'locale files have errors');
  const vault = new AddressVault(opts.dataKey);
  const followers = new MongoFollowerStore(db);
  const audiences = new MongoAudienceStore(db);
  const flowDeps: FollowerFlowDeps = { followers, topics: opts.topics };
  const flows: Record<string, Flow<never>> = {
    onboarding: onboardingFlow(flowDeps),
    language: languageFlow(flowDeps),
    topics: topicsFlow(flowDeps),
    timezone: timezoneFlow(flowDeps),
    forget: forgetFlow(flowDeps),
  };
  const runner = new FlowRunner(new MongoFlowStateStore(db), translator, flows, opts.log);
  const core = new BotCore({
    followers,
    audiences,
    runner,
    vault,
    translator,
    topics: opts.topics,
    defaultLanguage: opts.defaultLanguage,
    log: opts.log,
  });
  return { db, core, runner, translator, vault, followers, audiences };
}
