import { sessionWorkCapKm } from './daniels-caps.js';
import { mediumLongKm, mpSegmentKm } from './long-run.js';
import type { WeekSpec } from './periodization.js';
import { floorHalf, floorKm } from './periodization.js';
import type { Workout, WorkoutType } from './plan-schema.js';
import { HARD_TYPES, QUALITY_TYPES } from './plan-schema.js';
import { msg } from './plan-texts.js';
import type { PlannerInput } from './planner-input.js';
import {
  EASY_MIN_KM,
  LONG_RUN_MIN_DAYS_BEFORE_RACE,
  NOVICE_MAX_RUN_DAYS,
  SENIOR_AGE,
  SENIOR_MAX_HARD_DAYS,
  SENIOR_MIN_HARD_GAP,
} from './rules.js';
import type { SpikeWindow } from './spike-rule.js';
import { taperDays, taperFactor, taperWindowFactor } from './taper.js';
import { backToBackKm } from './ultra.js';
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
  /** The checker's long-run share cap (the builder enforces it on what is finally scheduled). */
  longShareCap: number;
  /** The runner's longest recent run: where week 1's long run starts. */
  startLongestKm: number;
  /** 30-day longest-run window (history + the plan so far) for the spike rule. */
  spike: SpikeWindow;
  ultra: boolean;
  /** "Finish comfortably": run/walk, no race-pace work. */
  finish: boolean;
  /** Marathon goals with a time target: marathon-pace finishes in long runs. */
  marathonPace: boolean;
  /** A beginner starting from (almost) nothing: at most 4 run days. */
  noviceFromZero: boolean;
  /** What the last built week scheduled (the next week's ramp reference). */
  lastWeekKm: number;
  /** The biggest full pre-taper week so far (the taper's reference). */
  topKm: number;
  /** Km scheduled so far in each 7-day window before the race (index 1 = the last 7 days). */
  taperWindowKm: number[];
  /** Absolute long-run cap (distance and time caps combined). */
  longCapKm: number;
  ctx: Omit<WorkoutContext, 'phase' | 'strides' | 'runWalk' | 'weekIndex'>;
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
  if (env.ultra || env.finish) {
    // No race pace: ultras race by feel, "finish comfortably" has no time goal.
    if (spec.phase === 'race' || (env.finish && spec.phase === 'taper')) return [];
    if (cb) return spec.phase === 'base' || spec.maintenance ? [] : ['tempo'];
    return spec.phase === 'build' && !env.finish ? ['tempo', 'intervals'] : ['tempo'];
  }
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
 * when the volume is too small (and one in every full week), the race on race day. Then the taper scales
 * each run by its distance to race day, the spike rule caps each run by the 30-day longest, and Daniels'
 * caps size every main set on what the week really schedules. Updates `env`'s carried state.
 * @example buildWeek(spec, env).map((w) => w.type) // ['easy', 'intervals', 'recovery', 'tempo', 'long']
 */
