/**
 * Exponential retry delay: `baseMs × factor^(attempt − 1)`, capped at `maxMs`, spread by ± `jitter`.
 *
 * @example
 * new Worker(sql, 'vision', handler, { backoff: { baseMs: 5_000, maxMs: 60_000 } });
 */
export interface BackoffOptions {
  /** Delay after the first failure (default 1 000 ms). */
  readonly baseMs?: number;
  /** Growth per further failure (default 2). */
  readonly factor?: number;
  /** Upper bound (default 300 000 ms = 5 min). */
  readonly maxMs?: number;
  /** Random spread as a fraction of the delay, 0…1 (default 0.2 = ±20 %), so retries do not stampede. */
  readonly jitter?: number;
}

/**
 * The defaults of {@link BackoffOptions}.
 *
 * @example
 * DEFAULT_BACKOFF.maxMs; // 300000
 */
export const DEFAULT_BACKOFF: Required<BackoffOptions> = {
  baseMs: 1_000,
  factor: 2,
  maxMs: 300_000,
  jitter: 0.2,
};

/**
 * Milliseconds to wait before the attempt after failed attempt number `attempt` (1-based).
 *
 * @example
 * backoffDelay(1, { jitter: 0 }); // 1000
 * backoffDelay(3, { jitter: 0 }); // 4000
 * backoffDelay(30);               // 240000…300000 (capped at 5 min)
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const { baseMs, factor, maxMs, jitter } = { ...DEFAULT_BACKOFF, ...options };
  const exponential = baseMs * factor ** Math.max(0, attempt - 1);
  const capped = Math.min(maxMs, exponential);
  const spread = capped * Math.min(1, Math.max(0, jitter));
  return Math.round(Math.min(maxMs, Math.max(0, capped - spread + random() * 2 * spread)));
}
