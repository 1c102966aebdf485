import type { Sql } from '../../shared/db/index.js';
import { type RunnerProfile, runnerProfileSchema } from '../../shared/profile/index.js';

/** An ISO date `days` from today (UTC). @example isoDaysFromNow(7) // one week ahead */
export function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A complete, valid half-marathon runner (race in 14 weeks, four training days, long run on Sunday, a
 * recent 10K in 50:00), with any field overridden.
 *
 * @example
 * const profile = halfMarathonProfile({ timeZone: 'UTC', recentRace: undefined });
 */
export function halfMarathonProfile(overrides: Partial<RunnerProfile> = {}): RunnerProfile {
  return runnerProfileSchema.parse({
    goalDistanceKm: 21.0975,
    goalLabel: 'Half marathon',
    raceDate: isoDaysFromNow(14 * 7),
    gender: 'female',
    age: 34,
    heightCm: 168,
    weightKg: 60,
    experience: 'intermediate',
    yearsRunning: 3,
    weeklyVolumeKm: 30,
    trainingDays: [2, 4, 6, 7],
    longRunDay: 7,
    recentRace: { distanceKm: 10, timeSeconds: 50 * 60 },
    units: 'km',
    timeZone: 'Europe/Berlin',
    reminderHour: 19,
    ...overrides,
  });
}

/**
 * Inserts a user (private chat = user id) with a finished profile, as if they had completed /start.
 *
 * @example
 * await insertRunner(sys.db.sql, id, halfMarathonProfile());
 */
export async function insertRunner(
  sql: Sql,
  userId: number,
  profile: RunnerProfile,
  firstName = 'Runner',
): Promise<void> {
  await sql`
    insert into users (id, chat_id, first_name, time_zone) values (${userId}, ${userId}, ${firstName}, ${profile.timeZone})`;
  await sql`insert into runner_profiles (user_id, profile) values (${userId}, ${sql.json(profile as never)})`;
}
