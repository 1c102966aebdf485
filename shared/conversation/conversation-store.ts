import type { z } from 'zod';
import type { UserDataOwner } from '../account/user-data-owner.js';
import type { TransactionSql } from '../db/index.js';

/**
 * What {@link loadConversation} found for a user:
 * - `none`: no conversation at all;
 * - `other`: a conversation of another kind (another feature's form) — leave it alone;
 * - `corrupt`: a row of this kind that fails the schema (older version, hand-edited…) — restart politely;
 * - `ok`: the validated state.
 *
 * @example
 * const found = await loadConversation(tx, userId, 'profile', dialogStateSchema);
 * if (found.status === 'ok') handleInput(found.state, input, { now: new Date() });
 */
export type LoadedConversation<T> =
  | { readonly status: 'none' }
  | { readonly status: 'other'; readonly kind: string }
  | { readonly status: 'corrupt'; readonly error: string }
  | { readonly status: 'ok'; readonly state: T };

/**
 * Reads the user's conversation state (`conversation_state`, one row per user) inside the update's
 * transaction and validates it with `schema`. Never throws on bad stored JSON: that is `corrupt`.
 *
 * @example
 * const found = await loadConversation(ctx.tx, ctx.user.id, 'profile', dialogStateSchema);
 */
export async function loadConversation<S extends z.ZodType>(
  tx: TransactionSql,
  userId: number,
  kind: string,
  schema: S,
): Promise<LoadedConversation<z.output<S>>> {
  const [row] = await tx<{ kind: string; state: unknown }[]>`
    select kind, state from conversation_state where user_id = ${userId}`;
  if (!row) return { status: 'none' };
  if (row.kind !== kind) return { status: 'other', kind: row.kind };
  const parsed = schema.safeParse(row.state);
  if (!parsed.success) return { status: 'corrupt', error: parsed.error.message.slice(0, 500) };
  return { status: 'ok', state: parsed.data };
}

/**
 * Stores (inserts or replaces) the user's conversation state; it commits with the update, so after any
 * crash the user continues exactly where the last handled update left them.
 *
 * @example
 * await saveConversation(ctx.tx, ctx.user.id, 'profile', result.state);
 */
export async function saveConversation(
  tx: TransactionSql,
  userId: number,
  kind: string,
  state: unknown,
): Promise<void> {
  await tx`
    insert into conversation_state (user_id, kind, state, updated_at)
    values (${userId}, ${kind}, ${tx.json(state as never)}, now())
    on conflict (user_id) do update set kind = excluded.kind, state = excluded.state, updated_at = now(),
      -- another feature's form takes over: the old dialog's buttons are not its prompt
      prompt_outgoing_id = case when conversation_state.kind = excluded.kind
                                then conversation_state.prompt_outgoing_id end`;
}

/**
 * Deletes the user's conversation state of `kind` (only that kind: another feature's form survives).
 * Returns whether a row was deleted.
 *
 * @example
 * await clearConversation(ctx.tx, ctx.user.id, 'profile');
 */
export async function clearConversation(tx: TransactionSql, userId: number, kind: string): Promise<boolean> {
  const rows = await tx`delete from conversation_state where user_id = ${userId} and kind = ${kind}`;
  return rows.count > 0;
}

/**
 * Records which outbox row carries the dialog's current buttons (`null`: none). Needs the user's
 * conversation row (save the state first); a new kind of conversation starts without one.
 *
 * @example
 * await setPrompt(ctx.tx, user.id, await ctx.out.htmlNow(text, keyboard));
 */
export async function setPrompt(
  tx: TransactionSql,
  userId: number,
  outgoingId: number | null,
): Promise<void> {
  await tx`update conversation_state set prompt_outgoing_id = ${outgoingId} where user_id = ${userId}`;
}

/**
 * The Telegram message id of the message carrying the dialog's current buttons, if it was sent (and is
 * still in the outbox's 7 days).
 *
 * @example
 * const shown = await promptMessageId(ctx.tx, user.id);
 */
export async function promptMessageId(tx: TransactionSql, userId: number): Promise<number | undefined> {
  const [row] = await tx<{ message_id: number | null }[]>`
    select o.telegram_message_id as message_id
    from conversation_state c join outgoing_messages o on o.id = c.prompt_outgoing_id
    where c.user_id = ${userId}`;
  return row?.message_id ?? undefined;
}

/**
 * The kind of the user's current conversation (whichever feature's form), or undefined without one.
 *
 * @example
 * const kind = await conversationKind(ctx.tx, ctx.user.id); // 'profile'
 */
export async function conversationKind(tx: TransactionSql, userId: number): Promise<string | undefined> {
  const [row] = await tx<{ kind: string }[]>`select kind from conversation_state where user_id = ${userId}`;
  return row?.kind;
}

/**
 * `conversation_state` in /export (a form in progress: what the runner typed so far) and /deleteme.
 *
 * @example
 * const { conversation } = (await conversationUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const conversationUserData: UserDataOwner = {
  domain: 'conversation',
  tables: ['conversation_state'],
  async exportForUser(tx, userId) {
    const [row] = await tx`select kind, state, updated_at from conversation_state where user_id = ${userId}`;
    return { conversation: row ?? null };
  },
  async deleteForUser(tx, who) {
    await tx`delete from conversation_state where user_id = ${who.userId}`;
  },
};
