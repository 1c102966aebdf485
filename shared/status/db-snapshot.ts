import type { Sql } from '../db/index.js';

/** Aggregates read from the database for the status page, /healthz and /metrics. No personal data. */
export interface DbSnapshot {
  readonly reachable: boolean;
  /** `select 1` round trip in milliseconds. */
  readonly latencyMs: number | undefined;
  /** Why the database is considered down. */
  readonly error: string | undefined;
  readonly inbox: { pending: number; failed: number; processed: number };
  /** When the newest processed update was processed. */
  readonly lastProcessedAt: Date | undefined;
  readonly jobs: ReadonlyArray<{ queue: string; status: string; count: number }>;
  readonly outbox: Readonly<Record<string, number>>;
  readonly users: number;
  readonly activePlans: number;
  readonly workoutsThisWeek: number;
  /** Today's reminder deliveries (the reminder app's `reminder_stats` view). */
  readonly reminders: ReminderFigures;
  /**
   * When the whole-table totals (processed, sent, finished jobs, users, plans, workouts) were counted;
   * undefined when they could not be counted yet. The backlog figures are as of `latencyMs`'s probe.
   */
  readonly totalsAt: Date | undefined;
}

/** Reminder figures for the status page and /metrics. */
export interface ReminderFigures {
  readonly sentToday: number;
  readonly failedToday: number;
  readonly staleToday: number;
  readonly possibleDuplicatesToday: number;
  /** Deliveries due but not yet sent, and how long the oldest has waited. */
  readonly queued: number;
  readonly queueLagSeconds: number;
}

/**
 * What an operator must see fresh: backlogs, failures, the last processed update, reminders. Every query
 * reads a partial index (or the primary key backwards), so its cost follows the backlog, not the history.
 */
export interface LiveFigures {
  readonly latencyMs: number;
  readonly inbox: { pending: number; failed: number };
  readonly lastProcessedAt: Date | undefined;
  /** Pending and running jobs per queue. */
  readonly jobs: ReadonlyArray<{ queue: string; status: string; count: number }>;
  readonly outbox: { pending: number; sending: number; failed: number };
  readonly reminders: ReminderFigures;
}

/** Counts over whole tables (up to the 7 days of inbox/outbox history kept): read rarely, see the reader. */
export interface Totals {
  readonly at: Date;
  readonly processed: number;
  readonly sent: number;
  /** Finished (completed, dead) jobs per queue. */
  readonly jobs: ReadonlyArray<{ queue: string; status: string; count: number }>;
  readonly users: number;
  readonly activePlans: number;
  readonly workoutsThisWeek: number;
}

/** The database did not answer (or a query failed). */
export interface Unreachable {
  readonly reachable: false;
  readonly latencyMs: number | undefined;
  readonly error: string;
}

const NO_REMINDERS: ReminderFigures = {
  sentToday: 0,
  failedToday: 0,
  staleToday: 0,
  possibleDuplicatesToday: 0,
  queued: 0,
  queueLagSeconds: 0,
};

const EMPTY = {
  inbox: { pending: 0, failed: 0, processed: 0 },
  lastProcessedAt: undefined,
  jobs: [],
  outbox: {},
  users: 0,
  activePlans: 0,
  workoutsThisWeek: 0,
  reminders: NO_REMINDERS,
  totalsAt: undefined,
} as const;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function describeDbError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(': ') || String(err);
}

/**
 * Measures the database (`select 1`) and reads the {@link LiveFigures}. Never throws: a failure gives
 * an {@link Unreachable} with the reason.
 *
 * @example
 * const live = await readLiveFigures(sql);
 * if ('error' in live) console.log(live.error);
 */
