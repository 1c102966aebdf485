import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import {
  appSettings,
  appSettingsShape,
  type HealthSettings,
  type ReminderSettings,
  type SandboxSettings,
  type VisionSettings,
} from './app-settings.js';
import { ConfigError } from './config-error.js';

/** Exit code for an invalid configuration; PM2 is told not to restart on it (`stop_exit_codes`). */
export const CONFIG_EXIT_CODE = 78; // EX_CONFIG from sysexits.h

const TOKEN_PATTERN = /^\d+:[A-Za-z0-9_-]{30,}$/;
/** The sandbox takes tokens of Telegram's exact shape (shared/telegram-sandbox `parseBotToken`). */
const SANDBOX_TOKEN_PATTERN = /^\d{1,20}:[A-Za-z0-9_-]{35}$/;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    TELEGRAM_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(TOKEN_PATTERN, 'must look like 123456789:AAE... (the token BotFather gave you)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: 'must be a URL such as https://api.telegram.org' }).optional(),
    ),
    SANDBOX_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(SANDBOX_TOKEN_PATTERN, 'must look like 123456:<35 of A-Za-z0-9_-> (npm start generates one)')
        .optional(),
    ),
    TELEGRAM_MODE: z.enum(['polling', 'webhook'], { error: 'must be polling or webhook' }).default('polling'),
    WEBHOOK_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: 'must be a public https URL' }).optional(),
    ),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: 'must be a URL such as https://api.openai.com/v1' }).optional(),
    ),
    OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o'),
    OPENAI_VISION_MODEL: z.string().trim().min(1).default('gpt-4o'),
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
    POLL_TIMEOUT_SEC: z.coerce.number().int().min(0).max(50).default(25),
    POLLER_LOCK_STALE_MS: z.coerce.number().int().min(2_000).max(300_000).default(15_000),
    PUBLIC_URL: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: 'must be a URL such as https://coach.example.com' }).optional(),
    ),
    PORT: port(3000),
    WEB_HOST: z.string().trim().min(1).default('127.0.0.1'),
    STATUS_TOKEN: optionalString.pipe(
      z.string().min(16, 'must be at least 16 characters (e.g. openssl rand -hex 24)').optional(),
    ),
    SANDBOX_PORT: port(8081),
    LOG_DIR: z.string().trim().min(1).default('logs'),
    LOG_LEVEL: z
      .enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'], {
        error: 'must be one of error, warn, info, http, verbose, debug, silly',
      })
      .default('info'),
    DATA_DIR: z.string().trim().min(1).default('data'),
    ...appSettingsShape,
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_MODE === 'webhook' && !env.WEBHOOK_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'is required when TELEGRAM_MODE=webhook (the public https URL Telegram posts updates to)',
      });
    }
    if (env.TELEGRAM_MODE === 'webhook' && !env.STATUS_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['STATUS_TOKEN'],
        message:
          'is required when TELEGRAM_MODE=webhook: the web app faces the internet, so the status page, ' +
          '/metrics and health details must need a token (e.g. STATUS_TOKEN=$(openssl rand -hex 24))',
      });
    }
  });

