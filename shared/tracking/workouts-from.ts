import type { Sql, TransactionSql } from '../db/index.js';
import type { WorkoutStatus } from './tracking-rules.js';

/** A workout row as the coach reads it. */
export interface WorkoutRow {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  readonly status: WorkoutStatus;
}

/**
 * The user's workouts dated `since` or later: the active plan's, and closed ones (done, cancelled,
 * missed) of any version — what the runner's calendar holds. Oldest first.
 *
 * @example
 * const rows = await loadWorkoutsFrom(sql, userId, '2027-02-24');
 */
export async function loadWorkoutsFrom(
  sql: Sql | TransactionSql,
  userId: number,
  since: string,
): Promise<WorkoutRow[]> {
  return sql<WorkoutRow[]>`
    select w.id::int as id, w.workout_date::text as date, w.type, w.title, w.status
    from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and w.type <> 'rest' and w.workout_date >= ${since}::date
      and (p.status = 'active' or w.status <> 'planned')
    order by w.workout_date, w.id`;
}
