import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import { isLocale, type Locale, resolveLocale } from '../i18n/index.js';

type Db = Sql | TransactionSql;

/**
 * Marks a user active or inactive (Telegram said they blocked or unblocked the bot). An inactive user gets
 * no reminders until they write again (`recordUsers` reactivates them).
 *
 * @example
 * await setUserActive(tx, userId, false);
 */
export async function setUserActive(db: Db, userId: number, active: boolean): Promise<void> {
  await db`update users set is_active = ${active}, updated_at = now() where id = ${userId}`;
}

/**
 * Marks the user(s) of a private chat inactive: the outbox only knows the chat a message was for.
 *
 * @example
 * await deactivateChat(tx, row.chat_id);
 */
export async function deactivateChat(db: Db, chatId: number): Promise<void> {
  await db`update users set is_active = false, updated_at = now() where chat_id = ${chatId}`;
}

/**
 * Stores the runner's IANA time zone (read by the reminder app and the missed-workout marking).
 *
 * @example
 * await setUserTimeZone(ctx.tx, ctx.user.id, 'Europe/Berlin');
 */
export async function setUserTimeZone(db: Db, userId: number, timeZone: string): Promise<void> {
  await db`update users set time_zone = ${timeZone}, updated_at = now() where id = ${userId}`;
}

/**
 * Row-locks the user for the rest of the transaction: serialises per-user writers that must not
 * interleave (two plan rebuilds of one runner). Returns false when the user does not exist.
 *
 * @example
 * await lockUser(tx, userId);
 */
export async function lockUser(tx: TransactionSql, userId: number): Promise<boolean> {
  const rows = await tx`select id from users where id = ${userId} for update`;
  return rows.length > 0;
}

/**
 * `users` in /export (the account row) and /deleteme. Deleted last: every other owner removes its own
 * rows first; the foreign keys' cascades stay as the safety net for rows a running job writes meanwhile.
 *
 * @example
 * const { user } = (await usersUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const usersUserData: UserDataOwner = {
  domain: 'users',
  tables: ['users'],
  async exportForUser(tx, userId) {
    const [user] = await tx`
      select id, first_name, last_name, username, language_code, locale, time_zone, created_at
      from users where id = ${userId}`;
    return { user: user ?? null };
  },
  async deleteForUser(tx, who) {
    await tx`delete from users where id = ${who.userId}`;
  },
};

/**
 * The account's time zone (UTC until the runner picks one), or undefined when the user does not exist.
 *
 * @example
 * const zone = await loadUserTimeZone(tx, userId); // 'Europe/Berlin'
 */
export async function loadUserTimeZone(db: Db, userId: number): Promise<string | undefined> {
  const [row] = await db<{ time_zone: string }[]>`select time_zone from users where id = ${userId}`;
  return row?.time_zone;
}

/**
 * Stores the language the runner chose with /language.
 *
 * @example
 * await setUserLocale(ctx.tx, ctx.user.id, 'ru');
 */
export async function setUserLocale(db: Db, userId: number, locale: Locale): Promise<void> {
  await db`update users set locale = ${locale}, updated_at = now() where id = ${userId}`;
}

/**
 * The language the bot speaks with the user (their choice, else their Telegram language, else English).
 * For a user not (or no longer) in `users`: `languageCode` (an update's `from.language_code`, when the
 * caller has one), else English. Used by the apps that message a runner outside an update (reminders,
 * screenshot replies, dead jobs, the poison reply).
 *
 * @example
 * const locale = await loadUserLocale(tx, userId); // 'de'
 * await loadUserLocale(tx, update.message.from.id, update.message.from.language_code); // 'ru'
 */
export async function loadUserLocale(db: Db, userId: number, languageCode?: string): Promise<Locale> {
  const [row] = await db<{ locale: string | null; language_code: string | null }[]>`
    select locale, language_code from users where id = ${userId}`;
  if (!row) return resolveLocale(languageCode);
  return isLocale(row.locale) ? row.locale : resolveLocale(row.language_code ?? languageCode);
}
