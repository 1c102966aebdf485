// Small helpers shared by the queue tests (test/integration/queue*.test.ts).
import type { Sql } from '../../shared/db/index.js';
import type { QueueLogger } from '../../shared/queue/index.js';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns a truthy value (returned) or `timeoutMs` passes (throws, naming `what`).
 * A generous timeout only bounds a hang; it is not a speed assertion.
 *
 * @example
 * await waitFor('job completed', async () => (await queue.getJob(id))?.status === 'completed');
 */
export async function waitFor<V>(
  what: string,
  check: () => Promise<V> | V,
  timeoutMs = 15_000,
  intervalMs = 20,
): Promise<NonNullable<V>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<V>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(intervalMs);
  }
}

/** A log line kept by {@link memoryLogger}. */
export interface LogEntry {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly meta?: Record<string, unknown>;
}

/**
 * A QueueLogger that keeps every line, so tests can assert on warnings without printing them.
 *
 * @example
 * const log = memoryLogger();
 * new Worker(sql, 'q', handler, { log });
 * log.entries.some((e) => e.level === 'warn');
 */
export function memoryLogger(): QueueLogger & { readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (message: string, meta?: Record<string, unknown>): void => {
      entries.push({ level, message, meta });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * Creates the table where test handlers record their side effects (one row per handler run).
 *
 * @example
 * await createEffectsTable(db.sql);
 * await sql`insert into queue_test_effects (job_id, worker_id, attempt, phase) values (1, 'w', 1, 'start')`;
 */
export async function createEffectsTable(sql: Sql): Promise<void> {
  await sql`
    create table if not exists queue_test_effects (
      id bigserial primary key,
      job_id bigint not null,
      worker_id text not null,
      attempt integer not null,
      phase text not null,
      at timestamptz not null default now()
    )`;
}