/** The validated, typed configuration every app receives. */
export interface Config {
  readonly env: z.infer<typeof envSchema>['NODE_ENV'];
  /** `undefined` → embedded PostgreSQL under `DATA_DIR/pg`. */
  readonly databaseUrl: string | undefined;
  readonly telegram: {
    /** The bot token: `TELEGRAM_BOT_TOKEN`, or in local mode the sandbox's (`SANDBOX_BOT_TOKEN`). */
    readonly token: string | undefined;
    /** True when `TELEGRAM_BOT_TOKEN` is unset: the bot talks to the local sandbox. */
    readonly local: boolean;
    readonly apiRoot: string;
    readonly mode: 'polling' | 'webhook';
    readonly webhookUrl: string | undefined;
    /** getUpdates long-poll timeout (s); PM2's kill_timeout for bot-poller exceeds it. */
    readonly pollTimeoutSec: number;
    /** A poller lock file older than this belongs to a dead process (bounds takeover time). */
    readonly pollerLockStaleMs: number;
  };
  readonly openai: {
    readonly apiKey: string | undefined;
    readonly baseUrl: string | undefined;
    readonly model: string;
    readonly visionModel: string;
    readonly timeoutMs: number;
  };
  readonly port: number;
  readonly web: {
    /** Interface the web app listens on (`WEB_HOST`, default 127.0.0.1: only this machine). */
    readonly host: string;
    /**
     * `STATUS_TOKEN`: when set, `/`, `/metrics`, `/chat` and health details need it (bearer or basic
     * auth); required in webhook mode.
     */
    readonly statusToken: string | undefined;
  };
  /** Where runners reach the web app (calendar feeds): `PUBLIC_URL`, default `http://localhost:PORT`; no trailing `/`. */
  readonly publicUrl: string;
  readonly sandboxPort: number;
  readonly logDir: string;
  readonly logLevel: string;
  readonly dataDir: string;
  readonly health: HealthSettings;
  readonly vision: VisionSettings;
  readonly reminders: ReminderSettings;
  readonly sandbox: SandboxSettings;
  /** Values that must never appear in logs or on pages. */
  readonly secrets: readonly string[];
}

const HINTS: Record<string, string> = {
  DATABASE_URL: 'unset it to use the embedded database',
  TELEGRAM_BOT_TOKEN: 'unset it to use the local sandbox',
  PORT: 'for example PORT=3000',
  SANDBOX_PORT: 'for example SANDBOX_PORT=8081',
};

/**
 * Reads and validates the configuration from an environment object.
 * Throws a {@link ConfigError} listing every problem at once.
 *
 * @example
 * const config = loadConfig(process.env);
 * console.log(config.port); // 3000
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const hint = HINTS[name] ? ` (${HINTS[name]})` : '';
      return { variable: name, message: `${name} ${issue.message}${hint}` };
    });
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(process.cwd(), dir));
  // Passwords inside URLs are redacted by pattern anyway; the bare value is added only when it is long
  // enough not to be an ordinary word (the embedded cluster's "postgres" would blank every path).
  const dbPassword = passwordOf(env.DATABASE_URL);
  const secrets = [
    env.TELEGRAM_BOT_TOKEN,
    env.SANDBOX_BOT_TOKEN,
    env.OPENAI_API_KEY,
    env.STATUS_TOKEN,
    dbPassword && dbPassword.length >= 12 ? dbPassword : undefined,
  ].filter((value): value is string => typeof value === 'string' && value.length >= 4);
  return {
    env: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    telegram: {
      token: env.TELEGRAM_BOT_TOKEN ?? env.SANDBOX_BOT_TOKEN,
      local: env.TELEGRAM_BOT_TOKEN === undefined,
      apiRoot: (
        env.TELEGRAM_API_ROOT ??
        (env.TELEGRAM_BOT_TOKEN ? 'https://api.telegram.org' : `http://127.0.0.1:${env.SANDBOX_PORT}`)
      ).replace(/\/+$/, ''),
      mode: env.TELEGRAM_MODE,
      webhookUrl: env.WEBHOOK_URL,
      pollTimeoutSec: env.POLL_TIMEOUT_SEC,
      pollerLockStaleMs: env.POLLER_LOCK_STALE_MS,
    },
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      visionModel: env.OPENAI_VISION_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
    },
    port: env.PORT,
    web: { host: env.WEB_HOST, statusToken: env.STATUS_TOKEN },
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    sandboxPort: env.SANDBOX_PORT,
    logDir: absolute(env.LOG_DIR),
    logLevel: env.LOG_LEVEL,
    dataDir: absolute(env.DATA_DIR),
    ...appSettings(env),
    secrets,
  };
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
