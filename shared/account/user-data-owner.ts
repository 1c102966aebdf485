import type { TransactionSql } from '../db/index.js';

/**
 * Whose data is being deleted, and by which update: the chats are where the runner's messages went (the
 * private chat and, for users recorded before their chat was known, the user id), `currentUpdateId` the
 * update that asked for it (it is still being processed in the same transaction).
 *
 * @example
 * const who: DeletionTarget = { userId: 42, chatIds: [42], currentUpdateId: 1001 };
 */
export interface DeletionTarget {
  readonly userId: number;
  readonly chatIds: readonly number[];
  readonly currentUpdateId: number;
}

/**
 * One table owner's part of /export and /deleteme. `tables` names every table the owner stores personal
 * data in; a test compares it with the database catalog, so a new table with a `user_id` (or a foreign-key
 * path to `users`, or a `chat_id`) cannot be forgotten.
 *
 * `exportForUser` returns the owner's part of the export document (its keys are merged into it); owners of
 * transport tables (inbox, outbox, jobs) hold no data a runner reads and have no exporter — they are
 * listed in `transportOnly`.
 *
 * @example
 * export const profileUserData: UserDataOwner = {
 *   domain: 'profile',
 *   tables: ['runner_profiles'],
 *   exportForUser: async (tx, userId) => ({ profile: … }),
 *   deleteForUser: async (tx, who) => { await tx`delete from runner_profiles where user_id = ${who.userId}`; },
 * };
 */
export interface UserDataOwner {
  readonly domain: string;
  readonly tables: readonly string[];
  /** Tables of `tables` that only carry transport state (updates, replies, jobs): deleted, not exported. */
  readonly transportOnly?: readonly string[];
  exportForUser?(tx: TransactionSql, userId: number): Promise<Record<string, unknown>>;
  deleteForUser(tx: TransactionSql, who: DeletionTarget): Promise<void>;
}
