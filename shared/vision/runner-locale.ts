import type { Sql, TransactionSql } from '../db/index.js';
import type { Units } from '../planner/index.js';

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
  const [row] = await sql<{ tz: string; units: string | null }[]>`
    select coalesce(p.profile->>'timeZone', u.time_zone) as tz, p.profile->>'units' as units
    from users u left join runner_profiles p on p.user_id = u.id where u.id = ${userId}`;
  return row ? { timeZone: row.tz, units: row.units === 'mi' ? 'mi' : 'km' } : undefined;
}
