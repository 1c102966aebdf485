import type { Update } from 'telegraf/types';
import type { UserDataOwner } from '../account/user-data-owner.js';
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

/** Characters PostgreSQL's jsonb cannot hold: U+0000 and unpaired UTF-16 surrogates. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces characters jsonb rejects with U+FFFD in every string of an update (a user can type U+0000 or
 * paste half an emoji; one such update must not block the inbox). Returns the same object when clean.
 *
 * @example
 * storableUpdate({ update_id: 1, message: { text: 'a\u0000b' } }); // text 'a\uFFFDb'
 */
export function storableUpdate<T>(value: T): T {
  const json = JSON.stringify(value);
  // JSON.stringify escapes U+0000 as \u0000 and lone surrogates as \udXXX: cheap test before walking.
  if (!/\\u0000|\\ud[89a-f]/i.test(json)) return value;
  return JSON.parse(json, (_key, inner: unknown) =>
    typeof inner === 'string' ? inner.replace(UNSTORABLE, '\uFFFD') : inner,
  ) as T;
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
    payload: storableUpdate(update) as unknown as Record<string, unknown>,
    source,
    chat_id: chatIdOf(update),
  }));
  try {
    return await insertRows(sql, rows);
  } catch (err) {
    // 22xxx = data exception: some update PostgreSQL will not take even after cleaning. Store the batch
    // row by row and keep an unstorable one as a `failed` stub, so it is visible and never blocks the
    // updates behind it (an unconfirmed batch would come back for ever).
    if (!String((err as { code?: string }).code ?? '').startsWith('22') || rows.length === 0) throw err;
    let stored = 0;
    for (const row of rows) {
      try {
        stored += await insertRows(sql, [row]);
      } catch (rowErr) {
        if (!String((rowErr as { code?: string }).code ?? '').startsWith('22')) throw rowErr;
        await sql`
          insert into telegram_updates (update_id, payload, source, chat_id, status, last_error)
          values (${row.update_id}, ${sql.json({ update_id: row.update_id, unstorable: true })}, ${source},
                  null, 'failed', ${String((rowErr as Error).message).slice(0, 500)})
          on conflict (update_id) do nothing`;
      }
    }
    return stored;
  }
}

type InboxRow = {
  update_id: number;
  payload: Record<string, unknown>;
  source: string;
  chat_id: number | null;
};

async function insertRows(sql: Sql, rows: InboxRow[]): Promise<number> {
  // One statement, so one round trip and its own transaction: the insert and the wake-up (sent on commit,
  // and only when something was new).
  const [result] = await sql<{ inserted: number }[]>`
    with inserted as (
      insert into telegram_updates ${sql(
        rows.map((r) => ({ ...r, payload: sql.json(r.payload as never) })),
        'update_id',
        'payload',
        'source',
        'chat_id',
      )}
      on conflict (update_id) do nothing
      returning update_id
    ), counted as (
      select count(*)::int as inserted from inserted
    )
    select inserted, case when inserted > 0 then pg_notify(${INBOX_CHANNEL}, inserted::text) end
    from counted`;
  return result?.inserted ?? 0;
}

/**
 * `telegram_updates` for /deleteme. The inbox keeps every update_id: a processed update whose offset
 * Telegram has not confirmed yet can be delivered again after a crash, and only its row (`on conflict
 * (update_id) do nothing`) stops it from being handled twice — a replayed "/start" would otherwise re-create
 * the user just deleted. So the chat's finished updates become tombstones: the same update_id, no chat id,
 * no payload (the payload is where the personal data was). The CURRENT update is tombstoned too (its row
 * must stay so the processor can mark it processed in this very transaction; it already read the payload).
 * Updates of the chat still pending (sent after this one) stay untouched: they are new actions of the
 * runner and will be handled (a message after deleting simply starts afresh). Not exported: transport.
 *
 * @example
 * await inboxUserData.deleteForUser(tx, { userId: 42, chatIds: [42], currentUpdateId: 7 });
 */
export const inboxUserData: UserDataOwner = {
  domain: 'inbox',
  tables: ['telegram_updates'],
  transportOnly: ['telegram_updates'],
  async deleteForUser(tx, who) {
    await tx`
      update telegram_updates
      set payload = jsonb_build_object('update_id', update_id), chat_id = null, last_error = null
      where chat_id in ${tx(who.chatIds)} and (status <> 'pending' or update_id = ${who.currentUpdateId})`;
  },
};
