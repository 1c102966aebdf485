import { randomBytes } from 'node:crypto';
import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';

/** A feed secret: 24 random bytes, base64url (32 characters) — unguessable, safe in a URL path. */
function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** Secrets are base64url of 24 bytes; anything else is refused before it reaches the database. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * The runner's calendar feed secret, created on first use (in the caller's transaction; a concurrent
 * first use keeps the one that was stored first).
 *
 * @example
 * const secret = await feedSecret(ctx.tx, userId);
 */
export async function feedSecret(tx: TransactionSql, userId: number): Promise<string> {
  await tx`
    insert into calendar_feeds (user_id, secret) values (${userId}, ${newSecret()})
    on conflict (user_id) do nothing`;
  const [row] = await tx<{ secret: string }[]>`select secret from calendar_feeds where user_id = ${userId}`;
  return row!.secret;
}

/**
 * Replaces the runner's secret with a fresh one (the old feed URL stops working); returns the new one.
 *
 * @example
 * const secret = await rotateFeedSecret(ctx.tx, userId);
 */
export async function rotateFeedSecret(tx: TransactionSql, userId: number): Promise<string> {
  const secret = newSecret();
  await tx`
    insert into calendar_feeds (user_id, secret) values (${userId}, ${secret})
    on conflict (user_id) do update set secret = excluded.secret, rotated_at = now()`;
  return secret;
}

/**
 * The user a feed secret belongs to, or undefined (unknown, rotated away, or malformed).
 *
 * @example
 * const userId = await userForSecret(sql, 'q1w2…'); // 42
 */
export async function userForSecret(sql: Sql | TransactionSql, secret: string): Promise<number | undefined> {
  if (!SECRET_PATTERN.test(secret)) return undefined;
  const [row] = await sql<{ user_id: number }[]>`
    select user_id::int as user_id from calendar_feeds where secret = ${secret}`;
  return row?.user_id;
}

/**
 * The runner's event hour (0–23, local) or null for all-day events (also when no feed exists yet).
 *
 * @example
 * const hour = await loadEventHour(sql, userId); // 7
 */
export async function loadEventHour(sql: Sql | TransactionSql, userId: number): Promise<number | null> {
  const [row] = await sql<{ event_hour: number | null }[]>`
    select event_hour from calendar_feeds where user_id = ${userId}`;
  return row?.event_hour ?? null;
}

/**
 * Sets the hour of the runner's calendar events (null = all-day), creating the feed row if needed.
 *
 * @example
 * await setEventHour(ctx.tx, userId, 7);
 */
export async function setEventHour(tx: TransactionSql, userId: number, hour: number | null): Promise<void> {
  await feedSecret(tx, userId);
  await tx`update calendar_feeds set event_hour = ${hour} where user_id = ${userId}`;
}

/**
 * `calendar_feeds` in /export (when the feed was made, never the secret itself) and /deleteme.
 *
 * @example
 * await calendarUserData.deleteForUser(tx, who);
 */
export const calendarUserData: UserDataOwner = {
  domain: 'calendar',
  tables: ['calendar_feeds'],
  async exportForUser(tx, userId) {
    const [row] = await tx<{ event_hour: number | null; created_at: Date; rotated_at: Date | null }[]>`
      select event_hour, created_at, rotated_at from calendar_feeds where user_id = ${userId}`;
    return {
      calendarFeed: row
        ? { eventHour: row.event_hour, createdAt: row.created_at, rotatedAt: row.rotated_at }
        : null,
    };
  },
  async deleteForUser(tx, who) {
    await tx`delete from calendar_feeds where user_id = ${who.userId}`;
  },
};
