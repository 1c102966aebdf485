import type { TransactionSql } from '../../../shared/db/index.js';
import type { Logger } from '../../../shared/log/index.js';
import { type RunnerProfile, runnerProfileSchema } from '../../../shared/profile/index.js';

/**
 * Reads the user's saved profile and validates it; a row that fails the schema is logged and treated as
 * missing (the runner is led through the dialog again rather than crashing on it).
 *
 * @example
 * const profile = await loadProfile(ctx.tx, ctx.user.id, ctx.log);
 */
export async function loadProfile(
  tx: TransactionSql,
  userId: number,
  log?: Logger,
): Promise<RunnerProfile | undefined> {
  const [row] = await tx<
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
 * Validates and stores a finished profile (insert or replace), copying the reminder hour into
 * `runner_profiles.reminder_hour` and the time zone into `users.time_zone` (both read by the reminder app).
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
  await tx`update users set time_zone = ${valid.timeZone}, updated_at = now() where id = ${userId}`;
}
