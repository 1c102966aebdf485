import { z } from 'zod';

/** An empty variable counts as unset, so it takes the default (z.coerce would read '' as 0). */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const nonNegative = () =>
  z.coerce.number({ error: 'must be a number' }).min(0, 'must be a number ≥ 0').max(1_000_000);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * Tuning variables of single apps, validated with the rest of the environment (so an invalid value is
 * reported with every other problem and exits 78, never a restart loop). All optional.
 */
export const appSettingsShape = {
  HEALTH_STALE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  WATCHDOG_STALE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(45_000),
  WATCHDOG_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  STATUS_TOTALS_MAX_AGE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  VISION_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  VISION_MAX_PENDING_PER_USER: z.coerce.number().int().min(1).max(50).default(3),
  VISION_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  VISION_PROGRESS_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
  REMINDER_RATE: z.coerce.number().positive().max(100_000).default(30),
  REMINDER_CHAT_RATE: z.coerce.number().positive().max(100).default(1),
  REMINDER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  REMINDER_TICK_CRON: z.string().trim().min(9).default('*/10 * * * * *'),
  REMINDER_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  REMINDER_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  REMINDER_LOOKBACK_DAYS: z.coerce.number().int().min(1).max(14).default(1),
  REMINDER_NOW_OFFSET_MS: z.coerce.number().int().default(0),
  SANDBOX_HOST: z.preprocess(unsetIfEmpty, z.string().trim().min(1).default('127.0.0.1')),
  SANDBOX_GLOBAL_RATE: z.preprocess(unsetIfEmpty, nonNegative().default(30)),
  SANDBOX_GLOBAL_BURST: z.preprocess(unsetIfEmpty, nonNegative().optional()),
  SANDBOX_CHAT_RATE: z.preprocess(unsetIfEmpty, nonNegative().default(1)),
  SANDBOX_CHAT_BURST: z.preprocess(unsetIfEmpty, nonNegative().default(3)),
  SANDBOX_BOT_USERNAME: optionalText,
  SANDBOX_BOT_NAME: optionalText,
};

type Env = z.infer<z.ZodObject<typeof appSettingsShape>> & {
  readonly SANDBOX_PORT: number;
  readonly SANDBOX_BOT_TOKEN?: string | undefined;
};

/** The web app's health and watchdog settings. @example config.health.staleMs // 60000 */
export interface HealthSettings {
  /** A heartbeat older than this is stale on `/` and `/healthz` (`HEALTH_STALE_MS`, default 60 s). */
  readonly staleMs: number;
  /** The watchdog restarts an app whose heartbeat is older than this (`WATCHDOG_STALE_MS`, default 45 s). */
  readonly watchdogStaleMs: number;
  /** How often the watchdog checks (`WATCHDOG_INTERVAL_MS`, default 5 s). */
  readonly watchdogIntervalMs: number;
  /**
   * How old the whole-table totals (updates processed, messages sent, users…) on `/`, `/healthz` and
   * `/metrics` may be (`STATUS_TOTALS_MAX_AGE_MS`, default 60 s). The backlog figures are always fresh.
   */
  readonly totalsMaxAgeMs: number;
}

/** Vision tuning. @example config.vision.concurrency // 2 */
export interface VisionSettings {
  /** Screenshots analysed at once by one vision process (`VISION_CONCURRENCY`, default 2). */
  readonly concurrency: number;
  /** Screenshots one runner may have waiting (`VISION_MAX_PENDING_PER_USER`, default 3). */
  readonly maxPendingPerUser: number;
  /**
   * Job lease (`VISION_LEASE_MS`, default 120 000): how soon a job of a process killed for good runs again
   * on another host (vision restarted on the same host takes its jobs over at once).
   */
  readonly leaseMs: number;
  /** When a slow analysis starts showing progress (`VISION_PROGRESS_MS`, default 8 000). */
  readonly progressAfterMs: number;
}

