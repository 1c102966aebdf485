import { QueueVacuum, type Sql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { Queue } from '../queue/index.js';
import { pruneHandled } from './prune.js';

/**
 * Options of {@link Housekeeping}; every tuning value has a default.
 *
 * @example
 * const o: HousekeepingOptions = { sql, log, prunedQueues: ['plan'] };
 */
export interface HousekeepingOptions {
  readonly sql: Sql;
  readonly log: Logger;
  /**
   * Job queues whose finished jobs are deleted after `jobsKeepMs` (default none). Only queues whose
   * dedupe keys cannot come back, or whose handlers check their own state: the keys go with the jobs
   * (see `Queue.prune`).
   */
  readonly prunedQueues?: readonly string[];
  /** How often the prune runs (default 1 hour); the first run is one interval after `start`. */
  readonly intervalMs?: number;
  /** Handled inbox and sent outbox rows are kept this many days (default 7; see `pruneHandled`). */
  readonly keepDays?: number;
  /** Finished jobs of `prunedQueues` are kept this long (default 30 days). */
  readonly jobsKeepMs?: number;
  /** Starts a {@link QueueVacuum} (its own defaults: every 5 s, at 2,000 dead rows) beside (default true). */
  readonly vacuum?: boolean;
}

/**
 * The durable tables' upkeep, started with one call: every hour the handled inbox and sent outbox rows
 * older than a week and the finished jobs of the pruned queues older than 30 days are deleted (one log
 * line with the counts), and a {@link QueueVacuum} keeps the claims' pending indexes free of dead
 * entries. Any number of processes may run it; they only repeat harmless deletes. A failed prune is
 * logged and tried again at the next interval.
 *
 * @example
 * const housekeeping = new Housekeeping({ sql, log, prunedQueues: [PLAN_QUEUE] });
 * housekeeping.start();
 * onStop(() => housekeeping.stop());
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private pruning: Promise<void> | undefined;
  private readonly queues: Queue[];
  private readonly vacuum: QueueVacuum | undefined;

  constructor(private readonly options: HousekeepingOptions) {
    this.queues = (options.prunedQueues ?? []).map((name) => new Queue(options.sql, name));
    this.vacuum =
      options.vacuum === false ? undefined : new QueueVacuum({ sql: options.sql, log: options.log });
  }

  /** Starts the hourly prune and the vacuum. @example housekeeping.start(); */
  start(): void {
    this.timer = setInterval(() => {
      this.pruning ??= this.pruneOnce()
        .then(() => {})
        .finally(() => {
          this.pruning = undefined;
        });
    }, this.options.intervalMs ?? 3_600_000);
    this.vacuum?.start();
  }

  /** Stops both and waits for a prune or vacuum in progress. @example await housekeeping.stop(); */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.pruning, this.vacuum?.stop()]);
  }

  /**
   * One prune (what each interval runs); logs and returns the counts, or undefined when it failed.
   *
   * @example
   * await housekeeping.pruneOnce(); // { updates: 120, messages: 300, jobs: 4 }
   */
  async pruneOnce(): Promise<{ updates: number; messages: number; jobs: number } | undefined> {
    const { sql, log } = this.options;
    const keepDays = this.options.keepDays ?? 7;
    const jobsKeepMs = this.options.jobsKeepMs ?? 30 * 86_400_000;
    try {
      const [pruned, ...jobs] = await Promise.all([
        pruneHandled(sql, keepDays),
        ...this.queues.map((queue) => queue.prune(jobsKeepMs)),
      ]);
      const counts = { ...pruned, jobs: jobs.reduce((a, b) => a + b, 0) };
      log.info(
        `pruned handled inbox and outbox rows (${keepDays} days) and finished jobs of ${
          this.queues.map((q) => q.name).join(', ') || 'no queue'
        } (${Math.round(jobsKeepMs / 86_400_000)} days)`,
        counts,
      );
      return counts;
    } catch (err) {
      log.warn('pruning failed', { err: String(err) });
      return undefined;
    }
  }
}
