import { z } from 'zod';
import { textPartsSchema, workoutTextsSchema } from './plan-texts.js';

/**
 * Every workout type the planner emits.
 * @example workoutTypeSchema.parse('tempo')
 */
export const workoutTypeSchema = z.enum([
  'easy',
  'long',
  'tempo',
  'intervals',
  'repetitions',
  'race-pace',
  'recovery',
  'rest',
  'race',
]);
/** @example const t: WorkoutType = 'long'; */
export type WorkoutType = z.infer<typeof workoutTypeSchema>;

/**
 * Training phases; `race` is the week that contains race day.
 * @example phaseSchema.parse('taper')
 */
export const phaseSchema = z.enum(['base', 'build', 'peak', 'taper', 'race']);
/** @example const p: Phase = 'build'; */
export type Phase = z.infer<typeof phaseSchema>;

/**
 * Pace zones: Daniels' E, M, T, I, R plus recovery and the goal-race pace.
 * @example paceZoneSchema.parse('T')
 */
export const paceZoneSchema = z.enum(['recovery', 'E', 'M', 'T', 'I', 'R', 'race']);
/** @example const z: PaceZone = 'I'; */
export type PaceZone = z.infer<typeof paceZoneSchema>;

/**
 * A pace range in seconds per km (`fast` ≤ `slow`).
 * @example paceRangeSchema.parse({ fast: 307, slow: 338 })
 */
export const paceRangeSchema = z
  .object({ fast: z.number().positive(), slow: z.number().positive() })
  .refine((p) => p.fast <= p.slow, { message: 'fast must not be slower than slow' });
/** @example const r: PaceRange = { fast: 255, slow: 261 }; */
export type PaceRange = z.infer<typeof paceRangeSchema>;

/**
 * The main-set pace target of a workout.
 * @example workoutPaceSchema.parse({ zone: 'T', fast: 252, slow: 258 })
 */
export const workoutPaceSchema = z.object({
  zone: paceZoneSchema,
  fast: z.number().positive(),
  slow: z.number().positive(),
});
/** @example const p: WorkoutPace = { zone: 'E', fast: 307, slow: 338 }; */
export type WorkoutPace = z.infer<typeof workoutPaceSchema>;

/**
 * Warm-up / main set / cool-down, as human text in the runner's units.
 * @example workoutStructureSchema.parse({ warmUp: '2 km easy', mainSet: '6 × 800 m at I pace with 400 m jog', coolDown: '1.5 km easy' })
 */
export const workoutStructureSchema = z.object({
  warmUp: z.string().optional(),
  mainSet: z.string(),
  coolDown: z.string().optional(),
});
/** @example const s: WorkoutStructure = { mainSet: '8 km easy' }; */
export type WorkoutStructure = z.infer<typeof workoutStructureSchema>;

/**
 * One dated workout. Distances are canonical kilometres; `durationMin` is an estimate at the target pace.
 * @example workoutSchema.parse({ date: '2025-03-04', weekday: 2, type: 'easy', title: 'Easy run',
 *   distanceKm: 6, durationMin: 34, structure: { mainSet: '6 km easy' }, description: 'Conversational.' })
 */
export const workoutSchema = z.object({
  date: z.string(),
  weekday: z.number().int().min(1).max(7),
  type: workoutTypeSchema,
  title: z.string(),
  distanceKm: z.number().nonnegative().optional(),
  durationMin: z.number().nonnegative().optional(),
  structure: workoutStructureSchema,
  pace: workoutPaceSchema.optional(),
  /** Km at the session's work pace (quality main set, a long run's M finish): Daniels' caps are checked on it. */
  work: z.object({ zone: paceZoneSchema, km: z.number().nonnegative() }).optional(),
  description: z.string(),
  notes: z.string().optional(),
  /** Catalog descriptors of the texts above, for the runner's language (absent in older plans). */
  texts: workoutTextsSchema.optional(),
});
/** @example const w: Workout = plan.weeks[0].workouts[0]; */
export type Workout = z.infer<typeof workoutSchema>;

/**
 * One calendar week (Monday–Sunday) of the plan. `targetKm` is exactly what the week schedules (the race
 * excluded).
 * @example weekSchema.parse({ index: 1, startDate: '2025-03-03', endDate: '2025-03-09', phase: 'base',
 *   maintenance: false, cutback: false, targetKm: 30, workouts: [] })
 */
export const weekSchema = z.object({
  index: z.number().int().min(1),
  startDate: z.string(),
  endDate: z.string(),
  phase: phaseSchema,
  /** A holding block before the periodised block when the race is far away. */
  maintenance: z.boolean(),
  cutback: z.boolean(),
  targetKm: z.number().nonnegative(),
  workouts: z.array(workoutSchema),
});
/** @example const wk: Week = plan.weeks[0]; */
export type Week = z.infer<typeof weekSchema>;

/**
 * The stored plan (also the shape the LLM layer returns after validation).
 * @example const plan = planSchema.parse(JSON.parse(row.plan_json));
 */
export const planSchema = z.object({
  version: z.literal(1),
  today: z.string(),
  raceDate: z.string(),
  goalDistanceKm: z.number().positive(),
  units: z.enum(['km', 'mi']),
  vdot: z.number().positive(),
  vdotSource: z.enum(['race', 'estimate']),
  paces: z.object({
    recovery: paceRangeSchema,
    E: paceRangeSchema,
    M: paceRangeSchema,
    T: paceRangeSchema,
    I: paceRangeSchema,
    R: paceRangeSchema,
    race: paceRangeSchema,
  }),
  /** Absent for infeasible-then-adjusted "finish comfortably" goals and ultras: no time is predicted there. */
  prediction: z
    .object({
      vdotSeconds: z.number().positive(),
      riegelSeconds: z.number().positive().optional(),
    })
    .optional(),
  warnings: z.array(z.string()),
  /** Catalog descriptors of `warnings`, same order (absent in older plans: the English is shown). */
  warningTexts: z.array(textPartsSchema).optional(),
  coachNote: z.string().optional(),
  weeks: z.array(weekSchema),
});
/** @example const plan: Plan = buildPlan(input); */
export type Plan = z.infer<typeof planSchema>;

/** Types that count as quality (hard) sessions.
 * @example QUALITY_TYPES.has('tempo') // true
 */
export const QUALITY_TYPES: ReadonlySet<WorkoutType> = new Set([
  'tempo',
  'intervals',
  'repetitions',
  'race-pace',
]);
/** Types that are hard days for the no-back-to-back rule.
 * @example HARD_TYPES.has('long') // true
 */
export const HARD_TYPES: ReadonlySet<WorkoutType> = new Set([...QUALITY_TYPES, 'long', 'race']);
/** Types that involve running (have a distance).
 * @example RUN_TYPES.has('rest') // false
 */
export const RUN_TYPES: ReadonlySet<WorkoutType> = new Set([
  'easy',
  'long',
  'tempo',
  'intervals',
  'repetitions',
  'race-pace',
  'recovery',
  'race',
]);
