import type { Update } from 'telegraf/types';
import type { TransactionSql } from '../db/index.js';
import { chatIdOf } from '../inbox/index.js';
import type { OutboxWriter } from '../outbox/index.js';

/**
 * The inbox's `onPoison`: an update that failed every attempt gets an apology (in the transaction that
 * marks it failed), so the runner is never left without an answer.
 *
 * @example
 * new UpdateProcessor({ sql, log, handle, onPoison: apologiseForPoisonUpdate });
 */
export async function apologiseForPoisonUpdate(
  update: Update,
  _tx: TransactionSql,
  out: OutboxWriter,
): Promise<void> {
  const chatId = chatIdOf(update);
  if (chatId === null) return;
  out.send(chatId, 'sendMessage', {
    chat_id: chatId,
    text: 'Sorry, something went wrong with that message and I could not handle it. Please try again.',
  });
}
