import { z } from 'zod';

/** Kinds of activity a screenshot may show; only `run` (or `unknown`, typical for OCR) can be recorded. @example ACTIVITY_TYPES.includes('run'); // true */
export const ACTIVITY_TYPES = ['run', 'walk', 'ride', 'swim', 'other', 'unknown'] as const;

/**
 * The numbers read from one screenshot, normalised to km, seconds and s/km. Every field but `activity`
 * and `confidence` may be missing. Stored as JSON in `vision_extractions.reading` and validated when read.
 *
 * @example
 * workoutReadingSchema.parse({ activity: 'run', distanceKm: 5.02, durationSec: 1513, confidence: 0.9 });
 */
export const workoutReadingSchema = z.object({
  activity: z.enum(ACTIVITY_TYPES),
  /** Local date of the run, YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  distanceKm: z.number().positive().optional(),
  durationSec: z.number().int().positive().optional(),
  paceSecPerKm: z.number().positive().optional(),
  avgHr: z.number().int().positive().optional(),
  elevationGainM: z.number().nonnegative().optional(),
  calories: z.number().nonnegative().optional(),
  /** The app that made the screenshot, as the model or OCR named it (display only, escaped). */
  sourceApp: z.string().max(40).optional(),
  /** 0…1: how sure the reader is. */
  confidence: z.number().min(0).max(1),
});

/** @example const r: WorkoutReading = { activity: 'run', distanceKm: 5, durationSec: 1500, confidence: 1 }; */
export type WorkoutReading = z.infer<typeof workoutReadingSchema>;

/**
 * Fills what follows from the rest: pace from distance and time, distance from time and pace, or time
 * from distance and pace. Values already present are kept.
 *
 * @example
 * completeReading({ activity: 'run', distanceKm: 5, durationSec: 1500, confidence: 1 }).paceSecPerKm; // 300
 */
export function completeReading(reading: WorkoutReading): WorkoutReading {
  const r = { ...reading };
  if (r.distanceKm !== undefined && r.durationSec !== undefined) {
    r.paceSecPerKm = Math.round(r.durationSec / r.distanceKm);
  } else if (r.durationSec !== undefined && r.paceSecPerKm !== undefined && r.distanceKm === undefined) {
    r.distanceKm = Math.round((r.durationSec / r.paceSecPerKm) * 100) / 100;
  } else if (r.distanceKm !== undefined && r.paceSecPerKm !== undefined && r.durationSec === undefined) {
    r.durationSec = Math.round(r.distanceKm * r.paceSecPerKm);
  }
  return r;
}
