import type { WeekSpec } from './periodization.js';
import { floorHalf } from './periodization.js';
import type { Workout, WorkoutType } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import { EASY_MIN_KM, LONG_RUN_MIN_DAYS_BEFORE_RACE, maxNextLongRunKm } from './rules.js';
import { buildWorkout, qualityTotalKm, type WorkoutContext } from './workout-factory.js';

/**
 * Everything about the runner that stays the same from week to week, plus the state carried between weeks.
 * @example const env: WeekEnv = { input, startDay, raceDay, days: [2, 4, 6, 7], completeBeginner: false,
 *   longShare: 0.35, longCapKm: 32, ctx, prevHardDays: [], prevLongKm: undefined };
 */
export interface WeekEnv {
  input: PlannerInput;
  startDay: number;
  raceDay: number;
  /** Training weekdays, sorted. */
  days: number[];
  completeBeginner: boolean;
  /** Builder long-run share of the weekly target. */
  longShare: number;
  /** Absolute long-run cap (distance and time caps combined). */
  longCapKm: number;
  ctx: Omit<WorkoutContext, 'phase' | 'strides' | 'runWalk'>;
  /** Hard days of the previous week (for the no-back-to-back rule across weeks). */
  prevHardDays: number[];
  /** Last non-cutback, pre-taper long run (for the progression cap). */
  prevLongKm: number | undefined;
}

/** Quality sessions wanted this week, limited by the number of training days. */
function qualityCount(spec: WeekSpec, env: WeekEnv): number {
  const { experience } = env.input;
  const days = env.days.length;
  // Few training days leave little room for easy running between hard days.
  const maxQ =
    days <= 2
      ? experience === 'beginner'
        ? 0
        : 1
      : days === 3 || (days === 4 && experience !== 'advanced')
        ? 1
        : 2;
  let q: number;
  if (spec.maintenance) q = env.completeBeginner ? 0 : 1;
  else if (spec.phase === 'base') q = env.completeBeginner ? 0 : experience === 'advanced' ? 2 : 1;
  else if (spec.phase === 'build' || spec.phase === 'peak') q = experience === 'beginner' ? 1 : 2;
  else if (spec.phase === 'taper') q = 1;
  else q = experience === 'beginner' ? 0 : 1;
  if (spec.cutback) q = Math.min(q, 1);
  return Math.min(q, maxQ);
}

/** Quality types in order of priority for this week (the first `q` are used). */
function qualityTypes(spec: WeekSpec, env: WeekEnv): WorkoutType[] {
  const cb = env.completeBeginner;
  const beginner = env.input.experience === 'beginner';
  const alt = spec.index % 2 === 0;
  if (spec.phase === 'taper' || spec.phase === 'race') return ['race-pace'];
  if (spec.maintenance) return cb ? [] : [alt ? 'tempo' : 'repetitions'];
  if (spec.phase === 'base') return cb ? [] : beginner ? ['tempo'] : ['repetitions', 'tempo'];
  if (spec.phase === 'build') {
    if (beginner) return cb || alt ? ['tempo'] : ['intervals'];
    return ['intervals', 'tempo'];
  }
  const long = env.input.goalDistanceKm >= 15;
  if (beginner)
    return cb ? [long ? 'tempo' : 'race-pace'] : [alt ? 'race-pace' : long ? 'tempo' : 'intervals'];
  return long ? ['tempo', 'race-pace'] : ['intervals', 'race-pace'];
}

/** Main-set km (including recovery jogs) of a quality type for a week of `weekKm` (Daniels' volume limits). */
function qualityMainKm(type: WorkoutType, weekKm: number, goalKm: number): number {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  switch (type) {
    case 'tempo':
      return clamp(weekKm * 0.1, 2, 12); // T ≤ 10 % of weekly volume
    case 'intervals':
      return clamp(weekKm * 0.08, 2, 10) * 1.5; // I ≤ 8 % of weekly volume, plus jogs
    case 'repetitions':
      return clamp(weekKm * 0.05, 1.6, 8) * 2; // R ≤ 5 % of weekly volume, plus equal jogs
    default:
      return goalKm >= 15 ? clamp(weekKm * 0.15, 3, 16) : clamp(weekKm * 0.08, 2, 6) * 1.3;
  }
}

