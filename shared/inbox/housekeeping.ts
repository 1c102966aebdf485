import { QueueVacuum, type Sql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { Queue } from '../queue/index.js';
import { pruneHandled } from './prune.js';

/**
 * A queue pruned with its own retention instead of `jobsKeepMs`.
 *
 * @example
 * const vision: PrunedQueue = { name: 'vision', keepMs: 90 * 86_400_000 };
 */
export interface PrunedQueue {
  readonly name: string;
  readonly keepMs: number;
}

/**
 * Another owner's table pruned on the same hourly beat (the owner writes the delete; housekeeping only
 * schedules it and logs the count).
 *
 * @example
 * const p: Pruner = { name: 'reminder deliveries', keepMs: 30 * 86_400_000, prune: (ms) => pruneFinishedDeliveries(sql, ms) };
 */
export interface Pruner {
  readonly name: string;
  readonly keepMs: number;
  prune(olderThanMs: number): Promise<number>;
}

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
   * (see `Queue.prune`). A `{ name, keepMs }` entry has its own retention.
   */
  readonly prunedQueues?: readonly (string | PrunedQueue)[];
  /** Other tables' prunes run on the same beat (default none), e.g. sent reminder deliveries. */
  readonly pruners?: readonly Pruner[];
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
  private readonly queues: { queue: Queue; keepMs: number | undefined }[];
  private readonly vacuum: QueueVacuum | undefined;

  constructor(private readonly options: HousekeepingOptions) {
    this.queues = (options.prunedQueues ?? []).map((entry) =>
      typeof entry === 'string'
        ? { queue: new Queue(options.sql, entry), keepMs: undefined }
        : { queue: new Queue(options.sql, entry.name), keepMs: entry.keepMs },
    );
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
   * await housekeeping.pruneOnce(); // { updates: 120, messages: 300, jobs: 4, other: 0 }
   */
  async pruneOnce(): Promise<{ updates: number; messages: number; jobs: number; other: number } | undefined> {
    const { sql, log } = this.options;
    const keepDays = this.options.keepDays ?? 7;
    const jobsKeepMs = this.options.jobsKeepMs ?? 30 * 86_400_000;
    try {
      const pruners = this.options.pruners ?? [];
      const [pruned, jobs, other] = await Promise.all([
        pruneHandled(sql, keepDays),
        Promise.all(this.queues.map(({ queue, keepMs }) => queue.prune(keepMs ?? jobsKeepMs))),
        Promise.all(pruners.map((p) => p.prune(p.keepMs))),
      ]);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const counts = { ...pruned, jobs: sum(jobs), other: sum(other) };
      const days = (ms: number) => `${Math.round(ms / 86_400_000)} days`;
      const retained = [
        ...this.queues.map(({ queue, keepMs }) => `${queue.name} jobs ${days(keepMs ?? jobsKeepMs)}`),
        ...pruners.map((p) => `${p.name} ${days(p.keepMs)}`),
      ];
      log.info(
        `pruned handled inbox and outbox rows (${keepDays} days)${retained.length ? `, ${retained.join(', ')}` : ''}`,
        counts,
      );
      return counts;
    } catch (err) {
      log.warn('pruning failed', { err: String(err) });
      return undefined;
    }
  }
}