/** The reminder app's settings. @example config.reminders.rate // 30 */
export interface ReminderSettings {
  /** Global messages per second (`REMINDER_RATE`, default 30: Telegram's bulk limit). */
  readonly rate: number;
  /** Messages per second to one chat (`REMINDER_CHAT_RATE`, default 1). */
  readonly chatRate: number;
  /** Telegram calls in flight at once (`REMINDER_CONCURRENCY`, default max(4, rate / 10)). */
  readonly concurrency: number | undefined;
  /** node-schedule cron with seconds (`REMINDER_TICK_CRON`, default every 10 s). */
  readonly tickCron: string;
  /** Claim lease (`REMINDER_LEASE_MS`, default 30 s): a dead sender's claims are taken over after it. */
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  /** How many days back missed reminders are looked for, to be counted stale (default 1). */
  readonly lookbackDays: number;
  /** Shifts the app's clock (`REMINDER_NOW_OFFSET_MS`; tests and demos, default 0). */
  readonly nowOffsetMs: number;
}

/** The local Bot API sandbox app's settings (`npm run sandbox`, PM2 app `sandbox`). @example config.sandbox.port // 8081 */
export interface SandboxSettings {
  /** Port (`SANDBOX_PORT`, default 8081; the other apps' API root in local mode). */
  readonly port: number;
  /** Interface to listen on (`SANDBOX_HOST`, default 127.0.0.1). */
  readonly host: string;
  /** The bot's token (`SANDBOX_BOT_TOKEN`; `npm start` keeps one in DATA_DIR, else one is generated). */
  readonly token: string | undefined;
  /** The bot's username and display name (`SANDBOX_BOT_USERNAME`, `SANDBOX_BOT_NAME`; sandbox defaults). */
  readonly botUsername: string | undefined;
  readonly botName: string | undefined;
  /** Telegram's flood limits as the sandbox enforces them (429 with retry_after beyond them). */
  readonly flood: {
    /** Messages per second over all chats (`SANDBOX_GLOBAL_RATE`, default 30). */
    readonly globalRate: number;
    /** Burst over all chats (`SANDBOX_GLOBAL_BURST`, default max(1, the global rate)). */
    readonly globalBurst: number;
    /** Messages per second to one chat (`SANDBOX_CHAT_RATE`, default 1). */
    readonly chatRate: number;
    /** Burst to one chat (`SANDBOX_CHAT_BURST`, default 3). */
    readonly chatBurst: number;
  };
}

/**
 * Maps the validated variables to the per-app settings objects of the {@link Config}.
 *
 * @example
 * const { health, vision, reminders } = appSettings(parsedEnv);
 */
export function appSettings(e: Env): {
  health: HealthSettings;
  vision: VisionSettings;
  reminders: ReminderSettings;
  sandbox: SandboxSettings;
} {
  return {
    health: {
      staleMs: e.HEALTH_STALE_MS,
      watchdogStaleMs: e.WATCHDOG_STALE_MS,
      watchdogIntervalMs: e.WATCHDOG_INTERVAL_MS,
      totalsMaxAgeMs: e.STATUS_TOTALS_MAX_AGE_MS,
    },
    vision: {
      concurrency: e.VISION_CONCURRENCY,
      maxPendingPerUser: e.VISION_MAX_PENDING_PER_USER,
      leaseMs: e.VISION_LEASE_MS,
      progressAfterMs: e.VISION_PROGRESS_MS,
    },
    reminders: {
      rate: e.REMINDER_RATE,
      chatRate: e.REMINDER_CHAT_RATE,
      concurrency: e.REMINDER_CONCURRENCY,
      tickCron: e.REMINDER_TICK_CRON,
      leaseMs: e.REMINDER_LEASE_MS,
      maxAttempts: e.REMINDER_MAX_ATTEMPTS,
      backoffMs: e.REMINDER_BACKOFF_MS,
      lookbackDays: e.REMINDER_LOOKBACK_DAYS,
      nowOffsetMs: e.REMINDER_NOW_OFFSET_MS,
    },
    sandbox: {
      port: e.SANDBOX_PORT,
      host: e.SANDBOX_HOST,
      token: e.SANDBOX_BOT_TOKEN,
      botUsername: e.SANDBOX_BOT_USERNAME,
      botName: e.SANDBOX_BOT_NAME,
      flood: {
        globalRate: e.SANDBOX_GLOBAL_RATE,
        globalBurst: e.SANDBOX_GLOBAL_BURST ?? Math.max(1, e.SANDBOX_GLOBAL_RATE),
        chatRate: e.SANDBOX_CHAT_RATE,
        chatBurst: e.SANDBOX_CHAT_BURST,
      },
    },
  };
}
