import type { TransactionSql } from '../db/index.js';

/** NOTIFY channel that wakes {@link OutboxSender}s when messages are queued. */
export const OUTBOX_CHANNEL = 'outgoing_messages';

/** Bot API methods that may go through the outbox. */
export type OutboxMethod =
  | 'sendMessage'
  | 'editMessageText'
  | 'editMessageReplyMarkup'
  | 'deleteMessage'
  | 'answerCallbackQuery'
  | 'sendChatAction'
  | 'sendPhoto'
  | 'sendDocument';

/**
 * Queues Bot API calls inside the caller's transaction: they exist only if the transaction commits, and
 * are sent after the commit by an {@link OutboxSender}. This is how an update's effects and its
 * "processed" mark stay atomic even though a Telegram send cannot be rolled back.
 *
 * @example
 * await sql.begin(async (tx) => {
 *   const out = new OutboxWriter(tx, update.update_id);
 *   out.send(chatId, 'sendMessage', { chat_id: chatId, text: 'Saved ✅' });
 *   await out.flush();
 * });
 */
export class OutboxWriter {
  private readonly queued: Array<{ chatId: number; method: OutboxMethod; payload: Record<string, unknown> }> =
    [];
  private writtenRows = 0;

  /**
   * @param notify NOTIFY senders on commit (default true). Pass false only where the committing process
   *   wakes its own {@link OutboxSender} itself (the update processor's `afterCommit`): the NOTIFY would
   *   only make every listening sender look for work that is already being sent.
   */
  constructor(
    private readonly tx: TransactionSql,
    private readonly updateId: number | null = null,
    private readonly notify = true,
  ) {}

  /** Queues one call (written by {@link flush}). For `sendPhoto`, pass `photo` as a file_id or `{ base64 }`. */
  send(chatId: number, method: OutboxMethod, payload: Record<string, unknown>): void {
    this.queued.push({ chatId, method, payload });
  }

  /**
   * Writes the calls queued so far and then this one at once (the chat's order is kept), returning its
   * outbox id: for a message the caller must find again later, e.g. a dialog question whose buttons are
   * removed once it is answered (its Telegram message id is on that row once sent). Delivered on commit,
   * like every call.
   *
   * @example
   * const outgoingId = await out.sendNow(chatId, 'sendMessage', { chat_id: chatId, text, reply_markup });
   */
  async sendNow(chatId: number, method: OutboxMethod, payload: Record<string, unknown>): Promise<number> {
    await this.flush();
    const tx = this.tx;
    const [row] = this.notify
      ? await tx<{ id: number }[]>`
          with inserted as (
            insert into outgoing_messages (update_id, chat_id, method, payload)
            values (${this.updateId}, ${chatId}, ${method}, ${tx.json(payload as never)}) returning id
          )
          select id, pg_notify(${OUTBOX_CHANNEL}, '1') from inserted`
      : await tx<{ id: number }[]>`
          insert into outgoing_messages (update_id, chat_id, method, payload)
          values (${this.updateId}, ${chatId}, ${method}, ${tx.json(payload as never)}) returning id`;
    if (!row) throw new Error('outbox insert returned no row');
    this.writtenRows++;
    return row.id;
  }

  /**
   * How many calls this writer has written so far (by {@link flush}, {@link flushAll} or {@link sendNow}):
   * whether its transaction's commit gives a sender something to do.
   */
  get written(): number {
    return this.writtenRows;
  }

  /** How many calls are queued but not yet written. */
  get size(): number {
    return this.queued.length;
  }

  /** Writes the queued calls in order and notifies senders (delivered on commit). */
  async flush(): Promise<void> {
    await OutboxWriter.flushAll([this]);
  }

  /**
   * Writes the queued calls of several writers sharing one transaction in a single insert (in order:
   * writer by writer, call by call) and notifies senders once. Returns how many calls were written.
   *
   * @example
   * const written = await OutboxWriter.flushAll([outA, outB]);
   */
  static async flushAll(writers: readonly OutboxWriter[]): Promise<number> {
    const tx = writers[0]?.tx;
    const rows = writers.flatMap((writer) => {
      writer.writtenRows += writer.queued.length;
      return writer.queued.splice(0).map((q) => ({
        update_id: writer.updateId,
        chat_id: q.chatId,
        method: q.method,
        payload: writer.tx.json(q.payload as never),
      }));
    });
    if (!tx || rows.length === 0) return 0;
    if (writers.some((writer) => writer.notify)) {
      // One round trip: the insert and the wake-up (delivered on commit).
      await tx`
        with inserted as (
          insert into outgoing_messages ${tx(rows, 'update_id', 'chat_id', 'method', 'payload')} returning 1
        )
        select pg_notify(${OUTBOX_CHANNEL}, (select count(*) from inserted)::text)`;
    } else {
      await tx`insert into outgoing_messages ${tx(rows, 'update_id', 'chat_id', 'method', 'payload')}`;
    }
    return rows.length;
  }
}
