import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { type RunnerProfile, toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import type { TestSystem } from '../harness/system.js';

/** Today (UTC) shifted by `days`. */
export const day = isoDaysFromNow;

/** A half-marathon runner in Berlin, race in 14 weeks, no recent race. */
export const RUNNER: RunnerProfile = halfMarathonProfile({ recentRace: undefined });

/**
 * Inserts the runner with `profile` and an engine plan built today (as the plan job would store it);
 * returns the plan id.
 */
export async function seedRunnerWithPlan(
  sys: TestSystem,
  userId: number,
  profile: RunnerProfile = RUNNER,
): Promise<number> {
  await insertRunner(sys.db.sql, userId, profile, 'Runner');
  const input = plannerInputSchema.parse(toPlannerInput(profile, day(0)));
  const saved = await sys.db.sql.begin((tx) =>
    saveActivePlan(tx, {
      userId,
      input,
      plan: buildPlan(input),
      source: 'deterministic',
      jobId: 800_000 + userId,
    }),
  );
  return saved.planId;
}