/** Smallest sensible quality session (1.5 km warm-up, 1.5 km work, 1 km cool-down). */
const MIN_QUALITY_KM = 4;

/**
 * Places one week's workouts on the runner's training days: long run on the long-run day, quality sessions on
 * days not adjacent to another hard day, easy/recovery runs sharing the rest of the target volume, rest days
 * when the volume is too small for every training day, and the race on race day. Updates `env`'s carried state.
 * @example buildWeek(spec, env).map((w) => w.type) // ['easy', 'intervals', 'recovery', 'tempo', 'long']
 */
export function buildWeek(spec: WeekSpec, env: WeekEnv): Workout[] {
  const { input, raceDay } = env;
  const W = spec.targetKm;
  const isRaceWeek = spec.phase === 'race';
  // A partial first week is laid out as a full week; days before the start are simply not emitted, so the
  // remaining runs keep their full-week size instead of cramming the whole target into fewer days.
  const slots: number[] = [];
  for (const d of env.days) {
    const day = spec.monday + d - 1;
    if (day < raceDay) slots.push(day);
  }
  const longDayCandidate = spec.monday + input.longRunDay - 1;
  const longDay =
    slots.includes(longDayCandidate) && longDayCandidate <= raceDay - LONG_RUN_MIN_DAYS_BEFORE_RACE
      ? longDayCandidate
      : undefined;

  let L = 0;
  if (longDay !== undefined) {
    L = Math.min(W * env.longShare, env.longCapKm);
    if (env.prevLongKm !== undefined) L = Math.min(L, maxNextLongRunKm(env.prevLongKm));
    L = Math.max(floorHalf(L), EASY_MIN_KM);
  }
  // Without a long run this week, no single run should exceed what a long run would be.
  const runCap =
    longDay !== undefined ? L : Math.max(EASY_MIN_KM, floorHalf(Math.min(W * env.longShare, env.longCapKm)));

  // Hard days to keep quality away from: last week's, this week's long run, next week's long run, the race.
  const hard: number[] = [...env.prevHardDays, longDayCandidate + 7, raceDay];
  if (longDay !== undefined) hard.push(longDay);

  const quality: { day: number; type: WorkoutType; km: number }[] = [];
  const types = qualityTypes(spec, env);
  const q = Math.min(qualityCount(spec, env), types.length);
  for (const day of pickQualityDays(
    slots.filter((d) => d !== longDay),
    hard,
    q,
  )) {
    quality.push({ day, type: 'easy', km: 0 });
  }
  quality.sort((a, b) => a.day - b.day);
  let qualityKm = 0;
  for (let k = 0; k < quality.length; k++) {
    const type = types[k]!;
    const km = Math.min(qualityTotalKm(qualityMainKm(type, W, input.goalDistanceKm)), runCap);
    quality[k] = { day: quality[k]!.day, type, km };
    qualityKm += km;
  }
  // Drop quality that does not fit: too short to be worth it, or more than the week's volume allows.
  while (quality.length > 0 && (quality.some((x) => x.km < MIN_QUALITY_KM) || W - L - qualityKm < 0)) {
    const dropped = quality.pop()!;
    qualityKm -= dropped.km;
  }
  const hardDays = [longDay, ...quality.map((x) => x.day)].filter((d): d is number => d !== undefined);
  if (raceDay <= spec.monday + 6) hardDays.push(raceDay);

  // Easy runs: the day after a hard day is a recovery run (weight 0.7); drop slots to rest until each run ≥ min.
  const easy = slots
    .filter((d) => d !== longDay && !quality.some((x) => x.day === d))
    .map((day) => {
      const afterHard = env.prevHardDays.includes(day - 1) || hardDays.includes(day - 1);
      return {
        day,
        type: (afterHard ? 'recovery' : 'easy') as WorkoutType,
        weight: afterHard ? 0.7 : 1,
        km: 0,
      };
    });
  const remaining = Math.max(0, W - L - qualityKm);
  const active = [...easy];
  const rested: typeof easy = [];
  for (;;) {
    const totalWeight = active.reduce((s, e) => s + e.weight, 0);
    const small = active.filter((e) => floorHalf((remaining * e.weight) / totalWeight) < EASY_MIN_KM);
    if (active.length === 0 || small.length === 0) break;
    // Rest the lowest-weight slot first (recovery days), latest first to keep the week front-loaded evenly.
    active.sort((a, b) => a.weight - b.weight || b.day - a.day);
    rested.push(active.shift()!);
  }
  const totalWeight = active.reduce((s, e) => s + e.weight, 0);
  for (const e of active) {
    let km = floorHalf(Math.min((remaining * e.weight) / totalWeight, runCap));
    if (isRaceWeek && e.day === raceDay - 1) km = Math.min(km, 4); // shake-out
    e.km = km;
  }

  const ctx: WorkoutContext = {
    ...env.ctx,
    phase: spec.phase,
    strides: !env.completeBeginner && (spec.phase === 'base' || spec.phase === 'build'),
    runWalk: env.completeBeginner && W < 15,
  };
  const out: Workout[] = [];
  const start = env.startDay;
  if (longDay !== undefined && longDay >= start) out.push(buildWorkout('long', longDay, L, ctx));
  for (const x of quality) if (x.day >= start) out.push(buildWorkout(x.type, x.day, x.km, ctx));
  for (const e of active) {
    if (e.day < start) continue;
    const w = buildWorkout(e.type, e.day, e.km, ctx);
    if (isRaceWeek && e.day === raceDay - 1) w.title = 'Shake-out run';
    out.push(w);
  }
  for (const e of rested) if (e.day >= start) out.push(buildWorkout('rest', e.day, 0, ctx));
  if (raceDay <= spec.monday + 6) out.push(buildWorkout('race', raceDay, input.goalDistanceKm, ctx));
  out.sort((a, b) => (a.date < b.date ? -1 : 1));

  env.prevHardDays = hardDays;
  if (
    longDay !== undefined &&
    !spec.cutback &&
    (spec.phase === 'base' || spec.phase === 'build' || spec.phase === 'peak')
  ) {
    env.prevLongKm = L;
  }
  return out;
}

