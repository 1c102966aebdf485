import type { Sql, TransactionSql } from '../db/index.js';
import { type Plan, type PlannerInput, plannerInputSchema, planSchema } from '../planner/index.js';
import { lockUser } from '../users/index.js';

/** The active plan with the planner input it was built (and is checked) against. */
export interface ActivePlanWithInput {
  readonly id: number;
  readonly plan: Plan;
  readonly input: PlannerInput;
}

/**
 * Loads the user's active plan and its stored planner input, both validated, or undefined (no plan, or
 * one the schemas no longer read — a change is then refused rather than guessed).
 *
 * @example
 * const active = await loadActivePlanWithInput(sql, userId);
 */
export async function loadActivePlanWithInput(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<ActivePlanWithInput | undefined> {
  const [row] = await sql<{ id: number; plan: unknown; input: unknown }[]>`
    select id::int as id, plan, input from training_plans where user_id = ${userId} and status = 'active'`;
  if (!row) return undefined;
  const plan = planSchema.safeParse(row.plan);
  const input = plannerInputSchema.safeParse(row.input);
  if (!plan.success || !input.success) return undefined;
  return { id: row.id, plan: plan.data, input: input.data };
}

/** Result of {@link saveRevisedPlan}. */
export type RevisionOutcome =
  | { kind: 'saved'; planId: number }
  | { kind: 'stale'; activePlanId: number | null };

/**
 * Stores `plan` — an edit of the active plan `basePlanId` — as the next plan version, in the caller's
 * transaction. Refused (`stale`) when the active plan is no longer `basePlanId`: the edit was vetted
 * against that version only. The old version's workout rows move to the new one (history, done and
 * cancelled workouts and their reminders stay as they are); its still-planned rows from `fromDate` on are
 * replaced by the new plan's workouts, except on days that already hold a done, cancelled or missed one.
 *
 * @example
 * await saveRevisedPlan(tx, { userId, basePlanId: 7, plan: moved, fromDate: '2027-03-03', meta: { coachProposal: 5 } });
 */
export async function saveRevisedPlan(
  tx: TransactionSql,
  args: { userId: number; basePlanId: number; plan: Plan; fromDate: string; meta?: object },
): Promise<RevisionOutcome> {
  // The same lock saveActivePlan takes: concurrent plan writes of one user are ordered.
  await lockUser(tx, args.userId);
  const [active] = await tx<{ id: number; source: string; input: unknown }[]>`
    select id::int as id, source, input from training_plans where user_id = ${args.userId} and status = 'active'`;
  if (!active || active.id !== args.basePlanId) return { kind: 'stale', activePlanId: active?.id ?? null };
  await tx`update training_plans set status = 'superseded' where id = ${active.id}`;
  const [{ version }] = await tx<{ version: number }[]>`
    select coalesce(max(version), 0) + 1 as version from training_plans where user_id = ${args.userId}`;
  const [created] = await tx<{ id: number }[]>`
    insert into training_plans (user_id, version, status, source, input, plan, meta)
    values (${args.userId}, ${version}, 'active', ${active.source}, ${tx.json(active.input as never)},
            ${tx.json(args.plan as never)}, ${tx.json({ ...args.meta, revisedFrom: active.id } as never)})
    returning id::int as id`;
  const planId = created!.id;
  await tx`
    delete from planned_workouts
    where plan_id = ${active.id} and status = 'planned' and workout_date >= ${args.fromDate}::date`;
  await tx`update planned_workouts set plan_id = ${planId}, updated_at = now() where plan_id = ${active.id}`;
  const kept = new Set(
    (
      await tx<{ date: string }[]>`
        select workout_date::text as date from planned_workouts where plan_id = ${planId}`
    ).map((r) => r.date),
  );
  const rows = args.plan.weeks.flatMap((week) =>
    week.workouts
      .filter((w) => w.type !== 'rest' && w.date >= args.fromDate && !kept.has(w.date))
      .map((w) => ({
        plan_id: planId,
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
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await tx`insert into planned_workouts ${tx(chunk, 'plan_id', 'user_id', 'workout_date', 'week_index', 'type', 'title', 'distance_km', 'duration_min', 'details')}`;
  }
  return { kind: 'saved', planId };
}
