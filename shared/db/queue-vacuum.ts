import type { Logger } from '../log/index.js';
import type { Sql } from './client.js';

/** The tables every claim walks: their partial "pending" indexes must not fill up with dead entries. */
export const QUEUE_TABLES = ['telegram_updates', 'outgoing_messages', 'jobs'] as const;

export interface QueueVacuumOptions {
  readonly sql: Sql;
  readonly log: Logger;
  /** Tables to watch (default {@link QUEUE_TABLES}). */
  readonly tables?: readonly string[];
  /** A table is vacuumed once it has at least this many dead rows (default 2,000). */
  readonly deadRows?: number;
  /** How often the dead-row counts are checked (default 5 s). */
  readonly intervalMs?: number;
}

/**
 * Vacuums the queue tables as soon as they collect dead rows, instead of waiting for autovacuum.
 *
 * Why: every claim of the inbox, the outbox and the job queue finds the oldest live row per chat (or
 * queue) through a partial index on the pending rows. Each row handled leaves a dead entry at the front
 * of that index, where every later claim walks past it until a vacuum removes it. Autovacuum looks at a
 * database at most once a minute (autovacuum_naptime, a server-wide setting); under load that is tens of
 * thousands of dead entries, and claims got ten times slower. A vacuum of these tables costs a few
 * milliseconds (`skip_locked`: it never waits for a lock). Any number of processes may run one; they
 * only repeat harmless work.
 *
 * @example
 * const vacuum = new QueueVacuum({ sql, log });
 * vacuum.start(); … vacuum.stop();
 */
export class QueueVacuum {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Vacuums run since start (tests and logs). */
  vacuums = 0;

  constructor(private readonly options: QueueVacuumOptions) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .then(() => {})
        .catch((err: unknown) => {
          this.options.log.warn('queue vacuum failed', { err: String(err) });
        })
        .finally(() => {
          this.running = undefined;
        });
    }, this.options.intervalMs ?? 5_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Vacuums each watched table that has collected enough dead rows; returns the tables vacuumed. */
  async runOnce(): Promise<string[]> {
    const { sql } = this.options;
    const tables = [...(this.options.tables ?? QUEUE_TABLES)];
    const due = await sql<{ relname: string }[]>`
      select relname from pg_stat_user_tables
      where relname = any(${tables}) and n_dead_tup >= ${this.options.deadRows ?? 2_000}`;
    for (const { relname } of due) {
      // Identifiers cannot be parameters; relname comes from our own fixed list, checked above.
      if (!tables.includes(relname)) continue;
      await sql.unsafe(`vacuum (skip_locked, index_cleanup on) ${relname}`);
      this.vacuums++;
    }
    return due.map((d) => d.relname);
  }
}
