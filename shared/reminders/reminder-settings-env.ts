import { z } from 'zod';
import { ConfigError } from '../config/index.js';

const envSchema = z.object({
  REMINDER_RATE: z.coerce.number().positive().max(100_000).default(30),
  REMINDER_CHAT_RATE: z.coerce.number().positive().max(100).default(1),
  REMINDER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  REMINDER_TICK_CRON: z.string().trim().min(9).default('*/10 * * * * *'),
  REMINDER_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  REMINDER_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  REMINDER_LOOKBACK_DAYS: z.coerce.number().int().min(1).max(14).default(1),
  REMINDER_NOW_OFFSET_MS: z.coerce.number().int().default(0),
});

/**
 * The reminder app's own settings (environment, validated with zod).
 *
 * @example
 * const s: ReminderSettings = loadReminderSettings({ REMINDER_RATE: '30' });
 */
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

/**
 * Reads `REMINDER_*` variables; throws a {@link ConfigError} listing every problem.
 *
 * @example
 * const settings = loadReminderSettings(process.env);
 */
export function loadReminderSettings(env: NodeJS.ProcessEnv = process.env): ReminderSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? 'environment');
        return { variable, message: `${variable} ${issue.message}` };
      }),
    );
  }
  const e = parsed.data;
  return {
    rate: e.REMINDER_RATE,
    chatRate: e.REMINDER_CHAT_RATE,
    concurrency: e.REMINDER_CONCURRENCY,
    tickCron: e.REMINDER_TICK_CRON,
    leaseMs: e.REMINDER_LEASE_MS,
    maxAttempts: e.REMINDER_MAX_ATTEMPTS,
    backoffMs: e.REMINDER_BACKOFF_MS,
    lookbackDays: e.REMINDER_LOOKBACK_DAYS,
    nowOffsetMs: e.REMINDER_NOW_OFFSET_MS,
  };
}
