import type { Update } from 'telegraf/types';
import type { TransactionSql } from '../db/index.js';
import { t } from '../i18n/index.js';
import { chatIdOf } from '../inbox/index.js';
import type { OutboxWriter } from '../outbox/index.js';
import { loadUserLocale } from '../users/index.js';

/**
 * The inbox's `onPoison`: an update that failed every attempt gets an apology (in the transaction that
 * marks it failed), so the runner is never left without an answer. It speaks the sender's stored
 * language, else the update's `language_code` (the failed handling may have rolled back their first
 * contact), else English.
 *
 * @example
 * new UpdateProcessor({ sql, log, handle, onPoison: apologiseForPoisonUpdate });
 */
export async function apologiseForPoisonUpdate(
  update: Update,
  tx: TransactionSql,
  out: OutboxWriter,
): Promise<void> {
  const chatId = chatIdOf(update);
  if (chatId === null) return;
  const from = senderOf(update);
  const locale = from ? await loadUserLocale(tx, from.id, from.language_code) : 'en';
  out.send(chatId, 'sendMessage', { chat_id: chatId, text: t(locale, 'poison-reply') });
}

/** The human who sent an update (any kind that has a `from`), or undefined. */
function senderOf(update: Update): { id: number; language_code?: string } | undefined {
  for (const value of Object.values(update) as unknown[]) {
    const from = (value as { from?: { id?: unknown; language_code?: unknown } } | null)?.from;
    if (from && typeof from.id === 'number') {
      return {
        id: from.id,
        ...(typeof from.language_code === 'string' ? { language_code: from.language_code } : {}),
      };
    }
  }
  return undefined;
}
