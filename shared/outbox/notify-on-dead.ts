import type { TransactionSql } from '../db/index.js';
import { OutboxWriter } from './outbox-writer.js';

/**
 * Builds a job queue `onDead` handler that tells the runner their background work failed for good: the
 * message is queued in the same transaction that marks the job dead, so it is sent exactly once.
 *
 * @example
 * new Worker(sql, 'plan', handler, { onDead: notifyChatOnDead('Sorry, I could not build your plan.') });
 */
export function notifyChatOnDead(text: string) {
  return async (job: { data: { chatId: number } }, _error: unknown, tx: TransactionSql): Promise<void> => {
    const out = new OutboxWriter(tx);
    out.send(job.data.chatId, 'sendMessage', { chat_id: job.data.chatId, text });
    await out.flush();
  };
}