export async function readLiveFigures(sql: Sql, timeoutMs = 3_000): Promise<LiveFigures | Unreachable> {
  const started = performance.now();
  try {
    await withTimeout(sql`select 1`.execute(), timeoutMs, 'the database');
  } catch (err) {
    return { reachable: false, latencyMs: undefined, error: describeDbError(err) };
  }
  const latencyMs = performance.now() - started;
  try {
    const [countRows, jobRows, reminderRows] = await withTimeout(
      Promise.all([
        // Each filter matches a partial index's predicate exactly (sql/001, sql/009). "sending" = pending
        // with a live lease (see OutboxSender); 'sending' rows come from versions before the lease.
        sql<
          {
            inbox_pending: number;
            inbox_failed: number;
            last_processed_at: Date | null;
            outbox_pending: number;
            outbox_sending: number;
            outbox_failed: number;
          }[]
        >`
          select
            (select count(*)::int from telegram_updates where status = 'pending') as inbox_pending,
            (select count(*)::int from telegram_updates where status = 'failed') as inbox_failed,
            (select processed_at from telegram_updates where status = 'processed'
              order by update_id desc limit 1) as last_processed_at,
            o.pending as outbox_pending, o.sending as outbox_sending,
            (select count(*)::int from outgoing_messages where status = 'failed') as outbox_failed
          from (
            select count(*) filter (where status = 'pending' and (locked_until is null or locked_until <= now()))::int
                     as pending,
                   count(*) filter (where status = 'sending' or locked_until > now())::int as sending
            from outgoing_messages where status in ('pending', 'sending')
          ) o`,
        sql<{ queue: string; status: string; n: number }[]>`
          select queue, 'pending' as status, count(*)::int as n from jobs where status = 'pending' group by queue
          union all
          select queue, 'running', count(*)::int from jobs where status = 'running' group by queue`,
        sql<
          {
            sent_today: number;
            failed_today: number;
            stale_today: number;
            possible_duplicates_today: number;
            queued: number;
            queue_lag_seconds: number;
          }[]
        >`select * from reminder_stats`,
      ]),
      timeoutMs,
      'the status queries',
    );
    const c = countRows[0];
    const r = reminderRows[0];
    return {
      latencyMs,
      inbox: { pending: c?.inbox_pending ?? 0, failed: c?.inbox_failed ?? 0 },
      lastProcessedAt: c?.last_processed_at ?? undefined,
      jobs: jobRows.map((j) => ({ queue: j.queue, status: j.status, count: j.n })),
      outbox: {
        pending: c?.outbox_pending ?? 0,
        sending: c?.outbox_sending ?? 0,
        failed: c?.outbox_failed ?? 0,
      },
      reminders: r
        ? {
            sentToday: r.sent_today,
            failedToday: r.failed_today,
            staleToday: r.stale_today,
            possibleDuplicatesToday: r.possible_duplicates_today,
            queued: r.queued,
            queueLagSeconds: r.queue_lag_seconds,
          }
        : NO_REMINDERS,
    };
  } catch (err) {
    return { reachable: false, latencyMs, error: `queries failed: ${describeDbError(err)}` };
  }
}

/**
 * Counts the {@link Totals}: full scans of the inbox, outbox, jobs and users tables. Throws on failure
 * (the reader then keeps its last good totals).
 *
 * @example
 * const totals = await readTotals(sql);
 * console.log(totals.processed, 'updates processed in the history kept');
 */
export async function readTotals(sql: Sql, timeoutMs = 10_000): Promise<Totals> {
  const [countRows, jobRows] = await withTimeout(
    Promise.all([
      sql<{ processed: number; sent: number; users: number; plans: number; done: number }[]>`
        select
          (select count(*)::int from telegram_updates where status = 'processed') as processed,
          (select count(*)::int from outgoing_messages where status = 'sent') as sent,
          (select count(*)::int from users) as users,
          (select count(*)::int from training_plans where status = 'active') as plans,
          (select count(*)::int from workout_completions
            where completed_on >= date_trunc('week', current_date)::date) as done`,
      sql<{ queue: string; status: string; n: number }[]>`
        select queue, status, count(*)::int as n from jobs where status not in ('pending', 'running')
        group by queue, status`,
    ]),
    timeoutMs,
    'the status totals',
  );
  const c = countRows[0];
  return {
    at: new Date(),
    processed: c?.processed ?? 0,
    sent: c?.sent ?? 0,
    jobs: jobRows.map((j) => ({ queue: j.queue, status: j.status, count: j.n })),
    users: c?.users ?? 0,
    activePlans: c?.plans ?? 0,
    workoutsThisWeek: c?.done ?? 0,
  };
}

/**
 * Puts live figures and totals together into one {@link DbSnapshot} (jobs sorted by queue, then status).
 *
 * @example
 * const snapshot = combineSnapshot(await readLiveFigures(sql), await readTotals(sql));
 */
export function combineSnapshot(live: LiveFigures | Unreachable, totals: Totals | undefined): DbSnapshot {
  if ('error' in live) return { reachable: false, latencyMs: live.latencyMs, error: live.error, ...EMPTY };
  const jobs = [...live.jobs, ...(totals?.jobs ?? [])].sort(
    (a, b) => a.queue.localeCompare(b.queue) || a.status.localeCompare(b.status),
  );
  return {
    reachable: true,
    latencyMs: live.latencyMs,
    error: undefined,
    inbox: { ...live.inbox, processed: totals?.processed ?? 0 },
    lastProcessedAt: live.lastProcessedAt,
    jobs,
    outbox: { ...live.outbox, sent: totals?.sent ?? 0 },
    users: totals?.users ?? 0,
    activePlans: totals?.activePlans ?? 0,
    workoutsThisWeek: totals?.workoutsThisWeek ?? 0,
    reminders: live.reminders,
    totalsAt: totals?.at,
  };
}

/**
 * Reads everything fresh, once (scripts, tests). The web app reads through a {@link DbSnapshotReader},
 * which caches the totals. Never throws: a failure gives `reachable: false` with the reason.
 *
 * @example
 * const db = await readDbSnapshot(sql);
 * if (!db.reachable) console.log(db.error);
 */
export async function readDbSnapshot(sql: Sql, timeoutMs = 3_000): Promise<DbSnapshot> {
  const live = await readLiveFigures(sql, timeoutMs);
  if ('error' in live) return combineSnapshot(live, undefined);
  try {
    return combineSnapshot(live, await readTotals(sql, timeoutMs));
  } catch (err) {
    return combineSnapshot(
      { reachable: false, latencyMs: live.latencyMs, error: describeDbError(err) },
      undefined,
    );
  }
}