export function buildWeek(spec: WeekSpec, env: WeekEnv): Workout[] {
  const { input, raceDay } = env;
  const W = spec.targetKm;
  const isRaceWeek = spec.phase === 'race';
  const goal = input.goalDistanceKm;
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
    // Week 1's long run starts at the runner's longest recent run; later ones grow ≤ 10 % (spike rule below).
    if (env.prevLongKm === undefined) L = Math.min(L, env.startLongestKm);
    if (spec.cutback && env.prevLongKm !== undefined) L = Math.min(L, env.prevLongKm);
    if (longDay >= env.startDay) L = Math.min(L, env.spike.capKm(longDay));
    L = Math.max(floorKm(L), EASY_MIN_KM);
  }
  const runCap =
    longDay !== undefined ? L : Math.max(EASY_MIN_KM, floorHalf(Math.min(W * env.longShare, env.longCapKm)));

  const hard: number[] = [...env.prevHardDays, longDayCandidate + 7, raceDay];
  if (longDay !== undefined) hard.push(longDay);
  const senior = input.age >= SENIOR_AGE;

  const quality: { day: number; type: WorkoutType; km: number }[] = [];
  const types = qualityTypes(spec, env);
  let q = Math.min(qualityCount(spec, env), types.length);
  if (senior) {
    const raceIn = raceDay <= spec.monday + 6 ? 1 : 0;
    q = Math.min(q, Math.max(0, SENIOR_MAX_HARD_DAYS - (longDay !== undefined ? 1 : 0) - raceIn));
  }
  for (const day of pickQualityDays(
    slots.filter((d) => d !== longDay),
    hard,
    q,
    senior ? SENIOR_MIN_HARD_GAP : 2,
  )) {
    quality.push({ day, type: 'easy', km: 0 });
  }
  quality.sort((a, b) => a.day - b.day);
  let qualityKm = 0;
  for (let k = 0; k < quality.length; k++) {
    const type = types[k]!;
    const km = Math.min(qualityTotalKm(qualityMainKm(type, W, goal)), runCap);
    quality[k] = { day: quality[k]!.day, type, km };
    qualityKm += km;
  }
  while (quality.length > 0 && (quality.some((x) => x.km < MIN_QUALITY_KM) || W - L - qualityKm < 0)) {
    const dropped = quality.pop()!;
    qualityKm -= dropped.km;
  }
  const hardDays = [longDay, ...quality.map((x) => x.day)].filter((d): d is number => d !== undefined);
  if (raceDay <= spec.monday + 6) hardDays.push(raceDay);

  // Easy runs. Few-day weeks have no "recovery" run (quality, easy, long); otherwise the day after a hard day
  // is a recovery run (weight 0.7, so never longer than the week's easy runs).
  const fewDays = env.days.length <= 3;
  const easy = slots
    .filter((d) => d !== longDay && !quality.some((x) => x.day === d))
    .map((day) => {
      const afterHard = !fewDays && (env.prevHardDays.includes(day - 1) || hardDays.includes(day - 1));
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
  // Every full week keeps a rest day; novices starting from nothing run at most 4 days.
  const raceInWeek = raceDay <= spec.monday + 6 ? 1 : 0;
  const runDays = () => active.length + quality.length + (longDay !== undefined ? 1 : 0) + raceInWeek;
  const maxRunDays = env.noviceFromZero ? NOVICE_MAX_RUN_DAYS : 6;
  const restBy = (a: (typeof easy)[number], b: (typeof easy)[number]) => a.weight - b.weight || b.day - a.day;
  while (active.length > 0 && runDays() > maxRunDays) {
    active.sort(restBy);
    rested.push(active.shift()!);
  }
  for (;;) {
    const totalWeight = active.reduce((s, e) => s + e.weight, 0);
    const small = active.filter((e) => floorKm((remaining * e.weight) / totalWeight) < EASY_MIN_KM);
    if (active.length === 0 || small.length === 0) break;
    active.sort(restBy);
    rested.push(active.shift()!);
  }
  if (!active.some((e) => e.type === 'easy')) for (const e of active) e.type = 'easy';
  let pool = remaining;
  // A medium-long run (5+ days, half marathon and up, build/peak) or an ultra's back-to-back day.
  let special: { day: number; variant: 'medium-long' | 'back-to-back' } | undefined;
  const building =
    (spec.phase === 'build' || spec.phase === 'peak') && !spec.cutback && longDay !== undefined;
  // What the other easy runs need so that each, shared by weight, still gets EASY_MIN_KM (a recovery run's
  // smaller weight needs more than an equal share: 1.5 km rounded up to 2 km overshot the week's target).
  const reserveFor = (picked: (typeof active)[number]) => {
    const rest = active.filter((e) => e !== picked);
    if (rest.length === 0) return 0;
    const weight = rest.reduce((s, e) => s + e.weight, 0);
    return (EASY_MIN_KM * weight) / Math.min(...rest.map((e) => e.weight)) + 0.1 * rest.length;
  };
  if (building && active.length >= 2) {
    if (env.ultra) {
      const b2b = active.find((e) => e.day === longDay! + 1 || e.day === longDay! - 1);
      const km = b2b ? Math.min(backToBackKm(L, env.ctx.paces.E.slow), pool - reserveFor(b2b)) : 0;
      if (b2b && km >= 6) {
        b2b.type = 'easy';
        b2b.km = floorHalf(km);
        special = { day: b2b.day, variant: 'back-to-back' };
      }
    } else if (env.days.length >= 5 && goal >= 21 && L >= 16) {
      const far = [...active]
        .filter((e) => e.type === 'easy')
        .sort((a, b) => Math.abs(b.day - longDay!) - Math.abs(a.day - longDay!))[0];
      const km = far ? Math.min(mediumLongKm(L), pool - reserveFor(far)) : 0;
      if (far && km >= 10) {
        far.km = floorHalf(km);
        special = { day: far.day, variant: 'medium-long' };
      }
    }
    if (special) pool -= active.find((e) => e.day === special!.day)!.km;
  }
  const others = active.filter((e) => e.day !== special?.day);
  const totalWeight = others.reduce((s, e) => s + e.weight, 0);
  for (const e of others) {
    let km = floorKm(Math.min((pool * e.weight) / totalWeight, runCap));
    if (isRaceWeek && e.day === raceDay - 1) km = Math.min(km, 4); // shake-out
    e.km = km;
  }

  // Taper from race day, then the spike rule, in date order.
  const runs: { day: number; type: WorkoutType; km: number; variant?: 'medium-long' | 'back-to-back' }[] = [
    ...(longDay !== undefined ? [{ day: longDay, type: 'long' as WorkoutType, km: L }] : []),
    ...quality.map((x) => ({ day: x.day, type: x.type, km: x.km })),
    ...active.map((e) => ({
      day: e.day,
      type: e.type,
      km: e.km,
      ...(special?.day === e.day ? { variant: special.variant } : {}),
    })),
  ].sort((a, b) => a.day - b.day);
  const taperWindows = Math.ceil(taperDays(goal) / 7);
  for (const r of runs) {
    const f = taperFactor(goal, raceDay - r.day);
    if (f < 1) r.km = Math.max(EASY_MIN_KM, floorKm(r.km * f));
    if (raceDay - r.day > 7 * taperWindows) continue;
    // Each 7-day window back from race day stays within its share of the peak week (a window spans two
    // calendar weeks, so it is tracked across them).
    if (r.day < env.startDay) continue;
    const k = Math.ceil((raceDay - r.day) / 7);
    const room = taperWindowFactor(goal, k) * env.topKm - (env.taperWindowKm[k] ?? 0);
    r.km = Math.max(EASY_MIN_KM, Math.min(r.km, floorKm(room)));
    env.taperWindowKm[k] = (env.taperWindowKm[k] ?? 0) + r.km;
  }
  const longRun = runs.find((r) => r.type === 'long');
  if (longRun) for (const r of runs) if (r !== longRun) r.km = Math.min(r.km, longRun.km);
  for (const r of runs) {
    if (r.day >= env.startDay) {
      r.km = Math.min(r.km, floorKm(env.spike.capKm(r.day)));
      if (longRun && r !== longRun && r.day > longRun.day) r.km = Math.min(r.km, longRun.km);
    }
  }
  // A recovery run is never longer than the week's easy runs; without easy runs it is one.
  const easyMax = runs
    .filter((r) => r.day >= env.startDay)
    .reduce((m, r) => (r.type === 'easy' ? Math.max(m, r.km) : m), -1);
  for (const r of runs) {
    if (r.day < env.startDay || r.type !== 'recovery') continue;
    if (easyMax < 0) r.type = 'easy';
    else r.km = Math.min(r.km, easyMax);
  }
  // The long run's share of what the week really schedules (rounding and caps can shrink the rest).
  const emitted = runs.filter((r) => r.day >= env.startDay);
  const fullWeek = spec.monday >= env.startDay;
  for (let round = 0; fullWeek && longRun && emitted.length > 1 && round < 30; round++) {
    const rest = emitted.reduce((s, r) => s + (r === longRun ? 0 : r.km), 0);
    const maxL = Math.max(floorKm((env.longShareCap * rest) / (1 - env.longShareCap)), EASY_MIN_KM);
    if (longRun.km <= maxL) break;
    longRun.km = maxL;
    for (const r of emitted) r.km = Math.min(r.km, longRun.km);
  }
  for (const r of emitted) env.spike.add(r.day, r.km);
  const weekKm = emitted.reduce((s, r) => s + r.km, 0);

  const ctx: WorkoutContext = {
    ...env.ctx,
    phase: spec.phase,
    strides: !env.completeBeginner && !env.finish && (spec.phase === 'base' || spec.phase === 'build'),
    runWalk: env.finish || (env.completeBeginner && W < 15),
    weekIndex: spec.index,
  };
  const out: Workout[] = [];
  for (const r of emitted) {
    if (r.type === 'long') {
      const mp = env.marathonPace && building ? mpSegmentKm(r.km, weekKm, spec.index) : 0;
      out.push(buildWorkout('long', r.day, r.km, ctx, { mpKm: mp }));
    } else if (QUALITY_TYPES.has(r.type)) {
      const cap = sessionWorkCapKm(r.type, weekKm, goal);
      const w = buildWorkout(r.type, r.day, r.km, ctx, { maxWorkKm: cap });
      // Too little room for a real session at this volume: an easy run of the same length instead.
      out.push((w.work?.km ?? 0) > cap + 1e-9 ? buildWorkout('easy', r.day, r.km, ctx) : w);
    } else {
      const w = buildWorkout(r.type, r.day, r.km, ctx, r.variant ? { variant: r.variant } : {});
      if (isRaceWeek && r.day === raceDay - 1) {
        w.title = 'Shake-out run';
        w.texts = { ...w.texts, title: msg('planner-title-shake-out') };
      }
      out.push(w);
    }
  }
  for (const e of rested) if (e.day >= env.startDay) out.push(buildWorkout('rest', e.day, 0, ctx));
  if (raceDay <= spec.monday + 6) out.push(buildWorkout('race', raceDay, goal, ctx));
  out.sort((a, b) => (a.date < b.date ? -1 : 1));

  env.prevHardDays = out.filter((w) => HARD_TYPES.has(w.type)).map((w) => spec.monday + w.weekday - 1);
  if (
    longRun &&
    longRun.day >= env.startDay &&
    !spec.cutback &&
    (spec.phase === 'base' || spec.phase === 'build' || spec.phase === 'peak')
  ) {
    env.prevLongKm = longRun.km;
  } else if (longRun && longRun.day >= env.startDay && env.prevLongKm === undefined) {
    env.prevLongKm = longRun.km;
  }
  env.lastWeekKm = weekKm;
  return out;
}

/**
 * Chooses up to `q` quality days among `candidates` so that no chosen day is adjacent to a hard day or to each
 * other; among valid choices the one with the widest smallest gap wins (earliest on ties). Tries fewer sessions
 * when `q` do not fit. Candidates are at most 7, so trying every pair is cheap.
 * @example pickQualityDays([1, 2, 3, 4, 6], [0, 7], 2) // [2, 4]
 */
export function pickQualityDays(candidates: number[], hard: number[], q: number, minGap = 2): number[] {
  const gapTo = (d: number) => {
    let g = 99;
    for (const h of hard) g = Math.min(g, Math.abs(d - h));
    return g;
  };
  const ok = candidates.filter((d) => gapTo(d) >= minGap);
  if (q >= 2) {
    let best: number[] | undefined;
    let bestGap = minGap - 1;
    for (let i = 0; i < ok.length; i++) {
      for (let j = i + 1; j < ok.length; j++) {
        const a = ok[i]!;
        const b = ok[j]!;
        const gap = Math.min(gapTo(a), gapTo(b), Math.abs(a - b));
        if (Math.abs(a - b) < minGap) continue;
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
    let bestGap = minGap - 1;
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
