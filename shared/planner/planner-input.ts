import { z } from 'zod';
import { parseIsoDate } from './dates.js';

/** Longest lead time the planner accepts (two years and a leap day). */
export const MAX_LEAD_DAYS = 731;

const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== undefined, { message: 'expected a date YYYY-MM-DD' });
const weekday = z.number().int().min(1).max(7);

/**
 * Zod schema of everything the planner needs about a runner and their goal.
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
    goalDistanceKm: z.number().min(1).max(250),
    gender: z.enum(['male', 'female', 'other']),
    age: z.number().int().min(10).max(100),
    heightCm: z.number().min(100).max(250),
    weightKg: z.number().min(30).max(300),
    experience: z.enum(['beginner', 'intermediate', 'advanced']),
    yearsRunning: z.number().min(0).max(80),
    weeklyVolumeKm: z.number().min(0).max(250),
    trainingDays: z
      .array(weekday)
      .min(2)
      .max(7)
      .refine((d) => new Set(d).size === d.length, { message: 'training days must be distinct' }),
    longRunDay: weekday,
    recentRace: z
      .object({
        distanceKm: z.number().min(1).max(250),
        timeSeconds: z.number().positive(),
        date: isoDate.optional(),
      })
      .refine((r) => r.timeSeconds / r.distanceKm >= 140 && r.timeSeconds / r.distanceKm <= 1200, {
        message: 'race pace must be between 2:20 and 20:00 per km',
      })
      .optional(),
    units: z.enum(['km', 'mi']),
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
    if (!v.trainingDays.includes(v.longRunDay)) {
      ctx.addIssue({ code: 'custom', path: ['longRunDay'], message: 'long-run day must be a training day' });
    }
  });

/**
 * Validated planner input (see {@link plannerInputSchema}).
 * @example const input: PlannerInput = plannerInputSchema.parse(raw);
 */
export type PlannerInput = z.infer<typeof plannerInputSchema>;
