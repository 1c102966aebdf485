import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql } from '../db/index.js';
import { setUserActive } from '../users/index.js';
import type { ReminderPayload } from './reminder-message.js';

/**
 * A reminder claimed by one sender.
 *
 * @example
 * const d: ClaimedDelivery = { id: 1, userId: 7, chatId: 7, kind: 'workout', expiresAt: new Date(), payload, attempts: 0, possibleDuplicate: false, wanted: true };
 */
export interface ClaimedDelivery {
  readonly id: number;
  readonly userId: number;
  readonly chatId: number;
  readonly kind: 'workout' | 'rest_day';
  readonly expiresAt: Date;
  readonly payload: ReminderPayload;
  readonly attempts: number;
  /** The previous attempt's outcome is unknown (its sender died mid-call): this send may repeat it. */
  readonly possibleDuplicate: boolean;
  /** Still wanted: user active, reminders on, and (for a workout) still planned in the active plan. */
  readonly wanted: boolean;
}

/** Outcome of {@link DeliveryStore.startSending}. */
export type StartOutcome = 'sending' | 'stale' | 'lost';

/**
 * The `reminder_deliveries` state machine (see shared/reminders/README.md):
 * pending → claimed (lease) → sending → sent | pending (retry) | failed; claimed/sending → stale | cancelled.
 * Every transition after the claim is guarded by `locked_by = owner`, so a sender whose lease was taken
 * over can never record over the new owner.
 *
 * @example
 * const store = new DeliveryStore(sql, 'reminder:host:123', 30_000);
 * const batch = await store.claim(new Date(), 50);
 */
export class DeliveryStore {
  private readonly lease: string;

  constructor(
    private readonly sql: Sql,
    /** Unique id of this sender (host, pid, random). */
    readonly owner: string,
    leaseMs: number,
  ) {
    this.lease = `${Math.max(1, Math.round(leaseMs / 1000))} seconds`;
  }

