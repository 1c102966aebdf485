import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import { type Plan, type PlannerInput, planSchema } from '../planner/index.js';
import { lockUser } from '../users/index.js';

/** The active plan of a user as stored. */
export interface StoredPlan {
  readonly id: number;
  readonly version: number;
  readonly source: 'llm' | 'deterministic';
  readonly plan: Plan;
  readonly createdAt: Date;
}

/**
 * Loads the user's active plan (validated with the plan schema), or undefined.
 *
 * @example
 * const active = await loadActivePlan(ctx.tx, ctx.user.id);
 */
export async function loadActivePlan(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<StoredPlan | undefined> {
  const [row] = await sql<
    { id: number; version: number; source: 'llm' | 'deterministic'; plan: unknown; created_at: Date }[]
  >`
    select id, version, source, plan, created_at from training_plans where user_id = ${userId} and status = 'active'`;
  if (!row) return undefined;
  const parsed = planSchema.safeParse(row.plan);
  if (!parsed.success) return undefined; // an unreadable plan is treated as none: /plan offers to rebuild
  return {
    id: row.id,
    version: row.version,
    source: row.source,
    plan: parsed.data,
    createdAt: row.created_at,
  };
}

/**
 * Stores a new plan version as the active one (the previous one is superseded) with its dated workouts,
 * in the caller's transaction. `jobId` makes it idempotent: a retried job stores nothing twice.
 * Workouts already done or cancelled belong to the old version and are never rewritten.
 *
 * @example
 * await sql.begin((tx) => saveActivePlan(tx, { userId, input, plan, source: 'deterministic', jobId: job.id }));
 */
export async function saveActivePlan(
  tx: TransactionSql,
  args: {
    userId: number;
    input: PlannerInput;
    plan: Plan;
    source: 'llm' | 'deterministic';
    jobId: number;
    meta?: object;
  },
): Promise<{ planId: number; created: boolean }> {
  const [existing] = await tx<{ id: number }[]>`
    select id from training_plans where user_id = ${args.userId} and meta->>'jobId' = ${String(args.jobId)}`;
  if (existing) return { planId: existing.id, created: false };
  // Serialise concurrent rebuilds of one user: the row lock on users orders them.
  await lockUser(tx, args.userId);
  await tx`update training_plans set status = 'superseded' where user_id = ${args.userId} and status = 'active'`;
  const [{ version }] = await tx<{ version: number }[]>`
    select coalesce(max(version), 0) + 1 as version from training_plans where user_id = ${args.userId}`;
  const [plan] = await tx<{ id: number }[]>`
    insert into training_plans (user_id, version, status, source, input, plan, meta)
    values (${args.userId}, ${version}, 'active', ${args.source}, ${tx.json(args.input as never)},
            ${tx.json(args.plan as never)}, ${tx.json({ ...args.meta, jobId: String(args.jobId) } as never)})
    returning id`;
  const rows = args.plan.weeks.flatMap((week) =>
    week.workouts
      .filter((w) => w.type !== 'rest')
      .map((w) => ({
        plan_id: plan!.id,
        user_id: args.userId,
        workout_date: w.date,
        week_index: week.index,
        type: w.type,
        title: w.title,
        distance_km: w.distanceKm ?? null,
        duration_min: w.durationMin === undefined ? null : Math.round(w.durationMin),
        details: tx.json(w as never),
      })),
  );
  // Planned-but-untouched workouts of older versions are replaced by the new ones.
  await tx`
    delete from planned_workouts
    where user_id = ${args.userId} and status = 'planned' and plan_id <> ${plan!.id}`;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await tx`insert into planned_workouts ${tx(chunk, 'plan_id', 'user_id', 'workout_date', 'week_index', 'type', 'title', 'distance_km', 'duration_min', 'details')}`;
  }
  return { planId: plan!.id, created: true };
}

/**
 * True when the user has an active plan (cheaper than {@link loadActivePlan}: the plan JSON is not read).
 *
 * @example
 * if (!(await hasActivePlan(ctx.tx, userId))) return;
 */
export async function hasActivePlan(sql: Sql | TransactionSql, userId: number): Promise<boolean> {
  const rows = await sql`select 1 from training_plans where user_id = ${userId} and status = 'active'`;
  return rows.length > 0;
}

/**
 * A planned workout's title and local date (YYYY-MM-DD), for a reply that names it; undefined if gone.
 *
 * @example
 * const w = await loadWorkoutTitle(ctx.tx, 42); // { title: 'Easy run', date: '2025-05-06' }
 */
export async function loadWorkoutTitle(
  sql: Sql | TransactionSql,
  workoutId: number,
): Promise<{ title: string; titleText: unknown; date: string } | undefined> {
  const [row] = await sql<{ title: string; titleText: unknown; date: string }[]>`
    select title, details->'texts'->'title' as "titleText", workout_date::text as date
    from planned_workouts where id = ${workoutId}`;
  return row;
}

/**
 * Sets a planned workout's tracking status (the caller checked ownership and locked the row): `done`
 * when a completion is recorded for it, `cancelled` when the runner skips it.
 *
 * @example
 * await setWorkoutStatus(tx, 42, 'done');
 */
export async function setWorkoutStatus(
  tx: TransactionSql,
  workoutId: number,
  status: 'done' | 'cancelled',
): Promise<void> {
  await tx`update planned_workouts set status = ${status}, updated_at = now() where id = ${workoutId}`;
}

/**
 * `training_plans` and `planned_workouts` in /export and /deleteme.
 *
 * @example
 * const { plans, workouts } = (await plansUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const plansUserData: UserDataOwner = {
  domain: 'plans',
  tables: ['training_plans', 'planned_workouts'],
  async exportForUser(tx, userId) {
    const plans = await tx`
      select id, version, status, source, plan, created_at from training_plans
      where user_id = ${userId} order by version`;
    const workouts = await tx`
      select id, plan_id, workout_date, week_index, type, title, distance_km, duration_min, details, status
      from planned_workouts where user_id = ${userId} order by workout_date, id`;
    return { plans: [...plans], workouts: [...workouts] };
  },
  async deleteForUser(tx, who) {
    await tx`delete from planned_workouts where user_id = ${who.userId}`;
    await tx`delete from training_plans where user_id = ${who.userId}`;
  },
};
