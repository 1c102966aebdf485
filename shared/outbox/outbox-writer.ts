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
    const rows = writers.flatMap((writer) =>
      writer.queued.splice(0).map((q) => ({
        update_id: writer.updateId,
        chat_id: q.chatId,
        method: q.method,
        payload: writer.tx.json(q.payload as never),
      })),
    );
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
