import { Gauge, type Registry } from 'prom-client';
import type { DbSnapshot } from '../status/db-snapshot.js';
import type { DbSnapshotReader } from '../status/db-snapshot-reader.js';

type Labels = Record<string, string>;

/**
 * Registers gauges computed at scrape time from the database: updates processed, inbox pending/failed,
 * jobs by queue and status, outgoing messages by status, users, active plans, today's reminders,
 * database up/latency. Every gauge of a scrape calls `snapshot`; give it a {@link DbSnapshotReader}, which
 * serves them all (and the status page) from one read. While the database is down only
 * `runcoach_database_up` (0) and the latency (when measured) have a value.
 *
 * @example
 * const reader = new DbSnapshotReader(sql);
 * registerDbGauges(registry, () => reader.read());
 */
export function registerDbGauges(registry: Registry, snapshot: () => Promise<DbSnapshot>): void {
  const registers = [registry];

  /** A gauge whose samples come from the snapshot: `[labels, value]` pairs, none while unreachable. */
  const gauge = (
    name: string,
    help: string,
    samples: (db: DbSnapshot) => ReadonlyArray<readonly [Labels, number]>,
    labelNames: string[] = [],
    evenWhenDown = false,
  ) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        const db = await snapshot();
        this.reset();
        if (!db.reachable && !evenWhenDown) return;
        for (const [labels, value] of samples(db)) this.set(labels, value);
      },
    });
  const scalar = (
    name: string,
    help: string,
    value: (db: DbSnapshot) => number | undefined,
    evenWhenDown = false,
  ) =>
    gauge(
      name,
      help,
      (db) => {
        const v = value(db);
        return v === undefined ? [] : [[{}, v]];
      },
      [],
      evenWhenDown,
    );

  scalar(
    'runcoach_database_up',
    '1 when the database answers select 1',
    (db) => (db.reachable ? 1 : 0),
    true,
  );
  scalar(
    'runcoach_database_latency_seconds',
    'Round trip of select 1',
    (db) => (db.latencyMs === undefined ? undefined : db.latencyMs / 1000),
    true,
  );
  scalar(
    'runcoach_telegram_updates_processed',
    'Telegram updates processed (inbox rows with status processed)',
    (db) => db.inbox.processed,
  );
  gauge(
    'runcoach_inbox_updates',
    'Inbox updates not yet processed, by status (pending, failed)',
    (db) => [
      [{ status: 'pending' }, db.inbox.pending],
      [{ status: 'failed' }, db.inbox.failed],
    ],
    ['status'],
  );
  gauge(
    'runcoach_jobs',
    'Jobs by queue and status',
    (db) => db.jobs.map((j) => [{ queue: j.queue, status: j.status }, j.count] as const),
    ['queue', 'status'],
  );
  gauge(
    'runcoach_outgoing_messages',
    'Outgoing messages by status',
    (db) => Object.entries(db.outbox).map(([status, n]) => [{ status }, n] as const),
    ['status'],
  );
  scalar('runcoach_users', 'Users who talked to the bot', (db) => db.users);
  scalar('runcoach_active_plans', 'Active training plans', (db) => db.activePlans);
  gauge(
    'runcoach_reminders_today',
    "Today's reminder deliveries by outcome (sent, failed, stale, possible_duplicate)",
    (db) => [
      [{ outcome: 'sent' }, db.reminders.sentToday],
      [{ outcome: 'failed' }, db.reminders.failedToday],
      [{ outcome: 'stale' }, db.reminders.staleToday],
      [{ outcome: 'possible_duplicate' }, db.reminders.possibleDuplicatesToday],
    ],
    ['outcome'],
  );
  scalar(
    'runcoach_reminder_queue_lag_seconds',
    'How long the oldest due, unsent reminder has waited',
    (db) => db.reminders.queueLagSeconds,
  );
}
