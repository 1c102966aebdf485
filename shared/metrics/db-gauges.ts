import { Gauge, type Registry } from 'prom-client';
import type { DbSnapshot } from '../status/db-snapshot.js';

/**
 * Registers gauges computed at scrape time from the database: updates processed, inbox pending/failed,
 * jobs by queue and status, outgoing messages by status, users, database up/latency. One snapshot is
 * read per scrape (cached for `cacheMs`, default 1 s) and shared by all gauges.
 *
 * @example
 * registerDbGauges(registry, () => readDbSnapshot(sql));
 */
export function registerDbGauges(registry: Registry, read: () => Promise<DbSnapshot>, cacheMs = 1_000): void {
  let cached: { at: number; value: Promise<DbSnapshot> } | undefined;
  const snapshot = () => {
    const now = Date.now();
    if (!cached || now - cached.at > cacheMs) cached = { at: now, value: read() };
    return cached.value;
  };
  const registers = [registry];

  new Gauge({
    name: 'runcoach_database_up',
    help: '1 when the database answers select 1',
    registers,
    async collect() {
      this.set((await snapshot()).reachable ? 1 : 0);
    },
  });
  new Gauge({
    name: 'runcoach_database_latency_seconds',
    help: 'Round trip of select 1',
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (db.latencyMs !== undefined) this.set(db.latencyMs / 1000);
    },
  });
  new Gauge({
    name: 'runcoach_telegram_updates_processed',
    help: 'Telegram updates processed (inbox rows with status processed)',
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (db.reachable) this.set(db.inbox.processed);
    },
  });
  new Gauge({
    name: 'runcoach_inbox_updates',
    help: 'Inbox updates not yet processed, by status (pending, failed)',
    labelNames: ['status'],
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (!db.reachable) return;
      this.set({ status: 'pending' }, db.inbox.pending);
      this.set({ status: 'failed' }, db.inbox.failed);
    },
  });
  new Gauge({
    name: 'runcoach_jobs',
    help: 'Jobs by queue and status',
    labelNames: ['queue', 'status'],
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      for (const j of db.jobs) this.set({ queue: j.queue, status: j.status }, j.count);
    },
  });
  new Gauge({
    name: 'runcoach_outgoing_messages',
    help: 'Outgoing messages by status',
    labelNames: ['status'],
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (!db.reachable) return;
      for (const [status, n] of Object.entries(db.outbox)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'runcoach_users',
    help: 'Users who talked to the bot',
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (db.reachable) this.set(db.users);
    },
  });
  new Gauge({
    name: 'runcoach_active_plans',
    help: 'Active training plans',
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (db.reachable) this.set(db.activePlans);
    },
  });
  new Gauge({
    name: 'runcoach_reminders_today',
    help: "Today's reminder deliveries by outcome (sent, failed, stale, possible_duplicate)",
    labelNames: ['outcome'],
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (!db.reachable) return;
      this.set({ outcome: 'sent' }, db.reminders.sentToday);
      this.set({ outcome: 'failed' }, db.reminders.failedToday);
      this.set({ outcome: 'stale' }, db.reminders.staleToday);
      this.set({ outcome: 'possible_duplicate' }, db.reminders.possibleDuplicatesToday);
    },
  });
  new Gauge({
    name: 'runcoach_reminder_queue_lag_seconds',
    help: 'How long the oldest due, unsent reminder has waited',
    registers,
    async collect() {
      const db = await snapshot();
      this.reset();
      if (db.reachable) this.set(db.reminders.queueLagSeconds);
    },
  });
}
