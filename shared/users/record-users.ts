import type { Context } from 'telegraf';
import type { TransactionSql } from '../db/index.js';

/**
 * The sender of an update as `users` knows them (what `ctx.user` holds).
 *
 * @example
 * const u: RecordedUser = { id: 42, chatId: 42, firstName: 'Ann', timeZone: 'UTC', isNew: true };
 */
export interface RecordedUser {
  readonly id: number;
  readonly chatId: number;
  readonly firstName: string;
  readonly timeZone: string;
  /** True when this update created the user (their first contact). */
  readonly isNew: boolean;
}

interface UserRow {
  id: number;
  chat_id: number;
  first_name: string;
  time_zone: string;
  is_new: boolean;
}

/**
 * Records the senders of several updates in `users` with one statement, and returns each context's user
 * (undefined for updates without a human sender). A user seen for the first time is `isNew` on their
 * first update only.
 *
 * The insert writes only when something changed (a new user, a renamed one, one coming back after
 * blocking the bot): most updates come from a known, unchanged user, and an unconditional upsert would
 * write a new row version — WAL, a dead tuple, index churn — for every message. The second branch of the
 * statement reads the rows the conditional update left alone.
 *
 * @example
 * const users = await recordUsers(tx, [ctxA, ctxB]);
 * users.get(ctxA)?.isNew;
 */
export async function recordUsers<C extends Context>(
  tx: TransactionSql,
  contexts: readonly C[],
): Promise<Map<C, RecordedUser | undefined>> {
  const senders = new Map<number, { chatId: number; from: NonNullable<Context['from']> }>();
  for (const ctx of contexts) {
    const from = ctx.from;
    if (!from || from.is_bot || senders.has(from.id)) continue;
    senders.set(from.id, { chatId: ctx.chat?.type === 'private' ? ctx.chat.id : from.id, from });
  }
  const result = new Map<C, RecordedUser | undefined>();
  if (senders.size === 0) {
    for (const ctx of contexts) result.set(ctx, undefined);
    return result;
  }
  const list = [...senders.values()];
  const ids = list.map((s) => s.from.id);
  const rows = await tx<UserRow[]>`
    with fresh as (
      insert into users (id, chat_id, first_name, last_name, username, language_code)
      select * from unnest(
        ${ids}::bigint[], ${list.map((s) => s.chatId)}::bigint[],
        ${list.map((s) => s.from.first_name.slice(0, 256))}::text[],
        ${list.map((s) => s.from.last_name?.slice(0, 256) ?? null)}::text[],
        ${list.map((s) => s.from.username ?? null)}::text[],
        ${list.map((s) => s.from.language_code ?? null)}::text[])
      on conflict (id) do update set
        first_name = excluded.first_name, last_name = excluded.last_name, username = excluded.username,
        language_code = excluded.language_code, is_active = true, updated_at = now()
      where (users.first_name, users.last_name, users.username, users.language_code, users.is_active)
        is distinct from (excluded.first_name, excluded.last_name, excluded.username, excluded.language_code, true)
      returning id, chat_id, first_name, time_zone, (xmax = 0) as is_new
    )
    select * from fresh
    union all
    select id, chat_id, first_name, time_zone, false from users
    where id = any(${ids}::bigint[]) and id not in (select id from fresh)`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A user another transaction inserted after this statement's snapshot (the same user in two chats at
  // once): the conflict found their row, which the snapshot cannot see. Read it now.
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const late = await tx<UserRow[]>`
      select id, chat_id, first_name, time_zone, false as is_new from users where id = any(${missing}::bigint[])`;
    for (const row of late) byId.set(row.id, row);
  }
  const seen = new Set<number>();
  for (const ctx of contexts) {
    const row = ctx.from && !ctx.from.is_bot ? byId.get(ctx.from.id) : undefined;
    if (!row) {
      result.set(ctx, undefined);
      continue;
    }
    result.set(ctx, {
      id: row.id,
      chatId: row.chat_id,
      firstName: row.first_name,
      timeZone: row.time_zone,
      isNew: row.is_new && !seen.has(row.id),
    });
    seen.add(row.id);
  }
  return result;
}
