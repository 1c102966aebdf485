import { IANAZone } from 'luxon';
import { z } from 'zod';
import { formatDistance } from '../text/index.js';
import { isCleanNotes, MAX_NOTES_LENGTH } from './parse-notes.js';

/**
 * The standard race distances offered as buttons, in km, with their display labels.
 *
 * @example
 * STANDARD_DISTANCES.find((d) => d.km === 42.195)?.label; // 'Marathon'
 */
export const STANDARD_DISTANCES = [
  { km: 5, label: '5K', code: '5' },
  { km: 10, label: '10K', code: '10' },
  { km: 21.0975, label: 'Half marathon', code: 'half' },
  { km: 42.195, label: 'Marathon', code: 'full' },
] as const;

/** Unit conversion constants, from the shared text module. @example 13.1 * KM_PER_MILE; // ≈ 21.08 */
export { CM_PER_INCH, KG_PER_POUND, KM_PER_MILE } from '../text/index.js';

/**
 * Weekday numbers as ISO defines them: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekdaySchema.parse(7); // 7 (Sunday)
 */
export const isoWeekdaySchema = z.number().int().min(1).max(7);

/**
 * True when `zone` is an IANA time-zone name the runtime knows (e.g. `Europe/Berlin`, `Etc/GMT-3`).
 *
 * @example
 * isValidTimeZone('Europe/Berlin'); // true
 * isValidTimeZone('Mars/Olympus');  // false
 */
export function isValidTimeZone(zone: string): boolean {
  return zone.length <= 64 && IANAZone.isValidZone(zone);
}

/**
 * An ISO calendar date (`YYYY-MM-DD`) that really exists (no 31 February).
 *
 * @example
 * isoDateSchema.parse('2027-04-12');
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date');

/**
 * A recent race result used to derive training paces (VDOT/Riegel).
 *
 * @example
 * recentRaceSchema.parse({ distanceKm: 10, timeSeconds: 2700 });
 */
export const recentRaceSchema = z
  .object({
    distanceKm: z.number().min(1).max(250),
    timeSeconds: z.number().int().positive(),
  })
  .strict()
  .refine((r) => isPlausibleRaceTime(r.distanceKm, r.timeSeconds), 'implausible pace for that distance');

/**
 * Whether a finish time is humanly plausible for a distance: faster than ~2:20/km would beat world
 * records, slower than 20:00/km is walking pace with breaks (at most 48 h in all for ultras).
 *
 * @example
 * isPlausibleRaceTime(10, 45 * 60); // true
 * isPlausibleRaceTime(10, 60);      // false
 */
export function isPlausibleRaceTime(distanceKm: number, timeSeconds: number): boolean {
  const paceSecondsPerKm = timeSeconds / distanceKm;
  return paceSecondsPerKm >= 140 && paceSecondsPerKm <= 1200 && timeSeconds <= 48 * 3600;
}

/**
 * The longest single run of the last month, in km (0–100). Absent when the runner skipped the
 * question; the planner then estimates it conservatively from the weekly volume.
 *
 * @example
 * longestRunKmSchema.parse(16); // 16
 */
export const longestRunKmSchema = z.number().min(0).max(100);

/**
 * The runner's notes for the coach (injuries, preferences): cleaned free text, 1–500 characters, no
 * control characters but line breaks. Absent when there are none.
 *
 * @example
 * notesSchema.parse('Sore left knee; no hill repeats'); // ok
 */
export const notesSchema = z
  .string()
  .min(1)
  .max(MAX_NOTES_LENGTH)
  .refine(isCleanNotes, 'notes must be cleaned (see cleanNotes)');

/**
 * The runner's profile, exactly as the dialog produces it and as it is stored in PostgreSQL.
 * Distances are always km, height cm, weight kg; `units` only affects how they are shown and how bare
 * numbers are read.
 *
 * @example
 * const profile = runnerProfileSchema.parse(jsonFromDb);
 */
