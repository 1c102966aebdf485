import type { Update } from 'telegraf/types';
import { lapseDeadLocalLeases, type Sql, type TransactionSql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { OutboxWriter } from '../outbox/index.js';
import { LeaseLoop } from '../sync/index.js';
import { INBOX_CHANNEL } from './inbox-store.js';

/**
 * Handles one update inside the transaction that also marks it processed.
 *
 * `prepareBatch`, when present, runs once per batch handled in one transaction, before the batch's
 * handlers, so per-update work can be done in bulk (the bot records every sender with one statement).
 * A handler must still work without it: an update handled alone gets no `prepareBatch` call.
 */
export type UpdateHandler = ((update: Update, tx: TransactionSql, out: OutboxWriter) => Promise<void>) & {
  prepareBatch?: (updates: readonly Update[], tx: TransactionSql) => Promise<void>;
};

export interface UpdateProcessorOptions {
  readonly sql: Sql;
  readonly log: Logger;
  readonly handle: UpdateHandler;
  /** Called for an update that failed `maxAttempts` times, inside the transaction marking it failed. */
  readonly onPoison?: (update: Update, tx: TransactionSql, out: OutboxWriter) => Promise<void>;
  /** Called after each commit that queued outgoing messages (e.g. to kick the local sender). */
  readonly afterCommit?: () => void;
  /**
   * NOTIFY outbox senders when a commit queued messages (default true). False when `afterCommit` wakes
   * this process's own sender: every other sender would only wake up to find nothing to do.
   */
  readonly notifySenders?: boolean;
  /** Claim loops (default 2); each handles up to `batchSize` updates at once, always from different chats. */
  readonly concurrency?: number;
  /**
   * Updates one loop claims and handles together, one after another in one transaction when all succeed
   * (default 16). Larger batches mean fewer statements and commits per update (`npm run bench`: 16 × 2
   * loops beat 8 × 4 and 4 × 4); they also hold the batch's row locks a little longer.
   */
  readonly batchSize?: number;
  /** Attempts before an update is marked failed (default 3). */
  readonly maxAttempts?: number;
  /** A claimed update whose process died is retried after this long (default 5 s). */
  readonly leaseMs?: number;
  /** Poll interval when no NOTIFY arrives (default 2 s). */
  readonly pollMs?: number;
  /** Called with the handler's duration for metrics. */
  readonly onProcessed?: (durationMs: number, outcome: 'processed' | 'failed' | 'retry') => void;
}

interface ClaimedUpdate {
  update_id: number;
  attempts: number;
  payload: Update;
}

/** Rolls back a handler whose update another process finished meanwhile (after this one's lease ran out). */
class AlreadyProcessed extends Error {
  override readonly name = 'AlreadyProcessed';
}

/**
 * Takes updates from the durable inbox and applies each exactly once. Claiming is a short committed
 * statement (attempt counted, lease set) so a poison update cannot loop forever even when it crashes the
 * process; handling runs in one transaction that re-locks the row, checks it is still pending, applies
 * the handler's writes and outbox messages, and marks it processed — all or nothing. A kill -9 anywhere
 * leaves the update pending (retried after its lease, or at once by the process restarted on this host)
 * or processed, never half-applied. Updates of one chat are handled in update_id order, one at a time;
 * different chats run concurrently.
 *
 * @example
 * const processor = new UpdateProcessor({ sql, log, handle: router.handle });
 * await processor.start(); … await processor.stop();
 */
export class UpdateProcessor {
  /** Wait for NOTIFY or the poll → claim a batch → handle it; `concurrency` of them at once. */
  private readonly loop: LeaseLoop;
  /** Updates processed since start (tests and metrics). */
  processedCount = 0;
  /** `host:pid:random`, stored in `locked_by` with each claim's lease. */
  readonly owner: string;

  constructor(private readonly options: UpdateProcessorOptions) {
    const { sql, log } = options;
    this.loop = new LeaseLoop({
      loops: options.concurrency ?? 2,
      pollMs: options.pollMs ?? 2_000,
      // Updates a killed predecessor on this host had claimed run now, not after their lease (attempts
      // still count, so a poison update that kills the process still ends failed).
      takeOver: () => lapseDeadLocalLeases(sql, 'telegram_updates', sql`status = 'pending'`, { log }),
      listen: async (wake) => {
        const listener = await sql.listen(INBOX_CHANNEL, wake);
        return () => listener.unlisten();
      },
      pass: () => this.processNext(),
      onError: (err) => log.error('inbox pass failed', { err: String(err) }),
    });
    this.owner = this.loop.owner;
  }

  async start(): Promise<void> {
    await this.loop.start();
  }

  kick(): void {
    this.loop.wake();
  }

  /** Stops claiming and waits for in-flight handlers to finish. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * Claims up to `batchSize` due updates (each the oldest pending one of its chat, so all from different
   * chats) and handles them: together in one transaction, or, when that fails, each in its own (all at
   * once); false when nothing was due.
   *
   * The candidates are the chats' heads, found by a loose index scan of `(chat_id, update_id)` — one
   * index probe per chat with pending updates. Scanning pending updates in update_id order instead costs
   * the whole backlog whenever fewer than `batchSize` chats are free (the rest are in flight): with a few
   * flooding chats that turned every claim into a scan of thousands of rows. Chat-less updates need no
   * order and are all candidates.
   */
  async processNext(): Promise<boolean> {
    const { sql } = this.options;
    const lease = `${Math.round((this.options.leaseMs ?? 5_000) / 1000)} seconds`;
    const batchSize = this.options.batchSize ?? 16;
    const claimed = await sql<ClaimedUpdate[]>`
      with recursive heads as (
        (select chat_id, update_id from telegram_updates
         where status = 'pending' and chat_id is not null
         order by chat_id, update_id limit 1)
        union all
        select next.chat_id, next.update_id from heads h
        cross join lateral (
          select chat_id, update_id from telegram_updates
          where status = 'pending' and chat_id > h.chat_id
          order by chat_id, update_id limit 1
        ) next
      ), candidates as (
        select update_id from heads
        union all
        (select update_id from telegram_updates
         where status = 'pending' and chat_id is null
         order by update_id limit ${batchSize})
      )
      update telegram_updates t
      set attempts = t.attempts + 1, locked_until = now() + ${lease}::interval, locked_by = ${this.owner}
      where t.update_id in (
        -- "= any(array(…))": a primary-key probe per candidate (as a join, the planner may merge it with
        -- a scan of the whole table in update_id order, which grows with the history kept).
        select u.update_id from telegram_updates u
        where u.update_id = any(array(select update_id from candidates))
          and u.status = 'pending' and (u.locked_until is null or u.locked_until < now())
        order by u.update_id
        limit ${batchSize}
        for update of u skip locked
      )
      returning t.update_id, t.attempts, t.payload`;
    if (claimed.length === 0) return false;
    claimed.sort((a, b) => a.update_id - b.update_id); // `returning` has no order; oldest first
    if (claimed.length > 1 && (await this.handleTogether(claimed))) return true;
    await Promise.all(claimed.map((update) => this.handleClaimed(update)));
    return true;
  }

  /**
   * The fast path: handles a claimed batch one update after another in ONE transaction — one commit,
   * one outbox insert and one "processed" mark for all of them instead of one each. All or nothing: if
   * any handler throws, or another process finished one of them meanwhile, the whole batch rolls back
   * (nothing of it was applied) and false sends every update down the one-by-one path, which isolates
   * the failing one. Handlers only write through their transaction and outbox, so running one twice
   * this way is safe.
   */
  private async handleTogether(claimed: readonly ClaimedUpdate[]): Promise<boolean> {
    const { sql, log } = this.options;
    const durations: number[] = [];
    let queued = 0;
    try {
      await sql.begin(async (tx) => {
        const writers: OutboxWriter[] = [];
        await this.options.handle.prepareBatch?.(
          claimed.map((update) => update.payload),
          tx,
        );
        for (const update of claimed) {
          const started = performance.now();
          const out = new OutboxWriter(tx, update.update_id, this.options.notifySenders ?? true);
          await this.options.handle(update.payload, tx, out);
          writers.push(out);
          durations.push(performance.now() - started);
        }
        const ids = claimed.map((update) => update.update_id);
        // Pipelined: both statements leave in one write and share one round trip.
        const [, marked] = await Promise.all([
          OutboxWriter.flushAll(writers),
          tx`
            update telegram_updates
            set status = 'processed', processed_at = now(), locked_until = null, last_error = null
            where update_id = any(${ids}::bigint[]) and status = 'pending'`,
        ]);
        queued = writers.reduce((n, w) => n + w.written, 0); // sendNow() rows included
        if (marked.count !== claimed.length) throw new AlreadyProcessed(`one of updates ${ids.join(', ')}`);
      });
    } catch (err) {
      log.debug('batch rolled back; handling its updates one by one', { err: String(err) });
      return false;
    }
    this.processedCount += claimed.length;
    for (const ms of durations) this.options.onProcessed?.(ms, 'processed');
    if (queued > 0) this.options.afterCommit?.();
    return true;
  }

  private async handleClaimed(claimed: ClaimedUpdate): Promise<void> {
    const { sql, log } = this.options;
    // This chat's NEXT update becomes a candidate (its head) only after this one is processed, so the
    // lease also keeps per-chat order.
    const started = performance.now();
    const maxAttempts = this.options.maxAttempts ?? 3;
    let queued = 0;
    try {
      await sql.begin(async (tx) => {
        const out = new OutboxWriter(tx, claimed.update_id, this.options.notifySenders ?? true);
        await this.options.handle(claimed.payload, tx, out);
        await out.flush();
        queued = out.written;
        // The "processed" mark is the last statement and the only guard needed: if this handler ran
        // past its lease and another process handled the update meanwhile, the row is no longer pending
        // (the row lock makes us wait for that commit) and everything above rolls back.
        const marked = await tx`
          update telegram_updates
          set status = 'processed', processed_at = now(), locked_until = null, last_error = null
          where update_id = ${claimed.update_id} and status = 'pending'`;
        if (marked.count === 0) throw new AlreadyProcessed(`update ${claimed.update_id}`);
      });
      this.processedCount++;
      this.options.onProcessed?.(performance.now() - started, 'processed');
    } catch (err) {
      if (err instanceof AlreadyProcessed) {
        queued = 0;
        return;
      }
      const poisoned = claimed.attempts >= maxAttempts;
      log.error(
        poisoned ? 'update failed for the last time; marked failed' : 'update handler failed; will retry',
        {
          updateId: claimed.update_id,
          attempt: claimed.attempts,
          err,
        },
      );
      await sql.begin(async (tx) => {
        const out = new OutboxWriter(tx, claimed.update_id, this.options.notifySenders ?? true);
        if (poisoned && this.options.onPoison) {
          await this.options.onPoison(claimed.payload, tx, out).catch(() => {});
        }
        await out.flush();
        queued = out.written;
        await tx`
          update telegram_updates
          set status = ${poisoned ? 'failed' : 'pending'}, last_error = ${String((err as Error)?.message ?? err).slice(0, 2000)},
              locked_until = now() + ${`${claimed.attempts} seconds`}::interval
          where update_id = ${claimed.update_id} and status = 'pending'`;
      });
      this.options.onProcessed?.(performance.now() - started, poisoned ? 'failed' : 'retry');
    }
    if (queued > 0) this.options.afterCommit?.();
  }
}
