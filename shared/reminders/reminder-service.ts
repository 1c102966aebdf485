import schedule from 'node-schedule';
import type { Telegram } from 'telegraf';
import type { ReminderSettings } from '../config/index.js';
import { lapseDeadLocalLeases, type Sql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { newLeaseOwner } from '../sync/index.js';
import { type ClaimedDelivery, DeliveryStore } from './delivery-store.js';
import { WindowCache } from './due-time.js';
import { materialiseDueReminders } from './materialise.js';
import { ReminderSender, type SendOutcome } from './reminder-sender.js';

/** Session advisory lock: one fan-out leader at a time, so one limiter enforces the bot's global rate. */
const LEADER_LOCK_KEY = 727_005;

/**
 * Counters since start (also written to the heartbeat).
 *
 * @example
 * const c: ReminderCounters = { sent: 1, failed: 0, blocked: 0, stale: 0, cancelled: 0, retried: 0, ticks: 3 };
 */
export interface ReminderCounters {
  sent: number;
  failed: number;
  blocked: number;
  stale: number;
  cancelled: number;
  retried: number;
  ticks: number;
}

/**
 * Service options.
 *
 * @example
 * const o: ReminderServiceOptions = { sql, telegram, log, settings, onProgress: () => heartbeat.progress() };
 */
export interface ReminderServiceOptions {
  readonly sql: Sql;
  readonly telegram: Telegram;
  readonly log: Logger;
  readonly settings: ReminderSettings;
  /** Called after every completed tick (heartbeat progress). */
  readonly onProgress?: (detail: Record<string, unknown>) => void;
}

/**
 * The reminder app's engine. A `node-schedule` tick (default every 10 s) does, in the leader only:
 * materialise the reminders that fell due (rows in `reminder_deliveries`, one per user, day and kind) →
 * claim them in batches (`for update skip locked`, lease) → send through the rate limiter → record each
 * outcome. Claimed → sent → recorded: a row is marked `sending` right before its Telegram call and `sent`
 * right after; a process that dies leaves its `claimed` rows (never sent: taken over after the lease, no
 * duplicate) and at most `maxConcurrent` `sending` rows (outcome unknown: sent once more after the lease,
 * flagged `possible_duplicate` and logged). Nothing still useful is lost; expired ones become `stale`.
 *
 * Unlike the inbox, outbox and job queue, this claim loop is no `LeaseLoop` (shared/sync): reminders fall
 * due by the clock, not by a NOTIFY, so it runs on the cron tick, in the leader only, and paces its claims
 * by the rate limiter's backlog (≤ 2 batches in flight) while one interval renews the leases it holds.
 * It shares the lease owner form and the takeover of dead local leases with them.
 *
 * @example
 * const service = new ReminderService({ sql, telegram, log, settings });
 * service.start();
 * await service.stop();
 */
export class ReminderService {
  readonly counters: ReminderCounters = {
    sent: 0,
    failed: 0,
    blocked: 0,
    stale: 0,
    cancelled: 0,
    retried: 0,
    ticks: 0,
  };
  readonly store: DeliveryStore;
  private readonly sender: ReminderSender;
  private readonly windows = new WindowCache();
  private job: schedule.Job | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private leader = false;
  private reserved: Awaited<ReturnType<Sql['reserve']>> | undefined;

  constructor(private readonly options: ReminderServiceOptions) {
    const { settings } = options;
    this.store = new DeliveryStore(options.sql, newLeaseOwner('reminder'), settings.leaseMs);
    this.sender = new ReminderSender({
      store: this.store,
      telegram: options.telegram,
      log: options.log,
      clock: () => this.now(),
      rate: settings.rate,
      chatRate: settings.chatRate,
      maxConcurrent: settings.concurrency,
      maxAttempts: settings.maxAttempts,
      backoffMs: settings.backoffMs,
    });
  }

  /** The app's clock: real time plus `REMINDER_NOW_OFFSET_MS`. @example service.now(); */
  now(): Date {
    return new Date(Date.now() + this.options.settings.nowOffsetMs);
  }

  /** Schedules the tick and runs one at once. @example service.start(); */
  start(): void {
    this.job = schedule.scheduleJob(this.options.settings.tickCron, () => void this.tick());
    void this.tick();
  }

  /**
   * One pass (skipped while the previous one still runs). Resolves when its fan-out is done.
   *
   * @example
   * await service.tick();
   */
  tick(): Promise<void> {
    if (this.running || this.stopping) return this.running ?? Promise.resolve();
    const running = this.pass()
      .catch((err: unknown) => {
        this.options.log.error('reminder tick failed', { err: String(err) });
      })
      .finally(() => {
        this.running = undefined;
      });
    this.running = running;
    return running;
  }

  /**
   * Graceful stop: no new ticks or attempts, in-flight calls recorded, claimed rows handed back, leadership
   * released.
   *
   * @example
   * await service.stop();
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.job?.cancel();
    await this.sender.stop();
    await this.running;
    const released = await this.store.releaseClaimed().catch(() => 0);
    if (released > 0) this.options.log.info('handed back claimed reminders', { released });
    if (this.reserved) {
      await this.reserved`select pg_advisory_unlock(${LEADER_LOCK_KEY})`.catch(() => {});
      this.reserved.release();
      this.reserved = undefined;
    }
  }

  private async pass(): Promise<void> {
    const { log } = this.options;
    if (!(await this.lead())) {
      this.options.onProgress?.({ leader: false });
      return;
    }
    const now = this.now();
    const found = await materialiseDueReminders(this.options.sql, now, {
      lookbackDays: this.options.settings.lookbackDays,
      windows: this.windows,
    });
    if (found.stale > 0) log.warn('reminders missed their window (downtime?); skipped as stale', found);
    this.counters.stale += found.stale;
    if (found.due > 0) log.info('reminders due', { due: found.due });
    await this.fanOut();
    this.counters.ticks++;
    this.options.log.debug('reminder tick done', { ...this.counters });
    this.options.onProgress?.({ leader: true, ...this.counters });
  }

  /** Becomes (or checks still being) the leader; a broken lock connection means leadership is gone. */
  private async lead(): Promise<boolean> {
    try {
      this.reserved ??= await this.options.sql.reserve();
      if (this.leader) {
        await this.reserved`select 1`;
        return true;
      }
      const [row] = await this.reserved<{ ok: boolean }[]>`
        select pg_try_advisory_lock(${LEADER_LOCK_KEY}) as ok`;
      this.leader = row?.ok === true;
      if (this.leader) {
        this.options.log.info('reminder leader: this process sends reminders');
        // A leader killed on this host left claimed rows; they are claimed again now, not after the
        // lease (the `sending` ones come back flagged possible_duplicate as usual).
        await lapseDeadLocalLeases(
          this.options.sql,
          'reminder_deliveries',
          this.options.sql`status in ('claimed', 'sending')`,
          { log: this.options.log },
        );
      }
      return this.leader;
    } catch (err) {
      if (this.leader) this.options.log.warn('lost reminder leadership', { err: String(err) });
      this.leader = false;
      this.reserved?.release();
      this.reserved = undefined;
      return false;
    }
  }

  /** Claims and sends until nothing is due, keeping the limiter fed (≤ 2 batches claimed at once). */
  private async fanOut(): Promise<void> {
    const { settings } = this.options;
    const batch = Math.max(10, Math.ceil(settings.rate * 2));
    let inFlight = 0;
    let wake: (() => void) | undefined;
    const done = () => {
      inFlight--;
      wake?.();
    };
    const oneDone = () =>
      new Promise<void>((resolve) => {
        wake = resolve;
      });
    const keeper = setInterval(
      () => void this.store.renewLeases().catch(() => {}),
      Math.max(500, settings.leaseMs / 3),
    );
    try {
      while (!this.stopping) {
        const room = 2 * batch - inFlight;
        const claimed = room >= batch ? await this.store.claim(this.now(), room) : [];
        for (const delivery of await this.screen(claimed)) {
          inFlight++;
          this.sender
            .deliver(delivery)
            .then((outcome) => this.count(outcome))
            .catch((err: unknown) => {
              this.options.log.error('reminder delivery crashed', {
                deliveryId: delivery.id,
                err: String(err),
              });
            })
            .finally(done);
        }
        if (inFlight === 0 && claimed.length === 0) break;
        if (claimed.length === 0 || inFlight >= batch) await oneDone();
      }
      while (inFlight > 0) await oneDone();
    } finally {
      clearInterval(keeper);
    }
  }

  /** Closes claimed rows that are no longer useful or wanted; returns the ones to send. */
  private async screen(claimed: ClaimedDelivery[]): Promise<ClaimedDelivery[]> {
    const now = this.now().getTime();
    const stale = claimed.filter((d) => d.expiresAt.getTime() <= now).map((d) => d.id);
    const unwanted = claimed.filter((d) => d.expiresAt.getTime() > now && !d.wanted).map((d) => d.id);
    await this.store.close(stale, 'stale', 'the workout day began before it could be sent');
    await this.store.close(unwanted, 'cancelled', 'no longer wanted (reminders off, inactive or done)');
    if (stale.length > 0)
      this.options.log.warn('claimed reminders expired; skipped as stale', { count: stale.length });
    this.counters.stale += stale.length;
    this.counters.cancelled += unwanted.length;
    return claimed.filter((d) => d.expiresAt.getTime() > now && d.wanted);
  }

  private count(outcome: SendOutcome): void {
    if (outcome === 'sent') this.counters.sent++;
    else if (outcome === 'failed') this.counters.failed++;
    else if (outcome === 'blocked') this.counters.blocked++;
    else if (outcome === 'stale') this.counters.stale++;
    else if (outcome === 'retry') this.counters.retried++;
  }
}