export const runnerProfileSchema = z
  .object({
    goalDistanceKm: z.number().min(1).max(250),
    goalLabel: z.string().min(1).max(60),
    raceDate: isoDateSchema,
    gender: z.enum(['male', 'female', 'other']),
    age: z.number().int().min(10).max(100),
    heightCm: z.number().min(100).max(250),
    weightKg: z.number().min(30).max(250),
    experience: z.enum(['beginner', 'intermediate', 'advanced']),
    yearsRunning: z.number().min(0).max(80),
    weeklyVolumeKm: z.number().min(0).max(250),
    trainingDays: z
      .array(isoWeekdaySchema)
      .min(2)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'training days must be distinct')
      .refine((days) => days.every((d, i) => i === 0 || days[i - 1]! < d), 'training days must be sorted'),
    longRunDay: isoWeekdaySchema,
    recentRace: recentRaceSchema.optional(),
    units: z.enum(['km', 'mi']),
    timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone'),
    reminderHour: z.number().int().min(0).max(23).default(19),
    // Added later: optional, so profiles stored before them stay valid.
    longestRunKm: longestRunKmSchema.optional(),
    notes: notesSchema.optional(),
    /** `finish`: finish comfortably with walk breaks, no time goal (set by the feasibility gate's option). */
    goalMode: z.enum(['time', 'finish']).optional(),
  })
  .strict()
  .refine((p) => p.trainingDays.includes(p.longRunDay), {
    message: 'the long-run day must be one of the training days',
    path: ['longRunDay'],
  });

/**
 * A validated runner profile. See {@link runnerProfileSchema}.
 *
 * @example
 * const label: RunnerProfile['goalLabel'] = 'Marathon';
 */
export type RunnerProfile = z.output<typeof runnerProfileSchema>;

/** Gender as stored. @example const g: Gender = 'female'; */
export type Gender = RunnerProfile['gender'];
/** Experience level as stored. @example const e: Experience = 'beginner'; */
export type Experience = RunnerProfile['experience'];
/** Display/input units. @example const u: Units = 'mi'; */
export type Units = RunnerProfile['units'];
/** A recent race result. @example const r: RecentRace = { distanceKm: 5, timeSeconds: 1500 }; */
export type RecentRace = z.output<typeof recentRaceSchema>;

/**
 * The planner's input, structurally identical to `PlannerInput` in `shared/planner/planner-input.ts`
 * (declared here rather than imported so the profile module has no dependency on the planner).
 *
 * @example
 * const input: ProfilePlannerInput = toPlannerInput(profile, '2026-05-10');
 */
export interface ProfilePlannerInput {
  today: string;
  raceDate: string;
  goalDistanceKm: number;
  gender: Gender;
  age: number;
  heightCm: number;
  weightKg: number;
  experience: Experience;
  yearsRunning: number;
  weeklyVolumeKm: number;
  trainingDays: number[];
  longRunDay: number;
  recentRace?: { distanceKm: number; timeSeconds: number };
  units: Units;
  longestRunKm?: number;
  goalMode?: 'time' | 'finish';
}

/**
 * Maps a finished profile to the planner's input. `today` is the runner's local ISO date (the caller
 * computes it from `profile.timeZone`). Returns a fresh plain object (arrays copied), so the planner
 * can never mutate the stored profile.
 *
 * @example
 * toPlannerInput(profile, '2026-05-10').raceDate; // '2027-04-12'
 */
export function toPlannerInput(profile: RunnerProfile, today: string): ProfilePlannerInput {
  const input: ProfilePlannerInput = {
    today,
    raceDate: profile.raceDate,
    goalDistanceKm: profile.goalDistanceKm,
    gender: profile.gender,
    age: profile.age,
    heightCm: profile.heightCm,
    weightKg: profile.weightKg,
    experience: profile.experience,
    yearsRunning: profile.yearsRunning,
    weeklyVolumeKm: profile.weeklyVolumeKm,
    trainingDays: [...profile.trainingDays],
    longRunDay: profile.longRunDay,
    units: profile.units,
  };
  if (profile.recentRace) {
    input.recentRace = {
      distanceKm: profile.recentRace.distanceKm,
      timeSeconds: profile.recentRace.timeSeconds,
    };
  }
  // Where the first long runs start (the spike rule) and the goal mode the gate may have set.
  if (profile.longestRunKm !== undefined) input.longestRunKm = profile.longestRunKm;
  if (profile.goalMode) input.goalMode = profile.goalMode;
  return input;
}

/**
 * The label shown for a goal distance: the standard name when it is one, else e.g. `15 km race`.
 *
 * @example
 * goalLabelFor(21.0975, 'km'); // 'Half marathon'
 * goalLabelFor(16.09344, 'mi'); // '10 mi race'
 */
export function goalLabelFor(distanceKm: number, units: Units): string {
  const standard = STANDARD_DISTANCES.find((d) => d.km === distanceKm);
  if (standard) return standard.label;
  return `${formatDistance(distanceKm, units, { rounding: 'toFixed' })} race`;
}
