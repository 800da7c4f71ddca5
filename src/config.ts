import { z } from 'zod';
import { LANGUAGES } from './core/types.js';
import { quorumRuleSchema } from './forum/quorum-rule.js';

const csv = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes' || v === 'on');

const topicId = /^[a-z0-9_]{1,24}$/;

/** The environment, as parsed once at start. Every variable is documented in README.md. */
const envSchema = z.object({
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC... (from @BotFather)')
    .optional(),
  BOT_USERNAME: z.string().regex(/^[A-Za-z0-9_]{3,64}$/).optional(),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  TELEGRAM_API_ROOT: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, '16-256 characters of A-Z a-z 0-9 _ -')
    .optional(),
  /** Base URL where the bot's HTTP server is reached from outside: the public plan pages live under it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  /** The forum's name as followers know it, on slides and pages. */
  FORUM_NAME: z.string().min(2).max(60).default('Forum of Influencers'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .optional()
    .transform(csv)
    .pipe(z.array(z.string().regex(/^\d{1,20}$/, 'comma-separated numeric Telegram user ids'))),
  TOPICS: z
    .string()
    .optional()
    .transform((s) => (s && s.trim() ? csv(s) : ['uyghur', 'palestine', 'sudan', 'kashmir', 'rohingya']))
    .pipe(z.array(z.string().regex(topicId, 'comma-separated ids of a-z 0-9 _ (max 24 chars)')).min(1)),
  DATA_KEY: z
    .string()
    .refine((s) => Buffer.from(s, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('en'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APPROVALS_REQUIRED: z.coerce.number().int().min(1).max(20).default(2),
  /** The forum's quorum rule, e.g. `max(3, 50%)`: 3, or half of the organisers, whichever is more. Unset: APPROVALS_REQUIRED. */
  QUORUM: quorumRuleSchema.optional(),
  /** Approvals a correction of a published plan needs; unset: as many as a plan (never more). */
  CORRECTION_APPROVALS: z.coerce.number().int().min(1).max(20).optional(),
  /** On: a plan's language version goes out only once a member who speaks it approved it (/review); until then, English. */
  TRANSLATION_REVIEW: bool,
  BROADCAST_RATE: z.coerce.number().min(0.1).max(1000).default(25),
  BROADCAST_PAID: bool,
  PAID_BROADCAST_RATE: z.coerce.number().min(1).max(1000).default(900),
  REMINDER_MAX: z.coerce.number().int().min(0).max(10).default(2),
  WHATSAPP_ENABLED: bool,
  WHATSAPP_NUMBER: z
    .string()
    .regex(/^\d{6,15}$/, 'international number, digits only (e.g. 447700900123)')
    .optional(),
  WHATSAPP_PER_MINUTE: z.coerce.number().min(0.1).max(60).default(8),
  WHATSAPP_DAILY_CAP: z.coerce.number().int().min(1).max(100000).default(1000),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  WHATSAPP_JITTER: z.coerce.number().min(0).max(0.9).default(0.3),
  CONSOLE_CHAT_ID: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, '1-40 characters of A-Z a-z 0-9 _ -').default('console-1'),
});

export type Config = z.output<typeof envSchema>;

/** Raised when the environment is invalid; its message lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once. Empty strings count as unset, so `FOO=` in a .env file is harmless. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const cfg = parsed.data;
  const extra: string[] = [];
  if (cfg.WEBHOOK_URL && !cfg.BOT_TOKEN) extra.push('WEBHOOK_URL: needs BOT_TOKEN');
  if (cfg.WHATSAPP_ENABLED && !cfg.WHATSAPP_NUMBER)
    extra.push('WHATSAPP_NUMBER: required when WHATSAPP_ENABLED=true (for wa.me join links)');
  if (extra.length) throw new ConfigError(extra);
  return cfg;
}
