import type { AppOptions } from './app.js';
import type { Config } from './config.js';

/**
 * What the configuration decides about the app, for the bot and every CLI alike: the causes,
 * the default language, the forum's quorum rules, translation review, reminders, the names and
 * links. A CLI that built its own list drifted from the bot (a correction's quorum, the
 * translation hold); each caller adds only its connection, key, log and channels.
 */
export function configuredAppOptions(config: Config): Omit<AppOptions, 'conn' | 'dataKey' | 'log'> {
  return {
    topics: config.TOPICS,
    defaultLanguage: config.DEFAULT_LANGUAGE,
    approvalsRequired: config.APPROVALS_REQUIRED,
    quorum: config.QUORUM,
    organiserIds: config.ADMIN_TELEGRAM_IDS,
    correctionApprovals: config.CORRECTION_APPROVALS,
    translationReview: config.TRANSLATION_REVIEW,
    reminderMax: config.REMINDER_MAX,
    whatsappNumber: config.WHATSAPP_NUMBER,
    forumName: config.FORUM_NAME,
    publicUrl: config.PUBLIC_URL,
  };
}
