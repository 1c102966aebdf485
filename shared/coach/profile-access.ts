import type { Sql, TransactionSql } from '../db/index.js';
import { loadProfile, type RunnerProfile, saveProfile } from '../profile/index.js';

/**
 * The runner's saved profile, validated (undefined when missing or unreadable), read through the
 * profile domain's store — the only module that touches `runner_profiles`.
 *
 * @example
 * const profile = await loadRunnerProfile(sql, userId);
 */
export function loadRunnerProfile(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<RunnerProfile | undefined> {
  return loadProfile(sql, userId);
}

/**
 * Stores a profile whose goal (distance, label, race date) changed, validated by the profile store.
 *
 * @example
 * await saveGoal(tx, userId, { ...profile, raceDate: '2027-10-10' });
 */
export function saveGoal(tx: TransactionSql, userId: number, profile: RunnerProfile): Promise<void> {
  return saveProfile(tx, userId, profile);
}
