import type { Sql } from '../db/index.js';

/**
 * Deletes sent outbox rows older than `keepDays`; failed rows are kept for inspection. Returns how many
 * were deleted.
 *
 * @example
 * const messages = await pruneSentMessages(sql, 7);
 */
export async function pruneSentMessages(sql: Sql, keepDays: number): Promise<number> {
  const rows = await sql`
    delete from outgoing_messages where status = 'sent' and sent_at < now() - ${`${keepDays} days`}::interval`;
  return rows.count;
}
