import { newLeaseOwner } from './lease-owner.js';
import { Wakeup } from './wakeup.js';

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Options of {@link LeaseLoop}. The loop knows no table: claiming, processing and recording are the
 * `pass`; taking over a dead predecessor's leases is `takeOver` (usually `lapseDeadLocalLeases`).
 *
 * @example
 * const o: LeaseLoopOptions = { pollMs: 2_000, pass: async (owner) => false, onError: console.error };
 */
export interface LeaseLoopOptions {
  /** Prefix of the owner id (`[prefix:]host:pid:random`; default none). */
  readonly ownerPrefix?: string;
  /** Passes running at once, each in its own loop (default 1). They share the wake-ups. */
  readonly loops?: number;
  /** Longest wait for a wake-up after a pass that found nothing: the poll that covers a lost NOTIFY. */
  readonly pollMs: number;
  /**
   * Runs once at start, before the first pass: a process restarted on this host makes what its killed
   * predecessor had leased claimable now instead of after the lease (see `lapseDeadLocalLeases`).
   */
  readonly takeOver?: () => Promise<unknown>;
  /** Subscribes to wake-ups at start (e.g. LISTEN on the table's channel); returns the unsubscribe. */
  readonly listen?: (wake: () => void) => Promise<() => Promise<void>>;
  /**
   * One pass: claim a batch under a lease owned by `owner`, process it (or start processing it), record
   * the outcomes (releasing or lapsing the leases). Its result says when the next pass comes at the
   * latest, a wake-up always bringing it sooner: `true` (found work) at once, `false` (nothing due) after
   * `pollMs`, a number of milliseconds (e.g. until the next row falls due) after that long, capped at
   * `pollMs`.
   */
  readonly pass: (owner: string) => Promise<boolean | number>;
  /** A pass that threw (e.g. the database went away); the loop waits `pollMs` and tries again. */
  readonly onError: (err: unknown) => void;
}

/**
 * The claim loop of a leased table: wait for a wake-up or the poll interval → claim a batch under a
 * lease owned by `host:pid:random` → process → record → again, until {@link stop}.
 *
 * **Delivery is at-least-once.** A claim is a short committed statement that sets the lease (`locked_by`
 * = {@link owner}, `locked_until`); the work happens after it. A process that dies after claiming leaves
 * rows with a lease nobody renews or releases: once it runs out — or at once, when the process restarts on
 * the same host and `takeOver` sees the owner's pid gone — any loop claims them again, so their work may
 * run twice. Exactly-once effects therefore come from each pass, never from the loop: the inbox applies
 * an update and marks it processed in one transaction that checks it is still pending; the outbox and
 * the reminders flag a re-send after an unrecorded call as a possible duplicate; job handlers are
 * idempotent. Leases of live processes and of other hosts always run their course. Renewing is the
 * pass's business too: the job queue renews the leases of running jobs (its `LeaseKeeper`), while the
 * inbox and the outbox keep each pass shorter than their lease (the outbox aborts a Bot API call at half).
 *
 * Wake-ups (`wake()`, e.g. from NOTIFY or a local commit) are never lost: one that arrives while a pass
 * runs makes the next wait return at once (see {@link Wakeup}). `stop()` lets the passes in progress
 * finish (their outcomes are recorded), then unsubscribes.
 *
 * @example
 * const loop = new LeaseLoop({
 *   pollMs: 2_000,
 *   takeOver: () => lapseDeadLocalLeases(sql, 'outgoing_messages', sql`status = 'pending'`, { log }),
 *   listen: async (wake) => { const l = await sql.listen('outbox', wake); return () => l.unlisten(); },
 *   pass: (owner) => sendBatch(owner),
 *   onError: (err) => log.error('outbox pass failed', { err: String(err) }),
 * });
 * await loop.start(); … loop.wake(); … await loop.stop();
 */
export class LeaseLoop {
  /** `[prefix:]host:pid:random`, stored in `locked_by` with each claim's lease. */
  readonly owner: string;
  private readonly wakeup = new Wakeup();
  private running = false;
  private stopped = false;
  private loops: Promise<void>[] = [];
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly options: LeaseLoopOptions) {
    this.owner = newLeaseOwner(options.ownerPrefix);
  }

  /** Takes over dead local leases, subscribes, then starts the loops. @example await loop.start(); */
  async start(): Promise<void> {
    if (this.stopped) return;
    this.running = true;
    await this.options.takeOver?.();
    this.unlisten = await this.options.listen?.(() => this.wake());
    // A stop() that came while starting: its loops would never be awaited nor its listener removed.
    if (!this.running) {
      await this.unlisten?.().catch(() => {});
      return;
    }
    this.loops = Array.from({ length: this.options.loops ?? 1 }, () => this.run());
  }

  /** There may be work: a waiting loop passes now, a busy one right after. @example loop.wake(); */
  wake(): void {
    this.wakeup.wake();
  }

  /**
   * Stops passing (for good: a later `start` does nothing), waits for the passes in progress, unsubscribes.
   *
   * @example
   * await loop.stop();
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.running = false;
    this.wake();
    await Promise.all(this.loops);
    await this.unlisten?.().catch(() => {});
  }

  private async run(): Promise<void> {
    const { pollMs } = this.options;
    while (this.running) {
      let next: boolean | number = false;
      this.wakeup.consume();
      try {
        next = await this.options.pass(this.owner);
      } catch (err) {
        this.options.onError(err);
      }
      const waitMs = next === true ? 0 : next === false ? pollMs : Math.min(next, pollMs);
      // setTimeout fires at once past 2^31-1 ms: a huge poll interval must not become a busy loop.
      if (waitMs > 0 && this.running) await this.wakeup.sleep(Math.min(waitMs, MAX_TIMER_MS));
    }
  }
}