/**
 * Chooses up to `q` quality days among `candidates` so that no chosen day is adjacent to a hard day or to each
 * other; among valid choices the one with the widest smallest gap wins (earliest on ties). Tries fewer sessions
 * when `q` do not fit. Candidates are at most 7, so trying every pair is cheap.
 * @example pickQualityDays([1, 2, 3, 4, 6], [0, 7], 2) // [2, 4]
 */
export function pickQualityDays(candidates: number[], hard: number[], q: number): number[] {
  const gapTo = (d: number) => {
    let g = 99;
    for (const h of hard) g = Math.min(g, Math.abs(d - h));
    return g;
  };
  const ok = candidates.filter((d) => gapTo(d) >= 2);
  if (q >= 2) {
    let best: number[] | undefined;
    let bestGap = 1;
    for (let i = 0; i < ok.length; i++) {
      for (let j = i + 1; j < ok.length; j++) {
        const a = ok[i]!;
        const b = ok[j]!;
        const gap = Math.min(gapTo(a), gapTo(b), Math.abs(a - b));
        if (gap > bestGap) {
          bestGap = gap;
          best = [a, b];
        }
      }
    }
    if (best) return best;
  }
  if (q >= 1) {
    let best: number | undefined;
    let bestGap = 1;
    for (const d of ok) {
      const gap = gapTo(d);
      if (gap > bestGap) {
        bestGap = gap;
        best = d;
      }
    }
    if (best !== undefined) return [best];
  }
  return [];
}
