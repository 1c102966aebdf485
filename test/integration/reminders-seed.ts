import type { Sql } from '../../shared/db/index.js';
import type { Workout } from '../../shared/planner/index.js';

/**
 * A runner to seed for reminder tests: users + runner_profiles + an active plan with planned workouts.
 *
 * @example
 * const r: SeedRunner = { id: 1001, zone: 'Europe/Berlin', workouts: ['2026-03-30'] };
 */
export interface SeedRunner {
  readonly id: number;
  readonly zone: string;
  readonly hour?: number;
  readonly enabled?: boolean;
  readonly restDayNote?: boolean;
  readonly units?: 'km' | 'mi';
  /** Workout dates (an easy run each); days between them inside the plan are rest days. */
  readonly workouts: readonly string[];
}

/**
 * A valid planner Workout for `date` (what the plan store puts in `planned_workouts.details`).
 *
 * @example
 * easyRun('2026-03-30').title; // 'Easy run'
 */
export function easyRun(date: string): Workout {
  return {
    date,
    weekday: ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1,
    type: 'easy',
    title: 'Easy run',
    distanceKm: 8,
    durationMin: 48,
    structure: { mainSet: '8 km easy' },
    pace: { zone: 'E', fast: 330, slow: 360 },
    description: 'Conversational effort.',
  };
}

/**
 * Inserts runners in bulk (plans created long ago, so missed reminders count as stale).
 *
 * @example
 * await seedRunners(sql, [{ id: 1001, zone: 'Europe/Berlin', workouts: ['2026-03-30'] }]);
 */
export async function seedRunners(sql: Sql, runners: readonly SeedRunner[]): Promise<void> {
  for (let i = 0; i < runners.length; i += 1000) {
    const chunk = runners.slice(i, i + 1000);
    await sql.begin(async (tx) => {
      await tx`insert into users ${tx(
        chunk.map((r) => ({ id: r.id, chat_id: r.id, first_name: `Runner ${r.id}`, time_zone: r.zone })),
      )}`;
      await tx`insert into runner_profiles ${tx(
        chunk.map((r) => ({
          user_id: r.id,
          profile: tx.json({ units: r.units ?? 'km', timeZone: r.zone, reminderHour: r.hour ?? 19 }),
          reminder_hour: r.hour ?? 19,
          reminders_enabled: r.enabled ?? true,
          rest_day_reminders: r.restDayNote ?? false,
        })),
      )}`;
      const plans = await tx<{ id: number; user_id: number }[]>`insert into training_plans ${tx(
        chunk.map((r) => ({
          user_id: r.id,
          version: 1,
          status: 'active',
          source: 'deterministic',
          input: tx.json({}),
          plan: tx.json({}),
          created_at: new Date('2020-01-01T00:00:00Z'),
        })),
      )} returning id, user_id`;
      const planOf = new Map(plans.map((p) => [p.user_id, p.id]));
      const workouts = chunk.flatMap((r) =>
        r.workouts.map((date) => ({
          plan_id: planOf.get(r.id)!,
          user_id: r.id,
          workout_date: date,
          week_index: 1,
          type: 'easy',
          title: 'Easy run',
          distance_km: 8,
          duration_min: 48,
          details: tx.json(easyRun(date) as never),
        })),
      );
      if (workouts.length > 0) await tx`insert into planned_workouts ${tx(workouts)}`;
    });
  }
}

/**
 * The offset that makes the reminder app's clock read `instant` now (`REMINDER_NOW_OFFSET_MS`).
 *
 * @example
 * sys.start('reminder', { REMINDER_NOW_OFFSET_MS: clockAt('2026-03-29T17:00:30Z') });
 */
export function clockAt(instant: string): string {
  return String(new Date(instant).getTime() - Date.now());
}
