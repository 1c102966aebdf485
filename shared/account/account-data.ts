import type { TransactionSql } from '../db/index.js';
import { USER_DATA_OWNERS } from './owners.js';
import type { DeletionTarget } from './user-data-owner.js';

/**
 * Everything stored about a user as one JSON-ready object: each owner's part (account, profile and
 * reminder settings, conversation in progress, plans, workouts, completions, cancellations, re-plan
 * offers, reminders sent, screenshot readings), read in the caller's transaction.
 *
 * @example
 * const data = await exportUserData(ctx.tx, ctx.user.id); // { exportedAt, user, profile, plans, … }
 */
export async function exportUserData(tx: TransactionSql, userId: number): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const owner of USER_DATA_OWNERS) {
    if (owner.exportForUser) Object.assign(data, await owner.exportForUser(tx, userId));
  }
  return data;
}

/**
 * Deletes every row of the user in the update's transaction, each owner its own part (in
 * {@link USER_DATA_OWNERS} order), keeping what exactly-once processing needs:
 * - the inbox keeps every update_id as a tombstone (no chat id, no payload), the current one included —
 *   a re-delivered update must still be recognised, and the processor marks the current one processed
 *   in this very transaction;
 * - updates of the chat still pending (sent after this one) stay untouched: new actions of the runner;
 * - earlier outgoing messages of the chat are deleted; this update's own replies (the goodbye) are
 *   written after the handler and sent after commit;
 * - queued jobs about the runner are deleted, running ones are left to their worker (it holds a lease).
 * The details live with each owner (`inboxUserData`, `outboxUserData`, `jobsUserData`).
 *
 * @example
 * await deleteUserData(ctx.tx, { userId: ctx.user.id, chatIds: [ctx.user.chatId, ctx.user.id], currentUpdateId });
 */
export async function deleteUserData(tx: TransactionSql, who: DeletionTarget): Promise<void> {
  for (const owner of USER_DATA_OWNERS) await owner.deleteForUser(tx, who);
}
