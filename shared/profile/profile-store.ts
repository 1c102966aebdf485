import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { setUserTimeZone } from '../users/index.js';
import { type RunnerProfile, runnerProfileSchema } from './profile.js';

type Db = Sql | TransactionSql;

/**
 * Reads the user's saved profile and validates it; a row that fails the schema is logged and treated as
 * missing (the runner is led through the dialog again rather than crashing on it). The one reader of
 * `runner_profiles.profile`: every feature and job goes through it.
 *
 * @example
 * const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
 */
export async function loadProfile(db: Db, userId: number, log?: Logger): Promise<RunnerProfile | undefined> {
  const [row] = await db<
    { profile: unknown }[]
  >`select profile from runner_profiles where user_id = ${userId}`;
  if (!row) return undefined;
  const parsed = runnerProfileSchema.safeParse(row.profile);
  if (!parsed.success) {
    log?.warn('stored runner profile fails the schema; treating it as missing', { userId });
    return undefined;
  }
  return parsed.data;
}

/**
 * True when the user has a profile row (valid or not): features that only need to know whether the
 * runner finished the dialog once.
 *
 * @example
 * if (!(await hasProfile(ctx.tx, ctx.user.id))) return next();
 */
export async function hasProfile(db: Db, userId: number): Promise<boolean> {
  const rows = await db`select 1 from runner_profiles where user_id = ${userId}`;
  return rows.length > 0;
}

/**
 * Validates and stores a finished profile (insert or replace), copying the reminder hour into
 * `runner_profiles.reminder_hour` and the time zone into `users.time_zone` through the users module
 * (both read by the reminder app).
 *
 * @example
 * await saveProfile(ctx.tx, ctx.user.id, reply.done);
 */
export async function saveProfile(tx: TransactionSql, userId: number, profile: RunnerProfile): Promise<void> {
  const valid = runnerProfileSchema.parse(profile);
  await tx`
    insert into runner_profiles (user_id, profile, reminder_hour)
    values (${userId}, ${tx.json(valid as never)}, ${valid.reminderHour})
    on conflict (user_id) do update
      set profile = excluded.profile, reminder_hour = excluded.reminder_hour, updated_at = now()`;
  await setUserTimeZone(tx, userId, valid.timeZone);
}

/**
 * The reminder columns of a profile: on/off, hour, and the rest-day note.
 *
 * @example
 * const s: ReminderSettings = { enabled: true, hour: 19, restDayNote: false };
 */
export interface ReminderSettings {
  readonly enabled: boolean;
  readonly hour: number;
  readonly restDayNote: boolean;
}

/**
 * Reads the reminder settings, or undefined when the user has no profile yet.
 *
 * @example
 * const settings = await loadReminderSettings(ctx.tx, ctx.user.id);
 */
export async function loadReminderSettings(db: Db, userId: number): Promise<ReminderSettings | undefined> {
  const [row] = await db<
    { reminders_enabled: boolean; reminder_hour: number; rest_day_reminders: boolean }[]
  >`
    select reminders_enabled, reminder_hour, rest_day_reminders from runner_profiles where user_id = ${userId}`;
  return row
    ? { enabled: row.reminders_enabled, hour: row.reminder_hour, restDayNote: row.rest_day_reminders }
    : undefined;
}

/**
 * Changes some reminder settings. The hour is written to both `runner_profiles.reminder_hour` (read by
 * the reminder app) and the stored profile's `reminderHour` (shown by /profile), so they never disagree.
 *
 * @example
 * await updateReminderSettings(ctx.tx, ctx.user.id, { hour: 20 });
 */
export async function updateReminderSettings(
  tx: TransactionSql,
  userId: number,
  patch: { enabled?: boolean; hour?: number; restDayNote?: boolean },
): Promise<void> {
  if (patch.hour !== undefined && !(Number.isInteger(patch.hour) && patch.hour >= 0 && patch.hour <= 23)) {
    throw new RangeError(`reminder hour ${patch.hour}`);
  }
  await tx`
    update runner_profiles set
      reminders_enabled = coalesce(${patch.enabled ?? null}::boolean, reminders_enabled),
      rest_day_reminders = coalesce(${patch.restDayNote ?? null}::boolean, rest_day_reminders),
      reminder_hour = coalesce(${patch.hour ?? null}::smallint, reminder_hour),
      profile = case when ${patch.hour ?? null}::int is null then profile
                     else jsonb_set(profile, '{reminderHour}', to_jsonb(${patch.hour ?? null}::int)) end,
      updated_at = now()
    where user_id = ${userId}`;
}

/**
 * `runner_profiles` in /export (the stored JSON as it is, even one that no longer passes the schema: an
 * export shows what is stored; the reminder settings including the rest-day note) and /deleteme.
 *
 * @example
 * const { profile, reminders } = (await profileUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const profileUserData: UserDataOwner = {
  domain: 'profile',
  tables: ['runner_profiles'],
  async exportForUser(tx, userId) {
    const [row] = await tx`
      select profile, reminder_hour, reminders_enabled, rest_day_reminders from runner_profiles
      where user_id = ${userId}`;
    return {
      profile: row?.profile ?? null,
      reminders: row
        ? { hour: row.reminder_hour, enabled: row.reminders_enabled, restDayNote: row.rest_day_reminders }
        : null,
    };
  },
  async deleteForUser(tx, who) {
    await tx`delete from runner_profiles where user_id = ${who.userId}`;
  },
};
