import type { Update } from 'telegraf/types';
import type { Sql } from '../db/index.js';

/** NOTIFY channel that wakes update processors when new updates land in the inbox. */
export const INBOX_CHANNEL = 'telegram_updates';

/**
 * The chat an update belongs to (for per-chat ordering), or null for chat-less updates.
 *
 * @example
 * chatIdOf({ update_id: 1, message: { chat: { id: 42 }, … } }); // 42
 */
export function chatIdOf(update: Update): number | null {
  const u = update as unknown as Record<string, unknown> & {
    callback_query?: { message?: { chat?: { id: number } }; from?: { id: number } };
  };
  for (const key of [
    'message',
    'edited_message',
    'channel_post',
    'edited_channel_post',
    'my_chat_member',
    'chat_member',
  ]) {
    const chat = (u[key] as { chat?: { id?: number } } | undefined)?.chat?.id;
    if (typeof chat === 'number') return chat;
  }
  if (u.callback_query) return u.callback_query.message?.chat?.id ?? u.callback_query.from?.id ?? null;
  for (const key of ['inline_query', 'chosen_inline_result', 'shipping_query', 'pre_checkout_query']) {
    const from = (u[key] as { from?: { id?: number } } | undefined)?.from?.id;
    if (typeof from === 'number') return from;
  }
  return null;
}

/**
 * Writes updates into the durable inbox (`ON CONFLICT DO NOTHING` on update_id: a re-delivered update is
 * stored once) and notifies processors. Returns how many were new. Call it BEFORE confirming the offset.
 *
 * @example
 * const fresh = await storeUpdates(sql, updates, 'polling');
 */
export async function storeUpdates(
  sql: Sql,
  updates: readonly Update[],
  source: 'polling' | 'webhook',
): Promise<number> {
  if (updates.length === 0) return 0;
  const rows = updates.map((update) => ({
    update_id: update.update_id,
    payload: update as unknown as Record<string, unknown>,
    source,
    chat_id: chatIdOf(update),
  }));
  return sql.begin(async (tx) => {
    const inserted = await tx`
      insert into telegram_updates ${tx(
        rows.map((r) => ({ ...r, payload: tx.json(r.payload as never) })),
        'update_id',
        'payload',
        'source',
        'chat_id',
      )}
      on conflict (update_id) do nothing
      returning update_id`;
    if (inserted.length > 0) await tx`select pg_notify(${INBOX_CHANNEL}, ${String(inserted.length)})`;
    return inserted.length;
  });
}
