import { z } from 'zod';
import { isPlausibleRaceTime, recentRaceSchema, runnerProfileSchema } from '../profile/profile.js';
import { parseIsoDate } from './dates.js';

/** Longest lead time the planner accepts (two years and a leap day). */
export const MAX_LEAD_DAYS = 731;

const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== undefined, { message: 'expected a date YYYY-MM-DD' });

/** The runner profile's own field schemas: one definition per concept (issue 15), not a copy. */
const field = runnerProfileSchema.shape;

/**
 * One run the runner really did (logged, confirmed screenshot, import): the spike rule's history.
 * @example runEntrySchema.parse({ date: '2025-02-20', distanceKm: 12, source: 'log' })
 */
export const runEntrySchema = z.object({
  date: isoDate,
  distanceKm: z.number().min(0).max(400),
  source: z.string().max(20).optional(),
});
/** @example const r: RunEntry = { date: '2025-02-20', distanceKm: 12 }; */
export type RunEntry = z.infer<typeof runEntrySchema>;

/**
 * Zod schema of everything the planner needs about a runner and their goal. The runner fields are the
 * profile schema's own (`shared/profile/profile.ts`: weight ≤ 250 kg, sorted distinct training days …);
 * the planner adds `today`, the real run history, the race's date and the goal mode.
 * @example
 * const input = plannerInputSchema.parse({
 *   today: '2025-03-03', raceDate: '2025-06-01', goalDistanceKm: 21.0975, gender: 'female', age: 34,
 *   heightCm: 168, weightKg: 60, experience: 'intermediate', yearsRunning: 3, weeklyVolumeKm: 30,
 *   trainingDays: [2, 4, 6, 7], longRunDay: 7, units: 'km',
 * });
 */
export const plannerInputSchema = z
  .object({
    today: isoDate,
    raceDate: isoDate,
    goalDistanceKm: field.goalDistanceKm,
    gender: field.gender,
    age: field.age,
    heightCm: field.heightCm,
    weightKg: field.weightKg,
    experience: field.experience,
    yearsRunning: field.yearsRunning,
    weeklyVolumeKm: field.weeklyVolumeKm,
    trainingDays: field.trainingDays,
    longRunDay: field.longRunDay,
    recentRace: z
      .object({ ...recentRaceSchema.shape, date: isoDate.optional() })
      .refine((r) => isPlausibleRaceTime(r.distanceKm, r.timeSeconds), {
        message: 'implausible pace for that distance',
      })
      .optional(),
    units: field.units,
    /** The runner's answer to "your longest run in the last month" (skippable). */
    longestRunKm: field.longestRunKm,
    /** Runs actually done before `today` (any order); the spike rule starts from them. */
    history: z.array(runEntrySchema).max(2000).optional(),
    /** `finish`: the goal is to finish comfortably (run/walk allowed, no time prediction). */
    goalMode: z.enum(['time', 'finish']).optional(),
  })
  .superRefine((v, ctx) => {
    const today = parseIsoDate(v.today);
    const race = parseIsoDate(v.raceDate);
    if (today !== undefined && race !== undefined) {
      if (race <= today)
        ctx.addIssue({ code: 'custom', path: ['raceDate'], message: 'race must be after today' });
      if (race - today > MAX_LEAD_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['raceDate'], message: 'race must be within two years' });
      }
      const rr = v.recentRace?.date ? parseIsoDate(v.recentRace.date) : undefined;
      if (rr !== undefined && rr > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['recentRace', 'date'],
          message: 'recent race is in the future',
        });
      }
    }
    for (const run of v.history ?? []) {
      const d = parseIsoDate(run.date);
      if (d !== undefined && today !== undefined && d > today) {
        ctx.addIssue({ code: 'custom', path: ['history'], message: `run on ${run.date} is in the future` });
        break;
      }
    }
    if (!v.trainingDays.includes(v.longRunDay)) {
      ctx.addIssue({ code: 'custom', path: ['longRunDay'], message: 'long-run day must be a training day' });
    }
  });

/**
 * Validated planner input (see {@link plannerInputSchema}).
 * @example const input: PlannerInput = plannerInputSchema.parse(raw);
 */
export type PlannerInput = z.infer<typeof plannerInputSchema>;
