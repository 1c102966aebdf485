import type { Sql, TransactionSql } from '../db/index.js';
import type { Units } from '../planner/index.js';
import { loadProfile } from '../profile/index.js';
import { loadUserTimeZone } from '../users/index.js';

/** Where and how a runner reads numbers: their time zone and distance units. */
export interface RunnerLocale {
  readonly timeZone: string;
  readonly units: Units;
}

/**
 * The runner's time zone and units from their profile (before there is one: the account's zone and km);
 * undefined when the user no longer exists.
 *
 * @example
 * const locale = await readRunnerLocale(sql, userId); // { timeZone: 'Europe/Berlin', units: 'km' }
 */
export async function readRunnerLocale(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<RunnerLocale | undefined> {
  const zone = await loadUserTimeZone(sql, userId);
  if (zone === undefined) return undefined;
  const profile = await loadProfile(sql, userId);
  return { timeZone: profile?.timeZone ?? zone, units: profile?.units ?? 'km' };
}
