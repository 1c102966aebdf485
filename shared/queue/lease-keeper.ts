import type { Sql } from '../db/index.js';
import { formatError } from './format-error.js';
import { JobLeaseLostError } from './job-lease-lost-error.js';
import { type Lease, renewLeases } from './job-store.js';
import type { QueueLogger } from './queue-logger.js';

/**
 * One attempt a worker is running, as the lease keeper tracks it.
 *
 * @example
 * keeper.add({ lease, controller: new AbortController(), leaseUntil: Date.now() + leaseMs, settled: false, done });
 */
export interface HeldJob {
  readonly lease: Lease;
  readonly controller: AbortController;
  /** Local deadline of the lease (conservative: measured from before the claim/renewal was sent). */
  leaseUntil: number;
  /** The handler returned or threw: its outcome is being written, a lost lease no longer aborts it. */
  settled: boolean;
  /** Settles when the outcome is written (or given up). */
  done: Promise<void>;
}

/**
 * A worker's in-flight jobs and their heartbeat: while any job is held, every `leaseMs/3` one statement
 * extends all their leases; a job this worker no longer holds (taken over after an expiry), or whose lease
 * ran out locally while the database could not be reached, has its signal aborted with `JobLeaseLostError`.
 *
 * @example
 * const keeper = new LeaseKeeper(sql, 'vision', workerId, 30_000, log);
 * keeper.add(held);          // starts the heartbeat
 * keeper.delete(held.lease); // stops it with the last job
 */
export class LeaseKeeper {
  private readonly jobs = new Map<string, HeldJob>();
  private timer: NodeJS.Timeout | undefined;
  private renewing = false;

  constructor(
    private readonly sql: Sql,
    private readonly queue: string,
    private readonly workerId: string,
    private readonly leaseMs: number,
    private readonly log: QueueLogger,
  ) {}

  /** Number of jobs held. */
  get size(): number {
    return this.jobs.size;
  }

  /** The jobs held now. */
  held(): HeldJob[] {
    return [...this.jobs.values()];
  }

  add(job: HeldJob): void {
    this.jobs.set(keyOf(job.lease), job);
    this.timer ??= setInterval(() => void this.renew(), Math.max(10, Math.floor(this.leaseMs / 3)));
  }

  delete(lease: Lease): void {
    this.jobs.delete(keyOf(lease));
    if (this.jobs.size === 0) this.stop();
  }

  /** Stops renewing (the leases of jobs still held then simply expire). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async renew(): Promise<void> {
    if (this.jobs.size === 0) return;
    if (this.renewing) {
      // The previous renewal is stuck (database stalled): give up on leases that have run out meanwhile.
      this.abortOverdue();
      return;
    }
    this.renewing = true;
    const jobs = [...this.jobs.entries()];
    const sentAt = Date.now();
    try {
      const ids = [...new Set(jobs.map(([, job]) => job.lease.id))];
      const rows = await renewLeases(this.sql, ids, this.workerId, this.leaseMs);
      const renewed = new Set(rows.map((row) => keyOf({ id: row.id, attempt: row.attempts })));
      for (const [key, job] of jobs) {
        if (renewed.has(key)) job.leaseUntil = sentAt + this.leaseMs;
        else if (!job.settled) this.lose(job, 'another worker took it over');
      }
    } catch (err) {
      this.log.warn('lease renewal failed', { queue: this.queue, error: formatError(err) });
      this.abortOverdue();
    } finally {
      this.renewing = false;
    }
  }

  private abortOverdue(): void {
    for (const job of this.jobs.values()) {
      if (!job.settled && Date.now() > job.leaseUntil) this.lose(job, 'could not renew it in time');
    }
  }

  private lose(job: HeldJob, detail: string): void {
    const signal = job.controller.signal;
    if (signal.aborted && signal.reason instanceof JobLeaseLostError) return;
    const error = new JobLeaseLostError(job.lease.id, this.queue, this.workerId, detail);
    this.log.warn(error.message, { queue: this.queue, jobId: job.lease.id });
    job.controller.abort(error);
  }
}

function keyOf(lease: Pick<Lease, 'id' | 'attempt'>): string {
  return `${lease.id}:${lease.attempt}`;
}
