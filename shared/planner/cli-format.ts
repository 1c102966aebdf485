/**
 * The plan CLI's file format (issue 16), pure: a coach-facing snake_case profile in, a compact plan out.
 * `scripts/plan.ts` does the reading, printing and the optional GPT call.
 */
import { z } from 'zod';
import { parseIsoDate } from './dates.js';
import type { PlanOrGate } from './feasibility.js';
import type { Plan } from './plan-schema.js';
import { type PlannerInput, plannerInputSchema } from './planner-input.js';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const dayName = z.enum(DAY_NAMES);

/** `mm:ss` or `h:mm:ss` → seconds, or undefined. @example parseRaceTime('1:45:30') // 6330 */
export function parseRaceTime(text: string): number | undefined {
  const m = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/**
 * One profile in the CLI file. Unknown fields are errors (a typo must not silently fall back to a default).
 * @example cliProfileSchema.parse({ goal_distance_km: 10, race_date: '2026-05-10', gender: 'female', age: 30,
 *   height_cm: 165, weight_kg: 58, experience: 'beginner', weekly_km: 10, training_days: ['tue', 'thu', 'sun'],
 *   long_run_day: 'sun' })
 */
export const cliProfileSchema = z
  .object({
    goal_distance_km: z.number().min(1).max(250),
    race_date: z.string().refine((s) => parseIsoDate(s) !== undefined, 'expected a date YYYY-MM-DD'),
    gender: z.enum(['male', 'female', 'other']),
    age: z.number().int().min(10).max(100),
    height_cm: z.number(),
    weight_kg: z.number(),
    experience: z.enum(['beginner', 'intermediate', 'advanced']),
    weekly_km: z.number().min(0),
    training_days: z.array(dayName).min(1),
    long_run_day: dayName,
    longest_run_km: z.number().min(0).optional(),
    recent_race: z
      .object({
        distance_km: z.number(),
        time: z.string().refine((s) => parseRaceTime(s) !== undefined, 'expected mm:ss or h:mm:ss'),
      })
      .strict()
      .optional(),
    /** Optional extras: years running (else by experience), `finish` goals, the runner's notes for --personalise. */
    years_running: z.number().min(0).max(80).optional(),
    goal_mode: z.enum(['time', 'finish']).optional(),
    notes: z.string().max(500).optional(),
  })
  .strict();
/** @example const p: CliProfile = cliProfileSchema.parse(json); */
export type CliProfile = z.infer<typeof cliProfileSchema>;

/**
 * An error in the CLI file, naming the field (`[1].race_date: …`).
 * @example throw new CliInputError('[0].age', 'expected a number')
 */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const SNAKE: Record<string, string> = {
  goalDistanceKm: 'goal_distance_km',
  raceDate: 'race_date',
  heightCm: 'height_cm',
  weightKg: 'weight_kg',
  weeklyVolumeKm: 'weekly_km',
  trainingDays: 'training_days',
  longRunDay: 'long_run_day',
  longestRunKm: 'longest_run_km',
  recentRace: 'recent_race',
  yearsRunning: 'years_running',
  goalMode: 'goal_mode',
  timeSeconds: 'time',
  distanceKm: 'distance_km',
};

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  const tail = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${SNAKE[String(p)] ?? String(p)}`))
    .join('');
  return prefix ? `${prefix}${tail}` : tail.replace(/^\./, '');
}

/**
 * Converts one CLI profile (already JSON-parsed) to planner input; throws {@link CliInputError} naming the bad
 * field. `where` prefixes the field name (`[2]` for the third profile of an array).
 * @example toPlannerInput(json, '2026-01-05', '') // { today: '2026-01-05', goalDistanceKm: 10, … }
 */
export function toPlannerInput(raw: unknown, today: string, where: string): PlannerInput {
  const parsed = cliProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    throw new CliInputError(fieldPath(where, path) || where || 'profile', issue.message);
  }
  const p = parsed.data;
  const day = (d: (typeof DAY_NAMES)[number]) => DAY_NAMES.indexOf(d) + 1;
  const candidate = {
    today,
    raceDate: p.race_date,
    goalDistanceKm: p.goal_distance_km,
    gender: p.gender,
    age: p.age,
    heightCm: p.height_cm,
    weightKg: p.weight_kg,
    experience: p.experience,
    yearsRunning: p.years_running ?? { beginner: 0, intermediate: 2, advanced: 5 }[p.experience],
    weeklyVolumeKm: p.weekly_km,
    trainingDays: [...new Set(p.training_days.map(day))].sort((a, b) => a - b),
    longRunDay: day(p.long_run_day),
    units: 'km' as const,
    ...(p.longest_run_km !== undefined ? { longestRunKm: p.longest_run_km } : {}),
    ...(p.recent_race
      ? {
          recentRace: {
            distanceKm: p.recent_race.distance_km,
            timeSeconds: parseRaceTime(p.recent_race.time)!,
          },
        }
      : {}),
    ...(p.goal_mode ? { goalMode: p.goal_mode } : {}),
  };
  const input = plannerInputSchema.safeParse(candidate);
  if (!input.success) {
    const issue = input.error.issues[0]!;
    throw new CliInputError(fieldPath(where, issue.path) || where || 'profile', issue.message);
  }
  return input.data;
}

/** Seconds per km → `m:ss`. */
function minPerKm(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The CLI's plan JSON: `{source, reason?, prediction_seconds?, warnings, weeks: [{index, phase, planned_km,
 * workouts: [{date, type, distance_km, duration_min, pace_min_per_km?: {from, to}, description}]}]}`; rest days
 * have no workout and `race-pace` is written `race_pace`.
 * @example formatPlan(plan, 'deterministic').weeks[0].planned_km // 30
 */
export function formatPlan(
  plan: Plan,
  source: 'llm' | 'deterministic',
  reason?: string,
): Record<string, unknown> {
  return {
    source,
    ...(reason ? { reason } : {}),
    ...(plan.prediction ? { prediction_seconds: Math.round(plan.prediction.vdotSeconds) } : {}),
    warnings: plan.warnings,
    ...(plan.coachNote ? { coach_note: plan.coachNote } : {}),
    weeks: plan.weeks.map((w) => ({
      index: w.index,
      phase: w.phase,
      planned_km: w.targetKm,
      workouts: w.workouts
        .filter((x) => x.type !== 'rest')
        .map((x) => ({
          date: x.date,
          type: x.type === 'race-pace' ? 'race_pace' : x.type,
          distance_km: x.distanceKm ?? 0,
          duration_min: Math.round(x.durationMin ?? 0),
          ...(x.pace ? { pace_min_per_km: { from: minPerKm(x.pace.fast), to: minPerKm(x.pace.slow) } } : {}),
          description: [x.structure.mainSet, x.description, x.notes].filter(Boolean).join(' — '),
        })),
    })),
  };
}

/**
 * The gate's refusal in the CLI format.
 * @example formatGate(gate) // { infeasible: true, reason: '…', options: [{ kind: 'later-date', race_date: '…' }] }
 */
export function formatGate(gate: Extract<PlanOrGate, { infeasible: true }>): Record<string, unknown> {
  return {
    infeasible: true,
    reason: gate.reason,
    options: gate.options.map((o) =>
      o.kind === 'later-date'
        ? { kind: o.kind, race_date: o.raceDate, label: o.label }
        : o.kind === 'shorter-distance'
          ? { kind: o.kind, goal_distance_km: o.goalDistanceKm, label: o.label }
          : { kind: o.kind, goal_mode: o.goalMode, label: o.label },
    ),
  };
}
