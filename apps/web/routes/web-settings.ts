import { z } from 'zod';

const schema = z.object({
  HEALTH_STALE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  WATCHDOG_STALE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(45_000),
  WATCHDOG_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
});

/** The web app's own settings (beyond shared/config). */
export interface WebSettings {
  /** A heartbeat older than this is stale on `/` and `/healthz` (`HEALTH_STALE_MS`, default 60 s). */
  readonly healthStaleMs: number;
  /** The watchdog restarts an app whose heartbeat is older than this (`WATCHDOG_STALE_MS`, default 45 s). */
  readonly watchdogStaleMs: number;
  /** How often the watchdog checks (`WATCHDOG_INTERVAL_MS`, default 5 s). */
  readonly watchdogIntervalMs: number;
}

/** Raised when one of the web app's variables is invalid. */
export class WebSettingsError extends Error {
  override readonly name = 'WebSettingsError';
  constructor(readonly issues: string[]) {
    super(`invalid web settings: ${issues.join('; ')}`);
  }
}

/**
 * Reads HEALTH_STALE_MS, WATCHDOG_STALE_MS and WATCHDOG_INTERVAL_MS (milliseconds).
 *
 * @example
 * loadWebSettings({ HEALTH_STALE_MS: '5000' }).healthStaleMs; // 5000
 */
export function loadWebSettings(env: NodeJS.ProcessEnv = process.env): WebSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new WebSettingsError(parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`));
  }
  return {
    healthStaleMs: parsed.data.HEALTH_STALE_MS,
    watchdogStaleMs: parsed.data.WATCHDOG_STALE_MS,
    watchdogIntervalMs: parsed.data.WATCHDOG_INTERVAL_MS,
  };
}
