import type { Sql, TransactionSql } from '../db/index.js';

/**
 * The Telegram message id of the queued message `outgoingId` once it was sent; undefined while it is
 * pending, when it failed, or after the 7-day prune removed it.
 *
 * @example
 * const messageId = await sentMessageId(ctx.tx, 1234); // 987 (then edit that message's buttons)
 */
export async function sentMessageId(
  sql: Sql | TransactionSql,
  outgoingId: number,
): Promise<number | undefined> {
  const [row] = await sql<{ message_id: number | null }[]>`
    select telegram_message_id as message_id from outgoing_messages where id = ${outgoingId}`;
  return row?.message_id ?? undefined;
}

/**
 * Payload key of an edit that names its target by outbox row (`OUTGOING_REF_KEY: <row id>`) instead of
 * `message_id`; the sender resolves it with {@link sentMessageId} just before the call.
 *
 * @example
 * out.send(chatId, 'editMessageReplyMarkup', { chat_id: chatId, [OUTGOING_REF_KEY]: 1234, reply_markup });
 */
export const OUTGOING_REF_KEY = 'outgoing_message_id';