  /**
   * Claims up to `limit` due reminders (`for update skip locked`: concurrent senders get disjoint rows),
   * including rows whose owner's lease expired. Those that were `sending` come back flagged
   * `possibleDuplicate`.
   *
   * @example
   * const batch = await store.claim(clock(), 60);
   */
  async claim(now: Date, limit: number): Promise<ClaimedDelivery[]> {
    const rows = await this.sql<
      {
        id: number;
        user_id: number;
        chat_id: number;
        kind: 'workout' | 'rest_day';
        expires_at: Date;
        payload: ReminderPayload;
        attempts: number;
        possible_duplicate: boolean;
        wanted: boolean;
      }[]
    >`
      with due as (
        select d.id, d.status as old_status
        from reminder_deliveries d
        where (
            d.status = 'pending' and d.due_at <= ${now}
            and (d.not_before is null or d.not_before <= now())
          )
          or (d.status in ('claimed', 'sending') and d.locked_until < now())
        order by d.due_at, d.id
        limit ${limit}
        for update skip locked
      )
      update reminder_deliveries r
      set status = 'claimed', locked_by = ${this.owner}, locked_until = now() + ${this.lease}::interval,
          possible_duplicate = r.possible_duplicate or due.old_status = 'sending', updated_at = now()
      from due
      where r.id = due.id
      returning r.id, r.user_id, r.chat_id, r.kind, r.expires_at, r.payload, r.attempts, r.possible_duplicate,
        (
          exists (
            select 1 from users u join runner_profiles rp on rp.user_id = u.id
            where u.id = r.user_id and u.is_active and rp.reminders_enabled
          )
          and (
            r.kind = 'rest_day' or exists (
              select 1 from planned_workouts pw join training_plans tp on tp.id = pw.plan_id
              where pw.id = r.planned_workout_id and pw.status = 'planned' and tp.status = 'active'
            )
          )
        ) as wanted`;
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      chatId: r.chat_id,
      kind: r.kind,
      expiresAt: r.expires_at,
      payload: r.payload,
      attempts: r.attempts,
      possibleDuplicate: r.possible_duplicate,
      wanted: r.wanted,
    }));
  }

  /**
   * Right before the Telegram call: `claimed → sending` (attempts + 1, lease renewed), or `stale` when the
   * workout's day has begun meanwhile, or `lost` when this sender no longer owns the row.
   *
   * @example
   * if ((await store.startSending(id, clock())) === 'sending') await telegram.sendMessage(…);
   */
  async startSending(id: number, now: Date): Promise<StartOutcome> {
    const [row] = await this.sql<{ status: StartOutcome }[]>`
      update reminder_deliveries
      set status = case when expires_at <= ${now} then 'stale' else 'sending' end,
          attempts = attempts + case when expires_at <= ${now} then 0 else 1 end,
          locked_until = now() + ${this.lease}::interval, updated_at = now()
      where id = ${id} and locked_by = ${this.owner} and status = 'claimed'
      returning status`;
    return row?.status ?? 'lost';
  }

  /** Telegram accepted the message. @example await store.markSent(id, 4711); */
  async markSent(id: number, telegramMessageId: number | null): Promise<void> {
    await this.sql`
      update reminder_deliveries
      set status = 'sent', sent_at = now(), telegram_message_id = ${telegramMessageId},
          locked_until = null, last_error = null, updated_at = now()
      where id = ${id} and locked_by = ${this.owner}`;
  }

  /**
   * Telegram said 429: the message was not sent; back to `claimed` (the attempt does not count), kept by
   * this sender, which retries it after `retry_after`.
   *
   * @example
   * await store.backToClaimed(id, 'Too Many Requests: retry after 3');
   */
  async backToClaimed(id: number, error: string): Promise<void> {
    await this.sql`
      update reminder_deliveries
      set status = 'claimed', attempts = greatest(0, attempts - 1), last_error = ${error},
          locked_until = now() + ${this.lease}::interval, updated_at = now()
      where id = ${id} and locked_by = ${this.owner}`;
  }

  /**
   * A retryable failure: back to `pending` after `delayMs` (any sender may take it then). `uncertain` marks
   * a failure after which the message may still have arrived (e.g. the connection dropped mid-call).
   *
   * @example
   * await store.retryLater(id, 4000, '502 Bad Gateway', false);
   */
  async retryLater(id: number, delayMs: number, error: string, uncertain: boolean): Promise<void> {
    await this.sql`
      update reminder_deliveries
      set status = 'pending', locked_by = null, locked_until = null, last_error = ${error},
          not_before = now() + ${`${Math.max(0, Math.round(delayMs))} milliseconds`}::interval,
          possible_duplicate = possible_duplicate or ${uncertain}, updated_at = now()
      where id = ${id} and locked_by = ${this.owner}`;
  }

  /** Gives up on a reminder. @example await store.fail(id, '400 Bad Request: chat not found'); */
  async fail(id: number, error: string): Promise<void> {
    await this.sql`
      update reminder_deliveries
      set status = 'failed', locked_until = null, last_error = ${error}, updated_at = now()
      where id = ${id} and locked_by = ${this.owner}`;
  }

  /**
   * 403: the user blocked the bot. In one transaction: this reminder failed, the user inactive (no more
   * reminders until they write again), and their other open reminders cancelled.
   *
   * @example
   * await store.blocked(id, userId, 'Forbidden: bot was blocked by the user');
   */
  async blocked(id: number, userId: number, error: string): Promise<void> {
    await this.sql.begin(async (tx) => {
      await tx`
        update reminder_deliveries
        set status = 'failed', locked_until = null, last_error = ${error}, updated_at = now()
        where id = ${id}`;
      await setUserActive(tx, userId, false);
      await tx`
        update reminder_deliveries
        set status = 'cancelled', locked_by = null, locked_until = null, last_error = 'user blocked the bot',
            updated_at = now()
        where user_id = ${userId} and id <> ${id} and status in ('pending', 'claimed')`;
    });
  }

  /**
   * Closes claimed rows without sending: `stale` (window passed) or `cancelled` (no longer wanted).
   *
   * @example
   * await store.close([3, 4], 'cancelled', 'reminders turned off');
   */
  async close(ids: readonly number[], status: 'stale' | 'cancelled', reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.sql`
      update reminder_deliveries
      set status = ${status}, locked_until = null, last_error = ${reason}, updated_at = now()
      where id = any(${ids as number[]}::bigint[]) and locked_by = ${this.owner} and status = 'claimed'`;
  }

  /** Extends the lease of everything this sender holds. @example await store.renewLeases(); */
  async renewLeases(): Promise<number> {
    const rows = await this.sql`
      update reminder_deliveries set locked_until = now() + ${this.lease}::interval
      where locked_by = ${this.owner} and status in ('claimed', 'sending')
      returning id`;
    return rows.length;
  }

  /**
   * Graceful stop: hands back claimed-but-unsent rows at once (no lease wait for the next sender).
   *
   * @example
   * await store.releaseClaimed();
   */
  async releaseClaimed(): Promise<number> {
    const rows = await this.sql`
      update reminder_deliveries
      set status = 'pending', locked_by = null, locked_until = null, updated_at = now()
      where locked_by = ${this.owner} and status = 'claimed'
      returning id`;
    return rows.length;
  }
}

/**
 * `reminder_deliveries` in /export (which reminders were sent when, with their text) and /deleteme. A
 * reminder being sent right now is deleted too: its sender's later updates then match no row.
 *
 * @example
 * const { reminderDeliveries } = (await remindersUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const remindersUserData: UserDataOwner = {
  domain: 'reminders',
  tables: ['reminder_deliveries'],
  async exportForUser(tx, userId) {
    const rows = await tx`
      select id, kind, for_date, planned_workout_id, due_at, status, payload, sent_at, created_at
      from reminder_deliveries where user_id = ${userId} order by for_date, id`;
    return { reminderDeliveries: [...rows] };
  },
  async deleteForUser(tx, who) {
    await tx`delete from reminder_deliveries where user_id = ${who.userId}`;
  },
};
