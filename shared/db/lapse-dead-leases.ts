import type postgres from 'postgres';
import { deadLocalOwners, type LocalProcess } from '../sync/index.js';
import type { Sql } from './client.js';

/** Where the lapse is reported (the apps' logger and the queue's fit). */
export interface LeaseLog {
  warn(message: string, meta?: Record<string, unknown>): void;
}

/** Tables whose rows carry a lease: `locked_by` (a {@link newLeaseOwner} id) and `locked_until`. */
export type LeasedTable = 'jobs' | 'telegram_updates' | 'outgoing_messages' | 'reminder_deliveries';

/**
 * Ends now the live leases in `table` (among the rows `held` selects) whose owners ran on this host in a
 * process that no longer exists. A process restarted after a kill -9 calls it once at start, so the work
 * its predecessor held is claimed again at once instead of after the lease; every claim's usual rules
 * (attempt counting, possible-duplicate flags) then apply unchanged. Leases of live processes and of
 * other hosts run their course. Returns how many rows were lapsed (and warns `log` when any).
 *
 * @example
 * const n = await lapseDeadLocalLeases(sql, 'jobs', sql`status = 'running' and queue = ${'vision'}`);
 */
export async function lapseDeadLocalLeases(
  sql: Sql,
  table: LeasedTable,
  held: postgres.Fragment,
  options: { log?: LeaseLog; local?: LocalProcess } = {},
): Promise<number> {
  const owners = await sql<{ locked_by: string }[]>`
    select distinct locked_by from ${sql(table)}
    where ${held} and locked_until > now() and locked_by is not null`;
  const dead = deadLocalOwners(
    owners.map((o) => o.locked_by),
    options.local,
  );
  if (dead.length === 0) return 0;
  const lapsed = await sql`
    update ${sql(table)} set locked_until = now() - interval '1 millisecond'
    where ${held} and locked_until > now() and locked_by = any(${dead}::text[])
    returning 1`;
  if (lapsed.length > 0) {
    options.log?.warn(`${table} rows leased by a dead process on this host are claimable now`, {
      table,
      lapsed: lapsed.length,
    });
  }
  return lapsed.length;
}
