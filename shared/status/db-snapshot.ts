import type { Sql } from '../db/index.js';

/** Aggregates read from the database for the status page, /healthz and /metrics. No personal data. */
export interface DbSnapshot {
  readonly reachable: boolean;
  /** `select 1` round trip in milliseconds. */
  readonly latencyMs: number | undefined;
  /** Why the database is considered down. */
  readonly error: string | undefined;
  readonly inbox: { pending: number; failed: number; processed: number };
  /** Last time an update was processed (max processed_at). */
  readonly lastProcessedAt: Date | undefined;
  readonly jobs: ReadonlyArray<{ queue: string; status: string; count: number }>;
  readonly outbox: Readonly<Record<string, number>>;
  readonly users: number;
  readonly activePlans: number;
  readonly workoutsThisWeek: number;
  /** Today's reminder deliveries (the reminder app's `reminder_stats` view). */
  readonly reminders: ReminderFigures;
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

/**
 * Measures the database (`select 1`) and reads the counters the operators need: inbox, jobs per queue and
 * status, outbox, users, active plans, workouts done this (ISO) week. Never throws: a failure gives
 * `reachable: false` with the reason.
 *
 * @example
 * const db = await readDbSnapshot(sql);
 * if (!db.reachable) console.log(db.error);
 */
export async function readDbSnapshot(sql: Sql, timeoutMs = 3_000): Promise<DbSnapshot> {
  const started = performance.now();
  try {
    await withTimeout(sql`select 1`.execute(), timeoutMs, 'the database');
  } catch (err) {
    return { reachable: false, latencyMs: undefined, error: describeDbError(err), ...EMPTY };
  }
  const latencyMs = performance.now() - started;
  try {
    const [inboxRows, lastRows, jobRows, outboxRows, countRows, reminderRows] = await withTimeout(
      Promise.all([
        sql<{ status: string; n: number }[]>`
          select status, count(*)::int as n from telegram_updates group by status`,
        sql<{ at: Date | null }[]>`select max(processed_at) as at from telegram_updates`,
        sql<{ queue: string; status: string; n: number }[]>`
          select queue, status, count(*)::int as n from jobs group by queue, status order by queue, status`,
        // In flight ("sending") = pending with a live lease (see OutboxSender).
        sql<{ status: string; n: number }[]>`
          select case when status = 'pending' and locked_until > now() then 'sending' else status end as status,
                 count(*)::int as n
          from outgoing_messages group by 1`,
        sql<{ users: number; plans: number; done: number }[]>`
          select
            (select count(*)::int from users) as users,
            (select count(*)::int from training_plans where status = 'active') as plans,
            (select count(*)::int from workout_completions
              where completed_on >= date_trunc('week', current_date)::date) as done`,
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
    const inbox = { pending: 0, failed: 0, processed: 0 };
    for (const r of inboxRows) if (r.status in inbox) inbox[r.status as keyof typeof inbox] = r.n;
    const outbox: Record<string, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const r of outboxRows) outbox[r.status] = r.n;
    const counts = countRows[0];
    return {
      reachable: true,
      latencyMs,
      error: undefined,
      inbox,
      lastProcessedAt: lastRows[0]?.at ?? undefined,
      jobs: jobRows.map((r) => ({ queue: r.queue, status: r.status, count: r.n })),
      outbox,
      users: counts?.users ?? 0,
      activePlans: counts?.plans ?? 0,
      workoutsThisWeek: counts?.done ?? 0,
      reminders: reminderRows[0]
        ? {
            sentToday: reminderRows[0].sent_today,
            failedToday: reminderRows[0].failed_today,
            staleToday: reminderRows[0].stale_today,
            possibleDuplicatesToday: reminderRows[0].possible_duplicates_today,
            queued: reminderRows[0].queued,
            queueLagSeconds: reminderRows[0].queue_lag_seconds,
          }
        : NO_REMINDERS,
    };
  } catch (err) {
    return { reachable: false, latencyMs, error: `queries failed: ${describeDbError(err)}`, ...EMPTY };
  }
}

function describeDbError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(': ') || String(err);
}
