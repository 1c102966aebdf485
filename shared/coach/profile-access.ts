import type { Sql, TransactionSql } from '../db/index.js';
import { type RunnerProfile, runnerProfileSchema } from '../profile/index.js';

/**
 * The runner's saved profile, validated (undefined when missing or unreadable). The profile domain keeps
 * its store in the bot's profile feature; the coach needs only this read and the goal write below.
 *
 * @example
 * const profile = await loadRunnerProfile(sql, userId);
 */
export async function loadRunnerProfile(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<RunnerProfile | undefined> {
  const [row] = await sql<
    { profile: unknown }[]
  >`select profile from runner_profiles where user_id = ${userId}`;
  const parsed = runnerProfileSchema.safeParse(row?.profile);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Stores a profile whose goal (distance, label, race date) changed, validated first.
 *
 * @example
 * await saveGoal(tx, userId, { ...profile, raceDate: '2027-10-10' });
 */
export async function saveGoal(tx: TransactionSql, userId: number, profile: RunnerProfile): Promise<void> {
  const valid = runnerProfileSchema.parse(profile);
  await tx`
    update runner_profiles set profile = ${tx.json(valid as never)}, updated_at = now() where user_id = ${userId}`;
}
