import type { TransactionSql } from '../db/index.js';
import { t } from '../i18n/index.js';
import { loadUserLocale } from '../users/index.js';
import { OutboxWriter } from './outbox-writer.js';

/**
 * Builds a job queue `onDead` handler that tells the runner their background work failed for good, with
 * catalog message `messageId` in the runner's language (`job.data.userId`; English when the payload has
 * none): the message is queued in the same transaction that marks the job dead, so it is sent exactly once.
 *
 * @example
 * new Worker(sql, 'plan', handler, { onDead: notifyChatOnDead('job-dead-plan') });
 */
export function notifyChatOnDead(messageId: string) {
  return async (
    job: { data: { chatId: number; userId?: number } },
    _error: unknown,
    tx: TransactionSql,
  ): Promise<void> => {
    // An invalid payload reaches onDead raw, so the user id is checked, not trusted.
    const userId: unknown = job.data.userId;
    const locale = typeof userId === 'number' ? await loadUserLocale(tx, userId) : 'en';
    const out = new OutboxWriter(tx);
    out.send(job.data.chatId, 'sendMessage', { chat_id: job.data.chatId, text: t(locale, messageId) });
    await out.flush();
  };
}
