import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { type RunnerProfile, toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile, isoDaysFromNow } from '../harness/profile-fixture.js';
import type { TestSystem } from '../harness/system.js';

/** Today (UTC, the test runners' zone) shifted by `days`. */
export const day = isoDaysFromNow;

/** A half-marathon runner in UTC, race in 14 weeks. */
export const PROFILE: RunnerProfile = halfMarathonProfile({ timeZone: 'UTC', recentRace: undefined });

/** Inserts the user with {@link PROFILE} and an (empty) active plan; returns the plan id. */
export async function seedRunner(sys: TestSystem, userId: number): Promise<number> {
  const sql = sys.db.sql;
  await sql`insert into users (id, chat_id, first_name, time_zone) values (${userId}, ${userId}, 'Run', 'UTC')`;
  await sql`insert into runner_profiles (user_id, profile) values (${userId}, ${sql.json(PROFILE as never)})`;
  const [plan] = await sql<{ id: number }[]>`
    insert into training_plans (user_id, version, source, input, plan) values (${userId}, 1, 'deterministic', '{}', '{}')
    returning id::int as id`;
  return plan!.id;
}

/** Replaces the empty plan with a real engine plan built today (for the re-plan test). */
export async function seedEnginePlan(sys: TestSystem, userId: number): Promise<number> {
  const input = plannerInputSchema.parse(toPlannerInput(PROFILE, day(0)));
  const saved = await sys.db.sql.begin((tx) =>
    saveActivePlan(tx, {
      userId,
      input,
      plan: buildPlan(input),
      source: 'deterministic',
      jobId: 900_000 + userId,
    }),
  );
  return saved.planId;
}

/** Inserts a planned workout; returns its id. */
export async function addWorkout(
  sys: TestSystem,
  w: {
    userId: number;
    planId: number;
    date: string;
    type?: string;
    title?: string;
    km?: number;
    min?: number;
    status?: string;
  },
): Promise<number> {
  const [row] = await sys.db.sql<{ id: number }[]>`
    insert into planned_workouts (plan_id, user_id, workout_date, week_index, type, title, distance_km, duration_min, status)
    values (${w.planId}, ${w.userId}, ${w.date}, 1, ${w.type ?? 'easy'}, ${w.title ?? `Easy ${w.date}`}, ${w.km ?? 8},
            ${w.min ?? 48}, ${w.status ?? 'planned'})
    returning id::int as id`;
  return row!.id;
}

/** Inserts a recorded run (optionally for a planned workout). */
export async function addRun(
  sys: TestSystem,
  r: { userId: number; date: string; km: number; sec: number; rpe?: number; workoutId?: number },
): Promise<void> {
  await sys.db.sql`
    insert into workout_completions (user_id, planned_workout_id, completed_on, distance_km, duration_sec, rpe, source)
    values (${r.userId}, ${r.workoutId ?? null}, ${r.date}, ${r.km}, ${r.sec}, ${r.rpe ?? null}, 'log')`;
}
