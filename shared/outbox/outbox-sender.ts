import { Input, type Telegram } from 'telegraf';
import { lapseDeadLocalLeases, type Sql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { LeaseLoop } from '../sync/index.js';
import { classifyTelegramError } from '../telegram/index.js';
import { deactivateChat } from '../users/index.js';
import { OUTBOX_CHANNEL } from './outbox-writer.js';

export interface OutboxSenderOptions {
  readonly sql: Sql;
  readonly telegram: Telegram;
  readonly log: Logger;
  /** Chats served at once (default 16); messages of one chat always go one by one, in order. */
  readonly concurrency?: number;
  /**
   * A claimed message not marked sent within this time is claimed again (default 20 s). Each Bot API call
   * is aborted after half of it, so a lease never expires while its call is still in flight.
   */
  readonly leaseMs?: number;
  /** Attempts before a message is marked failed on network/server errors (default 5). */
  readonly maxAttempts?: number;
  /** Poll interval when no NOTIFY arrives (default 2 s). */
  readonly pollMs?: number;
}

interface OutgoingRow {
  id: number;
  chat_id: number;
  method: string;
  payload: Record<string, unknown>;
  attempts: number;
  was_sending: boolean;
}

/**
 * Sends queued outbox messages: claim (`for update skip locked`, a lease in `locked_until`, its owner in
 * `locked_by`) → commit → call Telegram → mark `sent` with Telegram's message id. A crash after the call
 * but before the mark leaves the row pending with a lease nobody renews; once it expires — or at once,
 * when the sender restarts on the same host — it is sent again and logged as a detected possible
 * duplicate: at most one re-send, never a loss. 429 waits `retry_after`; 403 marks the user inactive.
 *
 * A message in flight is `pending` with a lease in the future (the status page calls it "sending"). The
 * claim changes only `attempts`, `locked_until` and `locked_by`, which no index covers, so PostgreSQL
 * rewrites the row in place (a HOT update) without touching any index; every failure path clears the
 * lease.
 *
 * @example
 * const sender = new OutboxSender({ sql, telegram, log });
 * await sender.start();
 * …
 * await sender.stop();
 */
export class OutboxSender {
  /** Wait for NOTIFY, a kick or the poll → claim the chats' next messages → send → mark sent. */
  private readonly loop: LeaseLoop;
  /** `host:pid:random`, stored in `locked_by` with each claim's lease. */
  readonly owner: string;
  /** Messages sent since start (for metrics and tests). */
  sentCount = 0;

  constructor(private readonly options: OutboxSenderOptions) {
    const { sql, log } = options;
    this.loop = new LeaseLoop({
      pollMs: options.pollMs ?? 2_000,
      // Messages a killed predecessor on this host had in flight (sent or not, unrecorded) are claimed
      // now, not after their lease: the chat does not stall behind a message that is re-sent anyway. They
      // keep a (past) lease, so the re-send is still flagged as a possible duplicate.
      takeOver: () =>
        lapseDeadLocalLeases(sql, 'outgoing_messages', sql`status in ('pending', 'sending')`, { log }),
      listen: async (wake) => {
        const listener = await sql.listen(OUTBOX_CHANNEL, wake);
        return () => listener.unlisten();
      },
      pass: () => this.sendBatch(),
      onError: (err) => log.error('outbox pass failed', { err: String(err) }),
    });
    this.owner = this.loop.owner;
  }

  async start(): Promise<void> {
    await this.loop.start();
  }

  /** Wakes the loop now (e.g. right after a commit in this process). */
  kick(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * One pass: claims, sends and marks a batch; false when nothing was due. A failure after the claim
   * still counts as work done: the next pass follows at once (the batch's rows wait out their lease).
   */
  private async sendBatch(): Promise<boolean> {
    const claimed = await this.claim();
    if (claimed.length === 0) return false;
    try {
      const sent = (await Promise.all(claimed.map((row) => this.deliver(row)))).filter(
        (s): s is { id: number; messageId: number | null } => s !== undefined,
      );
      await this.markSent(sent);
    } catch (err) {
      this.options.log.error('outbox pass failed', { err: String(err) });
    }
    return true;
  }

  /**
   * Claims the oldest due message of up to `concurrency` chats whose earlier messages are all done. The
   * candidates are each chat's oldest unsent message, found by a loose index scan (one probe per chat
   * with unsent messages), so a claim never walks a long backlog of chats that are busy or waiting out
   * a 429.
   */
  private async claim(): Promise<OutgoingRow[]> {
    const { sql } = this.options;
    const lease = `${Math.round((this.options.leaseMs ?? 20_000) / 1000)} seconds`;
    return sql<OutgoingRow[]>`
      with recursive heads as (
        (select chat_id, id from outgoing_messages
         where status in ('pending', 'sending')
         order by chat_id, id limit 1)
        union all
        select next.chat_id, next.id from heads h
        cross join lateral (
          select chat_id, id from outgoing_messages
          where status in ('pending', 'sending') and chat_id > h.chat_id
          order by chat_id, id limit 1
        ) next
      ), due as (
        -- A lease that ran out: the sender died between its claim and its mark (rows marked 'sending'
        -- were written by versions before the lease took that role).
        -- "= any(array(…))": a primary-key probe per head. As a join, the planner may merge it with a
        -- scan of the whole table in id order, which grows with the history kept.
        select o.id, o.locked_until is not null or o.status = 'sending' as was_sending
        from outgoing_messages o
        where o.id = any(array(select id from heads))
          and (o.locked_until is null or o.locked_until < now())
          and (o.not_before is null or o.not_before <= now() or o.locked_until is not null)
        order by o.id
        limit ${this.options.concurrency ?? 16}
        for update of o skip locked
      )
      update outgoing_messages m
      set status = 'pending', attempts = m.attempts + 1, locked_until = now() + ${lease}::interval,
          locked_by = ${this.owner}
      from due
      where m.id = due.id
      returning m.id, m.chat_id, m.method, m.payload, m.attempts, due.was_sending`;
  }

  /**
   * Records a batch's successful sends in one statement. Until then they stay leased; a crash in between
   * re-sends them after the lease — the same detected at-most-once re-send as a crash mid-call.
   */
  private async markSent(sent: Array<{ id: number; messageId: number | null }>): Promise<void> {
    if (sent.length === 0) return;
    const ids = sent.map((s) => s.id);
    const messageIds = sent.map((s) => s.messageId);
    await this.options.sql`
      update outgoing_messages m
      set status = 'sent', sent_at = now(), telegram_message_id = v.message_id, locked_until = null
      from unnest(${ids}::bigint[], ${messageIds}::bigint[]) as v(id, message_id)
      where m.id = v.id`;
    this.sentCount += sent.length;
  }

  /** Sends one message; returns what to mark sent, or undefined when it was handled otherwise. */
  private async deliver(row: OutgoingRow): Promise<{ id: number; messageId: number | null } | undefined> {
    const { sql, telegram, log } = this.options;
    if (row.was_sending) {
      log.warn('possible duplicate: re-sending an outgoing message whose sender died before recording it', {
        outgoingId: row.id,
        method: row.method,
      });
    }
    try {
      const result = await telegram.callApi(row.method as 'sendMessage', toApiPayload(row.payload) as never, {
        signal: AbortSignal.timeout((this.options.leaseMs ?? 20_000) / 2) as never,
      });
      const messageId =
        typeof result === 'object' && result !== null && 'message_id' in result ? result.message_id : null;
      return { id: row.id, messageId };
    } catch (err) {
      const failure = classifyTelegramError(err);
      if (failure.kind === 'flood') {
        await sql`
          update outgoing_messages
          set status = 'pending', attempts = attempts - 1, locked_until = null,
              not_before = now() + ${`${failure.retryAfterSec} seconds`}::interval
          where id = ${row.id}`;
        return;
      }
      if (failure.kind === 'blocked') {
        await sql.begin(async (tx) => {
          await tx`update outgoing_messages set status = 'failed', last_error = ${failure.description} where id = ${row.id}`;
          await deactivateChat(tx, row.chat_id);
        });
        log.info('user blocked the bot; marked inactive', { outgoingId: row.id });
        return;
      }
      if (failure.kind === 'bad_request' && alreadyInEndState(row.method, failure.description)) {
        // Nothing left to do: the edit is in place, or the message it targets is gone (deleted by the
        // runner, or a forged message id). Recorded as done, with Telegram's words for the record.
        await sql`
          update outgoing_messages
          set status = 'sent', sent_at = now(), locked_until = null, last_error = ${failure.description}
          where id = ${row.id}`;
        log.info(`outgoing ${row.method} had nothing to change`, {
          outgoingId: row.id,
          error: failure.description,
        });
        return;
      }
      const retryable = failure.kind === 'network' || failure.kind === 'server' || failure.kind === 'aborted';
      const giveUp = !retryable || row.attempts >= (this.options.maxAttempts ?? 5);
      log[giveUp ? 'error' : 'warn'](
        `outgoing ${row.method} failed${giveUp ? '; giving up' : '; will retry'}`,
        {
          outgoingId: row.id,
          code: failure.code,
          error: failure.description,
        },
      );
      await sql`
        update outgoing_messages
        set status = ${giveUp ? 'failed' : 'pending'}, last_error = ${failure.description}, locked_until = null,
            not_before = now() + ${`${Math.min(60, 2 ** row.attempts)} seconds`}::interval
        where id = ${row.id}`;
    }
  }
}

/**
 * A 400 that means the call's purpose already holds: an edit that changes nothing, or an edit or delete
 * of a message that no longer exists.
 */
function alreadyInEndState(method: string, description: string): boolean {
  if (/message is not modified/i.test(description)) return true;
  const touchesExisting = method.startsWith('edit') || method === 'deleteMessage';
  return touchesExisting && /message to (edit|delete) not found/i.test(description);
}

/** Turns stored payloads back into API arguments: `{ base64, filename }` photos/documents become uploads. */
function toApiPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...payload };
  for (const key of ['photo', 'document']) {
    const value = out[key] as { base64?: string; filename?: string } | undefined;
    if (value && typeof value === 'object' && typeof value.base64 === 'string') {
      out[key] = Input.fromBuffer(Buffer.from(value.base64, 'base64'), value.filename ?? `${key}.png`);
    }
  }
  return out;
}
