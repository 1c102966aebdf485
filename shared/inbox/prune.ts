import type { Sql } from '../db/index.js';
import { pruneSentMessages } from '../outbox/prune-sent.js';

/**
 * Deletes handled inbox rows (and, through the outbox, sent outbox rows) older than `keepDays` (default 7). Safe for
 * exactly-once: Telegram re-delivers an unconfirmed update for at most 24 hours, so an update_id older
 * than a week can never come back to be deduplicated against. Failed rows are kept for inspection.
 *
 * @example
 * const { updates, messages } = await pruneHandled(sql);
 */
export async function pruneHandled(sql: Sql, keepDays = 7): Promise<{ updates: number; messages: number }> {
  const interval = `${keepDays} days`;
  const updates = await sql`
    delete from telegram_updates where status = 'processed' and processed_at < now() - ${interval}::interval`;
  const messages = await pruneSentMessages(sql, keepDays);
  return { updates: updates.count, messages };
}
