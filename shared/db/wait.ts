import type { Sql } from './client.js';

export interface WaitOptions {
  readonly signal?: AbortSignal;
  /** Called before each retry with the error and the delay that follows. */
  readonly onRetry?: (error: unknown, delayMs: number, attempt: number) => void;
  /** Upper bound of the exponential backoff (default 10 s). */
  readonly maxDelayMs?: number;
}

/**
 * Waits until the database answers, retrying with exponential backoff (250 ms doubling, capped), so an app
 * started before its database (PM2 starts all at once) waits instead of crash-looping.
 * Resolves with the round-trip time of the first successful `select 1`; rejects only when aborted.
 *
 * @example
 * await waitForDatabase(sql, { onRetry: (err, ms) => log.warn('database not ready', { err, ms }) });
 */
export async function waitForDatabase(sql: Sql, options: WaitOptions = {}): Promise<number> {
  const maxDelay = options.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const started = performance.now();
    try {
      await sql`select 1`;
      return performance.now() - started;
    } catch (err) {
      const delay = Math.min(maxDelay, 250 * 2 ** Math.min(attempt - 1, 10));
      options.onRetry?.(err, delay, attempt);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        options.signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(options.signal?.reason);
          },
          { once: true },
        );
      });
    }
  }
}
